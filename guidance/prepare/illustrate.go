package prepare

import (
	"fmt"
	"slices"
)

// MaxBaseMonths is the longest base sentence the illustration takes: 25 years. It is the
// app's limit for a sensible example, not a rule of law.
const MaxBaseMonths = 300

// maxUnbanded is the highest figure accepted for a circumstance without a settled band.
const maxUnbanded = 99

// Figure is the percentage the lawyer names for one confirmed circumstance, as a range of
// whole percent (Low == High for a single figure).
type Figure struct {
	ID   string `json:"id"`
	Low  int    `json:"low"`
	High int    `json:"high"`
}

// Input is what the illustration is worked out from.
type Input struct {
	BaseMonths int      `json:"base_months"` // the base sentence (基准刑) the lawyer names
	Crime      string   `json:"crime"`       // a crime guide's topic ID
	Figures    []Figure `json:"circumstances,omitempty"`
}

// ErrorCode names what is wrong with an input, for a translated message.
type ErrorCode string

// The problems an input can have.
const (
	ErrBaseZero     ErrorCode = "base-zero"         // base sentence is zero or missing
	ErrBaseNegative ErrorCode = "base-negative"     // base sentence below zero
	ErrBaseTooLong  ErrorCode = "base-too-long"     // base sentence over MaxBaseMonths
	ErrNoCrime      ErrorCode = "no-crime"          // no crime named
	ErrUnknownCrime ErrorCode = "unknown-crime"     // not a crime the content knows
	ErrNotCovered   ErrorCode = "crime-not-covered" // the 2021 guidance does not cover it
	ErrUnknown      ErrorCode = "unknown"           // not a circumstance the content knows
	ErrTwice        ErrorCode = "twice"             // the same circumstance twice
	ErrNoPercentage ErrorCode = "no-percentage"     // the guidance gives it no percentage
	ErrNotForCrime  ErrorCode = "not-for-crime"     // cannot exist for this crime
	ErrNegative     ErrorCode = "negative"          // a percentage below zero
	ErrOrder        ErrorCode = "order"             // low above high
	ErrBeyondBand   ErrorCode = "beyond-band"       // outside the guidance's band
	ErrBeyondLimit  ErrorCode = "beyond-limit"      // over 99 % where no band is settled
	ErrGroup        ErrorCode = "group"             // two of a group that excludes each other
	ErrBelowZero    ErrorCode = "below-zero"        // the reductions together reach zero
)

// InputError says which field of an Input is wrong and how. It never holds user text.
type InputError struct {
	Field string // e.g. "base_months", "circumstances[2].high"
	Code  ErrorCode
	ID    string // the circumstance or crime concerned, when known to the content
	Min   int    // the band or limit concerned, for the message
	Max   int
}

func (e *InputError) Error() string {
	switch e.Code {
	case ErrBeyondBand:
		return fmt.Sprintf("prepare: %s: %s: outside the band %d-%d %%", e.Field, e.Code, e.Min, e.Max)
	case ErrBeyondLimit:
		return fmt.Sprintf("prepare: %s: %s: above %d %%", e.Field, e.Code, e.Max)
	}
	if e.ID != "" {
		return fmt.Sprintf("prepare: %s: %s (%s)", e.Field, e.Code, e.ID)
	}
	return fmt.Sprintf("prepare: %s: %s", e.Field, e.Code)
}

// StepKind says how a confirmed circumstance entered the illustration.
type StepKind string

// The ways a circumstance enters the illustration.
const (
	StepFirst      StepKind = "first"       // applied to the base sentence first, one after another
	StepAdded      StepKind = "added"       // added with the others in the same direction
	StepWithinPlea StepKind = "within-plea" // not evaluated twice: counted within the plea
	StepExcluded   StepKind = "excluded"    // not counted because another circumstance is found
)

// Step is one confirmed circumstance in the illustration.
type Step struct {
	ID        string
	Kind      StepKind
	Direction Direction
	Low, High int    // the percentage used (0 for within-plea and excluded)
	Unchecked bool   // no band is settled: the figure is the lawyer's and the app cannot check it
	Because   string // for excluded: the circumstance that excludes it
}

// Result is the illustration worked out. Months are not rounded.
type Result struct {
	BaseMonths        int
	AfterFirstLow     float64 // the base sentence after the circumstances applied first
	AfterFirstHigh    float64
	DownLow, DownHigh int // the reductions added up (percent of the adjusted base)
	UpLow, UpHigh     int // the increases added up
	PleaCap           int // the plea's cap that applied (30 or 60), 0 without a plea
	Low, High         float64
	Steps             []Step
	Unchecked         bool // some figure could not be checked against a band
	SeveralFirst      bool // two or more circumstances applied first: see Illustrate
	Strict            bool // the crime is one whose leniency is applied strictly
}

// Illustrate works out the 2021 sentencing guidance's method (SG 2021 Part II (二) and
// Part III) for a base sentence and the circumstances the lawyer confirms:
//
//   - The circumstances the guidance applies first (minor, elderly, attempt, accomplice…)
//     adjust the base sentence first; the others then adjust that result (Part II (二) 2).
//     The guidance does not say how two applied-first circumstances combine: they are
//     applied one after another, and Result.SeveralFirst says so.
//   - The other circumstances are combined by adding those in the same direction and
//     subtracting opposite ones (同向相加、逆向相减, Part II (二) 2).
//   - The plea (认罪认罚) is capped at 30 %, or 60 % with one of the circumstances that lift
//     the cap, and is not evaluated twice with the circumstances it overlaps: those are
//     listed as counted within the plea and not added (Part III (十四)).
//   - Admitting guilt in court does not count where surrender or a confession is found
//     (Part III (八)).
//   - Every figure stays within its band; the result never reaches zero or below. The
//     "more than 60 % or exemption" of relatively minor crimes is not illustrated.
//
// It returns an *InputError for bad input.
func Illustrate(s *Set, in Input) (Result, error) {
	switch {
	case in.BaseMonths == 0:
		return Result{}, &InputError{Field: "base_months", Code: ErrBaseZero}
	case in.BaseMonths < 0:
		return Result{}, &InputError{Field: "base_months", Code: ErrBaseNegative}
	case in.BaseMonths > MaxBaseMonths:
		return Result{}, &InputError{Field: "base_months", Code: ErrBaseTooLong, Max: MaxBaseMonths}
	}
	if in.Crime == "" {
		return Result{}, &InputError{Field: "crime", Code: ErrNoCrime}
	}
	crime := s.Crime(in.Crime)
	if crime == nil {
		return Result{}, &InputError{Field: "crime", Code: ErrUnknownCrime}
	}
	if !crime.Covered {
		return Result{}, &InputError{Field: "crime", Code: ErrNotCovered, ID: crime.ID}
	}

	// check every figure on its own, and collect what is confirmed
	cs := make([]*Circumstance, len(in.Figures))
	seen := map[string]bool{}
	groups := map[string]string{}
	var plea *Circumstance
	lifted := false
	for i, f := range in.Figures {
		field := func(k string) string { return fmt.Sprintf("circumstances[%d]%s", i, k) }
		c := s.Circumstance(f.ID)
		if c == nil {
			return Result{}, &InputError{Field: field(".id"), Code: ErrUnknown}
		}
		if seen[c.ID] {
			return Result{}, &InputError{Field: field(".id"), Code: ErrTwice, ID: c.ID}
		}
		seen[c.ID] = true
		if !c.Guidance {
			return Result{}, &InputError{Field: field(".id"), Code: ErrNoPercentage, ID: c.ID}
		}
		if len(c.OnlyCrimes) > 0 && !slices.Contains(c.OnlyCrimes, crime.ID) {
			return Result{}, &InputError{Field: field(".id"), Code: ErrNotForCrime, ID: c.ID}
		}
		if c.Group != "" {
			if other, ok := groups[c.Group]; ok {
				return Result{}, &InputError{Field: field(".id"), Code: ErrGroup, ID: other}
			}
			groups[c.Group] = c.ID
		}
		if f.Low < 0 {
			return Result{}, &InputError{Field: field(".low"), Code: ErrNegative, ID: c.ID}
		}
		if f.High < 0 {
			return Result{}, &InputError{Field: field(".high"), Code: ErrNegative, ID: c.ID}
		}
		if f.Low > f.High {
			return Result{}, &InputError{Field: field(".low"), Code: ErrOrder, ID: c.ID}
		}
		if c.Plea {
			plea = c
		}
		if c.LiftsCap {
			lifted = true
		}
		cs[i] = c
	}
	for i, f := range in.Figures {
		c := cs[i]
		field := func(k string) string { return fmt.Sprintf("circumstances[%d]%s", i, k) }
		if c.Band == nil {
			if f.High > maxUnbanded {
				return Result{}, &InputError{Field: field(".high"), Code: ErrBeyondLimit, ID: c.ID, Max: maxUnbanded}
			}
			continue
		}
		lo, hi := c.Band.Min, c.Band.Max
		if c.Plea && lifted && c.LiftedMax > hi {
			hi = c.LiftedMax
		}
		if plea != nil && c.Overlaps {
			continue // counted within the plea: its own figure is not used
		}
		if f.Low < lo {
			return Result{}, &InputError{Field: field(".low"), Code: ErrBeyondBand, ID: c.ID, Min: lo, Max: hi}
		}
		if f.High > hi {
			return Result{}, &InputError{Field: field(".high"), Code: ErrBeyondBand, ID: c.ID, Min: lo, Max: hi}
		}
	}

	r := Result{BaseMonths: in.BaseMonths, Strict: crime.Strict}
	if plea != nil {
		r.PleaCap = plea.Band.Max
		if lifted && plea.LiftedMax > r.PleaCap {
			r.PleaCap = plea.LiftedMax
		}
	}
	// lo uses the largest reductions and smallest increases, hi the opposite
	lo, hi := float64(in.BaseMonths), float64(in.BaseMonths)
	nFirst := 0
	for i, f := range in.Figures {
		c := cs[i]
		if !c.First {
			continue
		}
		nFirst++
		st := Step{ID: c.ID, Kind: StepFirst, Direction: c.Direction, Low: f.Low, High: f.High, Unchecked: c.Band == nil}
		if c.Direction == Up {
			lo *= 1 + float64(f.Low)/100
			hi *= 1 + float64(f.High)/100
		} else {
			lo *= 1 - float64(f.High)/100
			hi *= 1 - float64(f.Low)/100
		}
		r.Unchecked = r.Unchecked || st.Unchecked
		r.Steps = append(r.Steps, st)
	}
	r.SeveralFirst = nFirst > 1
	r.AfterFirstLow, r.AfterFirstHigh = lo, hi

	found := func(ids ...string) string {
		for _, id := range ids {
			if seen[id] {
				return id
			}
		}
		return ""
	}
	for i, f := range in.Figures {
		c := cs[i]
		if c.First {
			continue
		}
		st := Step{ID: c.ID, Direction: c.Direction}
		switch {
		case plea != nil && c.Overlaps:
			st.Kind, st.Because = StepWithinPlea, plea.ID
		case found(c.NotWith...) != "":
			st.Kind, st.Because = StepExcluded, found(c.NotWith...)
		default:
			st.Kind, st.Low, st.High, st.Unchecked = StepAdded, f.Low, f.High, c.Band == nil
			if c.Direction == Up {
				r.UpLow += f.Low
				r.UpHigh += f.High
			} else {
				r.DownLow += f.Low
				r.DownHigh += f.High
			}
		}
		r.Unchecked = r.Unchecked || st.Unchecked
		r.Steps = append(r.Steps, st)
	}
	// the lowest result uses the largest reductions and the smallest increases
	if 100+r.UpLow-r.DownHigh <= 0 {
		return Result{}, &InputError{Field: "circumstances", Code: ErrBelowZero}
	}
	r.Low = lo * float64(100+r.UpLow-r.DownHigh) / 100
	r.High = hi * float64(100+r.UpHigh-r.DownLow) / 100
	return r, nil
}
