// Package sqlite stores Plea Guide's data in a SQLite database: the imported content packs
// with their full-text index, and (later) the user's case files. All SQL of the app lives
// here. Migrations are embedded and numbered; each runs in a transaction.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// FileName is the database's file name inside the data folder.
const FileName = "pleaguide.db"

// Store is an open database.
type Store struct {
	db   *sql.DB
	path string

	mu       sync.RWMutex
	synonyms map[guidance.Lang]*textindex.Synonyms
}

// DSN builds the connection string: every pooled connection gets foreign keys, WAL, a busy
// timeout and secure delete.
func DSN(path string) string {
	v := url.Values{}
	v.Set("_foreign_keys", "on")
	v.Set("_journal_mode", "WAL")
	v.Set("_busy_timeout", "5000")
	v.Set("_synchronous", "NORMAL")
	v.Set("_secure_delete", "on")
	return "file:" + path + "?" + v.Encode()
}

// Open opens (creating if needed) the database at path and brings its schema up to date.
// It returns guidance.ErrDamagedStore when the file is not a healthy database and
// guidance.ErrNewerSchema when a newer app version wrote it; the file is left untouched in
// both cases.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	db, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{db: db, path: path, synonyms: map[guidance.Lang]*textindex.Synonyms{}}
	if err := s.check(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.loadSynonyms(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenMemory opens a database that lives in memory only, for when the data folder cannot
// be used: the library still works, nothing is saved.
func OpenMemory() (*Store, error) {
	db, err := sql.Open("sqlite3", "file::memory:?_foreign_keys=on")
	if err != nil {
		return nil, fmt.Errorf("open memory database: %w", err)
	}
	db.SetMaxOpenConns(1) // each connection to :memory: is a separate database
	s := &Store{db: db, path: ":memory:", synonyms: map[guidance.Lang]*textindex.Synonyms{}}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// OpenOrRecover opens the database at path. If the file is damaged it is moved aside (with
// its -wal and -shm files) under a name ending in ".damaged-<time>", and a fresh database is
// created; the path it was moved to is returned so the user can be told. A database from a
// newer version is never moved.
func OpenOrRecover(path string, now time.Time) (s *Store, movedTo string, err error) {
	s, err = Open(path)
	if !errors.Is(err, guidance.ErrDamagedStore) {
		return s, "", err
	}
	movedTo = path + ".damaged-" + now.Format("20060102-150405")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if rerr := os.Rename(path+suffix, movedTo+suffix); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			return nil, "", fmt.Errorf("move damaged database aside: %w", rerr)
		}
	}
	s, err = Open(path)
	if err != nil {
		return nil, movedTo, err
	}
	return s, movedTo, nil
}

// Path is the database file's location.
func (s *Store) Path() string { return s.path }

// Close checkpoints the write-ahead log and closes the database.
func (s *Store) Close() error {
	if s.path == ":memory:" {
		return s.db.Close()
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		s.db.Close()
		return fmt.Errorf("checkpoint database: %w", err)
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// check verifies that the file is a healthy SQLite database.
func (s *Store) check() error {
	var result string
	err := s.db.QueryRow("PRAGMA quick_check").Scan(&result)
	if err != nil {
		var se sqlite3.Error
		if errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
			return fmt.Errorf("%w: %v", guidance.ErrDamagedStore, err)
		}
		return fmt.Errorf("check database: %w", err)
	}
	if result != "ok" {
		return fmt.Errorf("%w: %s", guidance.ErrDamagedStore, result)
	}
	return nil
}

// Integrity runs SQLite's full integrity check and returns its report ("ok" when healthy).
func (s *Store) Integrity() (string, error) {
	rows, err := s.db.Query("PRAGMA integrity_check")
	if err != nil {
		return "", fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return "", fmt.Errorf("integrity check: %w", err)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n"), rows.Err()
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", e.Name())
		}
		body, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		ms = append(ms, migration{v, e.Name(), string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int {
	ms, _ := migrations()
	return len(ms)
}

func (s *Store) migrate() error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var current int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > len(ms) {
		return fmt.Errorf("%w (schema %d, this app knows %d)", guidance.ErrNewerSchema, current, len(ms))
	}
	for _, m := range ms[current:] {
		err := s.inTx(context.Background(), func(tx *sql.Tx) error {
			if _, err := tx.Exec(m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("apply migration %s: %w", m.name, err)
		}
	}
	return nil
}

// inTx runs fn in a transaction, committing if it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
