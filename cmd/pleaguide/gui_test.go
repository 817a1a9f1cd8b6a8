package main

import (
	"bytes"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
)

func fastKDF() (casefile.KDF, error) {
	return casefile.KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: []byte("0123456789abcdef")}, nil
}

// TestRetentionPurgeAtStart checks the wiring of clinic mode's retention: the app deletes
// case files unused for longer than the set days before it shows the list.
func TestRetentionPurgeAtStart(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		days     int
		wantKept []string
	}{
		{30, []string{"recent"}},
		{0, []string{"recent", "old"}}, // 0: never delete
	} {
		dir := t.TempDir()
		var stderr bytes.Buffer
		store, _ := openLibrary(dir, assets.Content(), now, &stderr)
		for _, c := range []struct {
			name string
			used time.Time
		}{{"old", now.AddDate(0, 0, -40)}, {"recent", now.AddDate(0, 0, -3)}} {
			v := casefile.NewVault(store, func() time.Time { return c.used })
			v.NewKDF = fastKDF
			s, err := v.Create(c.name, []byte("correct horse battery"))
			if err != nil {
				t.Fatal(err)
			}
			s.Lock()
		}
		if err := store.SetClinic(guidance.Clinic{RetentionDays: tt.days}); err != nil {
			t.Fatal(err)
		}
		c := &cli{stderr: &stderr, getenv: func(string) string { return "" }, packs: assets.Content()}
		deps := c.uiDeps(test.NewTempApp(t), store, dir, func() time.Time { return now })
		cases, err := deps.Vault.Cases()
		if err != nil {
			t.Fatal(err)
		}
		var kept []string
		for _, m := range cases {
			kept = append(kept, m.Name)
		}
		if len(kept) != len(tt.wantKept) {
			t.Errorf("retention %d days: kept %q, want %q", tt.days, kept, tt.wantKept)
		}
		if deps.Clinic == nil || len(deps.ContentLanguages) == 0 || len(deps.Categories) == 0 {
			t.Errorf("deps lack clinic, content languages or categories: %+v", deps)
		}
		if stderr.Len() > 0 {
			t.Errorf("start-up wrote %q", stderr.String())
		}
		store.Close()
	}
}
