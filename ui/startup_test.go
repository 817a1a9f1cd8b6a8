package ui

import (
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestCompareTableIsReadWhenFirstShown guards the start-up figures (README,
// "Performance"): the comparison table is read and checked when Compare is first opened,
// not while the window is built.
func TestCompareTableIsReadWhenFirstShown(t *testing.T) {
	d, _ := newTestDeps(t, guidance.LangEn)
	reads, read := 0, d.Compare
	d.Compare = func() *guidance.Comparison { reads++; return read() }
	u := New(d)
	if reads != 0 {
		t.Fatalf("the comparison table was read %d times before Compare was opened", reads)
	}
	u.selectTab(tabCompare)
	if reads != 1 || u.compare == nil || u.compare.table == nil {
		t.Fatalf("opening Compare read the table %d times (screen %v)", reads, u.compare)
	}
}

// TestNewUsesTheWindowMainMade: main makes the window before the content has loaded, so
// that the windowing system starts meanwhile; New shows the app in it, with its title.
func TestNewUsesTheWindowMainMade(t *testing.T) {
	d, _ := newTestDeps(t, guidance.LangEn)
	w := d.App.NewWindow("")
	d.Window = w
	u := New(d)
	if u.Window() != w {
		t.Fatal("New made a window of its own")
	}
	if got, want := w.Title(), u.tr.T(msgAppTitle); got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

// TestSpeechFoundAfterStartShowsListen: main finds the speech engine once the window is
// up; a topic opened after that has Listen.
func TestSpeechFoundAfterStartShowsListen(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	openFirstTopic(t, u)
	if u.library.listen != nil {
		t.Fatal("Listen shown before an engine was found")
	}
	u.SetSpeech(newFakeSpeech(guidance.LangEn))
	openFirstTopic(t, u)
	if u.library.listen == nil {
		t.Fatal("no Listen on a topic opened after the engine was found")
	}
}
