package deadline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Problems with a typed date, for DateError.
const (
	ProblemForm  = "form"  // not a date in any form Read knows
	ProblemYear  = "year"  // a year before 1900 or after 2200
	ProblemMonth = "month" // no such month
	ProblemDay   = "day"   // the month has no such day
)

// DateError says why a typed date was refused. It never holds the text typed; Year,
// Month and Day are the numbers read, as far as they go.
type DateError struct {
	Problem          string
	Year, Month, Day int
}

func (e *DateError) Error() string {
	switch e.Problem {
	case ProblemYear:
		return fmt.Sprintf("date: year %d is out of range", e.Year)
	case ProblemMonth:
		return fmt.Sprintf("date: there is no month %d", e.Month)
	case ProblemDay:
		return fmt.Sprintf("date: %d-%02d has %d days, not %d", e.Year, e.Month, DaysIn(e.Year, time.Month(e.Month)), e.Day)
	}
	return "date: not a date in a known form"
}

// DaysIn is the number of days in month m of year y.
func DaysIn(y int, m time.Month) int { return daysIn(y, m) }

// Read reads a date the way people write one: 2026-11-10, 2026/11/10, 2026.11.10,
// 2026年11月10日 (日 may be left out), 10.11.2026 (day, month, then a four-digit year, the
// German way), or 11月10日 and 11-10 for a day of today's year; digits
// and punctuation may be full-width, and spaces around the parts do not matter. A date
// that does not exist (2026-02-30) is refused with a *DateError saying why.
func Read(s string, today Date) (Date, error) {
	s = normalize(s)
	var nums []string
	cur := strings.Builder{}
	seps := ""
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
		case strings.ContainsRune("-/.年月日", r):
			if cur.Len() == 0 {
				return Date{}, &DateError{Problem: ProblemForm}
			}
			nums = append(nums, cur.String())
			cur.Reset()
			seps += string(r)
		default:
			return Date{}, &DateError{Problem: ProblemForm}
		}
	}
	if cur.Len() > 0 {
		nums = append(nums, cur.String())
	}
	// the separators must be one kind of punctuation, or 年月日 in order
	var year, month, day string
	switch {
	case len(nums) == 3 && seps == ".." && len(nums[0]) <= 2 && len(nums[2]) == 4:
		day, month, year = nums[0], nums[1], nums[2]
	case len(nums) == 3 && (seps == "--" || seps == "//" || seps == ".." || seps == "年月" || seps == "年月日"):
		year, month, day = nums[0], nums[1], nums[2]
	case len(nums) == 2 && (seps == "月" || seps == "月日" || seps == "-" || seps == "/"):
		year, month, day = strconv.Itoa(today.Year), nums[0], nums[1]
	default:
		return Date{}, &DateError{Problem: ProblemForm}
	}
	if len(year) != 4 || len(month) > 2 || len(day) > 2 {
		return Date{}, &DateError{Problem: ProblemForm}
	}
	y, _ := strconv.Atoi(year)
	m, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	switch {
	case y < 1900 || y > 2200:
		return Date{}, &DateError{Problem: ProblemYear, Year: y, Month: m, Day: d}
	case m < 1 || m > 12:
		return Date{}, &DateError{Problem: ProblemMonth, Year: y, Month: m, Day: d}
	case d < 1 || d > daysIn(y, time.Month(m)):
		return Date{}, &DateError{Problem: ProblemDay, Year: y, Month: m, Day: d}
	}
	return Date{y, time.Month(m), d}, nil
}

// normalize turns full-width digits and punctuation into ASCII and drops spaces.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		case r == '－' || r == '—' || r == '–' || r == '‐':
			b.WriteRune('-')
		case r == '／':
			b.WriteRune('/')
		case r == '．' || r == '。':
			b.WriteRune('.')
		case r == '号' || r == '號':
			b.WriteRune('日')
		case unicode.IsSpace(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
