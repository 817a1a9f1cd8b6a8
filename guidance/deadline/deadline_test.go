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
		{"fact sheet example: 37 days in custody", "2026-11-10", Period{N: 37, Unit: Days, Custody: true}, Weekends{}, "2026-12-17", false, false},
		{"first day not counted", "2026-05-01", Period{N: 10, Unit: Days, Custody: false}, nil, "2026-05-11", false, false},
		{"3 + 7 days in custody", "2026-11-10", Period{N: 10, Unit: Days, Custody: true}, Weekends{}, "2026-11-20", false, false},
		{"custody period ends on a Saturday and stays", "2026-11-11", Period{N: 10, Unit: Days, Custody: true}, Weekends{}, "2026-11-21", false, false},
		{"appeal period ending on Saturday moves to Monday", "2026-11-11", Period{N: 10, Unit: Days, Custody: false}, Weekends{}, "2026-11-23", true, false},
		{"ending in a holiday week moves past it", "2026-09-25", Period{N: 7, Unit: Days, Custody: false}, cal, "2026-10-08", true, false},
		{"make-up Saturday is a working day", "2026-09-30", Period{N: 10, Unit: Days, Custody: false}, cal, "2026-10-10", false, false},
		{"one month", "2026-03-01", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2026-04-01", false, false},
		{"one month from 31 January, leap year", "2028-01-31", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2028-02-29", false, true},
		{"one month from 31 January, common year", "2027-01-31", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2027-02-28", false, true},
		{"two months from the last day of November end on the last day of January", "2026-11-30", Period{N: 2, Unit: Months, Custody: true}, Weekends{}, "2027-01-31", false, true},
		{"one month from 30 June is 31 July (SPC Interp. Art. 202, review E4)", "2026-06-30", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2026-07-31", false, true},
		{"one month from 29 June is 29 July", "2026-06-29", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2026-07-29", false, false},
		{"one month from 28 February, common year, is 31 March", "2027-02-28", Period{N: 1, Unit: Months, Custody: true}, Weekends{}, "2027-03-31", false, true},
		{"two months from 31 August", "2026-08-31", Period{N: 2, Unit: Months, Custody: true}, Weekends{}, "2026-10-31", false, true},
		{"29 February plus 12 months", "2028-02-29", Period{N: 12, Unit: Months, Custody: true}, Weekends{}, "2029-02-28", false, true},
		{"month end on a Sunday, not custody", "2026-04-30", Period{N: 1, Unit: Months, Custody: false}, Weekends{}, "2026-06-01", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := End(mustDate(t, tt.start), tt.p, tt.cal)
			if r.Last.String() != tt.want || !r.MovedFrom.IsZero() != tt.moved || r.MonthEnd != tt.monthEnd {
				t.Errorf("End = %s (moved from %v, month end %v), want %s (moved %v, month end %v)",
					r.Last, r.MovedFrom, r.MonthEnd, tt.want, tt.moved, tt.monthEnd)
			}
		})
	}
}

// TestOfficialCalendar checks the State Council schedules of 2025 and 2026 as lunar-go
// carries them (legal-facts.md A18), on days a family could meet.
func TestOfficialCalendar(t *testing.T) {
	cal := Official{}
	for _, tt := range []struct {
		day     string
		working bool
		why     string
	}{
		{"2026-10-10", true, "Saturday, make-up working day for National Day 2026"},
		{"2026-09-20", true, "Sunday, make-up working day for National Day 2026"},
		{"2026-10-05", false, "Monday, National Day holiday 2026"},
		{"2026-10-08", true, "Thursday after National Day 2026"},
		{"2026-02-14", true, "Saturday, make-up working day for Spring Festival 2026"},
		{"2026-02-16", false, "Monday, Spring Festival 2026"},
		{"2026-01-04", true, "Sunday, make-up working day for New Year 2026"},
		{"2026-11-21", false, "an ordinary Saturday"},
		{"2025-10-11", true, "Saturday, make-up working day for National Day 2025"},
		{"2025-01-26", true, "Sunday, make-up working day for Spring Festival 2025"},
		{"2025-02-03", false, "Monday, Spring Festival 2025"},
		{"2025-06-02", false, "Monday, Dragon Boat Festival 2025"},
		{"2025-06-03", true, "an ordinary Tuesday"},
	} {
		if got := cal.IsWorkingDay(mustDate(t, tt.day)); got != tt.working {
			t.Errorf("%s (%s): working day %v, want %v", tt.day, tt.why, got, tt.working)
		}
	}
	if n := cal.Holiday(mustDate(t, "2026-10-05")); n != "国庆节" {
		t.Errorf("2026-10-05 is %q", n)
	}
	if n := cal.Holiday(mustDate(t, "2026-10-10")); n != "" {
		t.Errorf("a make-up working day is named %q", n)
	}
	for y, want := range map[int]bool{2001: false, 2002: true, 2025: true, 2026: true, 2027: false, 2030: false} {
		if cal.Covers(y) != want {
			t.Errorf("Covers(%d) = %v", y, !want)
		}
	}
	// a year the schedule lacks: weekends only
	if !cal.IsWorkingDay(mustDate(t, "2027-10-04")) || cal.IsWorkingDay(mustDate(t, "2027-10-09")) {
		t.Error("2027 is not counted by weekends only")
	}
}

func TestEndOnTheOfficialCalendar(t *testing.T) {
	cal := Official{}
	tests := []struct {
		name, start string
		p           Period
		want        string
		moved       bool
		dayOff      bool
		unknown     bool
	}{
		{"10 days ending on the make-up working Saturday 10 Oct 2026 stay there", "2026-09-30", Period{N: 10}, "2026-10-10", false, false, false},
		{"10 days ending on the make-up working Saturday 11 Oct 2025 stay there", "2025-10-01", Period{N: 10}, "2025-10-11", false, false, false},
		{"ending on Monday 5 Oct 2026, a holiday, moves past National Day", "2026-09-25", Period{N: 10}, "2026-10-08", true, false, false},
		{"ending on Monday 3 Feb 2025, Spring Festival, moves to 5 Feb", "2025-01-24", Period{N: 10}, "2025-02-05", true, false, false},
		{"ending on Monday 2 Jun 2025, Dragon Boat Festival, moves to 3 Jun", "2025-05-23", Period{N: 10}, "2025-06-03", true, false, false},
		{"a custody period ending on a holiday stays", "2026-09-25", Period{N: 10, Custody: true}, "2026-10-05", false, true, false},
		{"a deadline to act by ending on a holiday stays", "2026-09-25", Period{N: 10, FileBy: true}, "2026-10-05", false, true, false},
		{"a deadline to act by on a make-up Saturday is no day off", "2026-09-30", Period{N: 10, FileBy: true}, "2026-10-10", false, false, false},
		{"a year the schedule lacks: weekends only, and said so", "2027-09-24", Period{N: 10}, "2027-10-04", false, false, true},
		{"a year the schedule lacks does not matter in custody", "2027-09-24", Period{N: 10, Custody: true}, "2027-10-04", false, false, false},
		{"a deadline to act by in a year the schedule lacks says so: its day may be a holiday", "2027-09-24", Period{N: 10, FileBy: true}, "2027-10-04", false, false, true},
		{"a deadline to act by in a known year does not", "2026-09-24", Period{N: 10, FileBy: true}, "2026-10-04", false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := End(mustDate(t, tt.start), tt.p, cal)
			if r.Last.String() != tt.want || !r.MovedFrom.IsZero() != tt.moved || r.DayOff != tt.dayOff || r.ScheduleUnknown != tt.unknown {
				t.Errorf("End = %+v, want %s moved %v day off %v unknown %v", r, tt.want, tt.moved, tt.dayOff, tt.unknown)
			}
		})
	}
}

// A last day moved over several days off keeps, as MovedFrom, the day the period would
// have ended, not the last day off before the new last day.
func TestEndMovedFrom(t *testing.T) {
	tests := []struct {
		name, start, want, from string
		cal                     Calendar
	}{
		{"1 Oct 2026 moves over National Day to 8 Oct", "2026-09-21", "2026-10-08", "2026-10-01", Official{}},
		{"15 Feb 2026 moves over Spring Festival to 24 Feb", "2026-02-05", "2026-02-24", "2026-02-15", Official{}},
		{"a Saturday moves over the weekend to Monday", "2026-11-18", "2026-11-30", "2026-11-28", Weekends{}},
		{"a Sunday moves to Monday", "2026-11-19", "2026-11-30", "2026-11-29", Weekends{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := End(mustDate(t, tt.start), Period{N: 10}, tt.cal)
			if r.Last.String() != tt.want || r.MovedFrom.String() != tt.from {
				t.Errorf("End = last %s moved from %s, want %s from %s", r.Last, r.MovedFrom, tt.want, tt.from)
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
		for _, cal := range []Calendar{Weekends{}, Official{}} {
			r := End(start, Period{N: n, Unit: unit, Custody: custody}, cal)
			if r.Last.Before(start) {
				t.Errorf("end %s before start %s", r.Last, start)
			}
			if custody && !r.MovedFrom.IsZero() {
				t.Error("custody period moved for a holiday")
			}
			if !custody && !cal.IsWorkingDay(r.Last) {
				t.Errorf("period ends on a day off: %s", r.Last)
			}
			if f := End(start, Period{N: n, Unit: unit, FileBy: true}, cal); f.Last.After(r.Last) {
				t.Errorf("a deadline to act by (%s) is later than the period's end (%s)", f.Last, r.Last)
			}
		}
	})
}

// TestRulesOutsideMainland: the US, German and Taiwan rules leave the event day out,
// end a week on the same weekday and never move a last day (the plan says the law may).
func TestRulesOutsideMainland(t *testing.T) {
	d := func(y, m, day int) Date { return Date{y, time.Month(m), day} }
	for _, c := range []struct {
		name     string
		rule     Rule
		start    Date
		p        Period
		want     Date
		monthEnd bool
		dayOff   bool
	}{
		{"FRAP 14 days from Mon 2026-11-16", FRAP26, d(2026, 11, 16), Period{N: 14}, d(2026, 11, 30), false, false},
		{"FRAP 14 days ending on a Saturday stays", FRAP26, d(2026, 11, 14), Period{N: 14}, d(2026, 11, 28), false, true},
		{"StPO one week across the year end", StPO43, d(2026, 12, 30), Period{N: 1, Unit: Weeks}, d(2027, 1, 6), false, false},
		{"StPO 31 Jan + 1 month, leap year", StPO43, d(2028, 1, 31), Period{N: 1, Unit: Months}, d(2028, 2, 29), true, false},
		{"StPO 30 Apr + 1 month is 30 May", StPO43, d(2026, 4, 30), Period{N: 1, Unit: Months}, d(2026, 5, 30), false, true},
		{"TW 28 Feb + 1 month is 31 Mar", TWCivil, d(2025, 2, 28), Period{N: 1, Unit: Months}, d(2025, 3, 31), false, false},
		{"TW 30 Jan + 1 month, no 31 Feb", TWCivil, d(2026, 1, 30), Period{N: 1, Unit: Months}, d(2026, 2, 28), true, true},
		{"TW 10 days", TWCivil, d(2026, 12, 25), Period{N: 10}, d(2027, 1, 4), false, false},

		// FRAP 26(a)(1) / Criminal Rule 45(a)(1): "(A) exclude the day of the event that
		// triggers the period; (B) count every day, including intermediate Saturdays,
		// Sundays, and legal holidays". (C) would move a weekend or holiday last day: we do not.
		{"FRAP across the year end, ends on a Sunday", FRAP26, d(2026, 12, 20), Period{N: 14}, d(2027, 1, 3), false, true},
		{"FRAP across Christmas and New Year", FRAP26, d(2026, 12, 24), Period{N: 14}, d(2027, 1, 7), false, false},
		{"FRAP across 29 Feb 2028", FRAP26, d(2028, 2, 20), Period{N: 14}, d(2028, 3, 5), false, true},
		{"FRAP across February 2027", FRAP26, d(2027, 2, 20), Period{N: 14}, d(2027, 3, 6), false, true},

		// StPO § 43(1): "endet mit Ablauf des Tages der letzten Woche oder des letzten Monats,
		// der durch seine Benennung oder Zahl dem Tag entspricht, an dem die Frist begonnen hat;
		// fehlt dieser Tag in dem letzten Monat, so endet die Frist mit dem Ablauf des letzten
		// Tages dieses Monats." No rule for a start on a month's last day (unlike SPC Art. 202).
		{"StPO 31 Jan 2027 + 1 month, no 29 Feb", StPO43, d(2027, 1, 31), Period{N: 1, Unit: Months}, d(2027, 2, 28), true, true},
		{"StPO 30 Jun + 1 month is 30 Jul, not 31", StPO43, d(2026, 6, 30), Period{N: 1, Unit: Months}, d(2026, 7, 30), false, false},
		{"StPO 30 Sep + 6 months is 30 Mar", StPO43, d(2026, 9, 30), Period{N: 6, Unit: Months}, d(2027, 3, 30), false, false},
		{"StPO 31 Aug + 6 months, no 31 Feb", StPO43, d(2026, 8, 31), Period{N: 6, Unit: Months}, d(2027, 2, 28), true, true},
		{"StPO 29 Feb 2028 + 12 months", StPO43, d(2028, 2, 29), Period{N: 12, Unit: Months}, d(2029, 2, 28), true, false},
		{"StPO Monday + 1 week across the year end", StPO43, d(2026, 12, 28), Period{N: 1, Unit: Weeks}, d(2027, 1, 4), false, false},
		{"StPO days leave the event day out (§ 42)", StPO43, d(2028, 2, 27), Period{N: 3}, d(2028, 3, 1), false, false},

		// 民法 Art. 120(2) 「其始日不算入」; Art. 121(2) 「以最後之星期、月或年與起算日相當日之前一日，
		// 為期間之末日。但以月或年定期間，於最後之月，無相當日者，以其月之末日，為期間之末日。」
		// 起算日 is the day after the event.
		{"TW 30 Jan 2024 + 1 month: no 31 Feb, leap end", TWCivil, d(2024, 1, 30), Period{N: 1, Unit: Months}, d(2024, 2, 29), true, false},
		{"TW 31 Jan 2025 + 1 month: day before 1 Mar", TWCivil, d(2025, 1, 31), Period{N: 1, Unit: Months}, d(2025, 2, 28), false, false},
		{"TW 28 Feb 2024 + 1 month: day before 29 Mar", TWCivil, d(2024, 2, 28), Period{N: 1, Unit: Months}, d(2024, 3, 28), false, false},
		{"TW 29 Feb 2024 + 12 months: day before 1 Mar 2025", TWCivil, d(2024, 2, 29), Period{N: 12, Unit: Months}, d(2025, 2, 28), false, false},
		{"TW Tuesday + 2 weeks across the year end", TWCivil, d(2026, 12, 29), Period{N: 2, Unit: Weeks}, d(2027, 1, 12), false, false},
		{"TW 10 days across 29 Feb 2028", TWCivil, d(2028, 2, 20), Period{N: 10}, d(2028, 3, 1), false, false},
	} {
		c.p.Rule = c.rule
		got := End(c.start, c.p, Weekends{})
		if got.Last != c.want || got.MonthEnd != c.monthEnd || got.DayOff != c.dayOff || !got.MovedFrom.IsZero() || !got.ScheduleUnknown {
			t.Errorf("%s: %+v, want %s (month end %v, day off %v), unmoved, holidays unknown", c.name, got, c.want, c.monthEnd, c.dayOff)
		}
	}
}
