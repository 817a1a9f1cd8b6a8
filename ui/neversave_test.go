package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/export"
)

// setNeverSave switches the clinic's "never save" on or off the way staff do it, through
// the clinic card in Settings behind the PIN, and goes back to the screen at tab.
func setNeverSave(t *testing.T, u *UI, on bool, tab int) {
	t.Helper()
	u.selectTab(tabSettings)
	c := u.settings.clinic
	if u.clinic.PINHash == "" {
		test.Type(c.pin, "2468")
		test.Tap(c.setPIN)
	}
	test.Type(c.pin, "2468")
	test.Tap(c.open)
	if c.alwaysGuest == nil {
		t.Fatalf("the clinic settings did not open: %q", c.message.String())
	}
	c.alwaysGuest.SetChecked(on)
	test.Tap(c.save)
	if u.clinic.AlwaysGuest != on {
		t.Fatalf("never save is %v, want %v", u.clinic.AlwaysGuest, on)
	}
	u.selectTab(tab)
}

// offers says what a PDF button offers: "save" or "print" (and fails on anything else).
func offers(t *testing.T, u *UI, b *button) string {
	t.Helper()
	switch {
	case b == nil:
		t.Fatal("no PDF button")
	case b.Text == u.tr.T(msgPDFSave):
		return "save"
	case b.Text == u.tr.T(msgPDFPrint):
		return "print"
	}
	t.Fatalf("the PDF button says %q", b.Text)
	return ""
}

// TestCompareFollowsNeverSave: Compare is built once; switching "never save" on while it
// is open turns its "Save as PDF…" into "Print as PDF" with no Markdown, and back.
func TestCompareFollowsNeverSave(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.selectTab(tabCompare)
	c := u.compare
	c.saver.d.fonts = func() (export.Fonts, error) { return export.Fonts{}, nil }
	if got := offers(t, u, c.save); got != "save" {
		t.Fatalf("before: %s", got)
	}
	setNeverSave(t, u, true, tabCompare)
	if u.compare != c {
		t.Fatal("Compare was built again; this test is about the screen already shown")
	}
	if got := offers(t, u, c.save); got != "print" {
		t.Fatalf("Compare still offers to %s after never save was switched on", got)
	}
	test.Tap(c.save)
	if c.saver.format != nil || c.saver.goOn == nil || c.saver.goOn.Text != u.tr.T(msgPDFPrint) {
		t.Errorf("the dialog offers Markdown or saving: format %v", c.saver.format)
	}
	c.saver.dlg.Hide()
	setNeverSave(t, u, false, tabCompare)
	if got := offers(t, u, c.save); got != "save" {
		t.Errorf("after never save was switched off again: %s", got)
	}
}

// TestMyCaseFollowsNeverSave: with a case file open, switching "never save" on turns the
// question sheet's PDF into printing and takes away the encrypted copy to save elsewhere.
func TestMyCaseFollowsNeverSave(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "Visit", "correct horse battery")
	u.selectTab(tabMyCase)
	c := u.mycase
	if got := offers(t, u, c.pdf); got != "save" || c.export == nil || !c.export.Visible() {
		t.Fatalf("before: PDF %s, export %v", got, c.export)
	}
	setNeverSave(t, u, true, tabMyCase)
	if u.mycase != c {
		t.Fatal("My case was built again; this test is about the screen already shown")
	}
	if got := offers(t, u, c.pdf); got != "print" {
		t.Errorf("the question sheet still offers to %s", got)
	}
	if c.export.Visible() {
		t.Error("My case still offers to save a copy of the case file")
	}
	setNeverSave(t, u, false, tabMyCase)
	if got := offers(t, u, c.pdf); got != "save" || !c.export.Visible() {
		t.Errorf("after never save was switched off again: PDF %s, export shown %v", got, c.export.Visible())
	}
}

// TestPlanFollowsNeverSave: the plan shown in My situation offers printing only once the
// clinic never saves.
func TestPlanFollowsNeverSave(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	s := u.situation
	walk(t, s, map[string]string{"role": "accused"})
	test.Tap(s.showPlan)
	if got := offers(t, u, s.pdf); got != "save" {
		t.Fatalf("before: %s", got)
	}
	setNeverSave(t, u, true, tabSituation)
	if u.situation != s {
		t.Fatal("My situation was built again; this test is about the screen already shown")
	}
	if got := offers(t, u, s.pdf); got != "print" {
		t.Errorf("the plan still offers to %s", got)
	}
}

// TestPrepareFollowsNeverSave: the Prepare screen's PDF follows "never save" too.
func TestPrepareFollowsNeverSave(t *testing.T) {
	u := openPrepare(t, guidance.LangZhHans)
	p := u.prepare
	if got := offers(t, u, p.pdf); got != "save" {
		t.Fatalf("before: %s", got)
	}
	setNeverSave(t, u, true, tabPrepare)
	if u.prepare != p {
		t.Fatal("Prepare was built again; this test is about the screen already shown")
	}
	if got := offers(t, u, p.pdf); got != "print" {
		t.Errorf("Prepare still offers to %s", got)
	}
}
