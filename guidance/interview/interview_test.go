package interview

import (
	"errors"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// structure loads the shipped China walkthrough (structure only).
func structure(tb testing.TB) *Interview {
	tb.Helper()
	iv, err := Load(os.DirFS("../../assets/content"), "cn", nil)
	if err != nil {
		tb.Fatal(err)
	}
	return iv
}

var today = deadline.Date{Year: 2026, Month: 11, Day: 25}

func TestShippedWalkthroughLoadsWithWords(t *testing.T) {
	if _, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"}); err != nil {
		t.Fatal(err)
	}
}

func TestNextFollowsConditions(t *testing.T) {
	iv := structure(t)
	a := Answers{}
	var asked []string
	answers := map[string]string{"role": "family", "relation": "close", "stage": "investigation", "custody": "free", "charge": "theft", "counsel": "none",
		"minor-at-crime": "no", "needs": "none", "victim": "no", "admits": "all"}
	for {
		q, ok := iv.Next(a)
		if !ok {
			break
		}
		asked = append(asked, q.ID)
		v, ok := answers[q.ID]
		if !ok {
			t.Fatalf("asked %q, which should not apply", q.ID)
		}
		a[q.ID] = v
	}
	want := []string{"role", "relation", "stage", "custody", "charge", "counsel", "minor-at-crime", "needs", "victim", "admits"}
	if !slices.Equal(asked, want) {
		t.Errorf("asked %v, want %v", asked, want)
	}
	if n, total := iv.Progress(a); n != total || total != len(want) {
		t.Errorf("progress %d/%d", n, total)
	}
	// changing an earlier answer brings in the questions that now apply; nothing is lost
	a["custody"] = "arrested"
	if q, _ := iv.Next(a); q.ID != "detention-date" {
		t.Errorf("after custody=arrested next is %q", q.ID)
	}
	if a["admits"] != "all" {
		t.Error("an answer was dropped")
	}
}

func TestKeyDates(t *testing.T) {
	iv := structure(t)
	tests := []struct {
		name    string
		a       Answers
		id      string
		normal  string
		longest string
	}{
		{"arrest decision from detention (fact sheet example)",
			Answers{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"},
			"arrest-decision", "2026-11-20", "2026-12-17"},
		{"arrest request from detention",
			Answers{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"},
			"arrest-request", "2026-11-13", "2026-12-10"},
		{"investigation custody: 2 months, with every extension 7 (from a month's last day)",
			Answers{"stage": "investigation", "custody": "arrested", "detention-date": "2026-08-20", "arrest-date": "2026-08-31"},
			"investigation-custody", "2026-10-31", "2027-03-31"},
		{"review while held: custody period, not moved for the weekend",
			Answers{"stage": "review", "custody": "arrested", "detention-date": "2026-09-01", "arrest-date": "2026-09-10", "transfer-date": "2026-09-28"},
			"review-limit", "2026-10-28", "2026-11-12"},
		{"review after 留置: the procuratorate holds the person, so not moved (CPL Arts. 170, 105)",
			Answers{"stage": "review", "custody": "supervisory-detention", "transfer-date": "2026-09-03"},
			"review-limit", "2026-10-03", "2026-10-18"},
		{"review, custody not known: counted as held, so never later than the law allows",
			Answers{"stage": "review", "custody": "unknown", "transfer-date": "2026-09-03"},
			"review-limit", "2026-10-03", "2026-10-18"},
		{"review, custody not asked: counted as held",
			Answers{"stage": "review", "transfer-date": "2026-09-03"},
			"review-limit", "2026-10-03", "2026-10-18"},
		{"review on bail: a last day on Saturday moves to Monday",
			Answers{"stage": "review", "custody": "bail", "transfer-date": "2026-09-03"},
			"review-limit", "2026-10-05", "2026-10-19"},
		{"appeal deadline on a Saturday is not moved: file by it (review E1)",
			Answers{"stage": "after-judgment", "custody": "free", "judgment-date": "2026-11-18"},
			"appeal-deadline", "2026-11-28", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := iv.Plan(tt.a, today, deadline.Weekends{}, nil)
			for _, k := range p.Dates {
				if k.Rule.ID != tt.id {
					continue
				}
				if k.Normal.Last.String() != tt.normal {
					t.Errorf("normal %s, want %s", k.Normal.Last, tt.normal)
				}
				longest := ""
				if k.Rule.HasLongest() {
					longest = k.Longest().Last.String()
				}
				if longest != tt.longest {
					t.Errorf("longest %s, want %s", longest, tt.longest)
				}
				return
			}
			t.Fatalf("no %s date in %+v", tt.id, p.Dates)
		})
	}
}

func TestNotesOnAnswersThatDoNotFit(t *testing.T) {
	iv := structure(t)
	p := iv.Plan(Answers{"custody": "free", "detention-date": "2026-11-01"}, today, deadline.Weekends{}, nil)
	if len(p.Dates) != 0 || len(p.Notes) != 1 || p.Notes[0].ID != NoteNotApplicable || p.Notes[0].Fields[0] != "detention-date" {
		t.Errorf("detention date for someone not held: dates %v, notes %v", p.Dates, p.Notes)
	}
	p = iv.Plan(Answers{"custody": "arrested", "detention-date": "2026-11-20", "arrest-date": "2026-11-10"}, today, deadline.Weekends{}, nil)
	if !slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == NoteOrder }) {
		t.Errorf("arrest before detention not noted: %v", p.Notes)
	}
	// the court accepts a case only after it is indicted (CPL Art. 186)
	p = iv.Plan(Answers{"stage": "trial", "indictment-date": "2026-11-10", "court-date": "2026-11-05"}, today, deadline.Weekends{}, nil)
	if !slices.ContainsFunc(p.Notes, func(n Note) bool {
		return n.ID == NoteOrder && slices.Equal(n.Fields, []string{"indictment-date", "court-date"})
	}) {
		t.Errorf("court acceptance before the indictment not noted: %v", p.Notes)
	}
	p = iv.Plan(Answers{"custody": "criminal-detention", "detention-date": "2026-12-20"}, today, deadline.Weekends{}, nil)
	if !slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == NoteFutureDate }) {
		t.Errorf("future date not noted: %v", p.Notes)
	}
}

func TestAllUnknownStillGivesAPlan(t *testing.T) {
	iv := structure(t)
	a := Answers{}
	for {
		q, ok := iv.Next(a)
		if !ok {
			break
		}
		a[q.ID] = Unknown
	}
	bank := []guidance.Question{{ID: "q-a", Stages: []string{"review"}, Situations: []string{"no-lawyer"}}}
	p := iv.Plan(a, today, deadline.Weekends{}, bank)
	sections := map[string]int{}
	for _, it := range p.Items {
		sections[it.Section]++
	}
	if sections[SectionRights] == 0 || sections[SectionOptions] == 0 || sections[SectionActions] == 0 {
		t.Errorf("plan for all-unknown answers lacks a section: %v", sections)
	}
	if len(p.Questions) == 0 {
		t.Error("no questions for the lawyer")
	}
}

func TestCheck(t *testing.T) {
	iv := structure(t)
	tests := []struct {
		a     Answers
		field string
	}{
		{Answers{"stage": "review"}, ""},
		{Answers{"stage": "unknown", "detention-date": "unknown"}, ""},
		{Answers{"stagee": "review"}, "stagee"},
		{Answers{"stage": "appeal"}, "stage"},
		{Answers{"detention-date": "2026-02-30"}, "detention-date"},
		{Answers{"detention-date": "10/11/2026"}, "detention-date"},
	}
	for _, tt := range tests {
		err := iv.Check(tt.a)
		var fe *FieldError
		switch {
		case tt.field == "" && err != nil:
			t.Errorf("%v: %v", tt.a, err)
		case tt.field != "" && (!errors.As(err, &fe) || fe.Field != tt.field):
			t.Errorf("%v: err %v, want a problem with %s", tt.a, err, tt.field)
		}
	}
}

func TestSelectQuestions(t *testing.T) {
	bank := []guidance.Question{
		{ID: "a", Stages: []string{"review"}, Situations: []string{"signed"}},
		{ID: "b", Stages: []string{"review"}, Situations: []string{"in-custody", "no-lawyer"}},
		{ID: "c", Stages: []string{"trial"}, Situations: []string{"in-custody"}},
		{ID: "d", Stages: []string{"review"}, Situations: []string{"in-custody"}},
	}
	got := SelectQuestions(bank, "review", []string{"in-custody", "no-lawyer"}, 10)
	if !slices.Equal(got, []string{"b", "d"}) {
		t.Errorf("got %v", got)
	}
	if got := SelectQuestions(bank, Unknown, []string{"in-custody"}, 2); !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("unknown stage: %v", got)
	}
	// a question about the reader's charge comes before any that fit more situations
	bank = append(bank, guidance.Question{ID: "e", Stages: []string{"review"}, Situations: []string{"charge-theft"}})
	if got := SelectQuestions(bank, "review", []string{"in-custody", "no-lawyer", "charge-theft"}, 2); !slices.Equal(got, []string{"e", "b"}) {
		t.Errorf("charge first: %v", got)
	}
}

// FuzzWalkthrough answers random questions with random values, including "unknown" and
// impossible dates, and requires that the engine never panics and always ends in a plan.
func FuzzWalkthrough(f *testing.F) {
	iv := structure(f)
	f.Add(uint64(1), uint64(2))
	f.Add(uint64(99), uint64(7))
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		r := rand.New(rand.NewPCG(s1, s2))
		a := Answers{}
		for steps := 0; ; steps++ {
			if steps > 100 {
				t.Fatal("the walkthrough does not end")
			}
			q, ok := iv.Next(a)
			if !ok {
				break
			}
			switch {
			case r.IntN(5) == 0:
				a[q.ID] = Unknown
			case q.IsDate():
				a[q.ID] = deadline.DateOf(today.AddDays(-r.IntN(400) + 30).T()).String()
			default:
				a[q.ID] = q.Options[r.IntN(len(q.Options))]
			}
			if r.IntN(6) == 0 { // go back and change an earlier answer
				qs := iv.Active(a)
				back := qs[r.IntN(len(qs))]
				delete(a, back.ID)
			}
		}
		if err := iv.Check(a); err != nil {
			t.Fatalf("engine produced answers it rejects: %v", err)
		}
		p := iv.Plan(a, today, deadline.Weekends{}, nil)
		if len(p.Items) == 0 {
			t.Fatalf("empty plan for %v", a)
		}
	})
}

// TestAnswerFileSchemaDocumented keeps docs/walkthrough.md in step with the questions.
func TestAnswerFileSchemaDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/walkthrough.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range structure(t).Questions {
		if !strings.Contains(string(doc), "| `"+q.ID+"` |") {
			t.Errorf("docs/walkthrough.md does not list question %q", q.ID)
		}
		for _, o := range q.Options {
			if !strings.Contains(string(doc), "`"+o+"`") {
				t.Errorf("docs/walkthrough.md does not list option %q of %q", o, q.ID)
			}
		}
	}
}

// TestEveryBranch checks every condition of the shipped walkthrough both ways: for each
// question, plan item, date and situation, answers that meet its condition make it apply,
// and changing any one of those answers to a value outside the condition makes it not apply.
func TestEveryBranch(t *testing.T) {
	iv := structure(t)
	options := func(q string) []string {
		for _, x := range iv.Questions {
			if x.ID == q {
				return append(slices.Clone(x.Options), Unknown)
			}
		}
		t.Fatalf("no question %s", q)
		return nil
	}
	meeting := func(c Cond) Answers {
		a := Answers{}
		for q, values := range c {
			a[q] = values[0]
		}
		// conditions of the questions asked before must hold too, so these answers are reachable
		for changed := true; changed; {
			changed = false
			for _, x := range iv.Questions {
				if _, ok := a[x.ID]; !ok {
					continue
				}
				for q, values := range x.When {
					if _, ok := a[q]; !ok {
						a[q] = values[0]
						changed = true
					}
				}
			}
		}
		return a
	}
	check := func(name string, c Cond, applies func(Answers) bool) {
		a := meeting(c)
		if !applies(a) {
			t.Errorf("%s does not apply to %v", name, a)
		}
		for q, values := range c {
			for _, o := range options(q) {
				if slices.Contains(values, o) {
					continue
				}
				b := Answers{}
				for k, v := range a {
					b[k] = v
				}
				b[q] = o
				if applies(b) {
					t.Errorf("%s applies although %s = %s", name, q, o)
				}
			}
		}
	}
	for _, q := range iv.Questions {
		check("question "+q.ID, q.When, func(a Answers) bool {
			return slices.ContainsFunc(iv.Active(a), func(x Question) bool { return x.ID == q.ID })
		})
	}
	for _, it := range iv.Items {
		check("item "+it.ID, it.When, func(a Answers) bool {
			p := iv.Plan(a, today, deadline.Weekends{}, nil)
			return slices.ContainsFunc(p.Items, func(x Item) bool { return x.ID == it.ID })
		})
	}
	for _, d := range iv.Dates {
		c := Cond{}
		for k, v := range d.When {
			c[k] = v
		}
		check("date "+d.ID, c, func(a Answers) bool {
			b := Answers{}
			for k, v := range a {
				b[k] = v
			}
			b[d.From] = "2026-11-02"
			p := iv.Plan(b, today, deadline.Weekends{}, nil)
			return slices.ContainsFunc(p.Dates, func(k KeyDate) bool { return k.Rule.ID == d.ID })
		})
	}
	for name, c := range iv.Situations {
		check("situation "+name, c, func(a Answers) bool {
			return slices.Contains(iv.Plan(a, today, deadline.Weekends{}, nil).Situations, name)
		})
	}
}

func TestPlanHTMLEscapesAndHasEverySection(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"en"})
	if err != nil {
		t.Fatal(err)
	}
	p := iv.Plan(Answers{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"}, today, deadline.Weekends{}, nil)
	r, err := iv.Render(p, "en", nil)
	if err != nil {
		t.Fatal(err)
	}
	page, err := r.HTML("Plan <for> family", []string{"Clinic & Co", "<script>alert(1)</script>"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	for _, want := range []string{"Plan &lt;for&gt; family", "Clinic &amp; Co", "&lt;script&gt;", "17 Dec 2026", r.Headings["rights"], r.Headings["actions"]} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(s, "<script>") {
		t.Error("page is not escaped")
	}
}

// TestAppealDeadlineIsNeverMoved: for every day of 2025 and 2026 on which a judgment can
// be received, the last day to appeal is the 10th day after it, whatever day that is
// (CPL Art. 230; review E1), and the plan says so with the posting rule.
func TestAppealDeadlineIsNeverMoved(t *testing.T) {
	iv := structure(t)
	for d := (deadline.Date{Year: 2025, Month: 1, Day: 1}); d.Year < 2027; d = d.AddDays(1) {
		for _, custody := range []string{"free", "arrested", "bail"} {
			p := iv.Plan(Answers{"stage": "after-judgment", "custody": custody, "judgment-date": d.String()}, d.AddDays(1), deadline.Official{}, nil)
			if len(p.Dates) == 0 {
				t.Fatalf("%s: no appeal date", d)
			}
			for _, k := range p.Dates {
				if k.Rule.ID == "appeal-deadline" && k.Normal.Last != d.AddDays(10) {
					t.Fatalf("judgment received %s (%s): last day to appeal %s, want %s", d, custody, k.Normal.Last, d.AddDays(10))
				}
			}
		}
	}
}

// TestAppealDeadlineInAnUnknownYear: a day to file by in a year whose holidays the
// calendar does not know may be a holiday (2027-10-05 is in the National Day week); the
// plan must say so, and must not in a year it knows.
func TestAppealDeadlineInAnUnknownYear(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[guidance.Lang]string{"zh-Hans": "还不知道2027年的法定节假日安排", "en": "The official holidays of 2027 are not known yet"}
	for _, tt := range []struct {
		received string
		says     bool
	}{{"2027-09-25", true}, {"2026-09-22", false}} {
		a := Answers{"stage": "after-judgment", "custody": "arrested", "judgment-date": tt.received}
		day, _ := deadline.ParseDate(tt.received)
		p := iv.Plan(a, day.AddDays(1), deadline.Official{}, nil)
		for _, lang := range []guidance.Lang{"zh-Hans", "en"} {
			r, err := iv.Render(p, lang, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Dates) != 1 {
				t.Fatalf("%s: dates %+v", tt.received, r.Dates)
			}
			if got := strings.Contains(r.Dates[0].Moves, want[lang]); got != tt.says {
				t.Errorf("received %s, %s: says the holidays are unknown %v, want %v: %q", tt.received, lang, got, tt.says, r.Dates[0].Moves)
			}
		}
	}
}

// TestEachDateExplainsItselfOnce: every key date has at most one line on what can move it,
// and a date that a holiday cannot move never says that a holiday moves it (issue 10
// item 6).
func TestEachDateExplainsItselfOnce(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"})
	if err != nil {
		t.Fatal(err)
	}
	moving := map[guidance.Lang][]string{"zh-Hans": {"顺延"}, "en": {"holiday", "day off", "weekend"}}
	for _, a := range []Answers{
		{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-09-24"},
		{"stage": "investigation", "custody": "arrested", "arrest-date": "2026-08-05"},
		{"stage": "review", "custody": "arrested", "transfer-date": "2026-09-03"},
		{"stage": "review", "custody": "bail", "measure-date": "2026-01-30", "transfer-date": "2026-09-03"},
		{"stage": "trial", "custody": "free", "indictment-date": "2026-09-15"},
		{"stage": "trial", "custody": "arrested", "court-date": "2026-09-15"},
		{"stage": "after-judgment", "custody": "arrested", "judgment-date": "2026-09-25"},
		{"stage": "trial", "custody": "bail", "measure-date": "2026-12-20", "court-date": "2026-12-21"},
	} {
		p := iv.Plan(a, today, deadline.Official{}, nil)
		for _, lang := range []guidance.Lang{"zh-Hans", "en"} {
			r, err := iv.Render(p, lang, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range r.Dates {
				n := 0
				for _, line := range d.Details {
					for _, w := range moving[lang] {
						if strings.Contains(line, w) {
							n++
							break
						}
					}
				}
				if n > 1 {
					t.Errorf("%v %s %s: %d lines on what moves it: %q", a, lang, d.ID, n, d.Details)
				}
				k := p.Dates[i]
				if (k.Custody || k.Rule.FileBy()) && strings.Contains(d.Moves, map[guidance.Lang]string{"zh-Hans": "顺延到", "en": "moves to"}[lang]) {
					t.Errorf("%v %s %s: a date no holiday moves says it moved: %q", a, lang, d.ID, d.Moves)
				}
			}
		}
	}
}

// readerYou finds 你 / "you" that is not part of "your relative" / 你的家人 — in a family
// member's plan that is the reader, never the accused.
var readerYou = map[guidance.Lang]*regexp.Regexp{
	"zh-Hans": regexp.MustCompile(`你(?:的家人|家人)?`),
	"en":      regexp.MustCompile(`(?i)\byou(?:r relative(?:'s)?|r)?\b`),
}

func sentences(s string) []string {
	f := func(r rune) bool { return strings.ContainsRune("。！？；!?;", r) }
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, ". ", "。"), f) {
		if part = strings.TrimSpace(strings.TrimSuffix(part, ".")); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// bareYou reports whether s addresses someone as 你 / "you" other than in "your relative".
func bareYou(s string, lang guidance.Lang) bool {
	for _, m := range readerYou[lang].FindAllString(s, -1) {
		if m == "你" || strings.EqualFold(m, "you") || strings.EqualFold(m, "your") {
			return true
		}
	}
	return false
}

// TestFamilyPlanSpeaksAboutTheAccused: with role = family, every plan item talks to the
// family about the accused in the third person (new-user report item 9). No sentence of a
// family member's plan is one of the accused's sentences that says 你 / "you" to the
// accused, and none assumes the accused's gender.
func TestFamilyPlanSpeaksAboutTheAccused(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"})
	if err != nil {
		t.Fatal(err)
	}
	gendered := map[guidance.Lang]*regexp.Regexp{
		"zh-Hans": regexp.MustCompile(`(?:^|[^其])[他她]`),
		"en":      regexp.MustCompile(`(?i)\b(?:he|him|his|she|her|himself|herself)\b`),
	}
	for _, lang := range []guidance.Lang{"zh-Hans", "en"} {
		t.Run(string(lang), func(t *testing.T) {
			for _, it := range iv.Items {
				x := iv.Texts[lang].Item[it.ID]
				own, fam := x.For(false), x.For(true)
				for _, f := range []struct{ name, own, fam string }{
					{"title", own.Title, fam.Title}, {"text", own.Text, fam.Text}, {"gain", own.Gain, fam.Gain},
					{"cost", own.Cost, fam.Cost}, {"lawyer", own.Lawyer, fam.Lawyer},
				} {
					accused := map[string]bool{}
					for _, s := range sentences(f.own) {
						if bareYou(s, lang) {
							accused[s] = true
						}
					}
					for _, s := range sentences(f.fam) {
						if accused[s] {
							t.Errorf("%s.%s: the family reads %q, which says 你/you to the accused", it.ID, f.name, s)
						}
					}
					if gendered[lang].MatchString(f.fam) {
						t.Errorf("%s.%s assumes a gender: %q", it.ID, f.name, f.fam)
					}
				}
			}
			for _, q := range iv.Questions {
				qt := iv.QuestionText(q.ID, lang, "family")
				if gendered[lang].MatchString(qt.Text) {
					t.Errorf("question %s assumes a gender: %q", q.ID, qt.Text)
				}
			}
		})
	}
}

// TestTimeline: rows in plan order, positions on one axis from the earliest start to the
// latest longest date, today marked, bands only where the law allows an extension.
func TestTimeline(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"})
	if err != nil {
		t.Fatal(err)
	}
	day := deadline.Date{Year: 2026, Month: 11, Day: 25}
	p := iv.Plan(Answers{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"}, day, deadline.Official{}, nil)
	for _, lang := range []guidance.Lang{"zh-Hans", "en"} {
		r, err := iv.Render(p, lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		tl := r.Timeline
		if len(tl.Rows) != 2 || len(tl.Stages) != 4 || !tl.Stages[0].Current {
			t.Fatalf("%s: %+v", lang, tl)
		}
		// axis: 10 Nov (start) to 17 Dec (37 days); today 25 Nov is day 15
		if tl.Rows[0].From != 0 || tl.Rows[1].Longest != 1 || math.Abs(tl.Today-15.0/37) > 1e-9 {
			t.Errorf("%s: positions %+v, today %v", lang, tl.Rows, tl.Today)
		}
		dec := tl.Rows[1]
		if dec.Normal >= dec.Longest || dec.LongestDate == "" || !dec.Past || dec.Label == "" {
			t.Errorf("%s: arrest decision row %+v", lang, dec)
		}
		want := map[guidance.Lang]string{"zh-Hans": "11月20日", "en": "20 Nov"}[lang]
		if dec.NormalDate != want || !strings.Contains(tl.TodayLabel, map[guidance.Lang]string{"zh-Hans": "11月25日", "en": "25 Nov"}[lang]) {
			t.Errorf("%s: labels %q, %q", lang, dec.NormalDate, tl.TodayLabel)
		}
	}
	p = iv.Plan(Answers{"stage": "after-judgment", "custody": "free", "judgment-date": "2026-11-20"}, day, deadline.Official{}, nil)
	r, _ := iv.Render(p, "en", nil)
	if row := r.Timeline.Rows[0]; !row.FileBy || row.Normal != row.Longest || row.LongestDate != "" {
		t.Errorf("appeal row %+v", row)
	}
	page, err := r.HTML("Plan", nil)
	if err != nil || !strings.Contains(string(page), "<svg") || !strings.Contains(string(page), "30 Nov") {
		t.Errorf("the printed plan has no timeline: %v", err)
	}
}

// TestBadInputStillGivesAPlan: a future date, dates in the wrong order, a year whose
// holidays are unknown and a stage that does not fit the dates are each said in plain
// words, and the plan still shows its dates (issue 9, bad input).
func TestBadInputStillGivesAPlan(t *testing.T) {
	iv, err := Load(os.DirFS("../../assets/content"), "cn", []guidance.Lang{"zh-Hans", "en"})
	if err != nil {
		t.Fatal(err)
	}
	day := deadline.Date{Year: 2026, Month: 12, Day: 1}
	for _, tt := range []struct {
		name string
		a    Answers
		note string // a note ID the plan must carry; "" for none
		text string // words the English plan must say somewhere
	}{
		{"future date", Answers{"stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-12-20"}, NoteFutureDate, "later than today"},
		{"wrong order", Answers{"stage": "review", "custody": "arrested", "detention-date": "2026-11-20", "arrest-date": "2026-11-10", "transfer-date": "2026-11-25"}, NoteOrder, "wrong order"},
		{"unknown holidays", Answers{"stage": "review", "custody": "bail", "transfer-date": "2026-12-30"}, "", "holidays of 2027 are not known"},
		{"stage does not fit: investigation custody long over", Answers{"stage": "investigation", "custody": "arrested", "arrest-date": "2025-01-10"}, NotePassed, "Even the longest period"},
		{"appeal deadline missed", Answers{"stage": "after-judgment", "custody": "free", "judgment-date": "2026-11-01"}, NoteFileByPassed, "Art. 106"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := iv.Plan(tt.a, day, deadline.Official{}, nil)
			if len(p.Dates) == 0 {
				t.Fatal("no key dates shown")
			}
			if tt.note != "" && !slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == tt.note }) {
				t.Errorf("no %s note: %+v", tt.note, p.Notes)
			}
			for _, lang := range []guidance.Lang{"zh-Hans", "en"} {
				r, err := iv.Render(p, lang, nil)
				if err != nil {
					t.Fatal(err)
				}
				all := strings.Join(r.Notes, "\n")
				for _, d := range r.Dates {
					all += "\n" + strings.Join(d.Details, "\n")
				}
				if strings.Contains(all, "{{") || strings.Contains(all, "<no value>") {
					t.Errorf("%s: unfilled words: %s", lang, all)
				}
				if lang == "en" && !strings.Contains(all, tt.text) {
					t.Errorf("plan does not say %q: %s", tt.text, all)
				}
			}
		})
	}
}

// The charge answer puts that charge's guide in the plan and its questions before the
// lawyer, and no other charge's; "other" and "unknown" name no guide.
func TestChargeLinksItsGuide(t *testing.T) {
	iv := structure(t)
	bank := []guidance.Question{
		{ID: "q-theft", Stages: []string{"review"}, Situations: []string{"charge-theft"}},
		{ID: "q-drink", Stages: []string{"review"}, Situations: []string{"charge-drink-driving"}},
		{ID: "q-signing", Stages: []string{"review"}, Situations: []string{"considering-signing"}},
	}
	guides := func(p Plan) []string {
		var out []string
		for _, it := range p.Items {
			if strings.HasPrefix(it.Topic, "crime-") {
				out = append(out, it.Topic)
			}
		}
		return out
	}
	base := Answers{"role": "accused", "stage": "review", "custody": "free", "signed": "no"}
	a := maps.Clone(base)
	a["charge"] = "theft"
	p := iv.Plan(a, today, deadline.Weekends{}, bank)
	if g := guides(p); !slices.Equal(g, []string{"crime-theft"}) {
		t.Errorf("charge theft: guides %v, want [crime-theft]", g)
	}
	if !slices.Contains(p.Questions, "q-theft") || slices.Contains(p.Questions, "q-drink") || !slices.Contains(p.Questions, "q-signing") {
		t.Errorf("charge theft: questions %v", p.Questions)
	}
	for _, c := range []string{"other", Unknown} {
		a["charge"] = c
		p := iv.Plan(a, today, deadline.Weekends{}, bank)
		if g := guides(p); len(g) != 0 {
			t.Errorf("charge %s: guides %v, want none", c, g)
		}
		if slices.Contains(p.Questions, "q-theft") || slices.Contains(p.Questions, "q-drink") {
			t.Errorf("charge %s: charge questions in %v", c, p.Questions)
		}
	}
	// every option but "other" has its guide
	for _, q := range iv.Questions {
		if q.ID != "charge" {
			continue
		}
		for _, o := range q.Options {
			a["charge"] = o
			g := guides(iv.Plan(a, today, deadline.Weekends{}, bank))
			if o == "other" {
				continue
			}
			if !slices.Equal(g, []string{"crime-" + o}) {
				t.Errorf("charge %s: guides %v", o, g)
			}
		}
	}
}
