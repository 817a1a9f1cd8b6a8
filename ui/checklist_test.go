package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// openChecklist opens the library's checklist topic and returns its ID.
func openChecklist(t *testing.T, u *UI) string {
	t.Helper()
	u.tabs.SelectIndex(tabLibrary)
	for _, tp := range u.library.topics {
		if tp.Checklist {
			u.library.open(tp.ID)
			return tp.ID
		}
	}
	t.Fatal("the content has no checklist topic")
	return ""
}

func TestChecklistTopicCanBeTicked(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	id := openChecklist(t, u)
	checks := u.library.body.checks
	if len(checks) < 5 {
		t.Fatalf("checklist shows %d boxes", len(checks))
	}
	test.Tap(checks[2])
	if !checks[2].Checked {
		t.Fatal("box not ticked")
	}
	// ticks survive leaving the topic and a language switch (they are kept in memory only)
	u.library.open(u.library.topics[0].ID)
	u.setLanguage(guidance.LangZhHans)
	u.openTopic(id)
	if got := u.library.body.checks; !got[2].Checked || got[1].Checked {
		t.Error("ticks lost or wrong after reopening")
	}
}
