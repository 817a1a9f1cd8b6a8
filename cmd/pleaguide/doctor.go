package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/go-text/typesetting/fontscan"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/speech"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

// doctor reports on everything the app depends on. It changes nothing: a damaged database
// is reported, not moved (the app does that when it starts).
func (c *cli) doctor(args []string) int {
	fset := flag.NewFlagSet("doctor", flag.ContinueOnError)
	if code, done := c.flags(fset, "doctor\n\nChecks the data folder, the database, the content, the fonts and the speech engine.", args); done {
		return code
	}
	w, failed := c.stdout, false
	bad := func(format string, a ...any) {
		failed = true
		fmt.Fprintf(w, "  PROBLEM: "+format+"\n", a...)
	}
	fmt.Fprintf(w, "Plea Guide %s\n", version())

	dir, err := dataDir(c.getenv)
	if err != nil {
		bad("%v", err)
		return 1
	}
	fmt.Fprintf(w, "Data folder: %s\n", dir)
	if err := checkWritable(dir); err != nil {
		bad("the folder cannot be written: %v", err)
	} else {
		fmt.Fprintln(w, "  writable")
	}

	path := filepath.Join(dir, sqlite.FileName)
	fmt.Fprintf(w, "Database: %s (case files, settings)\n", path)
	fmt.Fprintf(w, "Content database: %s (built from the built-in content)\n", filepath.Join(dir, sqlite.ContentFileName))
	embedded, err := sqlite.ContentHash(c.packs)
	if err != nil {
		bad("built-in content unreadable: %v", err)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		fmt.Fprintln(w, "  not created yet (the app creates it on first start)")
	} else if store, err := sqlite.Open(path); err != nil {
		switch {
		case errors.Is(err, guidance.ErrDamagedStore):
			bad("the file is damaged; the app will keep it aside and start a fresh one")
		case errors.Is(err, guidance.ErrNewerSchema):
			bad("written by a newer version of Plea Guide; install that version")
		default:
			bad("%v", err)
		}
	} else {
		defer store.Close()
		if report, err := store.Integrity(); err != nil || report != "ok" {
			bad("integrity check: %v %s", err, report)
		} else {
			fmt.Fprintf(w, "  integrity ok (both files), schemas %d and %d\n", sqlite.SchemaVersion(), sqlite.ContentSchemaVersion())
		}
		st, err := store.ContentStatus()
		switch {
		case err != nil:
			bad("content status: %v", err)
		case st.Hash == "":
			fmt.Fprintln(w, "Content: not built yet, or built by another version (the app builds it on start)")
		default:
			fmt.Fprintf(w, "Content: version %.12s, %d topics, %d terms, %d questions, imported %s\n",
				st.Hash, st.Topics, st.Terms, st.Questions, st.ImportedAt.Local().Format(time.DateTime))
			if st.Hash == embedded {
				fmt.Fprintln(w, "  same as the built-in content")
			} else {
				fmt.Fprintf(w, "  the built-in content (%.12s) is newer; the app builds it on its next start\n", embedded)
			}
		}
	}
	if _, problems := content.Load(c.packs); len(problems) > 0 {
		bad("built-in content has %d problems; run `pleaguide content lint`", len(problems))
	}

	fmt.Fprintln(w, "Chinese font:")
	if name, ok := findCJKFont(); ok {
		fmt.Fprintf(w, "  %s\n", name)
	} else {
		fmt.Fprintln(w, "  WARNING: no font with Chinese characters found; Chinese text will show as boxes.")
		fmt.Fprintln(w, "  Install one, e.g. `sudo apt-get install fonts-noto-cjk` (Debian/Ubuntu).")
	}
	c.doctorSpeech(w)
	if failed {
		return 1
	}
	return 0
}

// doctorSpeech says which speech engine Listen reads with and its voice for each language.
// A missing engine is a warning, not a problem: the Listen buttons are then hidden.
func (c *cli) doctorSpeech(w io.Writer) {
	fmt.Fprintln(w, "Speech (Listen):")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e, err := speech.Detect(ctx)
	if err != nil {
		fmt.Fprintf(w, "  WARNING: %v; the Listen buttons are hidden.\n", err)
		fmt.Fprintln(w, "  On Debian/Ubuntu: `sudo apt-get install espeak-ng espeak-ng-data`.")
		return
	}
	fmt.Fprintf(w, "  %s (%s), %d voices\n", e.Name, e.Path, len(e.Voices))
	for _, l := range guidance.UILanguages {
		switch v, ok := e.Voice(l); {
		case ok && v.Name == v.Lang:
			fmt.Fprintf(w, "  %s: %s\n", l, v.Name)
		case ok:
			fmt.Fprintf(w, "  %s: %s (%s)\n", l, v.Name, v.Lang)
		default:
			fmt.Fprintf(w, "  %s: no voice; Listen is hidden for text in this language\n", l)
		}
	}
}

// checkWritable makes sure files can be created in dir (creating it if needed).
func checkWritable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".doctor-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}

// findCJKFont looks for an installed font that has Chinese characters, the same way Fyne
// picks a fallback font for characters its own font lacks.
func findCJKFont() (string, bool) {
	fm := fontscan.NewFontMap(log.New(io.Discard, "", 0))
	if err := fm.UseSystemFonts(""); err != nil {
		return "", false
	}
	fm.SetQuery(fontscan.Query{Families: []string{"sans-serif"}})
	for _, r := range "认罪認罰" {
		face := fm.ResolveFace(r)
		if face == nil {
			return "", false
		}
		if _, ok := face.NominalGlyph(r); !ok {
			return "", false
		}
	}
	face := fm.ResolveFace('认')
	family, _ := fm.FontMetadata(face.Font)
	return fmt.Sprintf("%s (%s)", family, fm.FontLocation(face.Font).File), true
}
