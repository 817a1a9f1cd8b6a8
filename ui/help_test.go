package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestF1OpensHelpFromAnywhere: F1 opens Help with nothing focused, from a focused button
// and from a focused text field; Help lists every shortcut and the free help.
func TestF1OpensHelpFromAnywhere(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	press(u, fyne.KeyF1)
	if u.tabs.SelectedIndex() != tabHelp || u.help == nil {
		t.Fatalf("F1 with nothing focused: tab %d", u.tabs.SelectedIndex())
	}
	got := texts(u.help.content)
	for _, want := range []string{"Ctrl+F", "Ctrl+Shift+X", "Alt+Left", "F1", "12348", "duty lawyer"} {
		if !strings.Contains(got, want) {
			t.Errorf("Help lacks %q", want)
		}
	}

	u.selectTab(tabHome)
	u.win.Canvas().Focus(u.home.cases.newCase)
	press(u, fyne.KeyF1)
	if u.tabs.SelectedIndex() != tabHelp {
		t.Error("F1 on a focused button did not open Help")
	}

	u.onFind()
	press(u, fyne.KeyF1)
	if u.tabs.SelectedIndex() != tabHelp {
		t.Error("F1 in the search field did not open Help")
	}
}

// TestAltLeftGoesBack: Alt+Left does what Escape does, also from a text field.
func TestAltLeftGoesBack(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.selectTab(tabGlossary)
	u.onFind()
	u.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(backShortcut)
	if u.tabs.SelectedIndex() != tabGlossary {
		t.Errorf("Alt+Left in the search field: tab %d, want the glossary (%d)", u.tabs.SelectedIndex(), tabGlossary)
	}
}

// TestHelpReadMoreOpensTheTopic: every "Read more" on Help opens its own topic, in the
// reader's language.
func TestHelpReadMoreOpensTheTopic(t *testing.T) {
	for _, l := range []guidance.Lang{guidance.LangZhHans, guidance.LangEn} {
		u := newTestUI(t, l)
		u.selectTab(tabHelp)
		if len(u.help.reads) != len(helpTopics) {
			t.Fatalf("%s: %d Read more buttons, want %d", l, len(u.help.reads), len(helpTopics))
		}
		for i, b := range u.help.reads {
			b.OnTapped()
			if u.tabs.SelectedIndex() != tabLibrary || u.library.current != helpTopics[i].id {
				t.Errorf("%s: Read more %d opened %q", l, i, u.library.current)
			}
			u.selectTab(tabHelp)
		}
	}
}

// TestFreeHelpFollowsTheJurisdiction: for a case in the United States, Home and Help no
// longer send the reader to 12348 and mainland legal aid, and Home does not offer the
// mainland walkthrough; they point to the US page on getting a lawyer instead.
func TestFreeHelpFollowsTheJurisdiction(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	if u.home.jurisdiction == nil {
		t.Skip("the shipped content has one pack only")
	}
	if !strings.Contains(texts(u.home.content), "12348") || u.home.start == nil {
		t.Fatal("mainland Home lacks 12348 or the walkthrough")
	}
	u.home.jurisdiction.choice.SetSelected(tr(t, guidance.LangEn).T(msgJurisdictionUS))
	en := tr(t, guidance.LangEn)
	home := texts(u.home.content)
	if strings.Contains(home, en.T(msgHomeHelp12348)) {
		t.Errorf("US Home still offers 12348:\n%s", home)
	}
	// My situation is offered only with a US walkthrough; without one, Home says so
	if hasWalk := walkOf(t, u, "us") != nil; (u.home.start != nil) != hasWalk || strings.Contains(home, en.T(msgHomeSituationNotHere)) == hasWalk {
		t.Errorf("US Home: My situation offered %v, said not written %v; US walkthrough %v", u.home.start != nil, strings.Contains(home, en.T(msgHomeSituationNotHere)), hasWalk)
	}
	u.selectTab(tabHelp)
	if got := texts(u.help.content); strings.Contains(got, en.T(msgHomeHelp12348)) || strings.Contains(got, en.T(msgHelpDutyLawyer)) {
		t.Errorf("US Help gives mainland free help:\n%s", got)
	}
	if len(u.help.reads) != 1 {
		t.Fatalf("US Help has %d Read buttons, want 1", len(u.help.reads))
	}
	u.help.reads[0].OnTapped()
	if u.library.current != "us-getting-a-lawyer" {
		t.Errorf("US Help opened %q", u.library.current)
	}
}
