// Package deadline counts statutory periods the way PRC Criminal Procedure Law Art. 105
// says: the day a period starts on is not counted; a period in days ends n days later; a
// period in months ends on the same day of the month n months later; and a period whose
// last day is not a working day ends on the next working day — except while the person is
// in custody, when the period ends on its last day whatever day that is.
//
// Holidays come from a Calendar, so tests and later content can supply official holiday
// lists; the default knows only weekends.
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
	Custody bool // runs while the person is held: not extended for holidays (CPL Art. 105)
}

// Result is the end of a period and how it was reached.
type Result struct {
	Last          Date // the last day of the period
	MovedFrom     Date // set when a holiday moved the last day; the day it would have been
	MonthEndGuess bool // the start day does not exist in the end month: the last day of that month is used; ask the lawyer
}

// End is the last day of period p that starts on start.
func End(start Date, p Period, cal Calendar) Result {
	var r Result
	switch p.Unit {
	case Months:
		r.Last, r.MonthEndGuess = addMonths(start, p.N)
	default:
		r.Last = start.AddDays(p.N)
	}
	if p.Custody || cal == nil {
		return r
	}
	for d := r.Last; !cal.IsWorkingDay(d); d = d.AddDays(1) {
		r.MovedFrom = r.Last
		r.Last = d.AddDays(1)
	}
	return r
}

// addMonths is the same day n months later; when that month is too short, its last day.
func addMonths(d Date, n int) (Date, bool) {
	y, m := d.Year, int(d.Month)-1+n
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	month := time.Month(m + 1)
	last := time.Date(y, month+1, 0, 12, 0, 0, 0, time.UTC).Day()
	if d.Day > last {
		return Date{y, month, last}, true
	}
	return Date{y, month, d.Day}, false
}
