package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/pleaguide/pleaguide/guidance"
)

// Keys of the clinic settings in the settings table.
const (
	keyClinicPIN     = "clinic.pin"
	keyAlwaysGuest   = "clinic.always-guest"
	keyRetentionDays = "clinic.retention-days"
	keyClinicName    = "clinic.name"
	keyClinicAddress = "clinic.address"
	keyClinicPhone   = "clinic.phone"
)

var clinicKeys = []string{keyClinicPIN, keyAlwaysGuest, keyRetentionDays, keyClinicName, keyClinicAddress, keyClinicPhone}

// Clinic reads the clinic settings in one transaction (all zero when none were saved). A
// stored retention period that does not parse reads as 0 (keep case files) and is reported
// as an error alongside the other settings.
func (s *Store) Clinic() (guidance.Clinic, error) {
	v := map[string]string{}
	err := s.inTx(context.Background(), func(tx *sql.Tx) error {
		for _, k := range clinicKeys {
			var x string
			err := tx.QueryRow("SELECT value FROM settings WHERE key = ?", k).Scan(&x)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			v[k] = x
		}
		return nil
	})
	if err != nil {
		return guidance.Clinic{}, fmt.Errorf("read clinic settings: %w", err)
	}
	c := guidance.Clinic{
		PINHash: v[keyClinicPIN], AlwaysGuest: v[keyAlwaysGuest] == "1",
		Name: v[keyClinicName], Address: v[keyClinicAddress], Phone: v[keyClinicPhone],
	}
	c.RetentionDays, err = guidance.ParseRetentionDays(v[keyRetentionDays])
	if err != nil {
		return c, fmt.Errorf("read clinic settings: %w", err)
	}
	return c, nil
}

// SetClinic saves every clinic setting in one transaction: either all change or none.
func (s *Store) SetClinic(c guidance.Clinic) error {
	if c.RetentionDays < 0 {
		return fmt.Errorf("save clinic settings: %w", guidance.ErrBadRetention)
	}
	guest, days := "", ""
	if c.AlwaysGuest {
		guest = "1"
	}
	if c.RetentionDays > 0 {
		days = strconv.Itoa(c.RetentionDays)
	}
	values := map[string]string{
		keyClinicPIN: c.PINHash, keyAlwaysGuest: guest, keyRetentionDays: days,
		keyClinicName: c.Name, keyClinicAddress: c.Address, keyClinicPhone: c.Phone,
	}
	err := s.inTx(context.Background(), func(tx *sql.Tx) error {
		for _, k := range clinicKeys {
			if _, err := tx.Exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", k, values[k]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save clinic settings: %w", err)
	}
	return nil
}
