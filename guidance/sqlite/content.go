package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/hant"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

const dateLayout = "2006-01-02"

// SyncResult says what SyncContent did.
type SyncResult struct {
	Imported bool   // content was (re)imported
	Hash     string // hash of the content now in the store
}

// openContent opens the content database beside the personal one when it was built for
// this schema and is readable; otherwise the store starts with no content and SyncContent
// builds the file. Left-overs of an interrupted build are removed.
func (s *Store) openContent() error {
	path := s.ContentPath()
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ContentFileName+".*.tmp"))
	for _, p := range leftovers {
		os.Remove(p)
	}
	db, hash := openBuilt(path)
	if db == nil {
		var err error
		if db, err = emptyContent(); err != nil {
			return err
		}
	}
	s.db, s.contentHash = db, hash
	return s.loadSynonyms()
}

// openBuilt opens a built content file and returns it with the hash of its packs, or nil
// when the file is missing, damaged or of another schema.
func openBuilt(path string) (*sql.DB, string) {
	if _, err := os.Stat(path); err != nil {
		return nil, ""
	}
	db, err := sql.Open("sqlite3", contentDSN(path))
	if err != nil {
		return nil, ""
	}
	var version int
	var hash string
	err = db.QueryRow("PRAGMA user_version").Scan(&version)
	if err == nil && version == ContentSchemaVersion() {
		err = db.QueryRow("SELECT value FROM meta WHERE key = 'content_hash'").Scan(&hash)
	}
	if err != nil || version != ContentSchemaVersion() || hash == "" {
		db.Close()
		return nil, ""
	}
	return db, hash
}

// SyncContent makes the content database hold the packs in fsys: it builds it when it is
// missing, damaged, of another schema, or holds packs of another hash. Content that fails
// its checks is not imported: the error is a *content.Error and the store keeps its last
// good content. SyncContent must not run alongside reads of the library (the app calls it
// once at start, before the window opens).
//
// A pack written in Simplified Chinese but not in Traditional gets a Traditional language
// converted here (guidance/hant), so the conversion runs once per content change, never
// at an ordinary start; the converted text passes the same checks as the rest.
func (s *Store) SyncContent(fsys fs.FS) (SyncResult, error) {
	hash, err := ContentHash(fsys)
	if err != nil {
		return SyncResult{}, err
	}
	if s.contentHash == hash {
		return SyncResult{Hash: hash}, nil
	}
	withHant, convertedPacks, err := converted(fsys, hash)
	if err != nil {
		return SyncResult{Hash: s.contentHash}, err
	}
	packs, err := content.LoadChecked(withHant)
	if err != nil {
		return SyncResult{Hash: s.contentHash}, err
	}
	for i := range packs {
		if slices.Contains(convertedPacks, packs[i].ID) {
			packs[i].Converted = []guidance.Lang{hant.To}
		}
	}
	if err := s.Import(packs, hash, time.Now()); err != nil {
		return SyncResult{Hash: s.contentHash}, err
	}
	return SyncResult{Imported: true, Hash: hash}, nil
}

// lastConverted keeps the last conversion (guidance/hant) with the hash of its packs:
// converting takes about half a second, and tests build many stores from the same packs.
var lastConverted struct {
	sync.Mutex
	hash  string
	fsys  fs.FS
	packs []string
}

// converted is fsys with Traditional Chinese added to its Simplified-only packs, and the
// packs that got it.
func converted(fsys fs.FS, hash string) (fs.FS, []string, error) {
	lastConverted.Lock()
	defer lastConverted.Unlock()
	if lastConverted.hash == hash {
		return lastConverted.fsys, lastConverted.packs, nil
	}
	out, packs, err := hant.Overlay(fsys)
	if err != nil {
		return nil, nil, err
	}
	lastConverted.hash, lastConverted.fsys, lastConverted.packs = hash, out, packs
	return out, packs, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ContentHash fingerprints the packs in fsys together with the Traditional Chinese
// conversion applied to them (hant.Conversion) and what import computes for search
// (textindex.Version): a change to any of them rebuilds content.db.
func ContentHash(fsys fs.FS) (string, error) {
	h, err := content.Hash(fsys)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(h + "\x00" + hant.Conversion + "\x00" + textindex.Version))
	return hex.EncodeToString(sum[:]), nil
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

// Import replaces all content with packs. On disk it builds a new content database beside
// the old one and renames it into place, so a crash leaves the old file or the new one,
// never half of either; in memory it replaces the content in one transaction.
func (s *Store) Import(packs []guidance.Pack, hash string, now time.Time) error {
	if s.path == memoryPath {
		if err := fill(s.db, packs, hash, now); err != nil {
			return fmt.Errorf("import content: %w", err)
		}
		s.contentHash = hash
		return s.loadSynonyms()
	}
	path := s.ContentPath()
	db, err := build(path, packs, hash, now)
	if err != nil {
		return fmt.Errorf("import content: %w", err)
	}
	s.db.Close()
	s.db, s.contentHash = db, hash
	return s.loadSynonyms()
}

// build writes packs to a new file and renames it to path. The file is written without a
// journal (a failed build is thrown away whole) and synced before the rename.
func build(path string, packs []guidance.Pack, hash string, now time.Time) (*sql.DB, error) {
	f, err := os.CreateTemp(filepath.Dir(path), ContentFileName+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create content database: %w", err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp) // a no-op once renamed
	db, err := sql.Open("sqlite3", "file:"+tmp+"?_journal_mode=OFF&_synchronous=OFF&_foreign_keys=on")
	if err != nil {
		return nil, fmt.Errorf("create content database: %w", err)
	}
	db.SetMaxOpenConns(1)
	err = applyAll(db, "content")
	if err == nil {
		err = fill(db, packs, hash, now)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	if f, err = os.OpenFile(tmp, os.O_RDWR, 0); err == nil {
		err = f.Sync()
		f.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("write content database: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("replace content database: %w", err)
	}
	built, hashIn := openBuilt(path)
	if built == nil || hashIn != hash {
		return nil, fmt.Errorf("reopen content database %s", path)
	}
	return built, nil
}

// fill replaces the content in db with packs, in one transaction.
func fill(db *sql.DB, packs []guidance.Pack, hash string, now time.Time) error {
	return inTx(context.Background(), db, func(tx *sql.Tx) error {
		for _, q := range []string{
			"DELETE FROM docs", "INSERT INTO docs_fts(docs_fts) VALUES('delete-all')", "DELETE FROM docs_tokens",
			"DELETE FROM synonyms", "DELETE FROM colloquial", "DELETE FROM sources", "DELETE FROM topics", "DELETE FROM terms",
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
		for _, p := range packs { // German compounds are indexed under the words they are made of
			for _, t := range p.Topics {
				if t.Lang == guidance.LangDe {
					ins.index.AddGermanWords(t.Title + "\n" + content.PlainText(t.Body))
				}
			}
			for _, t := range p.Terms {
				if t.Lang == guidance.LangDe {
					ins.index.AddGermanWords(t.Term + "\n" + strings.Join(t.Also, "\n") + "\n" + t.Definition)
				}
			}
		}
		for _, p := range packs {
			ins.packs[p.ID] = true
		}
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
}

type inserter struct {
	tx    *sql.Tx
	packs map[string]bool // the IDs of the packs imported
	index *textindex.Indexer
	stmts map[string]*sql.Stmt
	rowid int64
}

var insertSQL = map[string]string{
	"pack":       "INSERT INTO packs(id, languages, names, converted, cited_as) VALUES(?, ?, ?, ?, ?)",
	"category":   "INSERT INTO categories(pack, id, ord, names) VALUES(?, ?, ?, ?)",
	"instrument": "INSERT INTO instruments(pack, id, names, version, url, provision) VALUES(?, ?, ?, ?, ?, ?)",
	"source":     "INSERT INTO sources(id, pack, instrument, article, para, labels, checked) VALUES(?, ?, ?, ?, ?, ?, ?)",
	"topic":      "INSERT INTO topics(id, lang, pack, category, ord, title, summary, body, checked, sources, checklist) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	"term":       "INSERT INTO terms(id, lang, pack, term, also, definition, topic) VALUES(?, ?, ?, ?, ?, ?, ?)",
	"question":   "INSERT INTO questions(id, lang, pack, text, why, topic, stages, situations) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
	"synonyms":   "INSERT INTO synonyms(lang, words) VALUES(?, ?)",
	"colloquial": "INSERT INTO colloquial(lang, say, means) VALUES(?, ?, ?)",
	"doc":        "INSERT INTO docs(rowid, id, kind, lang, section, title, heading, snippet, sources, facets, forms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	"fts":        "INSERT INTO docs_fts(rowid, title, words, chars, context, lang) VALUES(?, ?, ?, ?, ?, ?)",
	"tokens":     "INSERT INTO docs_tokens(rowid, title, words, chars, context) VALUES(?, ?, ?, ?, ?)",
}

func newInserter(tx *sql.Tx) (*inserter, error) {
	ins := &inserter{tx: tx, packs: map[string]bool{}, stmts: map[string]*sql.Stmt{}, index: textindex.NewIndexer()}
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
	if err := ins.exec("pack", p.ID, mustJSON(p.Languages), mustJSON(p.Name), mustJSON(nonNil(p.Converted)), mustJSON(p.CitedAs)); err != nil {
		return err
	}
	for _, c := range p.Categories {
		if err := ins.exec("category", p.ID, c.ID, c.Order, mustJSON(c.Name)); err != nil {
			return err
		}
	}
	for _, in := range p.Instruments {
		if err := ins.exec("instrument", p.ID, in.ID, mustJSON(in.Name), in.Version.Format(dateLayout), in.URL, in.Provision); err != nil {
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
		if err := ins.doc(doc{id: t.ID, kind: guidance.KindTopic, lang: t.Lang, title: t.Title,
			titleText: t.Title + " " + t.Summary, bodyText: plain, snippet: t.Summary + " " + plain}); err != nil {
			return err
		}
		for _, sec := range content.Sections(t.Body) {
			// a passage's own words are its heading and text; the topic's title is context
			d := doc{id: t.ID, kind: guidance.KindPassage, lang: t.Lang, section: sec.Index, title: t.Title,
				heading: sec.Heading, titleText: sec.Heading, bodyText: sec.Text, context: t.Title,
				snippet: sec.Text, sources: sec.Sources, facets: int(textindex.Facets(sec.Text))}
			if len(sec.Sources) == 0 {
				d.facets |= int(textindex.NoLaw)
			}
			if ins.citesOtherLaw(p, sec.Sources) {
				d.facets |= int(textindex.OtherLaw)
			}
			if sec.Index == 0 {
				d.context = t.Title + " " + t.Summary
			}
			if err := ins.doc(d); err != nil {
				return err
			}
		}
	}
	for _, t := range p.Terms {
		if err := ins.exec("term", t.ID, t.Lang, p.ID, t.Term, mustJSON(t.Also), t.Definition, t.Topic); err != nil {
			return err
		}
		title := t.Term + " " + strings.Join(t.Also, " ")
		if err := ins.doc(doc{id: t.ID, kind: guidance.KindTerm, lang: t.Lang, title: t.Term,
			titleText: title, bodyText: t.Definition, snippet: t.Definition}); err != nil {
			return err
		}
	}
	for _, q := range p.Questions {
		if err := ins.exec("question", q.ID, q.Lang, p.ID, q.Text, q.Why, q.Topic, mustJSON(q.Stages), mustJSON(q.Situations)); err != nil {
			return err
		}
		if err := ins.doc(doc{id: q.ID, kind: guidance.KindQuestion, lang: q.Lang, title: q.Text,
			titleText: q.Text, bodyText: q.Why, snippet: q.Why}); err != nil {
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
	for lang, words := range p.Colloquial {
		for _, w := range words {
			if err := ins.exec("colloquial", lang, mustJSON(w.Say), mustJSON(w.Means)); err != nil {
				return err
			}
		}
	}
	return nil
}

// doc is one searchable item. titleText, bodyText and context are tokenised for the index
// (context — a passage's topic title — counts for less than its own words); snippet is the
// plain text that snippets and answers are cut from.
type doc struct {
	id                           string
	kind                         guidance.Kind
	lang                         guidance.Lang
	section                      int
	title, heading               string
	titleText, bodyText, context string
	snippet                      string
	sources                      []string
	facets                       int
}

// citesOtherLaw reports whether a section of pack p cites another jurisdiction's law: a
// source of an instrument named, after p's own prefix, with another pack's ID (de-cn-cpl is
// the mainland's CPL as the de pack cites it in its notes for readers from China).
func (ins *inserter) citesOtherLaw(p guidance.Pack, sources []string) bool {
	for _, id := range sources {
		rest, ok := strings.CutPrefix(p.Sources[id].Instrument, p.ID+"-")
		if !ok {
			continue
		}
		if other, _, ok := strings.Cut(rest, "-"); ok && other != p.ID && ins.packs[other] {
			return true
		}
	}
	return false
}

// doc adds one searchable item.
func (ins *inserter) doc(d doc) error {
	ins.rowid++
	snippet := strings.Join(strings.Fields(d.snippet), " ") // one space between words, for Snippet
	sources := d.sources
	if sources == nil {
		sources = []string{}
	}
	forms := "" // what each sentence states, for the answer (passages only)
	if d.kind == guidance.KindPassage {
		forms = textindex.SentenceForms(snippet)
	}
	if err := ins.exec("doc", ins.rowid, d.id, d.kind, d.lang, d.section, d.title, d.heading, snippet, mustJSON(sources), d.facets, forms); err != nil {
		return err
	}
	t := ins.index.Index(d.titleText, string(d.lang))
	b := ins.index.Index(d.bodyText, string(d.lang))
	c := ins.index.Index(d.context, string(d.lang))
	sp := func(tokens string) string { return inTokenSpace(tokens, d.lang) }
	title, words, chars, context := sp(t.Words), sp(b.Words), sp(t.Chars+" "+b.Chars), sp(c.Words)
	if err := ins.exec("fts", ins.rowid, title, words, chars, context, langToken(d.lang)); err != nil {
		return err
	}
	return ins.exec("tokens", ins.rowid, title, words, chars, context) // the same, for rank.go
}

// loadSynonyms forgets the prepared synonyms, colloquial words and vocabularies, and the
// search index held in memory: they are read again from the content when it is next
// searched.
func (s *Store) loadSynonyms() error {
	s.mu.Lock()
	s.synonyms = map[guidance.Lang]*textindex.Synonyms{}
	s.corpus = nil
	s.mu.Unlock()
	return nil
}

// lexicon is what queries in lang are widened with: its synonym groups, its colloquial
// words and, to correct typos against, the words its content uses. It is prepared on the
// first search in lang.
func (s *Store) lexicon(lang guidance.Lang) (*textindex.Synonyms, error) {
	s.mu.RLock()
	lx := s.synonyms[lang]
	s.mu.RUnlock()
	if lx != nil {
		return lx, nil
	}
	var groups [][]string
	if err := s.eachJSON("SELECT words, '[]' FROM synonyms WHERE lang = ?", lang, func(words, _ []string) {
		groups = append(groups, words)
	}); err != nil {
		return nil, fmt.Errorf("load synonyms: %w", err)
	}
	lx = textindex.NewSynonyms(groups)
	if err := s.eachJSON("SELECT say, means FROM colloquial WHERE lang = ?", lang, func(say, means []string) {
		lx.AddColloquial(say, means)
	}); err != nil {
		return nil, fmt.Errorf("load colloquial words: %w", err)
	}
	{
		rows, err := s.db.Query("SELECT title || ' ' || heading || ' ' || snippet FROM docs WHERE lang = ? AND kind != ?", lang, guidance.KindTopic)
		if err != nil {
			return nil, fmt.Errorf("load vocabulary: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var text string
			if err := rows.Scan(&text); err != nil {
				return nil, fmt.Errorf("load vocabulary: %w", err)
			}
			lx.AddVocabulary(text, string(lang))
		}
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("load vocabulary: %w", err)
		}
	}
	s.mu.Lock()
	s.synonyms[lang] = lx
	s.mu.Unlock()
	return lx, nil
}

// eachJSON calls fn with the two JSON lists of every row query returns for lang.
func (s *Store) eachJSON(query string, lang guidance.Lang, fn func(a, b []string)) error {
	rows, err := s.db.Query(query, lang)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		var la, lb []string
		if err := json.Unmarshal([]byte(a), &la); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(b), &lb); err != nil {
			return err
		}
		fn(la, lb)
	}
	return rows.Err()
}
