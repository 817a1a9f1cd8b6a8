// Package sqlite stores Plea Guide's data in two SQLite databases in the data folder. All
// SQL of the app lives here.
//
//   - The personal database (FileName, pleaguide.db) holds what users enter: sealed case
//     files and settings. It is small, checked at every start, and migrated in place by the
//     numbered files in migrations/personal, each in a transaction.
//   - The content database (ContentFileName, content.db) holds the embedded content packs
//     and their full-text index. It is derived data: when it is missing, damaged, built by
//     another schema (migrations/content) or stale (the packs' hash changed), SyncContent
//     builds a new file beside it and renames it into place. It is opened read-only, so
//     nothing personal can be written to it, and it is not checked at start: reading it
//     costs only what a screen shows.
//
// Before the split one file held both; Open drops the content tables from such a file and
// keeps its case files and settings (migrations/personal/0001_casefiles.sql).
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

//go:embed migrations/personal/*.sql migrations/content/*.sql
var migrationFS embed.FS

// FileName is the personal database's file name inside the data folder.
const FileName = "pleaguide.db"

// ContentFileName is the content database's file name inside the data folder.
const ContentFileName = "content.db"

const memoryPath = ":memory:"

// Store is an open pair of databases: personal data and content.
type Store struct {
	db       *sql.DB // content; replaced as a whole by SyncContent
	personal *sql.DB
	path     string // personal database, or ":memory:"

	// contentHash is the hash of the packs in db ("" when db holds none, or cannot be
	// trusted: then SyncContent builds it whatever the hash)
	contentHash string

	mu       sync.RWMutex
	synonyms map[guidance.Lang]*textindex.Synonyms
	corpus   *corpus // the search index and rows in memory; nil until the first search
}

// DSN builds the personal database's connection string: every pooled connection gets
// foreign keys, WAL, a busy timeout and secure delete.
func DSN(path string) string {
	v := url.Values{}
	v.Set("_foreign_keys", "on")
	v.Set("_journal_mode", "WAL")
	v.Set("_busy_timeout", "5000")
	v.Set("_synchronous", "NORMAL")
	v.Set("_secure_delete", "on")
	return "file:" + path + "?" + v.Encode()
}

// contentDSN opens a built content database: read-only, and immutable because a file is
// never changed once built (a rebuild renames a new file over it).
func contentDSN(path string) string {
	return "file:" + path + "?mode=ro&immutable=1"
}

// Open opens (creating if needed) the personal database at path and brings its schema up
// to date, and opens the content database beside it if it was built for this schema. It
// returns guidance.ErrDamagedStore when the personal file is not a healthy database and
// guidance.ErrNewerSchema when a newer app version wrote it; the file is left untouched in
// both cases. Call SyncContent next: it builds the content database when needed.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	if err := privateFile(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{personal: db, path: path, synonyms: map[guidance.Lang]*textindex.Synonyms{}}
	if err := s.check(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.openContent(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// privateFile makes sure the database file exists and only its owner can read it. SQLite
// gives its -wal and -shm files the same permissions.
func privateFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("create database: %w", err)
	}
	f.Close()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Chmod(path+suffix, 0o600); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("make database private: %w", err)
		}
	}
	return nil
}

// OpenMemory opens databases that live in memory only, for when the data folder cannot
// be used: the library still works, nothing is saved.
func OpenMemory() (*Store, error) {
	personal, err := memoryDB()
	if err != nil {
		return nil, err
	}
	s := &Store{personal: personal, path: memoryPath, synonyms: map[guidance.Lang]*textindex.Synonyms{}}
	if err := s.migrate(); err != nil {
		personal.Close()
		return nil, err
	}
	if s.db, err = emptyContent(); err != nil {
		personal.Close()
		return nil, err
	}
	return s, nil
}

func memoryDB() (*sql.DB, error) {
	db, err := sql.Open("sqlite3", "file::memory:?_foreign_keys=on")
	if err != nil {
		return nil, fmt.Errorf("open memory database: %w", err)
	}
	db.SetMaxOpenConns(1) // each connection to :memory: is a separate database
	return db, nil
}

// emptyContent is a content database in memory with the schema and no content, for when
// there is no built file yet: every read finds nothing instead of failing.
func emptyContent() (*sql.DB, error) {
	db, err := memoryDB()
	if err != nil {
		return nil, err
	}
	if err := applyAll(db, "content"); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// OpenOrRecover opens the databases beside path. If the personal file is damaged it is
// moved aside (with its -wal and -shm files) under a name ending in ".damaged-<time>", and
// a fresh one is created; the path it was moved to is returned so the user can be told. A
// database from a newer version is never moved. (A damaged content database needs no such
// care: SyncContent builds a new one.)
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

// Path is the personal database file's location (":memory:" for OpenMemory).
func (s *Store) Path() string { return s.path }

// ContentPath is the content database file's location ("" for OpenMemory).
func (s *Store) ContentPath() string {
	if s.path == memoryPath {
		return ""
	}
	return filepath.Join(filepath.Dir(s.path), ContentFileName)
}

// Close checkpoints the personal database's write-ahead log and closes both databases.
func (s *Store) Close() error {
	cerr := s.db.Close()
	if s.path == memoryPath {
		return errors.Join(cerr, s.personal.Close())
	}
	if _, err := s.personal.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		s.personal.Close()
		return fmt.Errorf("checkpoint database: %w", err)
	}
	if err := errors.Join(cerr, s.personal.Close()); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// check verifies that the personal file is a healthy SQLite database.
func (s *Store) check() error {
	var result string
	err := s.personal.QueryRow("PRAGMA quick_check").Scan(&result)
	if err != nil {
		if isDamage(err) {
			return fmt.Errorf("%w: %v", guidance.ErrDamagedStore, err)
		}
		return fmt.Errorf("check database: %w", err)
	}
	if result != "ok" {
		return fmt.Errorf("%w: %s", guidance.ErrDamagedStore, result)
	}
	return nil
}

func isDamage(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt)
}

// Integrity runs SQLite's full integrity check on both databases and returns its report
// ("ok" when both are healthy).
func (s *Store) Integrity() (string, error) {
	var report []string
	for _, db := range []struct {
		name string
		db   *sql.DB
	}{{FileName, s.personal}, {ContentFileName, s.db}} {
		lines, err := integrity(db.db)
		if err != nil {
			return "", fmt.Errorf("integrity check %s: %w", db.name, err)
		}
		if len(lines) != 1 || lines[0] != "ok" {
			report = append(report, db.name+": "+strings.Join(lines, "\n"))
		}
	}
	if len(report) == 0 {
		return "ok", nil
	}
	return strings.Join(report, "\n"), nil
}

func integrity(db *sql.DB) ([]string, error) {
	rows, err := db.Query("PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		lines = append(lines, line)
	}
	return lines, rows.Err()
}

type migration struct {
	version int
	name    string
	sql     string
}

// migrations reads the numbered migrations of one database ("personal" or "content").
func migrations(which string) ([]migration, error) {
	dir := "migrations/" + which
	entries, err := fs.ReadDir(migrationFS, dir)
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
		body, err := migrationFS.ReadFile(dir + "/" + e.Name())
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

// SchemaVersion is the number of personal-database migrations this build knows.
func SchemaVersion() int {
	ms, _ := migrations("personal")
	return len(ms)
}

// ContentSchemaVersion is the number of content-database migrations this build knows; a
// content file built with another number is rebuilt.
func ContentSchemaVersion() int {
	ms, _ := migrations("content")
	return len(ms)
}

// migrate brings the personal database up to date. A file from before the split (it has
// the content's meta table) counts as version 0 whatever its user_version: the first
// migration drops its content and keeps its case files.
func (s *Store) migrate() error {
	ms, err := migrations("personal")
	if err != nil {
		return err
	}
	var current, combined int
	if err := s.personal.QueryRow("PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if err := s.personal.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'").Scan(&combined); err != nil {
		return fmt.Errorf("read schema: %w", err)
	}
	if combined > 0 {
		current = 0
	}
	if current > len(ms) {
		return fmt.Errorf("%w (schema %d, this app knows %d)", guidance.ErrNewerSchema, current, len(ms))
	}
	if err := apply(s.personal, ms[current:]); err != nil {
		return err
	}
	if combined > 0 && s.path != memoryPath {
		// give the content's pages back (secure_delete has already overwritten them)
		if _, err := s.personal.Exec("VACUUM"); err != nil {
			return fmt.Errorf("compact database after moving content out: %w", err)
		}
	}
	return nil
}

// applyAll applies every migration of one database to an empty one.
func applyAll(db *sql.DB, which string) error {
	ms, err := migrations(which)
	if err != nil {
		return err
	}
	return apply(db, ms)
}

func apply(db *sql.DB, ms []migration) error {
	for _, m := range ms {
		err := inTx(context.Background(), db, func(tx *sql.Tx) error {
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

// inTx runs fn in a transaction on the personal database, committing if it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, s.personal, fn)
}

func inTx(ctx context.Context, db *sql.DB, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
