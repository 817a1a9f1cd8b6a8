package sqlite

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

// reopen closes s and opens the databases at path again.
func reopen(t *testing.T, s *Store, path string) *Store {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestContentIsRebuilt covers each reason to build content.db again, and that an intact,
// current file is used as it is.
func TestContentIsRebuilt(t *testing.T) {
	spoil := map[string]func(t *testing.T, path string){
		"missing": func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		},
		"damaged": func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte(strings.Repeat("not sqlite ", 500)), 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"torn header": func(t *testing.T, path string) {
			if err := os.WriteFile(path, append([]byte("SQLite format 3\x00"), make([]byte, 4096)...), 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"other schema": func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec("PRAGMA user_version = 99"); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, fn := range spoil {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), FileName)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if res, err := s.SyncContent(fixture(t)); err != nil || !res.Imported {
				t.Fatalf("first sync: %+v %v", res, err)
			}
			s.Close()
			fn(t, filepath.Join(filepath.Dir(path), ContentFileName))
			s, err = Open(path)
			if err != nil {
				t.Fatalf("a spoilt content database stopped the personal one from opening: %v", err)
			}
			defer s.Close()
			res, err := s.SyncContent(fixture(t))
			if err != nil || !res.Imported {
				t.Fatalf("sync after %s: %+v %v", name, res, err)
			}
			if _, err := s.Topic("plea", "en"); err != nil {
				t.Errorf("rebuilt content unreadable: %v", err)
			}
		})
	}
	t.Run("intact", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), FileName)
		s, _ := Open(path)
		s.SyncContent(fixture(t))
		s = reopen(t, s, path)
		if res, err := s.SyncContent(fixture(t)); err != nil || res.Imported {
			t.Errorf("intact content rebuilt: %+v %v", res, err)
		}
		changed := fixture(t)
		changed["cn/en/topics/plea.md"].Data = bytes.Replace(changed["cn/en/topics/plea.md"].Data, []byte("Pleading"), []byte("Pleading guilty"), 1)
		if res, err := s.SyncContent(changed); err != nil || !res.Imported {
			t.Fatalf("stale content not rebuilt: %+v %v", res, err)
		}
		if tp, _ := s.Topic("plea", "en"); tp.Title != "Pleading guilty" {
			t.Errorf("title after rebuild = %q", tp.Title)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp")); len(left) > 0 {
			t.Errorf("build left %v", left)
		}
	})
}

// TestContentDatabaseRefusesWrites: the content database is opened read-only, so no code
// path can write personal data into it.
func TestContentDatabaseRefusesWrites(t *testing.T) {
	s := openTemp(t)
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO meta(key, value) VALUES('x', 'y')",
		"CREATE TABLE casefiles(id INTEGER)",
	} {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("%s: written to the content database", q)
		}
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name IN ('casefiles', 'settings')").Scan(&n); err != nil || n != 0 {
		t.Errorf("personal tables in the content database: %d, %v", n, err)
	}
	if err := s.personal.QueryRow("SELECT count(*) FROM sqlite_master WHERE name IN ('topics', 'docs', 'meta')").Scan(&n); err != nil || n != 0 {
		t.Errorf("content tables in the personal database: %d, %v", n, err)
	}
}

func TestDatabaseFilesArePrivate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	// a file from an older version, readable by everyone
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting("k", "v"); err != nil { // creates the -wal file
		t.Fatal(err)
	}
	for _, name := range []string{FileName, FileName + "-wal", ContentFileName} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", name, fi.Mode().Perm())
		}
	}
}

func TestCaseFileDatesAreDays(t *testing.T) {
	s := openTemp(t)
	at := time.Date(2026, 11, 25, 15, 4, 5, 123456789, time.Local)
	id, err := s.CreateCase(&casefile.Sealed{Meta: casefile.Meta{Name: "A", Created: at, Updated: at}, Check: []byte("c"), Data: []byte("d")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCase(id, []byte("d2"), at.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	var created, updated string
	if err := s.personal.QueryRow("SELECT created, updated FROM casefiles WHERE id = ?", id).Scan(&created, &updated); err != nil {
		t.Fatal(err)
	}
	if created != "2026-11-25" || updated != "2026-11-26" {
		t.Errorf("stored created %q, updated %q; want the days only", created, updated)
	}
	c, err := s.Case(id)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 11, 25, 0, 0, 0, 0, time.Local); !c.Created.Equal(want) {
		t.Errorf("created read back as %v, want %v", c.Created, want)
	}
	// retention counts whole days: last used on the 26th, so kept by a cut-off on the 26th
	if n, err := s.DeleteCasesOlderThan(time.Date(2026, 11, 26, 23, 0, 0, 0, time.Local)); err != nil || n != 0 {
		t.Errorf("deleted %d, %v: a case used on the cut-off day was deleted", n, err)
	}
	if n, err := s.DeleteCasesOlderThan(time.Date(2026, 11, 27, 0, 0, 0, 0, time.Local)); err != nil || n != 1 {
		t.Errorf("deleted %d, %v: want the case used before the cut-off day", n, err)
	}
}

// TestUpgradeFromSingleFile opens a database as the releases before the split wrote it
// (schema 5 from testdata/legacy: content, case files and settings in one file): the case
// files and settings must survive, their times cut to days, and the content must leave the
// personal file, also from its free pages.
func TestUpgradeFromSingleFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	old, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	legacy, _ := filepath.Glob(filepath.Join("testdata", "legacy", "*.sql"))
	if len(legacy) != 5 {
		t.Fatalf("legacy migrations: %v", legacy)
	}
	for i, f := range legacy {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := old.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if _, err := old.Exec(fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			t.Fatal(err)
		}
	}
	const contentMarker = "CONTENT-MARKER-q8Zt"
	for _, q := range []string{
		"INSERT INTO meta(key, value) VALUES('content_hash', 'old')",
		`INSERT INTO packs(id, languages, names) VALUES('xx', '["en"]', '{}')`,
		`INSERT INTO topics(id, lang, pack, category, ord, title, summary, body, checked, sources) VALUES('t', 'en', 'xx', 'c', 1, 'T', 'S', '` + strings.Repeat(contentMarker+" ", 2000) + `', '2026-11-25', '[]')`,
		`INSERT INTO casefiles(name, created, updated, kdf, checkv, data) VALUES('Case A', '2026-11-20T08:01:02.123456789Z', '2026-11-24T23:59:59.999Z', '{}', x'01', x'0203')`,
		`INSERT INTO casefiles(name, created, updated, kdf, checkv, data) VALUES('Case B', '2026-10-01T00:00:00Z', '2026-10-02T10:00:00Z', '{}', x'04', x'05')`,
		"INSERT INTO settings(key, value) VALUES('clinic.name', 'Legal aid clinic')",
	} {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	old.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	old.Close()
	before, _ := os.Stat(path)

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	r, err := s.personal.Query("SELECT name, created, updated, hex(checkv), hex(data) FROM casefiles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for r.Next() {
		var a, b, c, d, e string
		r.Scan(&a, &b, &c, &d, &e)
		rows = append(rows, strings.Join([]string{a, b, c, d, e}, " "))
	}
	r.Close()
	want := []string{"Case A 2026-11-20 2026-11-24 01 0203", "Case B 2026-10-01 2026-10-02 04 05"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("case files after upgrade:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if v, err := s.Setting("clinic.name"); err != nil || v != "Legal aid clinic" {
		t.Errorf("setting after upgrade = %q, %v", v, err)
	}
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Topic("plea", "en"); err != nil {
		t.Errorf("content after upgrade: %v", err)
	}
	if _, err := s.Topic("t", "en"); err == nil {
		t.Error("the old file's content is still read")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(path)
	if after.Size() >= before.Size() {
		t.Errorf("personal file %d bytes after upgrade, %d before: content not moved out", after.Size(), before.Size())
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte(contentMarker)) {
		t.Error("the old content is still in the personal file's pages")
	}
	s, err = Open(path) // and a second start changes nothing
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if cases, _ := s.Cases(); len(cases) != 2 {
		t.Errorf("cases after second start: %+v", cases)
	}
}
