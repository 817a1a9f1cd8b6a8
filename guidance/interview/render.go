package interview

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// General words a rendered plan needs, by key, in <lang>/interview.toml's [general] table.
var generalKeys = []string{
	"where", "dates", "rights", "options", "actions", "questions", "check",
	"counting", "custody", "moved", "month-end", "schedule-unknown", "extensions", "source",
	"note-future-date", "note-date-order", "note-not-applicable", "read-more", "not-advice",
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
}

// StageView is one step of the road of a case.
type StageView struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Who     string `json:"who"`
	Current bool   `json:"current"`
}

// DateView is a key date in words.
type DateView struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Normal  string   `json:"normal"`
	Longest string   `json:"longest,omitempty"`
	Details []string `json:"details"`
	Source  string   `json:"source"`
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

// FormatDate writes a date the way readers of lang expect.
func FormatDate(d deadline.Date, lang guidance.Lang) string {
	if lang.IsChinese() {
		return fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
	}
	return d.T().Format("2 Jan 2006")
}

func fill(text string, data map[string]string) string {
	t, err := template.New("").Option("missingkey=zero").Parse(text)
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
	for _, s := range guidance.Stages() {
		st := t.Stage[s]
		r.Road = append(r.Road, StageView{ID: s, Name: st.Name, Who: st.Who, Current: s == p.Stage})
	}
	for _, k := range p.Dates {
		normal := FormatDate(k.Normal.Last, lang)
		dv := DateView{ID: k.Rule.ID, Normal: normal}
		data := map[string]string{"Normal": normal}
		if k.Rule.HasLongest() {
			dv.Longest = FormatDate(k.Longest.Last, lang)
			data["Longest"] = dv.Longest
		}
		dv.Text = fill(t.Date[k.Rule.ID].Text, data)
		from := FormatDate(k.From, lang)
		dv.Details = append(dv.Details, fill(t.General["counting"], map[string]string{"From": from}))
		if k.Custody {
			dv.Details = append(dv.Details, t.General["custody"])
		}
		for _, res := range []deadline.Result{k.Normal, k.Longest} {
			if !res.MovedFrom.IsZero() {
				dv.Details = append(dv.Details, fill(t.General["moved"], map[string]string{
					"From": FormatDate(res.MovedFrom, lang), "To": FormatDate(res.Last, lang)}))
			}
			if res.MonthEnd {
				dv.Details = append(dv.Details, t.General["month-end"])
			}
			if res.ScheduleUnknown {
				dv.Details = append(dv.Details, fill(t.General["schedule-unknown"], map[string]string{"Year": fmt.Sprint(res.Last.Year)}))
			}
		}
		dv.Details = append(dv.Details, t.General["extensions"])
		if lib != nil {
			if cites, err := lib.Citations([]string{k.Rule.Source}, lang); err == nil && len(cites) > 0 {
				dv.Source = fill(t.General["source"], map[string]string{
					"Citation": cites[0].Text, "Checked": cites[0].Checked.Format("2006-01-02")})
			}
		}
		r.Dates = append(r.Dates, dv)
	}
	for _, it := range p.Items {
		x := t.Item[it.ID]
		text := x.Text
		if other && x.TextOther != "" {
			text = x.TextOther
		}
		title := x.Title
		if other && x.TitleOther != "" {
			title = x.TitleOther
		}
		v := ItemView{ID: it.ID, Title: title, Text: text, Topic: it.Topic, TopicTitle: it.Topic}
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
		r.Notes = append(r.Notes, fill(t.General["note-"+n.ID], map[string]string{"Fields": strings.Join(names, " / ")}))
	}
	r.Footer = []string{t.General["not-advice"]}
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

func (iv *Interview) questionText(t *Texts, id string, other bool) string {
	qt := t.Question[id]
	if other && qt.TextOther != "" {
		return "“" + qt.TextOther + "”"
	}
	return "“" + qt.Text + "”"
}
