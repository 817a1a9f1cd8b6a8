package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

const dateLayout = "2006-01-02"

// SyncResult says what SyncContent did.
type SyncResult struct {
	Imported bool   // content was (re)imported
	Hash     string // hash of the content now in the store
}

// SyncContent imports the packs in fsys when they differ (by hash) from what the store
// holds. Content that fails its checks is not imported: the error is a *content.Error and
// the store keeps its last good content.
func (s *Store) SyncContent(fsys fs.FS) (SyncResult, error) {
	hash, err := content.Hash(fsys)
	if err != nil {
		return SyncResult{}, err
	}
	stored, err := s.meta("content_hash")
	if err != nil {
		return SyncResult{}, err
	}
	if stored == hash {
		return SyncResult{Hash: hash}, nil
	}
	packs, err := content.LoadChecked(fsys)
	if err != nil {
		return SyncResult{Hash: stored}, err
	}
	if err := s.Import(packs, hash, time.Now()); err != nil {
		return SyncResult{Hash: stored}, err
	}
	return SyncResult{Imported: true, Hash: hash}, nil
}

// ContentStatus reports the content the store holds.
func (s *Store) ContentStatus() (guidance.ContentStatus, error) {
	var st guidance.ContentStatus
	var err error
	if st.Hash, err = s.meta("content_hash"); err != nil {
		return st, err
	}
	at, err := s.meta("content_imported_at")
	if err != nil {
		return st, err
	}
	st.ImportedAt, _ = time.Parse(time.RFC3339, at)
	for table, n := range map[string]*int{"topics": &st.Topics, "terms": &st.Terms, "questions": &st.Questions} {
		if err := s.db.QueryRow("SELECT count(DISTINCT id) FROM " + table).Scan(n); err != nil {
			return st, fmt.Errorf("count %s: %w", table, err)
		}
	}
	return st, nil
}

func (s *Store) meta(key string) (string, error) {
	var v string
	err := s.db.QueryRow("SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read %s: %w", key, err)
	}
	return v, nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain maps and slices of strings are marshalled
	}
	return string(b)
}

// Import replaces all content with packs, in one transaction.
func (s *Store) Import(packs []guidance.Pack, hash string, now time.Time) error {
	err := s.inTx(context.Background(), func(tx *sql.Tx) error {
		for _, q := range []string{
			"DELETE FROM docs", "INSERT INTO docs_fts(docs_fts) VALUES('delete-all')",
			"DELETE FROM synonyms", "DELETE FROM sources", "DELETE FROM topics", "DELETE FROM terms",
			"DELETE FROM questions", "DELETE FROM categories", "DELETE FROM instruments", "DELETE FROM packs",
		} {
			if _, err := tx.Exec(q); err != nil {
				return fmt.Errorf("clear content: %w", err)
			}
		}
		ins, err := newInserter(tx)
		if err != nil {
			return err
		}
		defer ins.close()
		for _, p := range packs {
			if err := ins.pack(p); err != nil {
				return fmt.Errorf("import pack %s: %w", p.ID, err)
			}
		}
		for k, v := range map[string]string{"content_hash": hash, "content_imported_at": now.UTC().Format(time.RFC3339)} {
			if _, err := tx.Exec("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", k, v); err != nil {
				return fmt.Errorf("write %s: %w", k, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("import content: %w", err)
	}
	return s.loadSynonyms()
}

type inserter struct {
	tx    *sql.Tx
	index *textindex.Indexer
	stmts map[string]*sql.Stmt
	rowid int64
}

var insertSQL = map[string]string{
	"pack":       "INSERT INTO packs(id, languages, names) VALUES(?, ?, ?)",
	"category":   "INSERT INTO categories(pack, id, ord, names) VALUES(?, ?, ?, ?)",
	"instrument": "INSERT INTO instruments(pack, id, names, version, url) VALUES(?, ?, ?, ?, ?)",
	"source":     "INSERT INTO sources(id, pack, instrument, article, para, labels, checked) VALUES(?, ?, ?, ?, ?, ?, ?)",
	"topic":      "INSERT INTO topics(id, lang, pack, category, ord, title, summary, body, checked, sources, checklist) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	"term":       "INSERT INTO terms(id, lang, pack, term, also, definition, topic) VALUES(?, ?, ?, ?, ?, ?, ?)",
	"question":   "INSERT INTO questions(id, lang, pack, text, why, topic, stages, situations) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
	"synonyms":   "INSERT INTO synonyms(lang, words) VALUES(?, ?)",
	"doc":        "INSERT INTO docs(rowid, id, kind, lang, title, snippet) VALUES(?, ?, ?, ?, ?, ?)",
	"fts":        "INSERT INTO docs_fts(rowid, title, words, chars, lang) VALUES(?, ?, ?, ?, ?)",
}

func newInserter(tx *sql.Tx) (*inserter, error) {
	ins := &inserter{tx: tx, stmts: map[string]*sql.Stmt{}, index: textindex.NewIndexer()}
	for k, q := range insertSQL {
		st, err := tx.Prepare(q)
		if err != nil {
			ins.close()
			return nil, fmt.Errorf("prepare %s insert: %w", k, err)
		}
		ins.stmts[k] = st
	}
	return ins, nil
}

func (ins *inserter) close() {
	for _, st := range ins.stmts {
		st.Close()
	}
}

func (ins *inserter) exec(kind string, args ...any) error {
	if _, err := ins.stmts[kind].Exec(args...); err != nil {
		return fmt.Errorf("insert %s: %w", kind, err)
	}
	return nil
}

func (ins *inserter) pack(p guidance.Pack) error {
	if err := ins.exec("pack", p.ID, mustJSON(p.Languages), mustJSON(p.Name)); err != nil {
		return err
	}
	for _, c := range p.Categories {
		if err := ins.exec("category", p.ID, c.ID, c.Order, mustJSON(c.Name)); err != nil {
			return err
		}
	}
	for _, in := range p.Instruments {
		if err := ins.exec("instrument", p.ID, in.ID, mustJSON(in.Name), in.Version.Format(dateLayout), in.URL); err != nil {
			return err
		}
	}
	for _, src := range p.Sources {
		if err := ins.exec("source", src.ID, p.ID, src.Instrument, src.Article, src.Para, mustJSON(src.Label), src.Checked.Format(dateLayout)); err != nil {
			return err
		}
	}
	for _, t := range p.Topics {
		if err := ins.exec("topic", t.ID, t.Lang, p.ID, t.Category, t.Order, t.Title, t.Summary, t.Body, t.Checked.Format(dateLayout), mustJSON(t.Sources), t.Checklist); err != nil {
			return err
		}
		plain := content.PlainText(t.Body)
		if err := ins.doc(t.ID, guidance.KindTopic, t.Lang, t.Title, t.Title+" "+t.Summary, plain, t.Summary+" "+plain); err != nil {
			return err
		}
	}
	for _, t := range p.Terms {
		if err := ins.exec("term", t.ID, t.Lang, p.ID, t.Term, mustJSON(t.Also), t.Definition, t.Topic); err != nil {
			return err
		}
		title := t.Term + " " + strings.Join(t.Also, " ")
		if err := ins.doc(t.ID, guidance.KindTerm, t.Lang, t.Term, title, t.Definition, t.Definition); err != nil {
			return err
		}
	}
	for _, q := range p.Questions {
		if err := ins.exec("question", q.ID, q.Lang, p.ID, q.Text, q.Why, q.Topic, mustJSON(q.Stages), mustJSON(q.Situations)); err != nil {
			return err
		}
		if err := ins.doc(q.ID, guidance.KindQuestion, q.Lang, q.Text, q.Text, q.Why, q.Why); err != nil {
			return err
		}
	}
	for lang, groups := range p.Synonyms {
		for _, g := range groups {
			if err := ins.exec("synonyms", lang, mustJSON(g)); err != nil {
				return err
			}
		}
	}
	return nil
}

// doc adds one searchable item: titleText and bodyText are tokenised for the index;
// snippet is the plain text that search snippets are cut from.
func (ins *inserter) doc(id string, kind guidance.Kind, lang guidance.Lang, title, titleText, bodyText, snippet string) error {
	ins.rowid++
	snippet = strings.Join(strings.Fields(snippet), " ") // one space between words, for Snippet
	if err := ins.exec("doc", ins.rowid, id, kind, lang, title, snippet); err != nil {
		return err
	}
	t := ins.index.Index(titleText, string(lang))
	b := ins.index.Index(bodyText, string(lang))
	return ins.exec("fts", ins.rowid, t.Words, b.Words, t.Chars+" "+b.Chars, langToken(lang))
}

func (s *Store) loadSynonyms() error {
	rows, err := s.db.Query("SELECT lang, words FROM synonyms")
	if err != nil {
		return fmt.Errorf("load synonyms: %w", err)
	}
	defer rows.Close()
	syn := map[guidance.Lang][][]string{}
	for rows.Next() {
		var lang, words string
		if err := rows.Scan(&lang, &words); err != nil {
			return fmt.Errorf("load synonyms: %w", err)
		}
		var g []string
		if err := json.Unmarshal([]byte(words), &g); err != nil {
			return fmt.Errorf("load synonyms: %w", err)
		}
		syn[guidance.Lang(lang)] = append(syn[guidance.Lang(lang)], g)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load synonyms: %w", err)
	}
	prepared := make(map[guidance.Lang]*textindex.Synonyms, len(syn))
	for lang, groups := range syn {
		prepared[lang] = textindex.NewSynonyms(groups)
	}
	s.mu.Lock()
	s.synonyms = prepared
	s.mu.Unlock()
	return nil
}
