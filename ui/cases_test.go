package ui

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

func createCase(t *testing.T, u *UI, name, pass string) {
	t.Helper()
	test.Tap(u.home.cases.newCase)
	f := u.home.cases.create
	test.Type(f.name, name)
	test.Type(f.pass, pass)
	test.Type(f.pass2, pass)
	test.Tap(f.understand)
	test.Tap(f.create)
	if !u.session.isOpen() {
		t.Fatalf("case file not created: %q", f.message.String())
	}
}

func TestCreateCaseFileTypeAndReopen(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	test.Tap(u.home.cases.newCase)
	f := u.home.cases.create
	if !f.create.Disabled() {
		t.Error("Create enabled before the reader confirms the passphrase cannot be recovered")
	}
	test.Type(f.name, "Family Wang")
	test.Type(f.pass, "short")
	test.Type(f.pass2, "short")
	test.Tap(f.understand)
	test.Tap(f.create)
	if u.session.isOpen() || f.message.String() != msgCreateShort.Other {
		t.Fatalf("short passphrase: session %v, message %q", u.session.isOpen(), f.message.String())
	}
	f.pass.SetText("three long words")
	f.pass2.SetText("three long wordz")
	test.Tap(f.create)
	if f.message.String() != msgCreateMismatch.Other {
		t.Fatalf("mismatch message %q", f.message.String())
	}
	f.pass2.SetText("three long words")
	test.Tap(f.create)
	if !u.session.isOpen() || u.tabs.SelectedIndex() != tabMyCase {
		t.Fatal("case file not opened after creating it")
	}
	test.Type(u.mycase.notes, "Lawyer visit on Monday")
	test.Type(u.mycase.newQ, "Can he get bail?")
	test.Tap(u.mycase.addQ)
	test.Type(u.mycase.rows[0].answer, "We will apply")
	test.Tap(u.mycase.rows[0].asked)
	id := u.session.meta().ID

	test.Tap(u.bar.done)
	if u.session.isOpen() || u.tabs.SelectedIndex() != tabHome {
		t.Fatal("I'm done did not lock and return home")
	}
	test.Tap(u.home.cases.cases[id])
	test.Type(u.home.cases.unlock.pass, "three long words")
	test.Tap(u.home.cases.unlock.open)
	if !u.session.isOpen() {
		t.Fatalf("reopen failed: %q", u.home.cases.unlock.message.String())
	}
	d := u.session.data()
	if d.Notes != "Lawyer visit on Monday" || len(d.Questions) != 1 || d.Questions[0].Answer != "We will apply" || !d.Questions[0].Asked {
		t.Errorf("data after reopening: %+v", d)
	}
	if u.mycase.notes.Text != "Lawyer visit on Monday" {
		t.Error("notes not shown after reopening")
	}
}

func TestWrongPassphraseAndWait(t *testing.T) {
	u, clock := newTestUIClock(t, guidance.LangEn)
	createCase(t, u, "A", "correct horse battery")
	id := u.session.meta().ID
	test.Tap(u.bar.done)
	test.Tap(u.home.cases.cases[id])
	f := u.home.cases.unlock
	for i := 0; i < 3; i++ {
		test.Type(f.pass, "wrong wrong")
		test.Tap(f.open)
	}
	if u.session.isOpen() || f.message.String() != msgUnlockWrong.Other {
		t.Fatalf("after 3 wrong: %q", f.message.String())
	}
	test.Type(f.pass, "correct horse battery")
	test.Tap(f.open)
	if u.session.isOpen() || !strings.Contains(f.message.String(), "wait") {
		t.Fatalf("4th try should wait: %q", f.message.String())
	}
	clock.t = clock.t.Add(2 * time.Second)
	test.Type(f.pass, "correct horse battery")
	test.Tap(f.open)
	if !u.session.isOpen() {
		t.Fatalf("right passphrase after waiting: %q", f.message.String())
	}
}

func TestQuickExitHidesAndLocks(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "B", "correct horse battery")
	test.Type(u.mycase.notes, "secret plan 4471")
	u.deps.App.Clipboard().SetContent("plan 4471")
	test.Tap(u.bar.exit)
	if u.session.isOpen() {
		t.Fatal("quick exit left the case file open")
	}
	if got := texts(u.win.Content()); strings.Contains(got, "4471") || strings.Contains(got, "B") && strings.Contains(got, msgCaseNotes.Other) {
		t.Errorf("quick exit still shows the case: %q", got)
	}
	if u.neutral == nil || !strings.Contains(texts(u.win.Content()), msgNeutralResume.Other) {
		t.Error("no neutral screen")
	}
	cover := texts(u.win.Content()) + " " + u.win.Title()
	for _, give := range []string{"Plea", "plea", "认罪", "Guide", "lawyer", "case"} {
		if strings.Contains(cover, give) {
			t.Errorf("the quick-exit cover says %q: %q", give, cover)
		}
	}
	if u.win.Title() != msgNeutral.Other {
		t.Errorf("window title after quick exit = %q, want the neutral %q", u.win.Title(), msgNeutral.Other)
	}
	if c := u.deps.App.Clipboard().Content(); c != "" {
		t.Errorf("clipboard still holds %q", c)
	}
	test.Tap(u.neutral)
	if u.tabs == nil || u.tabs.SelectedIndex() != tabHome {
		t.Error("start again did not return home")
	}
	if u.win.Title() != msgAppTitle.Other {
		t.Errorf("title after coming back = %q", u.win.Title())
	}
}

func TestClipboardWithOtherTextIsKept(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "C", "correct horse battery")
	test.Type(u.mycase.notes, "notes")
	u.deps.App.Clipboard().SetContent("something from another program")
	test.Tap(u.bar.done)
	if u.deps.App.Clipboard().Content() != "something from another program" {
		t.Error("clipboard with other text was cleared")
	}
}

func TestAutoLockWarnsThenLocks(t *testing.T) {
	u, clock := newTestUIClock(t, guidance.LangEn)
	createCase(t, u, "D", "correct horse battery")
	start := clock.t
	u.session.checkIdle(start.Add(4 * time.Minute))
	if u.session.idle.dlg != nil {
		t.Fatal("warned too early")
	}
	u.session.checkIdle(start.Add(4*time.Minute + 31*time.Second))
	if u.session.idle.dlg == nil {
		t.Fatal("no warning 30 s before locking")
	}
	clock.t = start.Add(4*time.Minute + 40*time.Second)
	test.Tap(u.session.idle.stay)
	u.session.checkIdle(start.Add(5*time.Minute + 10*time.Second))
	if !u.session.isOpen() {
		t.Fatal("locked although the user chose to stay")
	}
	// the user stayed at 4:40, so the case file locks at 9:40, with a warning at 9:10
	u.session.checkIdle(start.Add(9*time.Minute + 11*time.Second))
	if !u.session.isOpen() || u.session.idle.dlg == nil {
		t.Fatal("no second warning, or locked too early")
	}
	u.session.checkIdle(start.Add(9*time.Minute + 39*time.Second))
	if !u.session.isOpen() {
		t.Fatal("locked before the idle time was up")
	}
	u.session.checkIdle(start.Add(9*time.Minute + 41*time.Second))
	if u.session.isOpen() {
		t.Fatal("not locked after 5 idle minutes")
	}
	// Home says why the case file closed
	if u.home.locked == nil || !strings.Contains(u.home.locked.String(), "5 min") {
		t.Fatalf("Home after auto-lock does not say why: %v", u.home.locked)
	}
}

func TestAutoLockWarningIsWideAndTitled(t *testing.T) {
	u, clock := newTestUIClock(t, guidance.LangZhHans)
	createCase(t, u, "D", "correct horse battery")
	u.session.checkIdle(clock.t.Add(4*time.Minute + 31*time.Second))
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no warning")
	}
	got := texts(top)
	if !strings.Contains(got, tr(t, guidance.LangZhHans).T(msgIdleTitle)) || strings.Contains(got, "您") {
		t.Errorf("warning says %q", got)
	}
	if !strings.Contains(got, "30秒") {
		t.Errorf("warning breaks 30 from 秒 or lost it: %q", got)
	}
}

func TestGuestSessionLeavesNothingOnDisk(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	test.Tap(u.home.cases.guest)
	if !u.session.isOpen() || !u.session.guest() {
		t.Fatal("no guest session")
	}
	const marker = "GUEST-MARKER-5512"
	test.Type(u.mycase.notes, marker)
	test.Type(u.mycase.newQ, marker)
	test.Tap(u.mycase.addQ)
	u.tabs.SelectIndex(tabLibrary)
	test.Tap(u.bar.done)
	test.Tap(u.discard.discard)
	store := u.deps.Library.(*sqlite.Store)
	if cases, _ := store.Cases(); len(cases) != 0 {
		t.Errorf("guest session created %d case files", len(cases))
	}
	store.Close()
	filepath.WalkDir(filepath.Dir(store.Path()), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if data, _ := os.ReadFile(p); bytes.Contains(data, []byte(marker)) {
				t.Errorf("%s holds guest data", p)
			}
		}
		return nil
	})
}

func TestClinicMode(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabSettings)
	f := u.settings.clinic
	test.Type(f.pin, "2468")
	test.Tap(f.setPIN)
	u.tabs.SelectIndex(tabSettings)
	f = u.settings.clinic
	if f.open == nil {
		t.Fatal("PIN not set")
	}
	test.Type(f.pin, "1111")
	test.Tap(f.open)
	if f.alwaysGuest != nil || f.message.String() != msgClinicWrongPIN.Other {
		t.Fatal("clinic settings opened with a wrong PIN")
	}
	f.pin.SetText("2468")
	test.Tap(f.open)
	test.Tap(f.alwaysGuest)
	test.Type(f.name, "Riverside Legal Aid")
	test.Type(f.phone, "010-1234")
	test.Tap(f.save)
	u.tabs.SelectIndex(tabHome)
	home := texts(u.home.content)
	if !strings.Contains(home, "Riverside Legal Aid") || !strings.Contains(home, "010-1234") {
		t.Error("clinic details not on Home")
	}
	if u.home.cases.newCase != nil || len(u.home.cases.cases) != 0 || u.home.cases.guest.Text != msgCasesStart.Other {
		t.Error("always-guest clinic still offers case files")
	}
}

func TestChecklistTicksGoToTheOpenCaseFile(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "E", "correct horse battery")
	id := openChecklist(t, u)
	test.Tap(u.library.body.checks[1])
	if got := u.session.data().Checklist[id]; len(got) < 2 || !got[1] {
		t.Errorf("tick not saved in the case file: %v", got)
	}
	test.Tap(u.bar.done)
	u.openTopic(id)
	if u.library.body.checks[1].Checked {
		t.Error("the next visitor sees the previous visitor's tick")
	}
}

func TestQuickExitShortcutWorksWhileTyping(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "F", "correct horse battery")
	u.win.Canvas().Focus(u.mycase.notes)
	test.Type(u.mycase.notes, "typing")
	u.mycase.notes.TypedShortcut(quickExitShortcut)
	if u.session.isOpen() || u.neutral == nil {
		t.Fatal("the shortcut did not exit while a text field had focus")
	}
	// other shortcuts still reach the field
	u.tabs = nil
	test.Tap(u.neutral)
	u.tabs.SelectIndex(tabSearch)
	u.search.entry.SetText("abc")
	u.search.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	if u.search.entry.SelectedText() != "abc" {
		t.Error("select-all no longer works in fields")
	}
}
