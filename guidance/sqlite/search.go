package sqlite

import (
	"fmt"
	"math"
	"sort"
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
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	type ranked struct {
		guidance.Hit
		rowid int64
	}
	var found []ranked
	for rows.Next() {
		var r ranked
		var rank float64
		if err := rows.Scan(&r.rowid, &r.ID, &r.Kind, &r.Title, &rank); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		r.Score = math.Round(-rank*(1+textindex.TitleCoverage(r.Title, q, string(lang)))*1000) / 1000
		found = append(found, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	rows.Close()
	// best first; ties by ID so results are stable
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].Score != found[j].Score {
			return found[i].Score > found[j].Score
		}
		return found[i].ID < found[j].ID
	})
	found = found[:min(len(found), limit)]
	if len(found) == 0 {
		return nil, nil
	}
	// snippets are cut only for the hits returned, from their text read in one query
	args := make([]any, len(found))
	for i, r := range found {
		args[i] = r.rowid
	}
	trows, err := s.db.Query("SELECT rowid, snippet FROM docs WHERE rowid IN (?"+strings.Repeat(", ?", len(found)-1)+")", args...)
	if err != nil {
		return nil, fmt.Errorf("search: snippets: %w", err)
	}
	defer trows.Close()
	texts := make(map[int64]string, len(found))
	for trows.Next() {
		var rowid int64
		var text string
		if err := trows.Scan(&rowid, &text); err != nil {
			return nil, fmt.Errorf("search: snippets: %w", err)
		}
		texts[rowid] = text
	}
	if err := trows.Err(); err != nil {
		return nil, fmt.Errorf("search: snippets: %w", err)
	}
	hits := make([]guidance.Hit, len(found))
	for i, r := range found {
		hits[i] = r.Hit
		hits[i].Snippet = textindex.Snippet(texts[r.rowid], q, string(lang), snippetRune)
	}
	return hits, nil
}
