package sqlite

import (
	"database/sql"
	"math"
	"testing"

	"github.com/pleaguide/pleaguide/guidance/textindex"
)

// TestMemoryRankIsFTS5Rank: for every benchmark and tuning question, the rows ranked in
// memory are the rows FTS5 matches, with FTS5's own bm25 scores.
func TestMemoryRankIsFTS5Rank(t *testing.T) {
	s := multipliedStore(t, 2) // two copies: the idf counts rows of every pack
	c, err := s.loadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range benchQueries(t) {
		lx, err := s.lexicon(q.Lang)
		if err != nil {
			t.Fatal(err)
		}
		pq := textindex.ParseQuery(q.Text, string(q.Lang), lx)
		if pq.Empty() {
			continue
		}
		want := map[int64]float64{}
		rows, err := s.db.Query(`SELECT rowid, bm25(docs_fts, ?, ?, ?, ?, 0) FROM docs_fts WHERE docs_fts MATCH ?`,
			weightTitle, weightWords, weightChars, weightContext, "("+pq.Match()+`) AND lang:"`+langToken(q.Lang)+`"`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var rowid int64
			var rank float64
			if err := rows.Scan(&rowid, &rank); err != nil {
				t.Fatal(err)
			}
			want[rowid] = -rank
		}
		rows.Close()
		var phrases []phrase
		for _, w := range pq.Words {
			phrases = append(phrases, phrase{term: w})
		}
		for _, ch := range pq.Chars {
			phrases = append(phrases, phrase{term: ch, chars: true})
		}
		got := c.rank(phrases, langToken(q.Lang), "", len(c.docs))
		if len(got) != len(want) {
			t.Errorf("%q: %d rows ranked in memory, FTS5 matches %d", q.Text, len(got), len(want))
			continue
		}
		for i, r := range got {
			rowid := c.docs[r.doc].rowid
			w, ok := want[rowid]
			if !ok || math.Abs(r.score-w) > 1e-9*math.Abs(w) {
				t.Errorf("%q: row %d scores %v in memory, %v (found %v) in FTS5", q.Text, rowid, r.score, w, ok)
				break
			}
			if i > 0 && got[i-1].score < r.score {
				t.Errorf("%q: not best first at %d", q.Text, i)
				break
			}
		}
	}
}

// TestFoldTokenIsFTS5s: query tokens are folded as FTS5's unicode61 tokenizer (with
// remove_diacritics 2) folds what it stores.
func TestFoldTokenIsFTS5s(t *testing.T) {
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		"CREATE VIRTUAL TABLE f USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')",
		"CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []string{"geständnis", "Verständigung", "straße", "müssen", "café", "naïve", "具结书", "認罪", "withdraw", "x2"} {
		if _, err := db.Exec("DELETE FROM f"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("INSERT INTO f(x) VALUES(?)", w); err != nil {
			t.Fatal(err)
		}
		var stored string
		if err := db.QueryRow("SELECT term FROM v").Scan(&stored); err != nil {
			t.Fatal(err)
		}
		if got := foldToken(w); got != stored {
			t.Errorf("foldToken(%q) = %q, FTS5 stores %q", w, got, stored)
		}
	}
}
