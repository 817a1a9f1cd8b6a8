package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestMySituationAsksWhereAnswersGo(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "Family Li", "correct horse battery")
	id := u.session.meta().ID
	test.Tap(u.bar.done)
	if u.session.isOpen() {
		t.Fatal("I'm done left the case file open")
	}

	test.Tap(u.home.start)
	if u.session.isOpen() {
		t.Fatal("My situation started a visit before asking where the answers go")
	}
	w := u.home.cases.where
	if w == nil || w.cases[id] == nil || w.newCase == nil || w.noSave == nil {
		t.Fatalf("the choice lacks the case file, a new one or not saving: %+v", w)
	}
	if got := overlayTexts(u); !strings.Contains(got, "Family Li") {
		t.Errorf("the existing case file is not offered: %q", got)
	}
	test.Tap(w.cases[id])
	f := u.home.cases.unlock
	test.Type(f.pass, "correct horse battery")
	test.Tap(f.open)
	if !u.session.isOpen() || u.session.guest() || u.session.meta().ID != id {
		t.Fatal("choosing the case file did not open it")
	}
	if u.tabs.SelectedIndex() != tabSituation {
		t.Errorf("after opening, tab %d; want the walkthrough", u.tabs.SelectedIndex())
	}
	if u.bar.unsaved != nil {
		t.Error("a saved case file is called not saved")
	}
}

func TestMySituationIntoANewCaseFile(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	test.Tap(u.home.start)
	test.Tap(u.home.cases.where.newCase)
	f := u.home.cases.create
	test.Type(f.name, "New one")
	test.Type(f.pass, "correct horse battery")
	test.Type(f.pass2, "correct horse battery")
	test.Tap(f.understand)
	test.Tap(f.create)
	if !u.session.isOpen() || u.session.guest() || u.tabs.SelectedIndex() != tabSituation {
		t.Fatalf("new case file from My situation: open %v, guest %v, tab %d", u.session.isOpen(), u.session.guest(), u.tabs.SelectedIndex())
	}
}

func TestUnsavedVisitSaysSoOnEveryScreen(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	for _, tab := range []int{tabHome, tabLibrary, tabGlossary, tabSearch, tabSettings, tabMyCase, tabSituation} {
		u.tabs.SelectIndex(tab)
		if u.bar.unsaved == nil || !strings.Contains(texts(u.win.Content()), msgGuestBanner.Other) {
			t.Errorf("tab %d does not say the visit is not saved", tab)
		}
	}
}

func TestDoneAsksOnceBeforeThrowingAwayUnsavedAnswers(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	test.Tap(u.bar.done)
	if u.session.isOpen() {
		t.Fatal("an empty unsaved visit should end without asking")
	}

	startWithoutSaving(t, u)
	test.Tap(u.situation.options["family"])
	test.Tap(u.bar.done)
	if !u.session.isOpen() || u.discard == nil {
		t.Fatal("answers were thrown away without asking")
	}
	test.Tap(u.discard.back)
	if !u.session.isOpen() || u.session.answers()["role"] != "family" {
		t.Fatal("Go back lost the visit")
	}
	test.Tap(u.bar.done)
	test.Tap(u.discard.discard)
	if u.session.isOpen() {
		t.Fatal("Finish and throw them away did not end the visit")
	}
}

func TestKeepUnsavedVisitInANewCaseFile(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	test.Tap(u.situation.options["family"])
	u.tabs.SelectIndex(tabMyCase)
	test.Type(u.mycase.notes, "police station phone")
	test.Tap(u.bar.done)
	test.Tap(u.discard.save)
	f := u.keep
	test.Type(f.name, "Kept")
	test.Type(f.pass, "correct horse battery")
	test.Type(f.pass2, "correct horse battery")
	test.Tap(f.understand)
	test.Tap(f.create)
	if !u.session.isOpen() || u.session.guest() || u.session.meta().Name != "Kept" {
		t.Fatal("the visit was not moved into a new case file")
	}
	d := u.session.data()
	if d.Answers["role"] != "family" || d.Notes != "police station phone" {
		t.Errorf("the new case file lost the visit: %+v", d)
	}
	id := u.session.meta().ID
	test.Tap(u.bar.done)
	test.Tap(u.home.cases.cases[id])
	test.Type(u.home.cases.unlock.pass, "correct horse battery")
	test.Tap(u.home.cases.unlock.open)
	if u.session.data().Notes != "police station phone" {
		t.Error("the kept visit was not saved to disk")
	}
}

func TestNeverSaveClinicStartsWithoutAsking(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.onClinicChanged(guidance.Clinic{AlwaysGuest: true})
	test.Tap(u.home.start)
	if !u.session.guest() || u.home.cases.where != nil {
		t.Fatal("a never-save clinic should start an unsaved visit at once")
	}
	test.Tap(u.situation.options["family"])
	test.Tap(u.bar.done)
	if u.discard == nil || u.discard.save != nil {
		t.Fatal("never-save mode must ask before throwing answers away, and offer no case file")
	}
}
