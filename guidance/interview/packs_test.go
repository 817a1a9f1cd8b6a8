package interview

import (
	"errors"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// A small walkthrough in another jurisdiction's schema: weekends only, German counting,
// a week period, its own held answers, date order and stages.
const testStructure = `
calendar = "weekends"
counting = "stpo-43"
held = { custody = ["remanded"] }
order = [["charge-date", "verdict-date"]]
bank_stages = { charged = ["investigation", "review"], judged = ["after-judgment"] }

[[question]]
id = "role"
options = ["accused", "family"]

[[question]]
id = "stage"
options = ["charged", "judged"]

[[question]]
id = "custody"
options = ["remanded", "free"]

[[question]]
id = "charge-date"
type = "date"

[[question]]
id = "verdict-date"
type = "date"
when = { stage = ["judged"] }

[[item]]
id = "read"
section = "rights"
topic = "x-topic"

[[date]]
id = "appeal"
from = "verdict-date"
weeks = 1
custody = "never"
kind = "file-by"
source = "x-src"

[[date]]
id = "review"
from = "charge-date"
months = 1
custody = "if-held"
source = "x-src"
when = { stage = ["charged"] }
`

const testWords = `
[question.role]
text = "Who?"
help = "h"
[question.role.options]
accused = "Me"
family = "Family"
unknown = "?"
[question.stage]
text = "Stage?"
help = "h"
[question.stage.options]
charged = "Charged"
judged = "Judged"
unknown = "?"
[question.custody]
text = "Held?"
help = "h"
[question.custody.options]
remanded = "Yes"
free = "No"
unknown = "?"
[question.charge-date]
text = "Charged when?"
help = "h"
unknown = "?"
[question.verdict-date]
text = "Judged when?"
help = "h"
unknown = "?"
[item.read]
title = "t"
text = "x"
[date.appeal]
label = "Appeal"
text = "Appeal by {{.Normal}}."
[date.review]
label = "Review"
text = "Review by {{.Normal}}."
[stage.charged]
name = "Charged"
[stage.judged]
name = "Judged"
[general]
where = "w"
dates = "d"
rights = "r"
options = "o"
actions = "a"
questions = "q"
check = "c"
counting = "Counted from {{.From}}."
file-by = "File by then."
file-by-day-off = "That is a Saturday or Sunday."
source = "Source: {{.Citation}}"
note-future-date = "n"
note-date-order = "Check {{.Fields}}."
note-not-applicable = "n"
note-passed = "n"
note-file-by-passed = "n"
read-more = "r"
not-advice = "n"
date-form = "f"
date-year = "y"
date-month = "m"
date-day = "d"
today = "t"
timeline = "t"
month-end = "Ends on the month's last day."
unmoved = "The law may move a weekend or holiday; ask the lawyer."
`

func testPack(structure, words string) fstest.MapFS {
	return fstest.MapFS{
		"x/pack.toml":         {Data: []byte("id = \"x\"\nlanguages = [\"en\"]\n")},
		"x/interview.toml":    {Data: []byte(structure)},
		"x/en/interview.toml": {Data: []byte(words)},
		"y/pack.toml":         {Data: []byte("id = \"y\"\nlanguages = [\"en\"]\n")}, // no walkthrough
	}
}

func TestPackSchema(t *testing.T) {
	ivs, err := LoadPacks(testPack(testStructure, testWords))
	if err != nil {
		t.Fatal(err)
	}
	if len(ivs) != 1 || ivs["x"] == nil {
		t.Fatalf("LoadPacks = %v, want only x (y has no walkthrough)", ivs)
	}
	iv := ivs["x"]
	if _, ok := iv.Cal().(deadline.Weekends); !ok || iv.Rule() != deadline.StPO43 {
		t.Fatalf("calendar %T, rule %v", iv.Cal(), iv.Rule())
	}
	if got := iv.Stages(); !slices.Equal(got, []string{"charged", "judged"}) {
		t.Errorf("stages %v", got)
	}
	bank := []guidance.Question{
		{ID: "q-inv", Stages: []string{"investigation"}},
		{ID: "q-trial", Stages: []string{"trial"}},
		{ID: "q-after", Stages: []string{"after-judgment"}},
	}
	// verdict Saturday 2026-11-28: a week later is Saturday 2026-12-05, shown unmoved
	a := Answers{"role": "accused", "stage": "judged", "custody": "free", "charge-date": "2026-12-01", "verdict-date": "2026-11-28"}
	p := iv.Plan(a, today, iv.Cal(), bank)
	if len(p.Dates) != 1 || p.Dates[0].Normal.Last != (deadline.Date{Year: 2026, Month: 12, Day: 5}) || !p.Dates[0].Normal.DayOff {
		t.Fatalf("dates %+v, want the appeal on Sat 2026-12-05, unmoved", p.Dates)
	}
	if !slices.Equal(p.Questions, []string{"q-after"}) {
		t.Errorf("questions %v, want the after-judgment one (bank_stages)", p.Questions)
	}
	if !slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == NoteOrder }) {
		t.Errorf("notes %+v: the charge after the verdict is not noted (order)", p.Notes)
	}
	r, err := iv.Render(p, "en", nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := r.Dates[0]; d.Normal != "5 Dec 2026" || !strings.Contains(d.Moves, "File by then.") ||
		!strings.Contains(d.Moves, "Saturday or Sunday") || !strings.Contains(d.Moves, "may move") {
		t.Errorf("appeal date %+v", d)
	}
	if len(r.Road) != 2 || !r.Road[1].Current {
		t.Errorf("road %+v", r.Road)
	}
	// held: the review counts as custody when remanded or unknown, not when free
	for custody, want := range map[string]bool{"remanded": true, Unknown: true, "free": false} {
		a := Answers{"role": "accused", "stage": "charged", "custody": custody, "charge-date": "2026-10-31"}
		p := iv.Plan(a, today, iv.Cal(), nil)
		if len(p.Dates) != 1 || p.Dates[0].Custody != want {
			t.Errorf("custody %s: dates %+v, want custody %v", custody, p.Dates, want)
			continue
		}
		// 31 October + 1 month: November has no 31st, so its last day (StPO § 43 para 1)
		if got := p.Dates[0].Normal; got.Last != (deadline.Date{Year: 2026, Month: 11, Day: 30}) || !got.MonthEnd {
			t.Errorf("custody %s: review ends %+v, want 2026-11-30 at the month's end", custody, got)
		}
	}
	if p := iv.Plan(Answers{"stage": "charged"}, today, iv.Cal(), bank); len(p.Questions) != 1 || p.Questions[0] != "q-inv" {
		t.Errorf("charged: questions %v, want the investigation one", p.Questions)
	}
}

// TestPackSchemaProblems: what the lint says about a walkthrough that breaks the schema,
// each message naming the pack's file.
func TestPackSchemaProblems(t *testing.T) {
	for name, c := range map[string]struct{ from, to, want string }{
		"calendar":        {`calendar = "weekends"`, `calendar = "moon"`, `calendar must be`},
		"official":        {`calendar = "weekends"`, `calendar = "cn-official"`, `goes with counting "cpl-105"`},
		"counting":        {`counting = "stpo-43"`, `counting = "roman"`, `counting must be one of`},
		"held missing":    {`held = { custody = ["remanded"] }`, ``, `needs the top-level held`},
		"held option":     {`["remanded"] }`, `["jailed"] }`, `"jailed" is not an option of "custody"`},
		"order":           {`["charge-date", "verdict-date"]`, `["charge-date", "custody"]`, `order: "custody" is not a date question`},
		"bank stage":      {`judged = ["after-judgment"]`, `judged = ["later"]`, `"later" is not a question-bank stage`},
		"stage unmapped":  {`, judged = ["after-judgment"]`, ``, `stage "judged" needs bank_stages.judged`},
		"no role":         {`id = "role"`, `id = "who"`, `required question "role"`},
		"two units":       {`weeks = 1`, "weeks = 1\ndays = 2", `give one of months, weeks or days`},
		"frap months":     {`counting = "stpo-43"`, `counting = "frap-26"`, `counting frap-26 counts days`},
		"no period":       {`weeks = 1`, ``, `give months, weeks or days`},
		"unmoved missing": {``, ``, ``},
	} {
		t.Run(name, func(t *testing.T) {
			words := testWords
			if name == "unmoved missing" {
				words = strings.Replace(words, "unmoved = ", "ignored = ", 1)
				c.want = "general.unmoved is missing"
			}
			s := strings.Replace(testStructure, c.from, c.to, 1)
			_, err := LoadPacks(testPack(s, words))
			var ierr *Error
			if !errors.As(err, &ierr) {
				t.Fatalf("no problems, want %q", c.want)
			}
			found := false
			for _, p := range ierr.Problems {
				if strings.Contains(p, c.want) && strings.HasPrefix(p, "x/") {
					found = true
				}
			}
			if !found {
				t.Errorf("problems %q, want one from x/ with %q", ierr.Problems, c.want)
			}
		})
	}
}

// TestShippedPacksLoad: every shipped walkthrough loads in its pack's languages.
func TestShippedPacksLoad(t *testing.T) {
	ivs, err := LoadPacks(os.DirFS("../../assets/content"))
	if err != nil {
		t.Fatal(err)
	}
	if ivs["cn"] == nil {
		t.Fatal("no cn walkthrough")
	}
	for id, iv := range ivs {
		if len(iv.Texts) == 0 {
			t.Errorf("%s: no words", id)
		}
	}
}

// TestStPOChainsWeeksThenMonths: § 345 para 1 StPO gives a month from the end of the
// week of § 341 para 1. Judgment Mon 24 Jan 2028: the week ends Mon 31 Jan, and February
// 2028 has no 31st, so the month ends on Tue 29 Feb (§ 43 para 1). Counting the month
// first would give 2 March, later than the law allows.
func TestStPOChainsWeeksThenMonths(t *testing.T) {
	s := strings.Replace(testStructure, "weeks = 1\n", "weeks = 1\nmonths = 1\n", 1)
	ivs, err := LoadPacks(testPack(s, testWords))
	if err != nil {
		t.Fatal(err)
	}
	p := ivs["x"].Plan(Answers{"stage": "judged", "verdict-date": "2028-01-24"}, deadline.Date{Year: 2028, Month: 1, Day: 25}, deadline.Weekends{}, nil)
	if len(p.Dates) != 1 || p.Dates[0].Normal.Last != (deadline.Date{Year: 2028, Month: 2, Day: 29}) {
		t.Fatalf("dates %+v, want 2028-02-29", p.Dates)
	}
	r, err := ivs["x"].Render(p, "en", nil)
	if err != nil || r.Dates[0].Normal != "29 Feb 2028" {
		t.Errorf("rendered %+v, %v", r.Dates, err)
	}
}

// TestDateWordsPerDate: a date's own posted and passed words replace the general ones;
// the quote marks come from general when given.
func TestDateWordsPerDate(t *testing.T) {
	w := strings.Replace(testWords, "[date.appeal]\n", "[date.appeal]\nposted = \"It must reach the court.\"\npassed = \"The appeal time ended on {{.On}}.\"\n", 1)
	w = strings.Replace(w, "[general]\n", "[general]\nposted = \"Posting in time is enough.\"\nquote-open = \"「\"\nquote-close = \"」\"\n", 1)
	ivs, err := LoadPacks(testPack(testStructure, w))
	if err != nil {
		t.Fatal(err)
	}
	iv := ivs["x"]
	a := Answers{"stage": "judged", "verdict-date": "2026-11-02", "charge-date": "2026-11-03"}
	p := iv.Plan(a, today, iv.Cal(), nil)
	r, err := iv.Render(p, "en", nil)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(r.Dates[0].Details, "\n")
	if !strings.Contains(all, "It must reach the court.") || strings.Contains(all, "Posting in time") {
		t.Errorf("details %q: want the date's own posted words", all)
	}
	notes := strings.Join(r.Notes, "\n")
	if !strings.Contains(notes, "The appeal time ended on 9 Nov 2026.") || !strings.Contains(notes, "「Charged when?」") {
		t.Errorf("notes %q: want the date's passed words and 「」 quotes", notes)
	}
}

func TestFormatDateGerman(t *testing.T) {
	d := deadline.Date{Year: 2026, Month: 12, Day: 8}
	if got := FormatDate(d, guidance.LangDe); got != "Dienstag, 8. Dezember 2026" {
		t.Errorf("FormatDate de = %q", got)
	}
	if got := shortDate(d, today, guidance.LangDe); got != "8.12." {
		t.Errorf("shortDate de = %q", got)
	}
	if got := FormatDate(d, guidance.LangEn); got != "8 Dec 2026" {
		t.Errorf("FormatDate en = %q", got)
	}
	FormatDate(deadline.Date{}, guidance.LangDe) // the zero date does not panic
}

// TestGermanPlanWithNotes: notes that carry no day (a date after today, dates in the
// wrong order) render in German; they used to format the zero date and panic.
func TestGermanPlanWithNotes(t *testing.T) {
	ivs, err := LoadPacks(os.DirFS("../../assets/content"))
	if err != nil {
		t.Fatal(err)
	}
	iv := ivs["de"]
	if iv == nil || iv.Texts[guidance.LangDe] == nil {
		t.Skip("no German walkthrough shipped")
	}
	a := Answers{"role": "accused", "stage": "after-judgment", "judgment-date": "2026-12-05"}
	p := iv.Plan(a, deadline.Date{Year: 2026, Month: 12, Day: 1}, iv.Cal(), nil)
	if !slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == NoteFutureDate }) {
		t.Fatalf("notes %+v: no future-date note", p.Notes)
	}
	r, err := iv.Render(p, guidance.LangDe, nil)
	if err != nil || len(r.Notes) == 0 {
		t.Fatalf("render: %v, notes %q", err, r.Notes)
	}
}

// TestFutureDateQuestion: a date question marked future may be after today without a
// note; any other date after today is noted.
func TestFutureDateQuestion(t *testing.T) {
	for future, wantNote := range map[bool]bool{false: true, true: false} {
		s := testStructure
		if future {
			s = strings.Replace(s, "id = \"charge-date\"\ntype = \"date\"\n", "id = \"charge-date\"\ntype = \"date\"\nfuture = true\n", 1)
		}
		ivs, err := LoadPacks(testPack(s, testWords))
		if err != nil {
			t.Fatal(err)
		}
		p := ivs["x"].Plan(Answers{"stage": "charged", "charge-date": "2026-12-20"}, today, deadline.Weekends{}, nil)
		if got := slices.ContainsFunc(p.Notes, func(n Note) bool { return n.ID == NoteFutureDate }); got != wantNote {
			t.Errorf("future = %v: future-date note %v, want %v", future, got, wantNote)
		}
	}
	s := strings.Replace(testStructure, "id = \"custody\"\n", "id = \"custody\"\nfuture = true\n", 1)
	if _, err := LoadPacks(testPack(s, testWords)); err == nil || !strings.Contains(err.Error(), "only a date question can be future") {
		t.Errorf("future on a choice: %v", err)
	}
}

// TestEveryPackSchemaDocumented: docs/walkthrough.md has a table of each other pack's
// questions and options, under the heading that names its --jurisdiction.
func TestEveryPackSchemaDocumented(t *testing.T) {
	data, err := os.ReadFile("../../docs/walkthrough.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	ivs, err := LoadPacks(os.DirFS("../../assets/content"))
	if err != nil {
		t.Fatal(err)
	}
	for id, iv := range ivs {
		if id == "cn" {
			continue // TestAnswerFileSchemaDocumented
		}
		head := "(`--jurisdiction " + id + "`)"
		i := strings.Index(doc, head)
		if i < 0 {
			t.Errorf("docs/walkthrough.md has no section %s", head)
			continue
		}
		section := doc[i:]
		if j := strings.Index(section[1:], "\n### "); j >= 0 {
			section = section[:j+1]
		}
		for _, q := range iv.Questions {
			row := "| `" + q.ID + "` |"
			k := strings.Index(section, row)
			if k < 0 {
				t.Errorf("%s: docs/walkthrough.md does not list question %q", id, q.ID)
				continue
			}
			line := section[k:]
			line = line[:strings.Index(line+"\n", "\n")]
			for _, o := range q.Options {
				if !strings.Contains(line, "`"+o+"`") {
					t.Errorf("%s: docs/walkthrough.md does not list option %q of %q", id, o, q.ID)
				}
			}
		}
	}
}

// FuzzFileByNeverLater walks every shipped walkthrough with random answers and checks that
// no date the accused or the family must meet (kind = "file-by") is ever shown later than
// its unmoved count: the period added to its start by the pack's own rule, with no day
// moved for a weekend or holiday.
func FuzzFileByNeverLater(f *testing.F) {
	ivs, err := LoadPacks(os.DirFS("../../assets/content"))
	if err != nil {
		f.Fatal(err)
	}
	packs := slices.Sorted(maps.Keys(ivs))
	f.Add(uint64(1), uint64(2))
	f.Add(uint64(7), uint64(13))
	f.Add(uint64(2028), uint64(229))
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		r := rand.New(rand.NewPCG(s1, s2))
		for _, id := range packs {
			iv := ivs[id]
			a := Answers{}
			for steps := 0; ; steps++ {
				if steps > 100 {
					t.Fatalf("%s: the walkthrough does not end", id)
				}
				q, ok := iv.Next(a)
				if !ok {
					break
				}
				switch {
				case r.IntN(6) == 0:
					a[q.ID] = Unknown
				case q.IsDate():
					// any day of 2025-2029, month ends and 29 February included
					a[q.ID] = deadline.Date{Year: 2025, Month: 1, Day: 1}.AddDays(r.IntN(5 * 366)).String()
				default:
					a[q.ID] = q.Options[r.IntN(len(q.Options))]
				}
			}
			p := iv.Plan(a, deadline.Date{Year: 2027, Month: 6, Day: 1}, iv.Cal(), nil)
			for _, k := range p.Dates {
				if !k.Rule.FileBy() {
					continue
				}
				want := unmovedEnd(iv.Rule(), k.From, k.Rule)
				if k.Normal.Last.After(want) || !k.Normal.MovedFrom.IsZero() {
					t.Errorf("%s: %s from %s shown as %s (moved from %s), later than the unmoved %s", id, k.Rule.ID, k.From, k.Normal.Last, k.Normal.MovedFrom, want)
				}
			}
		}
	})
}

// unmovedEnd is the last day of a date's period without any move: the weeks (under
// StPO43 first, then months from their end), months by the rule's month count, then days.
func unmovedEnd(rule deadline.Rule, from deadline.Date, r DateRule) deadline.Date {
	end := from
	if rule == deadline.StPO43 && r.Weeks > 0 && r.Months > 0 {
		end, _ = deadline.AddMonthsBy(rule, from.AddDays(7*r.Weeks), r.Months)
		return end.AddDays(r.Days)
	}
	if r.Months > 0 {
		end, _ = deadline.AddMonthsBy(rule, from, r.Months)
	}
	return end.AddDays(7*r.Weeks + r.Days)
}

// TestSetReadsWhenAsked: a Set knows which packs have a walkthrough without reading one,
// reads each once, gives the same walkthrough LoadPacks reads, and reports a broken one
// when it is asked for, not before.
func TestSetReadsWhenAsked(t *testing.T) {
	fsys := testPack(testStructure, testWords)
	fsys["z/pack.toml"] = &fstest.MapFile{Data: []byte(`languages = ["en"]`)}
	fsys["z/interview.toml"] = &fstest.MapFile{Data: []byte(`calendar = "moon"`)}
	s := NewSet(fsys)
	for pack, want := range map[string]bool{"x": true, "z": true, "y": false, "nope": false, "": false, ".": false, "../x": false} {
		if got := s.Has(pack); got != want {
			t.Errorf("Has(%q) = %v, want %v", pack, got, want)
		}
	}
	if len(s.read) != 0 {
		t.Fatalf("Has read %d walkthroughs", len(s.read))
	}
	iv, err := s.Get("x")
	if err != nil || iv == nil {
		t.Fatalf("Get(x) = %v, %v", iv, err)
	}
	if again, _ := s.Get("x"); again != iv {
		t.Error("Get(x) read the walkthrough again")
	}
	all, _ := LoadPacks(fsys)
	if len(iv.Questions) != len(all["x"].Questions) || iv.Rule() != all["x"].Rule() {
		t.Errorf("Get(x) has %d questions, LoadPacks %d", len(iv.Questions), len(all["x"].Questions))
	}
	if iv, err := s.Get("y"); iv != nil || err != nil {
		t.Errorf("Get(y) without a walkthrough = %v, %v", iv, err)
	}
	var ierr *Error
	if iv, err := s.Get("z"); iv != nil || !errors.As(err, &ierr) || !strings.Contains(strings.Join(ierr.Problems, "\n"), "calendar must be") {
		t.Errorf("Get(z) broken = %v, %v; want its problems", iv, err)
	}
	if s.Has("z") {
		t.Error("Has(z) after its walkthrough failed to load: Home would offer a walkthrough that cannot open")
	}
	var none *Set
	if none.Has("x") {
		t.Error("a nil Set has a walkthrough")
	}
	if iv, err := none.Get("x"); iv != nil || err != nil {
		t.Errorf("nil Set Get = %v, %v", iv, err)
	}
}
