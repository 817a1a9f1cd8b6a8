package sqlite

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
)

func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	root := filepath.Join("..", "content", "testdata")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		fsys[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenAppliesMigrationsAndPragmas(t *testing.T) {
	s := openTemp(t)
	var version int
	if err := s.personal.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if version != SchemaVersion() || version == 0 {
		t.Errorf("user_version = %d, want %d", version, SchemaVersion())
	}
	// every pooled connection must carry the pragmas, so hold several at once
	conns := make([]interface{ Close() error }, 3)
	for i := range conns {
		c, err := s.personal.Conn(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		conns[i] = c
		for pragma, want := range map[string]string{"foreign_keys": "1", "journal_mode": "wal", "busy_timeout": "5000", "secure_delete": "1"} {
			var got string
			if err := c.QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("conn %d: PRAGMA %s = %s, want %s", i, pragma, got, want)
			}
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		if fi, _ := os.Stat(path + "-wal"); fi.Size() > 0 {
			t.Errorf("WAL not checkpointed on close: %d bytes", fi.Size())
		}
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.SyncContent(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if res.Imported {
		t.Error("unchanged content was imported again")
	}
}

func TestNewerSchemaIsRefusedAndLeftAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.personal.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	_, moved, err := OpenOrRecover(path, time.Now())
	if !errors.Is(err, guidance.ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	if moved != "" {
		t.Errorf("newer database was moved to %s", moved)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("newer database was changed")
	}
}

func TestDamagedDatabaseIsMovedAside(t *testing.T) {
	for name, data := range map[string][]byte{
		"not a database": []byte(strings.Repeat("this is not sqlite ", 300)),
		"torn header":    append([]byte("SQLite format 3\x00"), make([]byte, 4096)...),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := Open(path); !errors.Is(err, guidance.ErrDamagedStore) {
				t.Fatalf("Open err = %v, want ErrDamagedStore", err)
			}
			now := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
			s, moved, err := OpenOrRecover(path, now)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if want := path + ".damaged-20261125-100000"; moved != want {
				t.Errorf("moved to %q, want %q", moved, want)
			}
			kept, err := os.ReadFile(moved)
			if err != nil || string(kept) != string(data) {
				t.Errorf("damaged file not kept intact: %v", err)
			}
			if _, err := s.SyncContent(fixture(t)); err != nil {
				t.Errorf("fresh database unusable: %v", err)
			}
		})
	}
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if _, err := Open(filepath.Join(dir, "sub", FileName)); err == nil {
		t.Error("opening in a read-only folder did not fail")
	}
}

func TestBadContentKeepsLastGood(t *testing.T) {
	s := openTemp(t)
	good := fixture(t)
	if _, err := s.SyncContent(good); err != nil {
		t.Fatal(err)
	}
	before, _ := s.ContentStatus()
	bad := fixture(t)
	bad["cn/en/topics/plea.md"].Data = []byte("no front matter")
	_, err := s.SyncContent(bad)
	var cerr *content.Error
	if !errors.As(err, &cerr) {
		t.Fatalf("err = %v, want *content.Error", err)
	}
	after, _ := s.ContentStatus()
	if after.Hash != before.Hash || after.Topics != before.Topics {
		t.Errorf("bad content replaced good: before %+v after %+v", before, after)
	}
	if _, err := s.Topic("plea", "en"); err != nil {
		t.Errorf("good topic gone: %v", err)
	}
}

func TestLibraryReads(t *testing.T) {
	s := openTemp(t)
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	st, err := s.ContentStatus()
	if err != nil || st.Topics != 2 || st.Terms != 1 || st.Questions != 1 {
		t.Errorf("status = %+v, %v", st, err)
	}
	topics, err := s.Topics("zh-Hans")
	if err != nil || len(topics) != 2 || topics[0].ID != "plea" || topics[1].ID != "withdraw" {
		t.Fatalf("topics = %v, %v", topics, err)
	}
	tp, err := s.Topic("plea", "en")
	if err != nil || tp.Title != "Pleading" || !strings.Contains(tp.Body, "(term:leniency)") {
		t.Errorf("topic = %+v, %v", tp, err)
	}
	if _, err := s.Topic("nope", "en"); !errors.Is(err, guidance.ErrNotFound) {
		t.Errorf("missing topic err = %v", err)
	}
	cites, err := s.Citations(tp.Sources, "zh-Hans")
	if err != nil || len(cites) != 1 || cites[0].Text != "《刑事诉讼法》第15条" || cites[0].Checked.Format(dateLayout) != "2026-11-25" {
		t.Errorf("citations = %+v, %v", cites, err)
	}
	term, err := s.Term("leniency", "en")
	if err != nil || term.Also[0] != "从宽" {
		t.Errorf("term = %+v, %v", term, err)
	}
	q, err := s.Question("q-withdraw", "en")
	if err != nil || q.Stages[0] != "review" || q.Situations[0] != "signed" {
		t.Errorf("question = %+v, %v", q, err)
	}
	packs, err := s.Packs()
	if err != nil || len(packs) != 1 || packs[0].Categories[0].Name["en"] != "Basics" {
		t.Errorf("packs = %+v, %v", packs, err)
	}
}

func TestSearchFixture(t *testing.T) {
	s := openTemp(t)
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		lang  guidance.Lang
		first string
	}{
		{"撤回", "zh-Hans", "withdraw"},
		{"宽", "zh-Hans", "leniency"},
		{"can he take back the plea after signing", "en", "withdraw"},
		{"从宽", "en", "leniency"},
	}
	for _, tt := range tests {
		res, err := s.Search(tt.query, tt.lang, 10)
		hits := res.Hits
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.query, err)
		}
		// a passage of another topic whose heading is the very word may come first
		if len(hits) == 0 || (hits[0].ID != tt.first && (len(hits) < 2 || hits[1].ID != tt.first)) {
			t.Errorf("Search(%q) = %+v, want %s in the first two", tt.query, hits, tt.first)
		}
	}
	if res, err := s.Search("？？", "zh-Hans", 10); err != nil || len(res.Hits) != 0 {
		t.Errorf("punctuation search = %v, %v", res.Hits, err)
	}
}

// TestCheckedRangeSpansEveryLanguage: the oldest and the newest checked day over every
// topic of every language, as About shows them.
func TestCheckedRangeSpansEveryLanguage(t *testing.T) {
	s := openTemp(t)
	if from, to, err := s.CheckedRange(); err != nil || !from.IsZero() || !to.IsZero() {
		t.Fatalf("empty store: %v, %v, %v; want zero times", from, to, err)
	}
	fsys := fixture(t)
	for file, day := range map[string]string{"cn/en/topics/withdraw.md": "2026-10-02", "cn/zh-Hans/topics/plea.md": "2026-11-30"} {
		f := fsys[file]
		f.Data = []byte(strings.Replace(string(f.Data), "checked = 2026-11-25", "checked = "+day, 1))
	}
	if _, err := s.SyncContent(fsys); err != nil {
		t.Fatal(err)
	}
	from, to, err := s.CheckedRange()
	if err != nil {
		t.Fatal(err)
	}
	if got := from.Format(dateLayout) + " " + to.Format(dateLayout); got != "2026-10-02 2026-11-30" {
		t.Errorf("CheckedRange = %s, want 2026-10-02 2026-11-30", got)
	}
}
