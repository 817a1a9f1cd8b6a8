package prepare

import "testing"

func TestParseMonths(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"18", 18, true}, {" 18 ", 18, true}, {"１８", 18, true}, {"18个月", 18, true}, {"18個月", 18, true},
		{"1年6个月", 18, true}, {"1年零6个月", 18, true}, {"1年半", 18, true}, {"一年六个月", 18, true},
		{"两年", 24, true}, {"十二个月", 12, true}, {"二十四个月", 24, true}, {"一年零六个月", 18, true},
		{"18 months", 18, true}, {"1 year 6 months", 18, true}, {"1 year and 6 months", 18, true},
		{"1 year, 6 months", 18, true}, {"1 Jahr 6 Monate", 18, true}, {"2 Jahre und 3 Monate", 27, true}, {"2 yrs", 24, true}, {"1y6m", 18, true}, {"3 Years", 36, true},
		{"", 0, false}, {"x", 0, false}, {"-5", 0, false}, {"1 year 6", 0, false}, {"6 weeks", 0, false},
		{"1.5 years", 0, false}, {"年", 0, false}, {"99999999999 months", 0, false},
	} {
		got, ok := ParseMonths(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseMonths(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestYearsMonths(t *testing.T) {
	for _, tt := range []struct {
		m     float64
		y, mo int
		exact bool
	}{{18, 1, 6, true}, {14.4, 1, 2, false}, {11.6, 1, 0, false}, {6, 0, 6, true}} {
		y, mo, exact := YearsMonths(tt.m)
		if y != tt.y || mo != tt.mo || exact != tt.exact {
			t.Errorf("YearsMonths(%v) = %d, %d, %v", tt.m, y, mo, exact)
		}
	}
}
