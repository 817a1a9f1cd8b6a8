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
	rows, err := s.db.Query(`SELECT d.id, d.kind, d.title, d.snippet, bm25(docs_fts, ?, ?, ?) AS rank
		FROM docs_fts JOIN docs d ON d.rowid = docs_fts.rowid
		WHERE docs_fts MATCH ? AND d.lang = ?
		ORDER BY rank LIMIT ?`, weightTitle, weightWords, weightChars, q.Match(), lang, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []guidance.Hit
	for rows.Next() {
		var h guidance.Hit
		var text string
		var rank float64
		if err := rows.Scan(&h.ID, &h.Kind, &h.Title, &text, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Score = math.Round(-rank*1000) / 1000
		h.Snippet = textindex.Snippet(text, q, string(lang), snippetRune)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	sortHits(hits)
	return hits, nil
}
