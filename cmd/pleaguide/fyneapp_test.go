package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestFyneAppMatchesBinary: `fyne package` takes the version, ID and icon from FyneApp.toml,
// plain `go build` from the constants here. Both must say the same.
func TestFyneAppMatchesBinary(t *testing.T) {
	root := filepath.Join("..", "..")
	var meta struct {
		Details     struct{ Icon, Name, ID, Version string }
		Languages   []string
		LinuxAndBSD struct {
			GenericName, Comment string
			Categories           []string
		}
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "FyneApp.toml"), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Details.Version != appVersion {
		t.Errorf("FyneApp.toml has version %q, the binary %q", meta.Details.Version, appVersion)
	}
	if meta.Details.ID != appID {
		t.Errorf("FyneApp.toml has ID %q, the binary %q", meta.Details.ID, appID)
	}
	if meta.Details.Name == "" || meta.LinuxAndBSD.GenericName == "" || meta.LinuxAndBSD.Comment == "" || len(meta.LinuxAndBSD.Categories) == 0 {
		t.Errorf("FyneApp.toml lacks a name, generic name, comment or categories: %+v", meta)
	}
	// the interface languages, as the locales folder has them
	for _, l := range []string{"en", "zh-Hans", "zh-Hant", "de"} {
		if !slices.Contains(meta.Languages, l) {
			t.Errorf("FyneApp.toml's Languages lack %s", l)
		}
		if _, err := os.Stat(filepath.Join(root, "locales", "active."+l+".toml")); err != nil {
			t.Errorf("FyneApp.toml names %s: %v", l, err)
		}
	}
	if _, err := os.Stat(filepath.Join(root, meta.Details.Icon)); err != nil {
		t.Errorf("FyneApp.toml's icon: %v", err)
	}
	if copies, _ := filepath.Glob("FyneApp.toml"); len(copies) > 0 {
		t.Error("a second FyneApp.toml next to main: there is one, at the top level")
	}
}
