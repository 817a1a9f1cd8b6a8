package interview

import (
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// Timeline is the plan's key dates as a picture, without drawing: the stages of the case
// in order with the current one marked, and one row per key date on a shared time axis.
// Positions are fractions of the axis, 0 at Start and 1 at End. ui/timeline.go draws it
// on screen and Rendered.HTML as an inline SVG.
type Timeline struct {
	Stages     []StageView   `json:"stages"`
	Start      string        `json:"start"` // the first day on the axis, in words
	End        string        `json:"end"`   // the last day on the axis, in words
	Today      float64       `json:"today"` // where today is
	TodayLabel string        `json:"today_label"`
	Rows       []TimelineRow `json:"rows"`
}

// TimelineRow is one key date: counted from From, due at Normal, and, where the law allows
// extensions, possibly as late as Longest (the band from Normal to Longest).
type TimelineRow struct {
	ID          string  `json:"id"`
	Label       string  `json:"label"`
	From        float64 `json:"from"`
	Normal      float64 `json:"normal"`
	Longest     float64 `json:"longest"` // equal to Normal when there is no extension
	NormalDate  string  `json:"normal_date"`
	LongestDate string  `json:"longest_date,omitempty"`
	FileBy      bool    `json:"file_by,omitempty"` // a deadline the accused or the family must meet
	Past        bool    `json:"past,omitempty"`    // the normal date is before today
}

// shortDate writes a date for a tick label: 11月20日 / 20 Nov / 20.11., with the year only when it
// is not the year of today.
func shortDate(d, today deadline.Date, lang guidance.Lang) string {
	zh := lang == guidance.LangZhHans || lang == guidance.LangZhHant
	switch {
	case zh && d.Year == today.Year:
		return d.T().Format("1月2日")
	case zh:
		return d.T().Format("2006年1月2日")
	case lang == guidance.LangDe && d.Year == today.Year:
		return d.T().Format("2.1.")
	case lang == guidance.LangDe:
		return d.T().Format("2.1.2006")
	case d.Year == today.Year:
		return d.T().Format("2 Jan")
	}
	return d.T().Format("2 Jan 2006")
}

// Timeline lays out the plan's key dates. r is the plan in words (for the labels and the
// stage names); today is marked on the axis.
func (iv *Interview) Timeline(p Plan, r Rendered, today deadline.Date) Timeline {
	tl := Timeline{Stages: r.Road}
	if t := iv.Texts[r.Lang]; t != nil {
		tl.TodayLabel = t.General["today"] + " " + shortDate(today, today, r.Lang)
	}
	if len(p.Dates) == 0 {
		return tl
	}
	first, last := today, today
	for _, k := range p.Dates {
		if k.From.Before(first) {
			first = k.From
		}
		if l := k.Longest().Last; l.After(last) {
			last = l
		}
	}
	span := float64(days(first, last))
	if span < 1 {
		span = 1
	}
	pos := func(d deadline.Date) float64 { return float64(days(first, d)) / span }
	tl.Start, tl.End = FormatDate(first, r.Lang), FormatDate(last, r.Lang)
	tl.Today = pos(today)
	for i, k := range p.Dates {
		row := TimelineRow{ID: k.Rule.ID, From: pos(k.From), Normal: pos(k.Normal.Last), Longest: pos(k.Longest().Last),
			NormalDate: shortDate(k.Normal.Last, today, r.Lang), FileBy: k.Rule.FileBy(), Past: k.Normal.Last.Before(today)}
		if i < len(r.Dates) {
			row.Label = r.Dates[i].Label
		}
		if len(k.Steps) > 0 {
			row.LongestDate = shortDate(k.Longest().Last, today, r.Lang)
		}
		tl.Rows = append(tl.Rows, row)
	}
	return tl
}

// days is the number of days from a to b.
func days(a, b deadline.Date) int { return int(b.T().Sub(a.T()).Hours()/24 + 0.5) }
