package main

import (
	"bytes"
	"errors"
	"os"
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

// TestNoDataDirKeepsAllInMemory: when the system names no folder for app data, nothing
// goes to a shared folder such as the temp folder: the databases are in memory, the user
// is told, and case files and printing are off.
func TestNoDataDirKeepsAllInMemory(t *testing.T) {
	getenv := func(k string) string {
		if k == "HOME" || k == "XDG_CONFIG_HOME" {
			return ""
		}
		return os.Getenv(k)
	}
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("PLEAGUIDE_DATA_DIR", "")
	dir, err := dataDir(getenv)
	if !errors.Is(err, errNoDataDir) || dir != "" {
		t.Fatalf("dataDir without a home folder = %q, %v; want errNoDataDir", dir, err)
	}
	var stderr bytes.Buffer
	store, notices := openLibrary(dir, assets.Content(), time.Now(), &stderr)
	defer store.Close()
	if store.Path() != ":memory:" {
		t.Errorf("database at %s, want memory", store.Path())
	}
	if len(notices) != 1 || notices[0].Kind != guidance.NoticeNoDataDir {
		t.Errorf("notices = %+v, want one NoticeNoDataDir", notices)
	}
	if st, _ := store.ContentStatus(); st.Topics == 0 {
		t.Error("no content in memory")
	}
	c := &cli{stderr: &stderr, getenv: getenv, packs: assets.Content()}
	deps := c.uiDeps(test.NewTempApp(t), store, dir, time.Now)
	if deps.ExportDir != "" || deps.Vault != nil || deps.Clinic != nil {
		t.Errorf("in memory: export dir %q, vault %v, clinic %v; want none", deps.ExportDir, deps.Vault, deps.Clinic)
	}
}
