package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestWalkthroughFollowsJurisdiction: My situation runs the chosen jurisdiction's
// walkthrough, and each jurisdiction's answers are kept apart in the case file, so
// switching never applies mainland China's answers to Taiwan's walkthrough and switching
// back finds them again.
func TestWalkthroughFollowsJurisdiction(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	if u.deps.Interviews["tw"] == nil {
		t.Skip("no Taiwan walkthrough shipped")
	}
	createCase(t, u, "J", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	test.Tap(u.situation.options["family"])
	test.Tap(u.situation.options["close"])
	test.Tap(u.situation.options["review"])
	if u.situation.current != "custody" {
		t.Fatalf("cn: after three answers the question is %s", u.situation.current)
	}

	u.onJurisdictionChosen("tw")
	if u.home.start == nil {
		t.Fatal("Home does not offer My situation for Taiwan, which has a walkthrough")
	}
	u.tabs.SelectIndex(tabSituation)
	s := u.situation
	if s.iv != u.deps.Interviews["tw"] || s.mode != "question" || s.current != "role" {
		t.Fatalf("tw: walkthrough %p (want %p), mode %s, question %s: want Taiwan's, from its first question", s.iv, u.deps.Interviews["tw"], s.mode, s.current)
	}
	test.Tap(s.options["accused"])
	if s.options["after-judgment"] == nil || s.options["review"] != nil {
		t.Fatalf("tw: the stage question is not Taiwan's (options %v)", keys(s.options))
	}
	test.Tap(s.options["after-judgment"])
	d := u.session.data()
	if d.Answers["role"] != "family" || d.Answers["stage"] != "review" || len(d.Answers) != 3 {
		t.Errorf("cn answers changed: %v", d.Answers)
	}
	if tw := d.AnswersIn["tw"]; tw["role"] != "accused" || tw["stage"] != "after-judgment" || len(tw) != 2 {
		t.Errorf("tw answers %v", tw)
	}

	u.onJurisdictionChosen("cn")
	u.tabs.SelectIndex(tabSituation)
	if s := u.situation; s.iv != u.deps.Interviews["cn"] || s.current != "custody" {
		t.Errorf("back in cn: question %s, want custody (the cn answers resumed)", s.current)
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
