// Package deadline counts statutory periods by the rule of a jurisdiction (Rule).
//
// Mainland China (CPL105), the way PRC Criminal Procedure Law Art. 105 and SPC Interp.
// Art. 202 say: the day a period starts on is not counted; a period in days ends n days
// later; a period in months ends on the same day of the month n months later, or on the
// last day of that month when the period starts on the last day of a month or the same day
// does not exist there; and a period whose last day is a day off ends on the next working
// day — except while the person is in custody, when the period ends on its last day
// whatever day that is.
//
// The United States (FRAP26), Germany (StPO43) and Taiwan (TWCivil) also leave the day of
// the event out and end a week period on the same weekday; their months are in AddMonthsBy.
// Their laws move a last day that falls on a weekend or public holiday, but the app knows
// no public holidays there, so their periods are never moved: the plan shows the unmoved
// last day and says the law may move it.
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
	Weeks // n weeks end on the same weekday n weeks later: 7n days
)

// Rule is how a jurisdiction counts a period.
type Rule int

// Counting rules. Every one leaves out the day of the event the period runs from.
const (
	// CPL105 is mainland China: PRC CPL Art. 105 and SPC Interp. Art. 202. A last day that
	// is a day off moves to the next working day, unless the person is held.
	CPL105 Rule = iota
	// FRAP26 is the US federal rule: FRAP 26(a)(1) excludes the day of the event and counts
	// every day. Its move of a last day on a weekend or legal holidays (26(a)(1)(C)) is not
	// applied: the last day is shown unmoved.
	FRAP26
	// StPO43 is Germany: StPO § 42 for days; § 43 para 1 for weeks and months, which end on
	// the day named or numbered like the day of the event, or on the last day of a month
	// that has no such day. The move of § 43 para 2 is not applied.
	StPO43
	// TWCivil is Taiwan: Code of Criminal Procedure Art. 65 applies the Civil Code. Art. 120
	// para 2 leaves out the first day; Art. 121 para 2 ends weeks and months on the day
	// before the day that corresponds to the day counting began (the day after the event),
	// or on the last day of a last month that has no such day. The move of Art. 122 is not
	// applied.
	TWCivil
)

// Moves reports whether the rule moves a last day that is a day off (outside custody):
// only CPL105, the one rule whose days off the app knows.
func (r Rule) Moves() bool { return r == CPL105 }

// Period is a legal time limit.
type Period struct {
	N       int
	Unit    Unit
	Custody bool // runs while the person is held: not extended for holidays (CPL Art. 105 para 4)
	FileBy  bool // a deadline the accused or the family must meet: never moved, so it is safe to act by
	Rule    Rule // how to count; the zero value is mainland China's
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
		r.Last, r.MonthEnd = AddMonthsBy(p.Rule, start, p.N)
	case Weeks:
		r.Last = start.AddDays(7 * p.N)
	default:
		r.Last = start.AddDays(p.N)
	}
	if p.Custody || p.FileBy || !p.Rule.Moves() {
		r.DayOff = IsDayOff(cal, r.Last)
		r.ScheduleUnknown = (p.FileBy || !p.Rule.Moves()) && !Covers(cal, r.Last.Year)
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

// AddMonthsBy counts n months from the day of the event d by rule. CPL105 is AddMonths.
// StPO43 (and FRAP26, which has no months of its own) ends on the same day number, or on
// the last day of a month that has none (then monthEnd is true): 31 January + 1 month is
// the last day of February, but 30 April + 1 month is 30 May. TWCivil counts from the day
// after d and ends the day before the same day number n months on, or on the last day of
// that month when it has no such day (monthEnd): 28 February 2025 + 1 month is 31 March.
func AddMonthsBy(rule Rule, d Date, n int) (end Date, monthEnd bool) {
	switch rule {
	case CPL105:
		return AddMonths(d, n)
	case TWCivil:
		begin := d.AddDays(1)
		y, m := addMonth(begin.Year, begin.Month, n)
		if begin.Day > daysIn(y, m) {
			return Date{y, m, daysIn(y, m)}, true
		}
		return Date{y, m, begin.Day}.AddDays(-1), false
	default:
		y, m := addMonth(d.Year, d.Month, n)
		if d.Day > daysIn(y, m) {
			return Date{y, m, daysIn(y, m)}, true
		}
		return Date{y, m, d.Day}, false
	}
}

// addMonth is the month n months after month m of year y.
func addMonth(y int, m time.Month, n int) (int, time.Month) {
	i := int(m) - 1 + n
	y += i / 12
	i %= 12
	if i < 0 {
		i += 12
		y--
	}
	return y, time.Month(i + 1)
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day() }
