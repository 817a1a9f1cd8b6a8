package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestTabLeavesEveryField: Tab and Shift+Tab move the focus out of a multi-line field
// (My case's notes and answers) instead of typing a tab character into it, so the
// keyboard alone can reach the buttons after it.
func TestTabLeavesEveryField(t *testing.T) {
	f := &fields{}
	for name, e := range map[string]*entry{"one-line": f.newEntry(), "multi-line": f.newMultiLineEntry(), "password": f.newPasswordEntry()} {
		var tab fyne.Tabbable = e
		if tab.AcceptsTab() {
			t.Errorf("a %s field keeps Tab for itself", name)
		}
	}
	notes := f.newMultiLineEntry()
	test.Type(notes, "first line")
	if notes.Text != "first line" {
		t.Errorf("typing into the notes gave %q", notes.Text)
	}
}
