package interview

import (
	"slices"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// Plan is what the answers lead to, without words: the words come from Texts.
type Plan struct {
	Role       string
	Stage      string // one of guidance.Stages, or Unknown
	Dates      []KeyDate
	Items      []Item
	Situations []string
	Questions  []string // question-bank IDs for the lawyer, most relevant first
	Notes      []Note
	Today      deadline.Date // the day the plan was made for
}

// KeyDate is a statutory deadline counted from a date the user gave.
type KeyDate struct {
	Rule         DateRule
	From         deadline.Date
	FromFallback bool // counted from the rule's fallback question: the plan says so
	Normal       deadline.Result
	Steps        []deadline.Result // one per extension in Rule.Extend
	Custody      bool              // counted as a custody period: not moved for holidays
	MaybeHeld    bool              // counted as custody because the answers do not say whether the person is held
}

// Longest is the end of the last extension, or the normal end when there is none.
func (k KeyDate) Longest() deadline.Result {
	if len(k.Steps) == 0 {
		return k.Normal
	}
	return k.Steps[len(k.Steps)-1]
}

// Note asks the user to check answers that do not fit together, or says that a key date
// has passed.
type Note struct {
	ID     string // see the note kinds below
	Fields []string
	Date   string        // for the passed notes: the key date's rule ID
	On     deadline.Date // for the passed notes: the day that has passed
}

// Kinds of note.
const (
	NoteFutureDate    = "future-date"    // a date after today
	NoteOrder         = "date-order"     // two dates in the wrong order
	NoteNotApplicable = "not-applicable" // an answer to a question that does not apply (e.g. a detention date for someone never held)
	// NotePassed: even the longest period of a time limit ended before today, so the stage
	// or a date may be wrong, or the count restarted.
	NotePassed = "passed"
	// NoteFileByPassed: a deadline the accused or the family had to meet is over.
	NoteFileByPassed = "file-by-passed"
)

// Plan computes the plan for answers. Answers to questions that do not apply are ignored
// (and noted); today and the calendar decide the key dates and the date checks. bank is the
// question bank in any one language: only IDs, stages and situations are used.
func (iv *Interview) Plan(a Answers, today deadline.Date, cal deadline.Calendar, bank []guidance.Question) Plan {
	p := Plan{Role: orUnknown(a[QuestionRole]), Stage: orUnknown(a[QuestionStage]), Today: today}
	active := map[string]bool{}
	for _, q := range iv.Active(a) {
		active[q.ID] = true
	}
	use := Answers{}
	for id, v := range a {
		if active[id] {
			use[id] = v
		} else if v != "" && v != Unknown {
			p.Notes = append(p.Notes, Note{ID: NoteNotApplicable, Fields: []string{id}})
		}
	}
	dates := map[string]deadline.Date{}
	for _, q := range iv.Questions {
		if !q.IsDate() || use[q.ID] == "" || use[q.ID] == Unknown {
			continue
		}
		d, err := deadline.ParseDate(use[q.ID])
		if err != nil {
			continue // Check reports it
		}
		if d.After(today) && !q.Future {
			p.Notes = append(p.Notes, Note{ID: NoteFutureDate, Fields: []string{q.ID}})
		}
		dates[q.ID] = d
	}
	for _, pair := range iv.Order {
		if len(pair) != 2 {
			continue // Load refuses it
		}
		a, aok := dates[pair[0]]
		b, bok := dates[pair[1]]
		if aok && bok && a.After(b) {
			p.Notes = append(p.Notes, Note{ID: NoteOrder, Fields: []string{pair[0], pair[1]}})
		}
	}
	held := len(iv.Held) > 0 && iv.Held.Holds(use)
	// Not knowing whether the person is held, count as if they are: a custody limit is then
	// never shown later than the law allows, and the plan says it moves if they are free.
	unsure := false
	for q := range iv.Held {
		if v := use[q]; !held && (v == "" || v == Unknown) {
			unsure = true
		}
	}
	for _, r := range iv.Dates {
		if !r.When.Holds(use) {
			continue
		}
		from, ok := dates[r.From]
		fallback := false
		if !ok && r.Fallback != "" {
			from, ok = dates[r.Fallback]
			fallback = ok
		}
		if !ok {
			continue
		}
		custody := r.Custody == "always" || (r.Custody == "if-held" && (held || unsure))
		k := KeyDate{Rule: r, From: from, FromFallback: fallback, Custody: custody,
			MaybeHeld: r.Custody == "if-held" && unsure}
		rule := iv.Rule()
		k.Normal = count(rule, from, r.Months, r.Weeks, r.Days, custody, r.FileBy(), cal)
		for _, e := range r.Extend {
			k.Steps = append(k.Steps, count(rule, from, e.Months, e.Weeks, e.Days, custody, false, cal))
		}
		p.Dates = append(p.Dates, k)
		switch last := k.Longest().Last; {
		case r.FileBy() && last.Before(today):
			p.Notes = append(p.Notes, Note{ID: NoteFileByPassed, Date: r.ID, On: last})
		case !r.FileBy() && last.Before(today):
			p.Notes = append(p.Notes, Note{ID: NotePassed, Date: r.ID, On: last})
		}
	}
	for _, it := range iv.Items {
		if it.When.Holds(use) {
			p.Items = append(p.Items, it)
		}
	}
	names := make([]string, 0, len(iv.Situations))
	for name := range iv.Situations {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if iv.Situations[name].Holds(use) {
			p.Situations = append(p.Situations, name)
		}
	}
	p.Questions = selectQuestions(bank, iv.bankStages(p.Stage), p.Situations, 15)
	return p
}

// chargeFirst lifts a question about the reader's charge above any count of other
// matching situations.
const chargeFirst = 100

func orUnknown(s string) string {
	if s == "" {
		return Unknown
	}
	return s
}

// count counts a period from the day of the event by rule. Mainland China adds months
// then days (half a month is 15 days, SPC Interp. Art. 202). Under StPO43, weeks and
// months together chain two periods: the weeks first, then the months from their last
// day (§ 345 para 1 StPO counts a month from the end of the week of § 341 para 1). The
// other rules take one unit (Load sees to that). A day off moves only the final day, and
// never a deadline to act by.
func count(rule deadline.Rule, from deadline.Date, months, weeks, days int, custody, fileBy bool, cal deadline.Calendar) deadline.Result {
	period := func(n int, u deadline.Unit) deadline.Period {
		return deadline.Period{N: n, Unit: u, Custody: custody, FileBy: fileBy, Rule: rule}
	}
	if rule == deadline.StPO43 && weeks > 0 && months > 0 {
		return deadline.End(from.AddDays(7*weeks), period(months, deadline.Months), cal)
	}
	days += 7 * weeks
	start := from
	if months > 0 {
		r := deadline.End(from, period(months, deadline.Months), cal)
		if days == 0 {
			return r
		}
		start, _ = deadline.AddMonthsBy(rule, from, months)
	}
	return deadline.End(start, period(days, deadline.Days), cal)
}

// SelectQuestions picks questions for the lawyer: those for the stage (any stage when it is
// unknown) that fit at least one situation, up to max. Questions about the reader's charge
// (a charge-* situation) come first: they are the only ones written for that charge. Then
// come the ones fitting more situations, then the stage's general ones.
func SelectQuestions(bank []guidance.Question, stage string, situations []string, max int) []string {
	var stages []string
	if stage != Unknown {
		stages = []string{stage}
	}
	return selectQuestions(bank, stages, situations, max)
}

// selectQuestions is SelectQuestions for a stage that stands for several question-bank
// stages (bank_stages); nil stages takes any stage.
func selectQuestions(bank []guidance.Question, stages []string, situations []string, max int) []string {
	type scored struct {
		id    string
		score int
		order int
	}
	var picks []scored
	for i, q := range bank {
		if stages != nil && !slices.ContainsFunc(stages, func(s string) bool { return slices.Contains(q.Stages, s) }) {
			continue
		}
		score := 0
		for _, s := range q.Situations {
			if slices.Contains(situations, s) {
				score++
				if strings.HasPrefix(s, "charge-") {
					score += chargeFirst
				}
			}
		}
		if score == 0 && len(situations) > 0 {
			continue
		}
		picks = append(picks, scored{q.ID, score, i})
	}
	slices.SortStableFunc(picks, func(a, b scored) int {
		if a.score != b.score {
			return b.score - a.score
		}
		return a.order - b.order
	})
	var out []string
	for _, p := range picks {
		if len(out) == max {
			break
		}
		out = append(out, p.id)
	}
	return out
}
