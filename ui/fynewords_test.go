package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/pleaguide/pleaguide/guidance"
)

// sameInGerman are the months German spells as English does.
var sameInGerman = map[string]bool{"april": true, "august": true, "september": true, "november": true}

// TestFyneWordsCoverEveryLanguage: every interface language has Fyne's words, the same
// keys as English, and the Chinese and German files are not left in English.
func TestFyneWordsCoverEveryLanguage(t *testing.T) {
	read := func(l guidance.Lang) map[string]any {
		data, err := fyneWords.ReadFile("fynewords/" + string(l) + ".json")
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		return m
	}
	en := read(guidance.LangEn)
	for _, key := range []string{"Save", "Cancel", "Open", "OK", "Yes", "No", "Copy", "Paste", "(Parent)", "file.name"} {
		if _, ok := en[key]; !ok {
			t.Errorf("en.json lacks %q, which Fyne's dialogs use", key)
		}
	}
	for _, l := range guidance.UILanguages {
		m := read(l)
		for key, v := range en {
			got, ok := m[key]
			if !ok {
				t.Errorf("%s.json lacks %q", l, key)
				continue
			}
			same := key == "OK" || key == "file.name" || (l == guidance.LangDe && sameInGerman[key])
			if l != guidance.LangEn && !same && fmt.Sprint(got) == fmt.Sprint(v) {
				t.Errorf("%s.json: %q is still English (%v)", l, key, got)
			}
		}
	}
}

// TestFileDialogSpeaksTheAppLanguage: on an English computer the Chinese interface's file
// dialog says 保存 and 取消, not Save and Cancel (issue 14 item 10).
func TestFileDialogSpeaksTheAppLanguage(t *testing.T) {
	t.Setenv("LANGUAGE", "en_US")
	t.Setenv("LC_ALL", "en_US.UTF-8")
	t.Setenv("LANG", "en_US.UTF-8")
	t.Cleanup(func() {
		if err := useFyneWords(guidance.LangEn); err != nil {
			t.Error(err)
		}
	})
	u := newTestUI(t, guidance.LangZhHans)
	u.home.cases.onImport()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no file dialog shown")
	}
	got := texts(top)
	for _, want := range []string{"打开", "取消"} {
		if !strings.Contains(got, want) {
			t.Errorf("file dialog lacks %q:\n%s", want, got)
		}
	}
	for _, english := range []string{"Open\n", "Cancel\n", "Save\n"} {
		if strings.Contains(got, english) {
			t.Errorf("file dialog in the Chinese interface shows %q:\n%s", strings.TrimSpace(english), got)
		}
	}

	u.setLanguage(guidance.LangDe)
	if got := lang.L("Cancel"); got != "Abbrechen" {
		t.Errorf("after switching to German, Fyne says %q for Cancel", got)
	}
}
