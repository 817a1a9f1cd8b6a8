package ui

import (
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestDoubleTextFitsTheWindow opens every screen at 200 % text and checks that none
// needs a window wider than the one the app opens (1040): wider, and the window grew past
// a 1280 px screen and stayed so (report row 6).
func TestDoubleTextFitsTheWindow(t *testing.T) {
	for _, lang := range []guidance.Lang{guidance.LangEn, guidance.LangZhHans, guidance.LangDe} {
		t.Run(string(lang), func(t *testing.T) {
			u := newTestUI(t, lang)
			u.deps.App.Preferences().SetFloat(PrefTextScale, 2)
			u.applyTheme()
			startWithoutSaving(t, u)
			walk(t, u.situation, map[string]string{"role": "family", "stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"})
			for tab := range u.tabs.Items {
				u.tabs.SelectIndex(tab)
				if tab == tabLibrary {
					u.library.open(u.library.topics[1].ID)
				}
				if w := u.win.Content().MinSize().Width; w > 1040 {
					t.Errorf("tab %d (%s) needs %.0f wide at 200 %% text", tab, u.tabs.Items[tab].Text, w)
				}
			}
			u.showTerm(longestTerm(t, u))
			if w := u.win.Canvas().Overlays().Top().MinSize().Width; w > 1040 {
				t.Errorf("term pop-up needs %.0f wide", w)
			}
		})
	}
}

// longestTerm is the glossary term with the longest definition in the language u shows
// content in: the widest pop-up a reader of that language can open.
func longestTerm(t *testing.T, u *UI) string {
	t.Helper()
	terms, err := u.deps.Library.Terms(u.contentLang())
	if err != nil || len(terms) == 0 {
		t.Fatalf("terms in %s: %d, %v", u.contentLang(), len(terms), err)
	}
	best := terms[0]
	for _, tm := range terms[1:] {
		if len(tm.Definition) > len(best.Definition) {
			best = tm
		}
	}
	return best.ID
}
