package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
)

var _ casefile.Store = (*Store)(nil)

// Case files keep the day they were created and last used, in the local calendar, and not
// the time of day.
const dayLayout = time.DateOnly

func day(t time.Time) string { return t.In(time.Local).Format(dayLayout) }

func parseDay(s string) time.Time {
	t, _ := time.ParseInLocation(dayLayout, s, time.Local)
	return t
}

// CreateCase stores a new sealed case file and returns its ID.
func (s *Store) CreateCase(c *casefile.Sealed) (int64, error) {
	kdf, err := json.Marshal(c.KDF)
	if err != nil {
		return 0, fmt.Errorf("create case: %w", err)
	}
	var id int64
	err = s.inTx(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec("INSERT INTO casefiles(name, created, updated, kdf, checkv, data) VALUES(?, ?, ?, ?, ?, ?)",
			c.Name, day(c.Created), day(c.Updated), string(kdf), c.Check, c.Data)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("create case: %w", err)
	}
	return id, nil
}

// Cases lists case files, most recently used first.
func (s *Store) Cases() ([]casefile.Meta, error) {
	rows, err := s.personal.Query("SELECT id, name, created, updated FROM casefiles ORDER BY updated DESC, id DESC")
	if err != nil {
		return nil, fmt.Errorf("list cases: %w", err)
	}
	defer rows.Close()
	var out []casefile.Meta
	for rows.Next() {
		var m casefile.Meta
		var created, updated string
		if err := rows.Scan(&m.ID, &m.Name, &created, &updated); err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
		m.Created = parseDay(created)
		m.Updated = parseDay(updated)
		out = append(out, m)
	}
	return out, rows.Err()
}

// Case reads one sealed case file.
func (s *Store) Case(id int64) (*casefile.Sealed, error) {
	c := &casefile.Sealed{}
	var created, updated, kdf string
	err := s.personal.QueryRow("SELECT id, name, created, updated, kdf, checkv, data FROM casefiles WHERE id = ?", id).
		Scan(&c.ID, &c.Name, &created, &updated, &kdf, &c.Check, &c.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("case %d: %w", id, guidance.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read case %d: %w", id, err)
	}
	if err := json.Unmarshal([]byte(kdf), &c.KDF); err != nil {
		return nil, fmt.Errorf("read case %d: %w", id, casefile.ErrDamaged)
	}
	c.Created = parseDay(created)
	c.Updated = parseDay(updated)
	return c, nil
}

// SaveCase replaces a case file's sealed data, in one transaction.
func (s *Store) SaveCase(id int64, data []byte, updated time.Time) error {
	return s.inTx(context.Background(), func(tx *sql.Tx) error {
		res, err := tx.Exec("UPDATE casefiles SET data = ?, updated = ? WHERE id = ?", data, day(updated), id)
		if err != nil {
			return fmt.Errorf("save case %d: %w", id, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("save case %d: %w", id, guidance.ErrNotFound)
		}
		return nil
	})
}

// DeleteCase removes a case file so that nothing of it can be recovered from the files:
// secure_delete overwrites its pages, the write-ahead log is emptied, and VACUUM rewrites
// the database without the freed pages.
func (s *Store) DeleteCase(id int64) error {
	if _, err := s.personal.Exec("DELETE FROM casefiles WHERE id = ?", id); err != nil {
		return fmt.Errorf("delete case %d: %w", id, err)
	}
	return s.scrub()
}

// DeleteCasesOlderThan removes case files last used on a day before t's (clinic mode).
func (s *Store) DeleteCasesOlderThan(t time.Time) (int, error) {
	res, err := s.personal.Exec("DELETE FROM casefiles WHERE updated < ?", day(t))
	if err != nil {
		return 0, fmt.Errorf("delete old cases: %w", err)
	}
	n, _ := res.RowsAffected()
	if n > 0 {
		return int(n), s.scrub()
	}
	return 0, nil
}

func (s *Store) scrub() error {
	if s.path == memoryPath {
		return nil
	}
	for _, q := range []string{"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if _, err := s.personal.Exec(q); err != nil {
			return fmt.Errorf("scrub after delete (%s): %w", q, err)
		}
	}
	return nil
}

// Setting reads an app setting ("" when unset).
func (s *Store) Setting(key string) (string, error) {
	var v string
	err := s.personal.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read setting %s: %w", key, err)
	}
	return v, nil
}

// SetSetting writes an app setting.
func (s *Store) SetSetting(key, value string) error {
	if _, err := s.personal.Exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value); err != nil {
		return fmt.Errorf("write setting %s: %w", key, err)
	}
	return nil
}
