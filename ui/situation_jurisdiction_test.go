package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// TestWalkthroughFollowsJurisdiction: My situation runs the chosen jurisdiction's
// walkthrough, and each jurisdiction's answers are kept apart in the case file, so
// switching never applies mainland China's answers to Taiwan's walkthrough and switching
// back finds them again.
func TestWalkthroughFollowsJurisdiction(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	if walkOf(t, u, "tw") == nil {
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
	if s.iv != walkOf(t, u, "tw") || s.mode != "question" || s.current != "role" {
		t.Fatalf("tw: walkthrough %p (want %p), mode %s, question %s: want Taiwan's, from its first question", s.iv, walkOf(t, u, "tw"), s.mode, s.current)
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
	if s := u.situation; s.iv != walkOf(t, u, "cn") || s.current != "custody" {
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

// TestUSWalkthroughToPlan walks the US federal walkthrough in the interface, in English
// and in Chinese: the questions are the US ones, the plan counts the 14 days to appeal
// from the entry of the judgment without moving them, names the federal rule, and every
// plan item opens its us topic.
func TestUSWalkthroughToPlan(t *testing.T) {
	for _, c := range []struct {
		lang   guidance.Lang
		appeal string // Mon 16 Nov 2026 + 14 days (FRAP 4(b)(1)(A), 26(a)(1))
		rule   string
	}{
		{guidance.LangEn, "30 Nov 2026", "Rule 4(b)(1)(A)"},
		{guidance.LangZhHans, "2026年11月30日", "第4条(b)(1)(A)"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			u := newTestUI(t, c.lang)
			if walkOf(t, u, "us") == nil {
				t.Fatal("no US walkthrough shipped")
			}
			u.onJurisdictionChosen("us")
			if u.home.start == nil {
				t.Fatal("Home does not offer My situation for the US")
			}
			createCase(t, u, "US", "correct horse battery")
			u.tabs.SelectIndex(tabSituation)
			s := u.situation
			if s.iv != walkOf(t, u, "us") || s.current != "role" {
				t.Fatalf("walkthrough is not the US one from its start: question %s", s.current)
			}
			walk(t, s, map[string]string{"role": "family", "stage": "sentenced", "custody": "detained", "counsel": "appointed",
				"citizen": "no", "appeal-waiver": "yes", "sentencing-date": "2026-11-13", "judgment-date": "2026-11-16"})
			if s.mode != "review" {
				t.Fatalf("after the last question: %s", s.mode)
			}
			test.Tap(s.showPlan)
			if s.mode != "plan" {
				t.Fatal("no plan")
			}
			var appeal *interview.DateView
			for i, d := range s.plan.Dates {
				if d.ID == "appeal-deadline" {
					appeal = &s.plan.Dates[i]
				}
			}
			if appeal == nil || appeal.Normal != c.appeal || !appeal.FileBy || !strings.Contains(appeal.Source, c.rule) {
				t.Fatalf("appeal date %+v, want file by %s citing %s", appeal, c.appeal, c.rule)
			}
			if got := u.session.data().AnswersIn["us"]["judgment-date"]; got != "2026-11-16" || len(u.session.data().Answers) != 0 {
				t.Errorf("answers saved as us %q, cn %v", got, u.session.data().Answers)
			}
			for _, items := range [][]interview.ItemView{s.plan.Rights, s.plan.Options, s.plan.Actions} {
				for _, it := range items {
					u.tabs.SelectIndex(tabSituation)
					test.Tap(s.topics[it.ID])
					if u.library.current != it.Topic || !strings.HasPrefix(it.Topic, "us-") {
						t.Errorf("Read more of %s opens %q, want %q", it.ID, u.library.current, it.Topic)
					}
				}
			}
		})
	}
}

// TestDateHintFromThePack: a walkthrough's general.date-hint replaces the app's date
// placeholder (a German reader writes 10.11.2026); without one the app's is shown.
func TestDateHintFromThePack(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	walkOf(t, u, "us").Texts[guidance.LangEn].General["date-hint"] = "Date, e.g. 11/10/2026 will not do: write 2026-11-10"
	u.onJurisdictionChosen("us")
	createCase(t, u, "H", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	s := u.situation
	test.Tap(s.options["accused"])
	test.Tap(s.options["plea-entered"])
	for i := 0; s.mode == "question" && s.current != "report-date" && i < 10; i++ {
		test.Tap(s.options["unknown"])
	}
	if s.current != "report-date" || s.date.PlaceHolder != "Date, e.g. 11/10/2026 will not do: write 2026-11-10" {
		t.Errorf("question %s, placeholder %q: want the pack's hint", s.current, s.date.PlaceHolder)
	}
}
