package prepare

import (
	"errors"
	"math"
	"testing"
)

// testSet mirrors the rules of the cn pack's circumstances.toml (the content test in
// content_test.go checks the real file); names are left out.
func testSet() *Set {
	b := func(lo, hi int) *Band { return &Band{Min: lo, Max: hi} }
	confessions := []string{"surrender", "confession", "confession-other-crime", "confession-averted-harm"}
	return &Set{
		Crimes: []Crime{
			{ID: "crime-theft", Covered: true},
			{ID: "crime-drugs-small", Covered: true, Strict: true},
			{ID: "crime-drink-driving"},
		},
		Circumstances: []Circumstance{
			{ID: "plea", Direction: Down, Guidance: true, Band: b(0, 30), LiftedMax: 60, Plea: true},
			{ID: "surrender", Direction: Down, Guidance: true, Band: b(0, 40), Overlaps: true, LiftsCap: true},
			{ID: "confession", Direction: Down, Guidance: true, Band: b(0, 20), Overlaps: true, Group: "confession"},
			{ID: "confession-other-crime", Direction: Down, Guidance: true, Band: b(10, 30), Overlaps: true, Group: "confession"},
			{ID: "confession-averted-harm", Direction: Down, Guidance: true, Band: b(30, 50), Overlaps: true, Group: "confession"},
			{ID: "court-admission", Direction: Down, Guidance: true, Band: b(0, 10), Overlaps: true, NotWith: confessions},
			{ID: "return-of-gains", Direction: Down, Guidance: true, Overlaps: true, LiftsCap: true},
			{ID: "compensation-forgiveness", Direction: Down, Guidance: true, Band: b(0, 40), Overlaps: true, LiftsCap: true, Group: "compensation"},
			{ID: "compensation-only", Direction: Down, Guidance: true, Band: b(0, 30), Overlaps: true, Group: "compensation"},
			{ID: "criminal-settlement", Direction: Down, Guidance: true, Band: b(0, 50), Overlaps: true, LiftsCap: true, OnlyCrimes: []string{"crime-theft"}},
			{ID: "custody-conduct", Direction: Down, Guidance: true, Band: b(0, 10), Overlaps: true},
			{ID: "meritorious-service", Direction: Down, Guidance: true},
			{ID: "minor", Direction: Down, Guidance: true, First: true},
			{ID: "accomplice", Direction: Down, Guidance: true, First: true},
			{ID: "first-offence", Direction: Down},
			{ID: "recidivist", Direction: Up, Guidance: true},
		},
	}
}

func fig(id string, lo, hi int) Figure { return Figure{ID: id, Low: lo, High: hi} }

func TestIllustrate(t *testing.T) {
	tests := []struct {
		name      string
		base      int
		crime     string
		figs      []Figure
		low, high float64
		cap       int
		unchecked bool
		several   bool
		kinds     map[string]StepKind
	}{
		{name: "no circumstance: the base sentence", base: 24, low: 24, high: 24},
		// SG 2021 (十四): up to 30 % of the base sentence for the plea
		{name: "plea 25 %", base: 24, figs: []Figure{fig("plea", 25, 25)}, low: 18, high: 18, cap: 30},
		{name: "plea as a range", base: 24, figs: []Figure{fig("plea", 10, 30)}, low: 16.8, high: 21.6, cap: 30},
		// (十四): with surrender the cap is 60 %, and surrender is not counted again
		{name: "plea with surrender: 60 % cap, no double counting", base: 24,
			figs: []Figure{fig("plea", 40, 40), fig("surrender", 30, 30)}, low: 14.4, high: 14.4, cap: 60,
			kinds: map[string]StepKind{"surrender": StepWithinPlea}},
		{name: "plea with compensation and forgiveness up to the cap", base: 24,
			figs: []Figure{fig("compensation-forgiveness", 0, 0), fig("plea", 60, 60)}, low: 9.6, high: 9.6, cap: 60},
		// in-court admission and custody conduct overlap the plea but do not lift its cap
		{name: "plea with overlaps that do not lift the cap", base: 24,
			figs: []Figure{fig("plea", 30, 30), fig("custody-conduct", 10, 10), fig("court-admission", 5, 5)},
			low:  16.8, high: 16.8, cap: 30,
			kinds: map[string]StepKind{"custody-conduct": StepWithinPlea, "court-admission": StepWithinPlea}},
		// Part II (二) 2: same direction added
		{name: "no plea: surrender and compensation added", base: 24,
			figs: []Figure{fig("surrender", 30, 30), fig("compensation-forgiveness", 20, 20)}, low: 12, high: 12},
		// Part II (二) 2: opposite directions subtracted
		{name: "opposite directions subtracted", base: 24,
			figs: []Figure{fig("surrender", 30, 30), fig("recidivist", 20, 20)}, low: 21.6, high: 21.6, unchecked: true},
		// Part II (二) 2: applied first, then the others on the result (not 24 × 0.5 = 12)
		{name: "accomplice first, then the plea", base: 24,
			figs: []Figure{fig("plea", 20, 20), fig("accomplice", 30, 30)}, low: 13.44, high: 13.44, cap: 30, unchecked: true,
			kinds: map[string]StepKind{"accomplice": StepFirst, "plea": StepAdded}},
		{name: "two applied first, one after another", base: 24,
			figs: []Figure{fig("minor", 20, 20), fig("accomplice", 30, 30)}, low: 13.44, high: 13.44, unchecked: true, several: true},
		// (八): not counted where a confession is found
		{name: "in-court admission with a confession", base: 24,
			figs: []Figure{fig("confession", 10, 10), fig("court-admission", 5, 5)}, low: 21.6, high: 21.6,
			kinds: map[string]StepKind{"court-admission": StepExcluded}},
		{name: "in-court admission alone", base: 24, figs: []Figure{fig("court-admission", 10, 10)}, low: 21.6, high: 21.6},
		{name: "confession 10-30 band", base: 10, figs: []Figure{fig("confession-other-crime", 10, 30)}, low: 7, high: 9},
		{name: "meritorious service is not within the plea", base: 20,
			figs: []Figure{fig("plea", 30, 30), fig("meritorious-service", 10, 10)}, low: 12, high: 12, cap: 30, unchecked: true},
		{name: "ranges combine: lowest with the largest cuts", base: 30,
			figs: []Figure{fig("surrender", 10, 40), fig("recidivist", 10, 20)}, low: 30 * 0.7, high: 30 * 1.1, unchecked: true},
		{name: "largest base", base: MaxBaseMonths, figs: []Figure{fig("plea", 30, 30)}, low: 210, high: 210, cap: 30},
	}
	s := testSet()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			crime := tt.crime
			if crime == "" {
				crime = "crime-theft"
			}
			r, err := Illustrate(s, Input{BaseMonths: tt.base, Crime: crime, Figures: tt.figs})
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(r.Low-tt.low) > 1e-9 || math.Abs(r.High-tt.high) > 1e-9 {
				t.Errorf("range %.4f-%.4f, want %.4f-%.4f", r.Low, r.High, tt.low, tt.high)
			}
			if r.PleaCap != tt.cap {
				t.Errorf("plea cap %d, want %d", r.PleaCap, tt.cap)
			}
			if r.Unchecked != tt.unchecked {
				t.Errorf("unchecked %t, want %t", r.Unchecked, tt.unchecked)
			}
			if r.SeveralFirst != tt.several {
				t.Errorf("several first %t, want %t", r.SeveralFirst, tt.several)
			}
			if len(r.Steps) != len(tt.figs) {
				t.Errorf("%d steps for %d circumstances", len(r.Steps), len(tt.figs))
			}
			for _, st := range r.Steps {
				if want, ok := tt.kinds[st.ID]; ok && st.Kind != want {
					t.Errorf("%s: %s, want %s", st.ID, st.Kind, want)
				}
			}
		})
	}
}

func TestIllustrateStrict(t *testing.T) {
	r, err := Illustrate(testSet(), Input{BaseMonths: 12, Crime: "crime-drugs-small", Figures: []Figure{fig("plea", 10, 10)}})
	if err != nil || !r.Strict {
		t.Fatalf("strict = %t, %v", r.Strict, err)
	}
}

func TestIllustrateBadInput(t *testing.T) {
	tests := []struct {
		name  string
		in    Input
		field string
		code  ErrorCode
	}{
		{"zero base", Input{Crime: "crime-theft"}, "base_months", ErrBaseZero},
		{"negative base", Input{BaseMonths: -6, Crime: "crime-theft"}, "base_months", ErrBaseNegative},
		{"absurd base", Input{BaseMonths: MaxBaseMonths + 1, Crime: "crime-theft"}, "base_months", ErrBaseTooLong},
		{"no crime", Input{BaseMonths: 12}, "crime", ErrNoCrime},
		{"unknown crime", Input{BaseMonths: 12, Crime: "crime-robbery"}, "crime", ErrUnknownCrime},
		{"crime not covered", Input{BaseMonths: 12, Crime: "crime-drink-driving"}, "crime", ErrNotCovered},
		{"unknown circumstance", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("luck", 1, 1)}}, "circumstances[0].id", ErrUnknown},
		{"twice", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("plea", 1, 1), fig("plea", 2, 2)}}, "circumstances[1].id", ErrTwice},
		{"no percentage in the guidance", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("first-offence", 5, 5)}}, "circumstances[0].id", ErrNoPercentage},
		{"settlement not for drug crimes", Input{BaseMonths: 12, Crime: "crime-drugs-small", Figures: []Figure{fig("criminal-settlement", 5, 5)}}, "circumstances[0].id", ErrNotForCrime},
		{"negative low", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("plea", -1, 5)}}, "circumstances[0].low", ErrNegative},
		{"low above high", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("plea", 20, 10)}}, "circumstances[0].low", ErrOrder},
		{"plea over 30 % alone", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("plea", 10, 31)}}, "circumstances[0].high", ErrBeyondBand},
		{"plea over 60 % with surrender", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("surrender", 10, 10), fig("plea", 61, 61)}}, "circumstances[1].high", ErrBeyondBand},
		{"custody does not lift the cap", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("custody-conduct", 5, 5), fig("plea", 35, 35)}}, "circumstances[1].high", ErrBeyondBand},
		{"surrender over 40 %", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("surrender", 41, 41)}}, "circumstances[0].high", ErrBeyondBand},
		{"below a band's minimum", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("confession-other-crime", 5, 20)}}, "circumstances[0].low", ErrBeyondBand},
		{"unbanded at 100 %", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("accomplice", 100, 100)}}, "circumstances[0].high", ErrBeyondLimit},
		{"two of a group", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{fig("compensation-only", 5, 5), fig("compensation-forgiveness", 5, 5)}}, "circumstances[1].id", ErrGroup},
		{"reductions reach zero", Input{BaseMonths: 12, Crime: "crime-theft", Figures: []Figure{
			fig("surrender", 40, 40), fig("criminal-settlement", 50, 50), fig("compensation-forgiveness", 10, 10)}}, "circumstances", ErrBelowZero},
	}
	s := testSet()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Illustrate(s, tt.in)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("err = %v, want an *InputError", err)
			}
			if ie.Field != tt.field || ie.Code != tt.code {
				t.Errorf("got %s %s, want %s %s", ie.Field, ie.Code, tt.field, tt.code)
			}
		})
	}
}

// FuzzIllustrate checks that any input either is refused with a named field, or gives a
// range above zero, no wider than the base allows, from figures within their bands.
func FuzzIllustrate(f *testing.F) {
	f.Add(24, uint16(0x0001), int8(20), int8(25), int8(0), int8(0))
	f.Add(18, uint16(0x0403), int8(10), int8(40), int8(5), int8(99))
	f.Add(0, uint16(0xffff), int8(-1), int8(120), int8(50), int8(50))
	s := testSet()
	f.Fuzz(func(t *testing.T, base int, pick uint16, lo1, hi1, lo2, hi2 int8) {
		var figs []Figure
		for i, c := range s.Circumstances {
			if pick&(1<<uint(i)) == 0 {
				continue
			}
			lo, hi := int(lo1), int(hi1)
			if len(figs)%2 == 1 {
				lo, hi = int(lo2), int(hi2)
			}
			figs = append(figs, Figure{ID: c.ID, Low: lo, High: hi})
		}
		r, err := Illustrate(s, Input{BaseMonths: base, Crime: "crime-theft", Figures: figs})
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field == "" || ie.Code == "" {
				t.Fatalf("error without a field: %v", err)
			}
			return
		}
		if !(r.Low > 0) || r.Low > r.High+1e-9 {
			t.Fatalf("range %v-%v", r.Low, r.High)
		}
		up := false
		for _, st := range r.Steps {
			c := s.Circumstance(st.ID)
			if st.Direction == Up {
				up = true
			}
			if st.Kind == StepAdded && c.Band != nil && !c.Plea && (st.Low < c.Band.Min || st.High > c.Band.Max) {
				t.Fatalf("%s used %d-%d outside its band", st.ID, st.Low, st.High)
			}
			if st.Kind == StepAdded && c.Plea && st.High > r.PleaCap {
				t.Fatalf("plea %d above its cap %d", st.High, r.PleaCap)
			}
		}
		if !up && r.High > float64(r.BaseMonths)+1e-9 {
			t.Fatalf("only reductions, but %v is above the base %d", r.High, r.BaseMonths)
		}
		if r.PleaCap != 0 && r.PleaCap != 30 && r.PleaCap != 60 {
			t.Fatalf("plea cap %d", r.PleaCap)
		}
	})
}
