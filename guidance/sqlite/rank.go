package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

// Search ranks in memory. The content database never changes once built, and ranking in
// SQLite (bm25 over every row that shares a character with a long question, then reading
// each candidate's text) cost two thirds of a search. So on the first search the index's
// own postings are read out of docs_fts (through fts5vocab, so they are exactly the tokens
// FTS5 stored, folded by its tokenizer), with every row of docs, and each query is ranked
// with FTS5's bm25 formula over them: the same scores, with no SQL per query.
// TestMemoryRankIsFTS5Rank holds the two to each other.

// bm25's constants, as FTS5 fixes them (fts5_aux.c).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// corpus is the content database's search index and rows, held in memory.
type corpus struct {
	docs  []corpusDoc
	at    map[int64]int32 // rowid → index in docs
	terms map[string][]posting
	avgdl float64 // tokens per row, over all rows and columns
}

// corpusDoc is one row of docs with what ranking needs of its index entry.
type corpusDoc struct {
	candidate
	lang   string // its language token (langToken)
	tokens int    // its tokens in docs_fts, all columns
}

// posting is how often a term occurs in each column of one row.
type posting struct {
	doc                         int32
	title, words, chars, contxt uint16
}

// loadCorpus reads docs_fts's postings and every row of docs.
func (s *Store) loadCorpus() (*corpus, error) {
	s.mu.RLock()
	c := s.corpus
	s.mu.RUnlock()
	if c != nil {
		return c, nil
	}
	c = &corpus{at: map[int64]int32{}, terms: map[string][]posting{}}
	rows, err := s.db.Query("SELECT rowid, id, kind, section, title, heading, snippet, sources, facets FROM docs ORDER BY rowid")
	if err != nil {
		return nil, fmt.Errorf("search: load rows: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d corpusDoc
		var sources string
		var facets int
		if err := rows.Scan(&d.rowid, &d.ID, &d.Kind, &d.Section, &d.Title, &d.Heading, &d.text, &sources, &facets); err != nil {
			return nil, fmt.Errorf("search: load rows: %w", err)
		}
		if err := json.Unmarshal([]byte(sources), &d.Sources); err != nil {
			return nil, fmt.Errorf("search: load sources: %w", err)
		}
		if len(d.Sources) == 0 {
			d.Sources = nil
		}
		d.facets = textindex.Form(facets)
		d.whole = textindex.NewText(d.Title + " " + d.Heading + " " + d.text)
		own := d.Title
		if d.Kind == guidance.KindPassage && d.Section > 0 {
			own = d.Heading
		}
		d.own = textindex.NewText(own)
		c.at[d.rowid] = int32(len(c.docs))
		c.docs = append(c.docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: load rows: %w", err)
	}
	rows.Close()
	if err := c.readPostings(s.db); err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.corpus == nil {
		s.corpus = c
	}
	c = s.corpus
	s.mu.Unlock()
	return c, nil
}

// readPostings reads every token of docs_fts, as FTS5 stored it, on a connection of its
// own: the fts5vocab table that lists them lives in that connection's temp schema.
func (c *corpus) readPostings(db *sql.DB) error {
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.docs_vocab USING fts5vocab(main, docs_fts, 'instance')"); err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	defer func() { _, _ = conn.ExecContext(ctx, "DROP TABLE temp.docs_vocab") }() // it would go with the connection
	rows, err := conn.QueryContext(ctx, "SELECT term, doc, col FROM temp.docs_vocab")
	if err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	defer rows.Close()
	total := 0
	var term, col string
	var rowid int64
	for rows.Next() {
		if err := rows.Scan(&term, &rowid, &col); err != nil {
			return fmt.Errorf("search: load index: %w", err)
		}
		total++
		at, ok := c.at[rowid]
		if !ok {
			return fmt.Errorf("search: load index: row %d of the index is not in docs", rowid)
		}
		d := &c.docs[at]
		d.tokens++
		if col == "lang" {
			d.lang = term
			continue
		}
		ps := c.terms[term]
		if n := len(ps); n == 0 || ps[n-1].doc != at {
			ps = append(ps, posting{doc: at})
			c.terms[term] = ps
		}
		p := &ps[len(ps)-1]
		switch col {
		case "title":
			p.title++
		case "words":
			p.words++
		case "chars":
			p.chars++
		case "context":
			p.contxt++
		default:
			return fmt.Errorf("search: load index: unknown column %q", col)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	if len(c.docs) > 0 {
		c.avgdl = float64(total) / float64(len(c.docs))
	}
	return nil
}

// phrase is one token of a query and the columns it is looked for in: a word or character
// pair in title, words and context, or a single character in chars.
type phrase struct {
	term  string
	chars bool
}

// freq is a phrase's occurrences in a row, weighted by column as bm25's weights say.
func (p phrase) freq(x posting) float64 {
	if p.chars {
		return float64(x.chars) * weightChars
	}
	return float64(x.title)*weightTitle + float64(x.words)*weightWords + float64(x.contxt)*weightContext
}

// rank scores the rows in lang that hold any of phrases with bm25 as FTS5 computes it
// (bm25(docs_fts, weightTitle, weightWords, weightChars, weightContext, 0) for the query
// "(p1 OR p2 …) AND lang:L"), and returns at most limit of them, best first (ties by
// rowid). The scores are positive: FTS5's rank is their negative.
func (c *corpus) rank(phrases []phrase, lang string, limit int) []scored {
	score := make([]float64, len(c.docs))
	hit := make([]bool, len(c.docs))
	n := float64(len(c.docs))
	for _, p := range phrases {
		ps, ok := c.terms[p.term]
		if !ok {
			ps = c.terms[foldToken(p.term)]
		}
		nHit := 0
		for _, x := range ps {
			if p.freq(x) > 0 {
				nHit++
			}
		}
		if nHit == 0 {
			continue
		}
		idf := math.Log((n - float64(nHit) + 0.5) / (float64(nHit) + 0.5))
		if idf <= 0 {
			idf = 1e-6
		}
		for _, x := range ps {
			f := p.freq(x)
			if f == 0 {
				continue
			}
			d := float64(c.docs[x.doc].tokens)
			score[x.doc] += idf * ((f * (bm25K1 + 1.0)) / (f + bm25K1*(1-bm25B+bm25B*d/c.avgdl)))
			hit[x.doc] = true
		}
	}
	var out []scored
	for i, ok := range hit {
		if ok && c.docs[i].lang == lang {
			out = append(out, scored{doc: int32(i), score: score[i]})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
	return out[:min(len(out), limit)]
}

// scored is a row and its bm25 score.
type scored struct {
	doc   int32
	score float64
}

// foldToken is a query token as FTS5's unicode61 tokenizer (remove_diacritics 2) stores
// it: lower case, without diacritics ("geständnis" → "gestandnis").
func foldToken(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(t)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(t) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return norm.NFC.String(b.String())
}
