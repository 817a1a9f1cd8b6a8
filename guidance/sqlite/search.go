package sqlite

import (
	"fmt"
	"math"
	"strings"

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

// langToken is a language as one index token ("zh-Hans" → "langzhhans").
func langToken(l guidance.Lang) string {
	return "lang" + strings.ToLower(strings.ReplaceAll(string(l), "-", ""))
}

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
	match := "(" + q.Match() + `) AND lang:"` + langToken(lang) + `"`
	// rank inside the index first, so that only the candidates' rows are read
	rows, err := s.db.Query(`SELECT d.rowid, d.id, d.kind, d.title, f.rank
		FROM (SELECT rowid, bm25(docs_fts, ?, ?, ?, 0) AS rank FROM docs_fts
			WHERE docs_fts MATCH ? ORDER BY rank LIMIT ?) f
		JOIN docs d ON d.rowid = f.rowid`, weightTitle, weightWords, weightChars, match, candidates)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []guidance.Hit
	var rowids []int64
	for rows.Next() {
		var h guidance.Hit
		var rowid int64
		var rank float64
		if err := rows.Scan(&rowid, &h.ID, &h.Kind, &h.Title, &rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Score = math.Round(-rank*(1+textindex.TitleCoverage(h.Title, q, string(lang)))*1000) / 1000
		hits = append(hits, h)
		rowids = append(rowids, rowid)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	rows.Close()
	byID := make(map[string]int64, len(hits))
	for i, h := range hits {
		byID[h.ID] = rowids[i]
	}
	sortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	// snippets are cut only for the hits returned, from their text read in one query
	if len(hits) == 0 {
		return hits, nil
	}
	args := make([]any, len(hits))
	for i, h := range hits {
		args[i] = byID[h.ID]
	}
	trows, err := s.db.Query("SELECT rowid, snippet FROM docs WHERE rowid IN (?"+strings.Repeat(", ?", len(hits)-1)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: snippets: %w", query, err)
	}
	defer trows.Close()
	texts := make(map[int64]string, len(hits))
	for trows.Next() {
		var rowid int64
		var text string
		if err := trows.Scan(&rowid, &text); err != nil {
			return nil, fmt.Errorf("search %q: snippets: %w", query, err)
		}
		texts[rowid] = text
	}
	if err := trows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: snippets: %w", query, err)
	}
	for i := range hits {
		hits[i].Snippet = textindex.Snippet(texts[byID[hits[i].ID]], q, string(lang), snippetRune)
	}
	return hits, nil
}
