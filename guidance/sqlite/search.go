package sqlite

import (
	"fmt"
	"math"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

// Column weights for bm25: a match in a title counts more than one in the text; single
// characters count least.
const (
	weightTitle = 8.0
	weightWords = 1.0
	weightChars = 0.5
	snippetRune = 80
)

// Search finds topics, glossary terms and questions in lang that match query, best first.
// Chinese is matched by character pairs and single characters, other languages by word
// stems; synonyms from the content packs are added to the query; ranking is bm25.
func (s *Store) Search(query string, lang guidance.Lang, limit int) ([]guidance.Hit, error) {
	s.mu.RLock()
	syn := s.synonyms[lang]
	s.mu.RUnlock()
	q := textindex.ParseQuery(query, string(lang), syn)
	if q.Empty() {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	// bm25 ranks the candidates; items whose title holds the reader's own words are then
	// lifted (synonyms widen the net but should not outrank what was typed)
	candidates := max(limit*3, 30)
	rows, err := s.db.Query(`SELECT d.id, d.kind, d.title, d.snippet, bm25(docs_fts, ?, ?, ?) AS rank
		FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid
		WHERE docs_fts MATCH ? AND d.lang = ?
		ORDER BY rank LIMIT ?`, weightTitle, weightWords, weightChars, q.Match(), lang, candidates)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []guidance.Hit
	for rows.Next() {
		var h guidance.Hit
		var rank float64
		if err := rows.Scan(&h.ID, &h.Kind, &h.Title, &h.Snippet, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Score = math.Round(-rank*(1+textindex.TitleCoverage(h.Title, q, string(lang)))*1000) / 1000
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	sortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	for i := range hits {
		hits[i].Snippet = textindex.Snippet(hits[i].Snippet, q, string(lang), snippetRune)
	}
	return hits, nil
}
