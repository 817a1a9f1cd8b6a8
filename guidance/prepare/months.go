package prepare

import "math"

// YearsMonths splits a term of m months into whole years and the months left, rounded to
// the nearest month; exact reports whether m is a whole number of months (the
// illustration's results often are not: 24 × 0.6 = 14.4).
func YearsMonths(m float64) (years, months int, exact bool) {
	whole := math.Round(m)
	exact = math.Abs(m-whole) < 1e-9
	n := int(whole)
	return n / 12, n % 12, exact
}
