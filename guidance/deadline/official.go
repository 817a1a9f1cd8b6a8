package deadline

import "github.com/6tail/lunar-go/HolidayUtil"

// Official is the State Council's published holiday schedule: public holidays (节假日) and
// the weekend days made official working days to make up for them (调休). The data comes
// from github.com/6tail/lunar-go's HolidayUtil. Days of a year outside Years are counted as
// Weekends does, and Covers reports false for that year, so a plan can say so.
type Official struct{}

// Years of the schedule this calendar trusts: from 2002, the first whole year in the
// library's data, to LastCheckedYear. lunar-go v1.4.7 also carries 2027, but that year was
// not checked against the State Council's notice (legal-facts.md, PART F item 16), so it is
// left out until someone checks it.
const (
	FirstYear       = 2002
	LastCheckedYear = 2026
)

// Covers reports whether the schedule of year is known.
func (Official) Covers(year int) bool { return year >= FirstYear && year <= LastCheckedYear }

// IsWorkingDay is false on a public holiday and true on a make-up working day; otherwise,
// and in a year the schedule does not cover, Monday to Friday.
func (o Official) IsWorkingDay(d Date) bool {
	if o.Covers(d.Year) {
		if h := HolidayUtil.GetHolidayByYmd(d.Year, int(d.Month), d.Day); h != nil {
			return h.IsWork()
		}
	}
	return Weekends{}.IsWorkingDay(d)
}

// Holiday names the public holiday d falls in ("国庆节"), or "" when d is no holiday or
// is a make-up working day.
func (o Official) Holiday(d Date) string {
	if !o.Covers(d.Year) {
		return ""
	}
	if h := HolidayUtil.GetHolidayByYmd(d.Year, int(d.Month), d.Day); h != nil && !h.IsWork() {
		return h.GetName()
	}
	return ""
}

// Coverage is a calendar that can say for which years it knows the days off. A calendar
// without it is taken to know them for every year.
type Coverage interface {
	Covers(year int) bool
}

// Covers reports whether cal knows the days off of year: false for Weekends (which knows
// no public holidays), the calendar's own answer for a Coverage, and true otherwise.
func Covers(cal Calendar, year int) bool {
	switch c := cal.(type) {
	case nil, Weekends:
		return false
	case Coverage:
		return c.Covers(year)
	}
	return true
}

// IsDayOff reports whether d is not a working day in cal (a weekend day when cal is nil).
func IsDayOff(cal Calendar, d Date) bool {
	if cal == nil {
		cal = Weekends{}
	}
	return !cal.IsWorkingDay(d)
}
