package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// TestDateHintIsTrueInEveryLanguage: every example date in the My situation date field's
// hint is one the field reads, as 10 November 2026, and each language shows the way its
// readers write a date first: German day.month.year, Chinese 年月日.
func TestDateHintIsTrueInEveryLanguage(t *testing.T) {
	example := regexp.MustCompile(`\d{1,4}[-./年]\d{1,2}[-./月]\d{1,4}日?`)
	first := map[guidance.Lang]string{
		guidance.LangDe:     "10.11.2026",
		guidance.LangZhHans: "2026年11月10日",
		guidance.LangZhHant: "2026年11月10日",
		guidance.LangEn:     "2026-11-10",
	}
	today := deadline.Date{Year: 2026, Month: 12, Day: 1}
	for lang, want := range first {
		hint := tr(t, lang).T(msgSituationDateHint)
		dates := example.FindAllString(hint, -1)
		if len(dates) == 0 || dates[0] != want {
			t.Errorf("%s hint %q: first example %v, want %s", lang, hint, dates, want)
		}
		for _, d := range dates {
			got, err := deadline.Read(d, today)
			if err != nil || got.String() != "2026-11-10" {
				t.Errorf("%s hint %q: the field reads %q as %v (%v)", lang, hint, d, got, err)
			}
		}
		if strings.Contains(hint, "Jahr zuerst") {
			t.Errorf("%s hint %q says the year comes first, but 10.11.2026 is read", lang, hint)
		}
	}
}
