package ui

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestWalkthroughInEveryInterfaceLanguage: in every interface language, every
// jurisdiction's first question is asked in words, never by its ID, and a walkthrough
// shown in another language than the interface's says so above it.
func TestWalkthroughInEveryInterfaceLanguage(t *testing.T) {
	for _, lang := range guidance.UILanguages {
		u := newTestUI(t, lang)
		createCase(t, u, "L", "correct horse battery")
		for _, p := range u.deps.Packs {
			if walkOf(t, u, p.ID) == nil {
				continue
			}
			u.onJurisdictionChosen(p.ID)
			u.tabs.SelectIndex(tabSituation)
			got := texts(u.situation.content)
			if strings.Contains(got, "\nrole\n") || strings.HasPrefix(got, "role\n") || !strings.Contains(got, "?") && !strings.Contains(got, "？") {
				t.Errorf("%s UI, %s walkthrough: first question not in words:\n%s", lang, p.ID, got)
			}
			shown := walkOf(t, u, p.ID).Lang(lang)
			if shown != lang && !strings.Contains(got, languageNames[shown]) {
				t.Errorf("%s UI, %s walkthrough shown in %s without a notice saying so:\n%.300s", lang, p.ID, shown, got)
			}
		}
	}
}
