package ui

import (
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// walk answers the walkthrough from the current question with the given answers and
// "unknown" for anything else.
func walk(t *testing.T, s *situationScreen, answers map[string]string) {
	t.Helper()
	for i := 0; s.mode == "question"; i++ {
		if i > 40 {
			t.Fatal("the walkthrough does not end")
		}
		v, ok := answers[s.current]
		if !ok {
			v = "unknown"
		}
		if s.date != nil && s.options["unknown"] != nil && len(s.options) == 1 && v != "unknown" {
			s.date.SetText(v)
			test.Tap(s.useDate)
			continue
		}
		b := s.options[v]
		if b == nil {
			t.Fatalf("question %s has no option %q", s.current, v)
		}
		test.Tap(b)
	}
}

func TestWalkthroughToPlanAndResume(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "G", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	s := u.situation
	if s == nil || s.mode != "question" || s.current != "role" {
		t.Fatal("walkthrough does not start with the first question")
	}
	if !s.back.Disabled() {
		t.Error("Back enabled on the first question")
	}
	test.Tap(s.options["family"])
	test.Tap(s.options["close"])
	test.Tap(s.options["investigation"])
	if s.current != "custody" {
		t.Fatalf("third question is %s", s.current)
	}
	// Back keeps the answer and shows it chosen
	test.Tap(s.back)
	if s.current != "stage" || s.options["investigation"].Importance != widget.HighImportance {
		t.Errorf("back: question %s, chosen answer not shown", s.current)
	}
	test.Tap(s.options["investigation"])
	test.Tap(s.options["criminal-detention"])
	// a date that does not exist is refused with a message; nothing is lost
	s.date.SetText("2026-02-30")
	test.Tap(s.useDate)
	if s.current != "detention-date" {
		t.Fatal("an impossible date was accepted")
	}
	walk(t, s, map[string]string{"detention-date": "2026-11-10", "counsel": "none", "minor": "no", "needs": "none", "victim": "no", "admits": "all"})
	if s.mode != "review" {
		t.Fatalf("after the last question: %s", s.mode)
	}
	// the answers are in the case file
	if got := u.session.data().Answers["detention-date"]; got != "2026-11-10" {
		t.Errorf("detention date saved as %q", got)
	}
	test.Tap(s.showPlan)
	if s.mode != "plan" {
		t.Fatal("no plan")
	}
	var dates []string
	for _, d := range s.plan.Dates {
		dates = append(append(dates, d.Text), d.Details...)
	}
	if !strings.Contains(strings.Join(dates, "\n"), "17 Dec 2026") {
		t.Errorf("plan dates lack the 37-day limit (17 Dec 2026): %q", dates)
	}
	if len(s.plan.Rights) == 0 || len(s.plan.Options) == 0 || len(s.plan.Actions) == 0 || len(s.plan.Questions) == 0 {
		t.Errorf("plan sections: %d rights, %d options, %d actions, %d questions", len(s.plan.Rights), len(s.plan.Options), len(s.plan.Actions), len(s.plan.Questions))
	}
	// add a question for the lawyer; it lands in My case
	qid := s.plan.Questions[0].ID
	test.Tap(s.addQ[qid])
	if qs := u.session.data().Questions; len(qs) != 1 || qs[0].BankID != qid || !s.addQ[qid].Disabled() {
		t.Errorf("question not added: %+v", qs)
	}
	// every plan item opens the topic it comes from
	topics := map[string]bool{}
	for _, items := range [][]interview.ItemView{s.plan.Rights, s.plan.Options, s.plan.Actions} {
		for _, it := range items {
			b := s.topics[it.ID]
			if b == nil {
				t.Errorf("item %s has no Read more", it.ID)
				continue
			}
			u.tabs.SelectIndex(tabSituation)
			test.Tap(b)
			if u.tabs.SelectedIndex() != tabLibrary || u.library.current != it.Topic {
				t.Errorf("Read more of %s: tab %d, topic %q; want %q", it.ID, u.tabs.SelectedIndex(), u.library.current, it.Topic)
			}
			topics[it.Topic] = true
		}
	}
	if len(topics) < 3 {
		t.Errorf("the plan's items lead to only %d topics", len(topics))
	}
	u.tabs.SelectIndex(tabSituation)

	// print: first the notice about the temporary copy, then a page with the plan, gone
	// when the visit ends
	test.Tap(s.print)
	if s.printed != "" || !strings.Contains(overlayTexts(u), "temporary copy") {
		t.Fatalf("printing wrote %q before saying a temporary copy is made: %q", s.printed, overlayTexts(u))
	}
	test.Tap(s.printGo)
	page, err := os.ReadFile(s.printed)
	if err != nil || !strings.Contains(string(page), "17 Dec 2026") {
		t.Fatalf("printed page: %v", err)
	}

	// lock, reopen: the walkthrough resumes where it was, with every answer
	id := u.session.meta().ID
	test.Tap(u.bar.done)
	if _, err := os.Stat(s.printed); !os.IsNotExist(err) {
		t.Errorf("printed plan not deleted at I'm done: %v", err)
	}
	test.Tap(u.home.cases.cases[id])
	test.Type(u.home.cases.unlock.pass, "correct horse battery")
	test.Tap(u.home.cases.unlock.open)
	u.tabs.SelectIndex(tabSituation)
	if u.situation.mode != "plan" || u.situation.answers()["admits"] != "all" {
		t.Errorf("resume: mode %s, answers %v", u.situation.mode, u.situation.answers())
	}
	// change one answer from the review: the plan follows
	test.Tap(u.situation.review)
	test.Tap(u.situation.change["custody"])
	test.Tap(u.situation.options["free"])
	test.Tap(u.situation.showPlan)
	for _, d := range u.situation.plan.Dates {
		t.Errorf("date %s still shown after custody changed to free", d.ID)
	}
}

// startWithoutSaving starts the walkthrough from Home, choosing not to save the answers.
func startWithoutSaving(t *testing.T, u *UI) {
	t.Helper()
	test.Tap(u.home.start)
	w := u.home.cases.where
	if w == nil {
		t.Fatal("My situation did not ask where the answers go")
	}
	test.Tap(w.noSave)
}

func TestWalkthroughFromHomeStartsGuestSession(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	startWithoutSaving(t, u)
	if !u.session.isOpen() || !u.session.guest() || u.tabs.SelectedIndex() != tabSituation {
		t.Fatal("walkthrough did not start in a guest session")
	}
	walk(t, u.situation, map[string]string{"role": "accused"})
	test.Tap(u.situation.showPlan)
	if u.situation.plan.Lang != "zh-Hans" || len(u.situation.plan.Actions) == 0 {
		t.Errorf("all-unknown plan: %+v", u.situation.plan)
	}
}

// overlayTexts is the text of the top pop-up or dialog, or "" when none is shown.
func overlayTexts(u *UI) string {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return texts(top)
}

func TestPrintWithoutViewerSaysWhereThePlanIs(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	startWithoutSaving(t, u)
	s := u.situation
	walk(t, s, map[string]string{"role": "accused"})
	test.Tap(s.showPlan)
	s.d.openURL = func(*url.URL) error { return errors.New("exec: xdg-open: not found") }

	test.Tap(s.print)
	if got := overlayTexts(u); !strings.Contains(got, msgSituationPrintTempGuest.Other[:40]) {
		t.Errorf("a guest visit is not told that printing writes a temporary copy: %q", got)
	}
	test.Tap(s.printGo)
	if s.printed == "" {
		t.Fatal("no page written")
	}
	if s.printPath == nil || s.printPath.Text != s.printed {
		t.Fatalf("the failure does not show where the page is: %v", s.printPath)
	}
	if got := overlayTexts(u); !strings.Contains(got, msgSituationPrintNoViewer.Other) {
		t.Errorf("no message that the plan could not be opened: %q", got)
	}
	if s.printSave == nil {
		t.Error("no offer to save a copy")
	}
}

func TestPrintWithoutViewerNeverSaveOffersNoCopy(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.clinic.AlwaysGuest = true
	startWithoutSaving(t, u)
	s := u.situation
	walk(t, s, map[string]string{"role": "accused"})
	test.Tap(s.showPlan)
	s.d.openURL = func(*url.URL) error { return errors.New("no viewer") }
	test.Tap(s.print)
	test.Tap(s.printGo)
	if s.printPath == nil {
		t.Fatal("the failure does not show where the page is")
	}
	if s.printSave != nil {
		t.Error("never-save mode offers to save a copy of the plan")
	}
}

// TestDateQuestionTakesDatesAsPeopleWriteThem: 2026年11月10日 and full-width digits are
// taken, an impossible date is refused with the reason, and the calendar fills the field.
func TestDateQuestionTakesDatesAsPeopleWriteThem(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	createCase(t, u, "D", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	s := u.situation
	for _, o := range []string{"family", "close", "investigation", "criminal-detention"} {
		test.Tap(s.options[o])
	}
	if s.current != "detention-date" {
		t.Fatalf("at %s", s.current)
	}
	s.date.SetText("2026年2月30日")
	test.Tap(s.useDate)
	if s.current != "detention-date" || !strings.Contains(texts(s.content), "只有28天") {
		t.Errorf("impossible date not refused with its reason: %q", texts(s.content))
	}
	test.Tap(s.pickDate)
	if s.calendar == nil {
		t.Fatal("no calendar")
	}
	s.calendar.OnChanged(time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC))
	if s.date.Text != "2026-11-09" {
		t.Errorf("calendar wrote %q", s.date.Text)
	}
	s.date.SetText("２０２６年１１月１０日")
	test.Tap(s.useDate)
	if got := u.session.data().Answers["detention-date"]; got != "2026-11-10" {
		t.Errorf("full-width date saved as %q", got)
	}
}

// TestPlanDrawsTheTimeline: the plan's key dates card starts with the timeline, one track
// per key date plus today's header, with the dates as tick labels.
func TestPlanDrawsTheTimeline(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	createCase(t, u, "T", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	s := u.situation
	walk(t, s, map[string]string{"role": "family", "relation": "close", "stage": "investigation",
		"custody": "criminal-detention", "detention-date": "2026-11-10"})
	test.Tap(s.showPlan)
	tracks := 0
	var labels []string
	for _, o := range test.LaidOutObjects(s.content) {
		if tr, ok := o.(*timelineTrack); ok {
			tracks++
			labels = append(labels, tr.row.NormalDate, tr.row.LongestDate)
		}
	}
	if tracks != len(s.plan.Dates)+1 || tracks != 3 {
		t.Fatalf("%d timeline tracks for %d dates", tracks, len(s.plan.Dates))
	}
	if got := strings.Join(labels, " "); !strings.Contains(got, "11月20日") || !strings.Contains(got, "12月17日") {
		t.Errorf("tick labels %q", got)
	}
	if !strings.Contains(texts(s.content), "今天 11月25日") {
		t.Error("today is not marked")
	}
}
