package deadline

import (
	"testing"
	"time"
)

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestEnd(t *testing.T) {
	// 2026-10-01 to 10-07 off, 2026-10-10 (Saturday) a make-up working day: an injected
	// calendar, not a claim about the official 2026 holidays
	cal := Holidays{Off: map[Date]bool{}, Working: map[Date]bool{{2026, 10, 10}: true}}
	for d := 1; d <= 7; d++ {
		cal.Off[Date{2026, 10, d}] = true
	}
	tests := []struct {
		name     string
		start    string
		p        Period
		cal      Calendar
		want     string
		moved    bool
		monthEnd bool
	}{
		{"fact sheet example: 37 days in custody", "2026-11-10", Period{37, Days, true}, Weekends{}, "2026-12-17", false, false},
		{"first day not counted", "2026-05-01", Period{10, Days, false}, nil, "2026-05-11", false, false},
		{"3 + 7 days in custody", "2026-11-10", Period{10, Days, true}, Weekends{}, "2026-11-20", false, false},
		{"custody period ends on a Saturday and stays", "2026-11-11", Period{10, Days, true}, Weekends{}, "2026-11-21", false, false},
		{"appeal period ending on Saturday moves to Monday", "2026-11-11", Period{10, Days, false}, Weekends{}, "2026-11-23", true, false},
		{"ending in a holiday week moves past it", "2026-09-25", Period{7, Days, false}, cal, "2026-10-08", true, false},
		{"make-up Saturday is a working day", "2026-09-30", Period{10, Days, false}, cal, "2026-10-10", false, false},
		{"one month", "2026-03-01", Period{1, Months, true}, Weekends{}, "2026-04-01", false, false},
		{"one month from 31 January, leap year", "2028-01-31", Period{1, Months, true}, Weekends{}, "2028-02-29", false, true},
		{"one month from 31 January, common year", "2027-01-31", Period{1, Months, true}, Weekends{}, "2027-02-28", false, true},
		{"two months across the year end", "2026-11-30", Period{2, Months, true}, Weekends{}, "2027-01-30", false, false},
		{"29 February plus 12 months", "2028-02-29", Period{12, Months, true}, Weekends{}, "2029-02-28", false, true},
		{"month end on a Sunday, not custody", "2026-04-30", Period{1, Months, false}, Weekends{}, "2026-06-01", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := End(mustDate(t, tt.start), tt.p, tt.cal)
			if r.Last.String() != tt.want || !r.MovedFrom.IsZero() != tt.moved || r.MonthEndGuess != tt.monthEnd {
				t.Errorf("End = %s (moved from %v, month end %v), want %s (moved %v, month end %v)",
					r.Last, r.MovedFrom, r.MonthEndGuess, tt.want, tt.moved, tt.monthEnd)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for _, bad := range []string{"2026-02-30", "2026-13-01", "25/11/2026", "", "2026-1-5"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
	if d := mustDate(t, "2028-02-29"); d.Weekday() != time.Tuesday {
		t.Errorf("2028-02-29 is a %v", d.Weekday())
	}
}

func FuzzEnd(f *testing.F) {
	f.Add(2026, 11, 10, 37, false, true)
	f.Add(2028, 1, 31, 1, true, false)
	f.Fuzz(func(t *testing.T, y, m, d, n int, months, custody bool) {
		if y < 1900 || y > 2200 || n < 0 || n > 400 {
			return
		}
		start := DateOf(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC))
		unit := Days
		if months {
			unit = Months
		}
		r := End(start, Period{n, unit, custody}, Weekends{})
		if r.Last.Before(start) {
			t.Errorf("end %s before start %s", r.Last, start)
		}
		if custody && !r.MovedFrom.IsZero() {
			t.Error("custody period moved for a holiday")
		}
		if !custody && !(Weekends{}).IsWorkingDay(r.Last) {
			t.Errorf("period ends on a day off: %s", r.Last)
		}
	})
}
