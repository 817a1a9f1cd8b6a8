package interview

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// General words every rendered plan needs, by key, in <lang>/interview.toml's [general]
// table; generalKeys adds the ones that depend on the counting rule.
var commonKeys = []string{
	"where", "dates", "rights", "options", "actions", "questions", "check",
	"counting", "file-by", "file-by-day-off", "source",
	"note-future-date", "note-date-order", "note-not-applicable", "read-more", "not-advice",
	"date-form", "date-year", "date-month", "date-day", "today", "timeline", "note-passed", "note-file-by-passed",
}

// generalKeys are the [general] words this walkthrough needs. Mainland China's counting
// moves dates for days off and knows custody, so it needs words for both; the others show
// every last day unmoved and need "unmoved" (that the law may move it, and to ask). A
// walkthrough with a period in months says when one ends on a month's last day.
func (iv *Interview) generalKeys() []string {
	keys := slices.Clone(commonKeys)
	if iv.Rule().Moves() {
		keys = append(keys, "custody", "custody-unknown", "moved", "schedule-unknown", "file-by-schedule-unknown", "posted")
	} else {
		keys = append(keys, "unmoved")
	}
	for _, d := range iv.Dates {
		months := d.Months > 0
		for _, e := range d.Extend {
			months = months || e.Months > 0
		}
		if months {
			return append(keys, "month-end")
		}
	}
	return keys
}

// DateProblem says in lang, in plain words, why a typed date was refused (err from
// deadline.Read).
func (iv *Interview) DateProblem(err error, lang guidance.Lang) string {
	t := iv.Texts[lang]
	if t == nil {
		return err.Error()
	}
	var de *deadline.DateError
	if !errors.As(err, &de) {
		return t.General["date-form"]
	}
	month := fmt.Sprint(de.Month)
	if !lang.IsChinese() && de.Month >= 1 && de.Month <= 12 {
		month = monthName(de.Month, lang)
	}
	days := ""
	if de.Month >= 1 && de.Month <= 12 {
		days = fmt.Sprint(deadline.DaysIn(de.Year, time.Month(de.Month)))
	}
	return fill(t.General["date-"+de.Problem], map[string]string{
		"Year": fmt.Sprint(de.Year), "Month": month, "Day": fmt.Sprint(de.Day), "Days": days})
}

// Rendered is a plan in words, ready to show or print.
type Rendered struct {
	Lang      guidance.Lang     `json:"lang"`
	Headings  map[string]string `json:"headings"`
	Road      []StageView       `json:"road"`
	Dates     []DateView        `json:"dates"`
	Rights    []ItemView        `json:"rights"`
	Options   []ItemView        `json:"options"`
	Actions   []ItemView        `json:"actions"`
	Questions []QuestionView    `json:"questions"`
	Notes     []string          `json:"notes"`
	Footer    []string          `json:"footer"`
	Timeline  Timeline          `json:"timeline"`
}

// StageView is one step of the road of a case.
type StageView struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Who     string `json:"who"`
	Current bool   `json:"current"`
}

// DateView is a key date in words. Details are every line to show under Text, in order:
// the extensions (Steps), the one line on what can move or restart the date (Moves), and
// how it was counted.
type DateView struct {
	ID      string     `json:"id"`
	Label   string     `json:"label"`
	Text    string     `json:"text"`
	Normal  string     `json:"normal"`
	Longest string     `json:"longest,omitempty"` // the end of the last extension
	FileBy  bool       `json:"file_by,omitempty"` // a deadline the accused or the family must meet
	Steps   []StepView `json:"steps,omitempty"`
	Moves   string     `json:"moves,omitempty"`
	Details []string   `json:"details"`
	Source  string     `json:"source"`
}

// StepView is one extension the law allows, with the date it would end and its source.
type StepView struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Source string `json:"source"`
}

// ItemView is a plan item in words, with the topic it comes from.
type ItemView struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Gain   string `json:"gain,omitempty"`
	Cost   string `json:"cost,omitempty"`
	Lawyer string `json:"lawyer,omitempty"`
	Topic  string `json:"topic"`
	// TopicTitle is the title of the topic the item comes from, in the plan's language.
	TopicTitle string `json:"topic_title"`
}

// QuestionView is a question for the lawyer from the bank.
type QuestionView struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Why   string `json:"why"`
	Topic string `json:"topic"`
}

// germanMonths and germanDays name months and weekdays in German (time names them in
// English only).
var (
	germanMonths = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
		"August", "September", "Oktober", "November", "Dezember"}
	germanDays = []string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}
)

// monthName names month m (1-12) in lang: German or English.
func monthName(m int, lang guidance.Lang) string {
	if lang == guidance.LangDe {
		return germanMonths[m-1]
	}
	return time.Month(m).String()
}

// FormatDate writes a date the way readers of lang expect. German names the weekday
// ("Dienstag, 8. Dezember 2026"): § 43 StPO ends a week period on the same weekday.
func FormatDate(d deadline.Date, lang guidance.Lang) string {
	switch {
	case lang.IsChinese():
		return lang.WriteDate(d.T())
	case lang == guidance.LangDe && d.Month >= time.January && d.Month <= time.December:
		return fmt.Sprintf("%s, %d. %s %d", germanDays[d.Weekday()], d.Day, germanMonths[d.Month-1], d.Year)
	}
	return d.T().Format("2 Jan 2006")
}

func fill(text string, data map[string]string) string { return fillCite(text, data, nil) }

// fillCite fills a template that may name sources with {{cite "id"}}.
func fillCite(text string, data map[string]string, cite func(string) string) string {
	if cite == nil {
		cite = func(id string) string { return id }
	}
	t, err := template.New("").Option("missingkey=zero").Funcs(template.FuncMap{"cite": cite}).Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return text
	}
	return b.String()
}

// Render puts a plan into words in lang. lib resolves question-bank questions and sources.
func (iv *Interview) Render(p Plan, lang guidance.Lang, lib guidance.Library) (Rendered, error) {
	t := iv.Texts[lang]
	if t == nil {
		return Rendered{}, fmt.Errorf("walkthrough has no words in %s", lang)
	}
	other := p.Role == "family" || p.Role == "helper"
	r := Rendered{Lang: lang, Headings: map[string]string{}}
	for _, k := range []string{"where", "dates", "rights", "options", "actions", "questions", "check", "read-more"} {
		r.Headings[k] = t.General[k]
	}
	for _, s := range iv.Stages() {
		st := t.Stage[s]
		r.Road = append(r.Road, StageView{ID: s, Name: st.Name, Who: st.Who, Current: s == p.Stage})
	}
	cites := map[string]guidance.Citation{}
	cite := func(id string) string {
		if c, ok := cites[id]; ok {
			return c.Text
		}
		if lib != nil {
			if cs, err := lib.Citations([]string{id}, lang); err == nil && len(cs) > 0 {
				cites[id] = cs[0]
				return cs[0].Text
			}
		}
		return id
	}
	sep := " "
	if lang == guidance.LangZhHans || lang == guidance.LangZhHant {
		sep = ""
	}
	for _, k := range p.Dates {
		dt := t.Date[k.Rule.ID]
		normal := FormatDate(k.Normal.Last, lang)
		dv := DateView{ID: k.Rule.ID, Label: dt.Label, Normal: normal, FileBy: k.Rule.FileBy()}
		dv.Text = fillCite(dt.Text, map[string]string{"Normal": normal}, cite)
		for i, e := range k.Rule.Extend {
			d := FormatDate(k.Steps[i].Last, lang)
			sv := StepView{ID: e.ID, Date: d, Source: cite(e.Source)}
			sv.Text = fillCite(dt.Extend[e.ID], map[string]string{"Date": d, "Cite": sv.Source}, cite)
			dv.Steps = append(dv.Steps, sv)
			dv.Details = append(dv.Details, sv.Text)
			dv.Longest = d
		}
		// the one line on what can move, restart or extend the date
		var moves []string
		switch {
		case !iv.Rule().Moves():
			// no days off known but weekends: nothing is moved, and the plan says the law may
			if k.Rule.FileBy() {
				moves = append(moves, t.General["file-by"])
				if k.Normal.DayOff {
					moves = append(moves, t.General["file-by-day-off"])
				}
			}
			moves = append(moves, fillCite(t.General["unmoved"], nil, cite))
		case k.Rule.FileBy():
			moves = append(moves, t.General["file-by"])
			if k.Normal.DayOff {
				moves = append(moves, t.General["file-by-day-off"])
			} else if k.Normal.ScheduleUnknown {
				moves = append(moves, fill(t.General["file-by-schedule-unknown"], map[string]string{"Year": fmt.Sprint(k.Normal.Last.Year)}))
			}
		case k.MaybeHeld:
			moves = append(moves, t.General["custody-unknown"])
		case k.Custody:
			moves = append(moves, t.General["custody"])
		default:
			if !k.Normal.MovedFrom.IsZero() {
				moves = append(moves, fill(t.General["moved"], map[string]string{
					"From": FormatDate(k.Normal.MovedFrom, lang), "To": normal}))
			}
			for _, res := range append([]deadline.Result{k.Normal}, k.Steps...) {
				if res.ScheduleUnknown {
					moves = append(moves, fill(t.General["schedule-unknown"], map[string]string{"Year": fmt.Sprint(res.Last.Year)}))
					break
				}
			}
		}
		if dt.Moves != "" {
			moves = append(moves, fillCite(dt.Moves, nil, cite))
		}
		dv.Moves = strings.Join(moves, sep)
		if dv.Moves != "" {
			dv.Details = append(dv.Details, dv.Moves)
		}
		posted := t.General["posted"]
		if dt.Posted != "" {
			posted = dt.Posted
		}
		if k.Rule.FileBy() && posted != "" {
			dv.Details = append(dv.Details, fillCite(posted, nil, cite))
		}
		if dt.Note != "" {
			dv.Details = append(dv.Details, fillCite(dt.Note, nil, cite))
		}
		dv.Details = append(dv.Details, fill(t.General["counting"], map[string]string{"From": FormatDate(k.From, lang)}))
		if k.FromFallback {
			dv.Details = append(dv.Details, fillCite(dt.Fallback, nil, cite))
		}
		if k.Normal.MonthEnd {
			dv.Details = append(dv.Details, t.General["month-end"])
		}
		if lib != nil {
			var texts []string
			var checked time.Time
			for _, id := range k.Rule.Sources() {
				cite(id)
				c, ok := cites[id]
				if !ok {
					continue
				}
				texts = append(texts, c.Text)
				if checked.IsZero() || c.Checked.Before(checked) {
					checked = c.Checked
				}
			}
			if len(texts) > 0 {
				list := strings.Join(texts, "; ")
				if sep == "" {
					list = strings.Join(texts, "；")
				}
				dv.Source = fill(t.General["source"], map[string]string{"Citation": list, "Checked": lang.WriteDate(checked)})
			}
		}
		r.Dates = append(r.Dates, dv)
	}
	for _, it := range p.Items {
		x := t.Item[it.ID].For(other)
		v := ItemView{ID: it.ID, Title: x.Title, Text: x.Text, Topic: it.Topic, TopicTitle: it.Topic}
		if lib != nil {
			if tp, err := lib.Topic(it.Topic, lang); err == nil {
				v.TopicTitle = tp.Title
			}
		}
		switch it.Section {
		case SectionRights:
			r.Rights = append(r.Rights, v)
		case SectionOptions:
			v.Gain, v.Cost, v.Lawyer = x.Gain, x.Cost, x.Lawyer
			r.Options = append(r.Options, v)
		default:
			r.Actions = append(r.Actions, v)
		}
	}
	if lib != nil {
		for _, id := range p.Questions {
			q, err := lib.Question(id, lang)
			if err != nil {
				continue
			}
			r.Questions = append(r.Questions, QuestionView{ID: q.ID, Text: q.Text, Why: q.Why, Topic: q.Topic})
		}
	}
	for _, n := range p.Notes {
		var names []string
		for _, f := range n.Fields {
			names = append(names, iv.questionText(t, f, other))
		}
		text := t.General["note-"+n.ID]
		if dt := t.Date[n.Date]; dt.Passed != "" && (n.ID == NotePassed || n.ID == NoteFileByPassed) {
			text = dt.Passed
		}
		on := ""
		if !n.On.IsZero() { // only the notes that a date has passed have a day
			on = FormatDate(n.On, lang)
		}
		r.Notes = append(r.Notes, fill(text, map[string]string{"Fields": strings.Join(names, " / "),
			"Date": t.Date[n.Date].Label, "On": on}))
	}
	r.Footer = []string{t.General["not-advice"]}
	r.Headings["timeline"] = t.General["timeline"]
	r.Timeline = iv.Timeline(p, r, p.Today)
	return r, nil
}

// QuestionText is how question id is asked in lang, for the reader's role.
func (iv *Interview) QuestionText(id string, lang guidance.Lang, role string) QuestionText {
	t := iv.Texts[lang]
	if t == nil {
		return QuestionText{Text: id}
	}
	qt := t.Question[id]
	if (role == "family" || role == "helper") && qt.TextOther != "" {
		qt.Text = qt.TextOther
	}
	return qt
}

// questionText is a question quoted for a note: in “…”, or in the quote marks of
// general.quote-open and quote-close (「…」 in Taiwan).
func (iv *Interview) questionText(t *Texts, id string, other bool) string {
	openQ, closeQ := "“", "”"
	if t.General["quote-open"] != "" && t.General["quote-close"] != "" {
		openQ, closeQ = t.General["quote-open"], t.General["quote-close"]
	}
	qt := t.Question[id]
	if other && qt.TextOther != "" {
		return openQ + qt.TextOther + closeQ
	}
	return openQ + qt.Text + closeQ
}
