package prepare

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// YearsMonths splits a term of m months into whole years and the months left, rounded to
// the nearest month; exact reports whether m is a whole number of months (the
// illustration's results often are not: 24 × 0.6 = 14.4).
func YearsMonths(m float64) (years, months int, exact bool) {
	whole := math.Round(m)
	exact = math.Abs(m-whole) < 1e-9
	n := int(whole)
	return n / 12, n % 12, exact
}

// ParseMonths reads a term as people write it, in whole months: "18", "18个月", "1年6个月",
// "1年零6个月", "1年半", "一年六个月", "18 months", "1 year 6 months", "2 yrs", "1y6m",
// "1 Jahr 6 Monate", with full-width digits too. ok is false for anything else; a number without a unit is
// months only when it stands alone ("1 year 6" does not say what the 6 is).
func ParseMonths(s string) (months int, ok bool) {
	s = cnDigits(strings.ToLower(strings.TrimSpace(width.Fold.String(s))))
	if s == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n < 0 {
			return 0, false
		}
		return n, true
	}
	total := 0
	for s != "" {
		m := termPart.FindStringSubmatch(s)
		if m == nil || m[0] == "" {
			return 0, false
		}
		n, err := strconv.Atoi(m[1])
		if err != nil || n > 10000 {
			return 0, false
		}
		switch m[2] {
		case "":
			return 0, false
		case "年半":
			total += 12*n + 6
		case "年", "years", "year", "yrs", "yr", "y", "jahren", "jahre", "jahr", "j":
			total += 12 * n
		default:
			total += n
		}
		s = strings.TrimSpace(s[len(m[0]):])
	}
	return total, total <= 12*10000
}

// termPart is one number and its unit, after what may join it to the part before.
var termPart = regexp.MustCompile(`^(?:\s|,|，|又|and|und)*(\d+)\s*(年半|年|个月|個月|月|years|year|yrs|yr|jahren|jahre|jahr|y|j|months|month|monaten|monate|monat|mos|mo|m)?`)

// cnDigits writes Chinese numerals as digits: 六 → 6, 十二 → 12, 二十四 → 24, 零六 → 06.
func cnDigits(s string) string {
	const digits = "零一二三四五六七八九"
	val := func(r rune) int {
		if r == '两' {
			return 2
		}
		return strings.IndexRune(digits, r) / len("一")
	}
	isNum := func(r rune) bool { return r == '十' || r == '两' || strings.ContainsRune(digits, r) }
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isNum(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isNum(rs[j]) {
			j++
		}
		run := rs[i:j]
		if k := slices.Index(run, '十'); k >= 0 {
			tens, ones := 1, 0
			if k > 0 {
				tens = val(run[k-1])
			}
			if k+1 < len(run) {
				ones = val(run[k+1])
			}
			b.WriteString(strconv.Itoa(tens*10 + ones))
		} else {
			for _, r := range run {
				b.WriteString(strconv.Itoa(val(r)))
			}
		}
		i = j
	}
	return b.String()
}
