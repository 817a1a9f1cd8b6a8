package deadline

import (
	"errors"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	today := Date{2026, 12, 1}
	good := map[string]string{
		"2026-11-10":       "2026-11-10",
		"2026-1-5":         "2026-01-05",
		"2026/11/10":       "2026-11-10",
		"2026.11.10":       "2026-11-10",
		"2026年11月10日":      "2026-11-10",
		"2026年11月10":       "2026-11-10",
		"2026 年 11 月 10 日": "2026-11-10",
		"11月10日":           "2026-11-10",
		"11月10号":           "2026-11-10",
		"11-10":            "2026-11-10",
		"２０２６年１１月１０日":      "2026-11-10",
		"２０２６／１１／１０":       "2026-11-10",
		"２０２６－１１－１０":       "2026-11-10",
		" 2026-11-10 ":     "2026-11-10",
		"2028-02-29":       "2028-02-29",
		"2026年2月28日":       "2026-02-28",
		"10.11.2026":       "2026-11-10", // the German order: day, month, year
		"1.2.2027":         "2027-02-01",
	}
	for in, want := range good {
		d, err := Read(in, today)
		if err != nil || d.String() != want {
			t.Errorf("Read(%q) = %s, %v; want %s", in, d, err, want)
		}
	}
	bad := map[string]string{
		"":               ProblemForm,
		"tomorrow":       ProblemForm,
		"10/11/2026":     ProblemForm, // day first is ambiguous: refused
		"2026-11":        ProblemForm,
		"2026-11/10":     ProblemForm,
		"2026年11月10日星期二": ProblemForm,
		"26-11-10":       ProblemForm,
		"2026-13-01":     ProblemMonth,
		"2026年0月3日":      ProblemMonth,
		"2026-02-29":     ProblemDay,
		"2026-02-30":     ProblemDay,
		"2026年4月31日":     ProblemDay,
		"11月31日":         ProblemDay,
		"1899-12-31":     ProblemYear,
		"9999-01-01":     ProblemYear,
		"2026-11-00":     ProblemDay,
		"31.02.2026":     ProblemDay,
		"10.11.26":       ProblemForm, // a two-digit year is refused
		"10.2026.11":     ProblemForm,
	}
	for in, want := range bad {
		_, err := Read(in, today)
		var de *DateError
		if !errors.As(err, &de) || de.Problem != want {
			t.Errorf("Read(%q) = %v; want a %s problem", in, err, want)
		}
	}
	_, err := Read("2026-02-30", today)
	if err.Error() != "date: 2026-02 has 28 days, not 30" {
		t.Errorf("message %q", err)
	}
}

// FuzzRead: Read never panics; what it accepts is a real date that reads back the same;
// every ISO date it is given back is accepted.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"2026-11-10", "2026年11月10日", "11月10日", "２０２６／１１／１０", "2026-02-30", "", "年月日"} {
		f.Add(s)
	}
	today := Date{2026, 12, 1}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Read(s, today)
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if d.Day < 1 || d.Day > DaysIn(d.Year, d.Month) || d.Month < time.January || d.Month > time.December {
			t.Fatalf("accepted an impossible date %v from %q", d, s)
		}
		back, err := Read(d.String(), today)
		if err != nil || back != d {
			t.Fatalf("%s does not read back: %v %v", d, back, err)
		}
		if iso, err := ParseDate(d.String()); err != nil || iso != d {
			t.Fatalf("ParseDate disagrees on %s", d)
		}
	})
}
