package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

// appID is the app's unique ID; FyneApp.toml carries the same for `fyne package`
// (TestFyneAppMatchesBinary checks).
const appID = "org.pleaguide.app"

// appVersion is the release; FyneApp.toml carries the same (TestFyneAppMatchesBinary
// checks). Change both together.
const appVersion = "0.1.0"

// version is the release plus the commit it was built from, when known.
func version() string {
	v := appVersion
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				v += " (" + s.Value[:7] + ")"
			}
		}
	}
	return v
}

// errNoDataDir is dataDir's error when the system names no folder for app data.
var errNoDataDir = errors.New("no folder for app data (set HOME or PLEAGUIDE_DATA_DIR)")

// dataDir is where the database lives: $PLEAGUIDE_DATA_DIR if set (portable installs,
// tests), otherwise the app's Fyne storage folder (<config>/fyne/<app ID>).
func dataDir(getenv func(string) string) (string, error) {
	if d := getenv("PLEAGUIDE_DATA_DIR"); d != "" {
		return d, nil
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("%w: %v", errNoDataDir, err)
	}
	return filepath.Join(cfg, "fyne", appID), nil
}

// openLibrary opens the databases in dir and brings the content up to date with the
// embedded packs. It never fails: when dir is "" (the system names no folder for app data),
// or the folder or the file cannot be used, it falls back to databases in memory and says
// why in the notices; it never falls back to a shared folder such as the temp folder.
// Content problems are written to logw (they concern the app's own files, never the user's
// data).
func openLibrary(dir string, packs fs.FS, now time.Time, logw io.Writer) (*sqlite.Store, []guidance.Notice) {
	var notices []guidance.Notice
	var store *sqlite.Store
	var moved string
	err := errNoDataDir
	path := filepath.Join(dir, sqlite.FileName)
	if dir != "" {
		store, moved, err = sqlite.OpenOrRecover(path, now)
	}
	if moved != "" {
		notices = append(notices, guidance.Notice{Kind: guidance.NoticeDamagedDB, Path: moved})
	}
	if errors.Is(err, errNoDataDir) {
		notices = append(notices, guidance.Notice{Kind: guidance.NoticeNoDataDir})
		fmt.Fprintf(logw, "pleaguide: %v; nothing will be saved\n", err)
		store = memoryStore(logw)
	} else if err != nil {
		if errors.Is(err, guidance.ErrNewerSchema) {
			notices = append(notices, guidance.Notice{Kind: guidance.NoticeNewerDB, Path: path})
		} else {
			notices = append(notices, guidance.Notice{Kind: guidance.NoticeNoStore, Path: dir})
		}
		fmt.Fprintf(logw, "pleaguide: cannot use %s: %v; nothing will be saved\n", path, err)
		store = memoryStore(logw)
	}
	if _, err := store.SyncContent(packs); err != nil {
		var cerr *content.Error
		if errors.As(err, &cerr) {
			for _, p := range cerr.Problems {
				fmt.Fprintln(logw, "content:", p)
			}
		} else {
			fmt.Fprintf(logw, "pleaguide: import content: %v\n", err)
		}
		if st, _ := store.ContentStatus(); st.Topics > 0 {
			notices = append(notices, guidance.Notice{Kind: guidance.NoticeContentRejected})
		} else {
			notices = append(notices, guidance.Notice{Kind: guidance.NoticeContentMissing})
		}
	}
	return store, notices
}

// purgeOldCases applies clinic mode's retention: case files not used for the set number of
// days are deleted at start.
func purgeOldCases(store *sqlite.Store, now time.Time, logw io.Writer) {
	c, err := store.Clinic()
	if err != nil {
		fmt.Fprintf(logw, "pleaguide: %v\n", err)
	}
	if c.RetentionDays <= 0 {
		return
	}
	if _, err := store.DeleteCasesOlderThan(now.AddDate(0, 0, -c.RetentionDays)); err != nil {
		fmt.Fprintf(logw, "pleaguide: %v\n", err)
	}
}

func memoryStore(logw io.Writer) *sqlite.Store {
	s, err := sqlite.OpenMemory()
	if err != nil {
		// SQLite is linked in; an in-memory database fails only when memory is exhausted
		fmt.Fprintf(logw, "pleaguide: %v\n", err)
		os.Exit(1)
	}
	return s
}
