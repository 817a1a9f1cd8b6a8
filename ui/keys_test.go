package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// press sends a key to whatever has the focus, or to the window when nothing has it, as
// the desktop driver does.
func press(u *UI, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := u.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	u.win.Canvas().OnTypedKey()(ev)
}

func TestEnterPressesTheFocusedButton(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.win.Canvas().Focus(u.home.cases.newCase)
	press(u, fyne.KeyReturn)
	if u.home.cases.create == nil || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter on New case file opened no dialog")
	}
}

func TestFocusedButtonShowsARing(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	b := u.home.cases.newCase // a blue (primary) button
	r := test.WidgetRenderer(b).(*buttonRenderer)
	if r.ring.StrokeColor != nil {
		if _, _, _, a := r.ring.StrokeColor.RGBA(); a != 0 {
			t.Fatal("ring shown before the button has the focus")
		}
	}
	u.win.Canvas().Focus(b)
	if _, _, _, a := r.ring.StrokeColor.RGBA(); a == 0 {
		t.Fatal("no ring round the focused blue button")
	}
	if r.ring.Size().Width <= b.Size().Width {
		t.Errorf("ring %v is not outside the button %v", r.ring.Size(), b.Size())
	}
}

func TestEscapeClosesDialogThenGoesBack(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.selectTab(tabGlossary)
	u.selectTab(tabLibrary)
	u.library.open(u.library.topics[0].ID)
	u.showTerm("duty-lawyer")
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("term pop-up not shown")
	}
	press(u, fyne.KeyEscape)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the term pop-up open")
	}
	press(u, fyne.KeyEscape)
	if u.tabs.SelectedIndex() != tabGlossary {
		t.Fatalf("Escape went to tab %d, want the glossary shown before", u.tabs.SelectedIndex())
	}
	press(u, fyne.KeyEscape)
	press(u, fyne.KeyEscape)
	if u.tabs.SelectedIndex() != tabHome {
		t.Fatalf("Escape ends at tab %d, want Home", u.tabs.SelectedIndex())
	}
}

func TestEscapeInAFieldClosesTheNewCaseDialog(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	test.Tap(u.home.cases.newCase)
	d := u.home.cases.create
	if u.win.Canvas().Focused() != d.name {
		t.Fatal("the name field does not have the focus when the dialog opens")
	}
	test.Type(d.name, "x")
	press(u, fyne.KeyEscape)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape in the name field left the dialog open")
	}
}

func TestCtrlFOpensSearchWithTheCursorInIt(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.selectTab(tabLibrary)
	u.win.Canvas().(fyne.Shortcutable).TypedShortcut(findShortcut)
	if u.tabs.SelectedIndex() != tabSearch || u.win.Canvas().Focused() != u.search.entry {
		t.Fatalf("Ctrl+F: tab %d, focus %v", u.tabs.SelectedIndex(), u.win.Canvas().Focused())
	}
	// from inside a field too
	u.selectTab(tabGlossary)
	u.win.Canvas().Focus(u.glossary.filter)
	u.glossary.filter.TypedShortcut(findShortcut)
	if u.tabs.SelectedIndex() != tabSearch || u.win.Canvas().Focused() != u.search.entry {
		t.Fatal("Ctrl+F in the glossary filter did not open Search")
	}
}

func TestMismatchMessageClearsOnceFixed(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	test.Tap(u.home.cases.newCase)
	f := u.home.cases.create
	test.Type(f.name, "Family Wang")
	test.Type(f.pass, "three long words")
	test.Type(f.pass2, "three long wordz")
	test.Tap(f.understand)
	test.Tap(f.create)
	if f.message.String() != msgCreateMismatch.Other {
		t.Fatalf("message %q, want the mismatch", f.message.String())
	}
	f.pass2.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	test.Type(f.pass2, "s")
	if f.message.String() != "" {
		t.Fatalf("message %q stays after the passphrases match", f.message.String())
	}
}

func TestProgressSaysAboutAndIsReadable(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	s := u.situation
	if s.progress.TextFormatter() != "" {
		t.Errorf("progress bar carries text %q on its light blue", s.progress.TextFormatter())
	}
	if got := s.progressText.String(); !strings.Contains(got, "about") {
		t.Errorf("progress line %q does not say the count is about", got)
	}
}

func TestSidebarTakesTheFocusAndEnterOpensAScreen(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	b := u.tabs.buttons[tabSettings]
	var _ fyne.Focusable = b
	u.win.Canvas().Focus(b)
	press(u, fyne.KeyReturn)
	if u.tabs.SelectedIndex() != tabSettings || u.settings == nil {
		t.Fatalf("Enter on the Settings button shows tab %d", u.tabs.SelectedIndex())
	}
}

func TestGlossaryFilterPutsTheWordFirst(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.selectTab(tabGlossary)
	u.glossary.filter.SetText("认罪")
	if len(u.glossary.shown) < 3 {
		t.Fatalf("认罪 finds only %v", u.glossary.shown)
	}
	first, err := u.deps.Library.Term(u.glossary.shown[0], guidance.LangZhHans)
	if err != nil || first.Term != "认罪" {
		t.Errorf("first of %v is %q, want 认罪 itself before terms whose definitions mention it", u.glossary.shown, first.Term)
	}
}

func TestAddToMyQuestionsSaysItWasAdded(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	walk(t, u.situation, map[string]string{"role": "family"})
	test.Tap(u.situation.showPlan)
	for _, b := range u.situation.addQ {
		test.Tap(b)
		if !b.Disabled() || b.Text != msgSituationAdded.Other {
			t.Errorf("after adding: %q, disabled %v", b.Text, b.Disabled())
		}
		return
	}
	t.Fatal("the plan offers no question to add")
}

func TestWheelMovesAReadableAmount(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.selectTab(tabLibrary)
	u.library.open(u.library.topics[0].ID)
	s := u.library.scroll
	s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)}) // one notch as Fyne reports it
	if s.Offset.Y < 60 {
		t.Errorf("one wheel notch moves %.0f px, want a few lines", s.Offset.Y)
	}
}
