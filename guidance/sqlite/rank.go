package sqlite

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

// Search ranks in memory. The content database never changes once built, and ranking in
// SQLite (bm25 over every row that shares a character with a long question, then reading
// each candidate's text) cost two thirds of a search. So on the first search the token
// streams docs_fts was given are read from docs_tokens (folded as FTS5's tokenizer folds
// them), with every row of docs, and each query is ranked with FTS5's bm25 formula over
// them: the same scores, with no SQL per query. The whole load costs 0.19–0.23 s of CPU on
// the shipped content; reading the tokens back out of FTS5 itself (fts5vocab) instead cost
// 0.28–0.42 s. TestMemoryRankIsFTS5Rank holds the two rankings to each other.

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

	scores sync.Pool // of *scoreBuffer, for rank
}

// corpusDoc is one row of docs with what ranking needs of its index entry.
type corpusDoc struct {
	candidate
	lang   string // its language token (langToken)
	pack   string // the pack of its topic, term or question
	tokens int    // its tokens in docs_fts, all columns (FTS5's document length)
}

// posting is how often a term occurs in each column of one row.
type posting struct {
	doc                         int32
	title, words, chars, contxt uint16
}

// loadCorpus reads the search index's postings and every row of docs.
func (s *Store) loadCorpus() (*corpus, error) {
	s.mu.RLock()
	c := s.corpus
	s.mu.RUnlock()
	if c != nil {
		return c, nil
	}
	c = &corpus{at: map[int64]int32{}, terms: map[string][]posting{}}
	rows, err := s.db.Query("SELECT rowid, id, kind, lang, section, title, heading, snippet, sources, facets, forms FROM docs ORDER BY rowid")
	if err != nil {
		return nil, fmt.Errorf("search: load rows: %w", err)
	}
	defer rows.Close()
	x := textindex.NewIndexer() // remembers the stems of the titles
	for rows.Next() {
		var d corpusDoc
		var sources, forms string
		var facets int
		var lang guidance.Lang
		if err := rows.Scan(&d.rowid, &d.ID, &d.Kind, &lang, &d.Section, &d.Title, &d.Heading, &d.text, &sources, &facets, &forms); err != nil {
			return nil, fmt.Errorf("search: load rows: %w", err)
		}
		if err := json.Unmarshal([]byte(sources), &d.Sources); err != nil {
			return nil, fmt.Errorf("search: load sources: %w", err)
		}
		if len(d.Sources) == 0 {
			d.Sources = nil
		}
		d.facets = textindex.Form(facets)
		prefix := d.Title + " " + d.Heading + " "
		d.whole = textindex.NewText(prefix + d.text)
		// the text's lower case is the end of the whole's, when lower-casing kept widths
		lower := d.whole.Lower()
		if len(lower) == len(prefix)+len(d.text) && len(strings.ToLower(prefix)) == len(prefix) {
			lower = lower[len(prefix):]
		} else {
			lower = strings.ToLower(d.text)
		}
		d.prose = textindex.PreparedProse(d.text, lower, forms)
		own := d.Title
		if d.Kind == guidance.KindPassage && d.Section > 0 {
			own = d.Heading
		}
		d.own = x.NewTitle(own, string(lang))
		c.at[d.rowid] = int32(len(c.docs))
		c.docs = append(c.docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search: load rows: %w", err)
	}
	rows.Close()
	if err := c.readPacks(s.db); err != nil {
		return nil, err
	}
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

// readPacks notes the pack of every row, so a search can keep to one jurisdiction.
func (c *corpus) readPacks(db *sql.DB) error {
	rows, err := db.Query("SELECT id, pack FROM topics UNION SELECT id, pack FROM terms UNION SELECT id, pack FROM questions")
	if err != nil {
		return fmt.Errorf("search: load packs: %w", err)
	}
	defer rows.Close()
	packOf := map[string]string{}
	for rows.Next() {
		var id, pack string
		if err := rows.Scan(&id, &pack); err != nil {
			return fmt.Errorf("search: load packs: %w", err)
		}
		packOf[id] = pack
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("search: load packs: %w", err)
	}
	for i := range c.docs {
		c.docs[i].pack = packOf[c.docs[i].ID]
	}
	return nil
}

// readPostings reads the token streams docs_fts was given (docs_tokens holds them row for
// row) and counts each token per row and column, folded as FTS5's tokenizer folds it.
func (c *corpus) readPostings(db *sql.DB) error {
	rows, err := db.Query("SELECT t.rowid, t.title, t.words, t.chars, t.context, d.lang FROM docs_tokens t JOIN docs d ON d.rowid = t.rowid")
	if err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	defer rows.Close()
	total := 0
	lists := map[string]*[]posting{} // by token as stored; tokens that fold alike share a list
	var rowid int64
	var cols [4]string
	var lang guidance.Lang
	for rows.Next() {
		if err := rows.Scan(&rowid, &cols[0], &cols[1], &cols[2], &cols[3], &lang); err != nil {
			return fmt.Errorf("search: load index: %w", err)
		}
		at, ok := c.at[rowid]
		if !ok {
			return fmt.Errorf("search: load index: row %d of the index is not in docs", rowid)
		}
		d := &c.docs[at]
		d.lang, d.tokens = langToken(lang), 1 // the language column holds one token
		for col, stream := range cols {
			for stream != "" {
				tok, rest, _ := strings.Cut(stream, " ")
				stream = rest
				if tok == "" {
					continue
				}
				list, ok := lists[tok]
				if !ok {
					term := foldToken(tok)
					if list, ok = lists[term]; !ok {
						list = new([]posting)
						lists[term] = list
					}
					lists[tok] = list
				}
				d.tokens++
				if n := len(*list); n == 0 || (*list)[n-1].doc != at {
					*list = append(*list, posting{doc: at})
				}
				p := &(*list)[len(*list)-1]
				switch col {
				case 0:
					p.title++
				case 1:
					p.words++
				case 2:
					p.chars++
				default:
					p.contxt++
				}
			}
		}
		total += d.tokens
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("search: load index: %w", err)
	}
	for tok, list := range lists {
		if term := foldToken(tok); term == tok {
			c.terms[term] = *list
		}
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
//
// A long question shares a token with most rows, so the work per row is kept small: the
// scores are summed in a buffer reused from search to search, only the rows of lang (and
// pack) are scored, though every row counts for the idf as in FTS5, and the best limit
// rows are picked with a heap instead of sorting them all.
func (c *corpus) rank(phrases []phrase, lang, pack string, limit int) []scored {
	buf := c.buffer()
	defer c.scores.Put(buf)
	score, touched := buf.score, buf.touched[:0]
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
			d := &c.docs[x.doc]
			if d.lang != lang || (pack != "" && d.pack != pack) {
				continue
			}
			if score[x.doc] == 0 { // every term adds a positive amount: 0 is not yet hit
				touched = append(touched, x.doc)
			}
			score[x.doc] += idf * ((f * (bm25K1 + 1.0)) / (f + bm25K1*(1-bm25B+bm25B*float64(d.tokens)/c.avgdl)))
		}
	}
	best := topScored(score, touched, limit)
	for _, i := range touched {
		score[i] = 0
	}
	buf.touched = touched
	return best
}

// scoreBuffer is rank's working memory: a score per row, all 0 between searches, and the
// rows given one.
type scoreBuffer struct {
	score   []float64
	touched []int32
}

// buffer takes a score buffer from the pool, or makes one.
func (c *corpus) buffer() *scoreBuffer {
	if b, ok := c.scores.Get().(*scoreBuffer); ok {
		return b
	}
	return &scoreBuffer{score: make([]float64, len(c.docs))}
}

// better orders scored rows best first, ties by row.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// topScored is the best limit of the rows docs with their scores, best first: the rows a
// full sort would put first, found with a heap of limit rows whose root is the worst.
func topScored(score []float64, docs []int32, limit int) []scored {
	h := make([]scored, 0, min(len(docs), limit))
	down := func(i int) {
		for {
			w, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && better(h[w], h[l]) {
				w = l
			}
			if r < len(h) && better(h[w], h[r]) {
				w = r
			}
			if w == i {
				return
			}
			h[i], h[w] = h[w], h[i]
			i = w
		}
	}
	for _, d := range docs {
		s := scored{doc: d, score: score[d]}
		switch {
		case len(h) < limit:
			h = append(h, s)
			for i := len(h) - 1; i > 0; { // up
				parent := (i - 1) / 2
				if !better(h[parent], h[i]) {
					break
				}
				h[i], h[parent] = h[parent], h[i]
				i = parent
			}
		case limit > 0 && better(s, h[0]):
			h[0] = s
			down(0)
		}
	}
	slices.SortFunc(h, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		return 1
	})
	return h
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
