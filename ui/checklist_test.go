package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestChecklistTopicCanBeTicked(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabLibrary)
	var id string
	for _, tp := range u.library.topics {
		if tp.Checklist {
			id = tp.ID
		}
	}
	if id == "" {
		t.Fatal("the content has no checklist topic")
	}
	u.library.open(id)
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
