// Package deadline counts statutory periods the way PRC Criminal Procedure Law Art. 105
// and SPC Interp. Art. 202 say: the day a period starts on is not counted; a period in days
// ends n days later; a period in months ends on the same day of the month n months later,
// or on the last day of that month when the period starts on the last day of a month or
// the same day does not exist there; and a period whose last day is a day off ends on the
// next working day — except while the person is in custody, when the period ends on its
// last day whatever day that is.
//
// A deadline the accused or the family must meet is never moved: the plan shows its last
// day as the day to act by.
//
// Days off come from a Calendar: Official is the State Council's schedule of public
// holidays and make-up working days; Weekends knows only Saturdays and Sundays.
package deadline

import (
	"fmt"
	"time"
)

// Date is a calendar day, without time of day or zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads YYYY-MM-DD and rejects days that do not exist (2026-02-30).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD: %w", s, err)
	}
	return DateOf(t), nil
}

// DateOf is the calendar day of t in its own zone.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

func (d Date) t() time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// T is the date at noon UTC.
func (d Date) T() time.Time { return d.t() }

// String is YYYY-MM-DD.
func (d Date) String() string { return d.t().Format(time.DateOnly) }

// AddDays is the day n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.t().AddDate(0, 0, n)) }

// Weekday is the day of the week.
func (d Date) Weekday() time.Weekday { return d.t().Weekday() }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.t().Before(e.t()) }

// After reports whether d is later than e.
func (d Date) After(e Date) bool { return d.t().After(e.t()) }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == Date{} }

// Calendar says which days are working days.
type Calendar interface {
	IsWorkingDay(Date) bool
}

// Weekends is a calendar where Saturdays and Sundays are the only days off. Official public
// holidays and the weekend days moved to make up for them differ every year; supply them
// with Holidays.
type Weekends struct{}

// IsWorkingDay is Monday to Friday.
func (Weekends) IsWorkingDay(d Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// Holidays is a calendar of weekends plus listed days off and listed make-up working days
// (调休).
type Holidays struct {
	Off     map[Date]bool // public holidays
	Working map[Date]bool // weekend days that are working days
}

// IsWorkingDay applies the lists, then the weekend rule.
func (h Holidays) IsWorkingDay(d Date) bool {
	switch {
	case h.Off[d]:
		return false
	case h.Working[d]:
		return true
	}
	return Weekends{}.IsWorkingDay(d)
}

// Unit is what a period is counted in.
type Unit int

// Units of a period.
const (
	Days Unit = iota
	Months
)

// Period is a legal time limit.
type Period struct {
	N       int
	Unit    Unit
	Custody bool // runs while the person is held: not extended for holidays (CPL Art. 105 para 4)
	FileBy  bool // a deadline the accused or the family must meet: never moved, so it is safe to act by
}

// Result is the end of a period and how it was reached.
type Result struct {
	Last      Date // the last day of the period
	MovedFrom Date // set when a day off moved the last day; the day it would have been
	// MonthEnd: the period ends on the last day of its month because it starts on the last
	// day of a month, or because the end month has no such day (SPC Interp. Art. 202).
	MonthEnd bool
	// DayOff: the last day is a day off and was not moved (a custody period or a deadline
	// to act by).
	DayOff bool
	// ScheduleUnknown: the calendar does not know the public holidays of the year the
	// period ends in; only weekends were counted. For a period that can move, the end
	// could be later; for a deadline to act by, its last day could be a holiday (DayOff
	// is then only known for weekends).
	ScheduleUnknown bool
}

// End is the last day of period p that starts on start.
func End(start Date, p Period, cal Calendar) Result {
	var r Result
	switch p.Unit {
	case Months:
		r.Last, r.MonthEnd = AddMonths(start, p.N)
	default:
		r.Last = start.AddDays(p.N)
	}
	if p.Custody || p.FileBy {
		r.DayOff = IsDayOff(cal, r.Last)
		r.ScheduleUnknown = p.FileBy && !Covers(cal, r.Last.Year)
		return r
	}
	if cal == nil {
		return r
	}
	if !cal.IsWorkingDay(r.Last) {
		r.MovedFrom = r.Last // the day the period would end: the plan names it
		for !cal.IsWorkingDay(r.Last) {
			r.Last = r.Last.AddDays(1)
		}
	}
	r.ScheduleUnknown = !Covers(cal, r.Last.Year) || (!r.MovedFrom.IsZero() && !Covers(cal, r.MovedFrom.Year))
	return r
}

// AddMonths counts n months from d by SPC Interp. Art. 202 para 1: to the same day n
// months later; to the last day of that month when d is the last day of its month or
// that month has no such day (then monthEnd is true).
func AddMonths(d Date, n int) (end Date, monthEnd bool) {
	y, m := d.Year, int(d.Month)-1+n
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	month := time.Month(m + 1)
	last := daysIn(y, month)
	if d.Day > last || d.Day == daysIn(d.Year, d.Month) {
		return Date{y, month, last}, true
	}
	return Date{y, month, d.Day}, false
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day() }
