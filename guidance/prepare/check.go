package prepare

import (
	"fmt"
	"slices"
	"strings"
)

// More problems Check reports, beyond those of Illustrate.
const (
	ErrEmptyText        ErrorCode = "empty-text"        // a fact without text
	ErrBadValue         ErrorCode = "bad-value"         // not one of the allowed values
	ErrTermRange        ErrorCode = "term-range"        // a term the penalty cannot have
	ErrMonthsOrder      ErrorCode = "months-order"      // the range ends before it starts
	ErrProbationPenalty ErrorCode = "probation-penalty" // probation is not possible with this penalty or term
	ErrProbationPeriod  ErrorCode = "probation-period"  // a probation period the law does not allow
	ErrNegativeFine     ErrorCode = "negative-fine"     // a fine below zero
)

// termLimits are the shortest and longest terms of each main penalty, in months, including
// the longest a combined sentence for several crimes can reach: public surveillance 3
// months to 2 years (Criminal Law Art. 38), 3 years combined; criminal detention 1 to 6
// months (Art. 42), 1 year combined; fixed-term imprisonment 6 months to 15 years (Art. 45),
// 25 years combined (Art. 69).
var termLimits = map[Penalty][2]int{
	Surveillance: {3, 36},
	Detention:    {1, 12},
	FixedTerm:    {6, 300},
}

// TermLimits gives the shortest and longest term of penalty p in months, and whether p is
// a penalty the proposal knows.
func TermLimits(p Penalty) (lo, hi int, ok bool) {
	l, ok := termLimits[p]
	return l[0], l[1], ok
}

// Check reports the first thing wrong in w, as an *InputError naming the field as in the
// answer file (docs/prepare.md). The illustration is checked only when it has been started
// (a base sentence, a crime or a circumstance is set).
func (w *Workspace) Check(s *Set) error {
	for i, f := range w.Facts {
		field := fmt.Sprintf("facts[%d]", i)
		if strings.TrimSpace(f.Text) == "" {
			return &InputError{Field: field + ".text", Code: ErrEmptyText}
		}
		if f.Stance != "" && f.Stance != Admit && f.Stance != Dispute && f.Stance != Unsure {
			return &InputError{Field: field + ".stance", Code: ErrBadValue}
		}
	}
	for _, id := range sortedKeys(w.Marks) {
		if s.Circumstance(id) == nil {
			return &InputError{Field: "marks." + id, Code: ErrUnknown}
		}
		switch w.Marks[id] {
		case Applies, MayApply, DoesNot, AskLawyer, "":
		default:
			return &InputError{Field: "marks." + id, Code: ErrBadValue, ID: id}
		}
	}
	for _, id := range sortedKeys(w.Evidence) {
		if s.Circumstance(id) == nil {
			return &InputError{Field: "evidence." + id, Code: ErrUnknown}
		}
	}
	if err := w.Proposal.check(); err != nil {
		return err
	}
	for i, a := range w.Views.Asks {
		if !slices.Contains(Asks, a) {
			return &InputError{Field: fmt.Sprintf("views.asks[%d]", i), Code: ErrBadValue}
		}
	}
	for _, id := range sortedKeys(w.Checks) {
		if !slices.Contains(BeforeSign, id) {
			return &InputError{Field: "checks." + id, Code: ErrUnknown}
		}
		if a := w.Checks[id]; a != Yes && a != No && a != "" {
			return &InputError{Field: "checks." + id, Code: ErrBadValue, ID: id}
		}
	}
	if w.Illustration.Started() {
		if _, err := Illustrate(s, w.Illustration); err != nil {
			if ie, ok := err.(*InputError); ok {
				c := *ie
				c.Field = "illustration." + c.Field
				return &c
			}
			return err
		}
	}
	return nil
}

// Started reports whether anything of the illustration has been filled in.
func (in Input) Started() bool {
	return in.BaseMonths != 0 || in.Crime != "" || len(in.Figures) > 0
}

func (p Proposal) check() error {
	if p == (Proposal{}) {
		return nil
	}
	if p.Fine < 0 {
		return &InputError{Field: "proposal.fine", Code: ErrNegativeFine}
	}
	if p.Penalty == "" {
		if p.Months != 0 || p.MonthsTo != 0 || p.Probation || p.ProbationMonths != 0 {
			return &InputError{Field: "proposal.penalty", Code: ErrBadValue}
		}
		return nil // a fine or a note only
	}
	lo, hi, ok := TermLimits(p.Penalty)
	if !ok {
		return &InputError{Field: "proposal.penalty", Code: ErrBadValue}
	}
	if p.Months < lo || p.Months > hi {
		return &InputError{Field: "proposal.months", Code: ErrTermRange, Min: lo, Max: hi}
	}
	if p.MonthsTo != 0 {
		if p.MonthsTo < p.Months {
			return &InputError{Field: "proposal.months_to", Code: ErrMonthsOrder}
		}
		if p.MonthsTo > hi {
			return &InputError{Field: "proposal.months_to", Code: ErrTermRange, Min: lo, Max: hi}
		}
	}
	top := max(p.Months, p.MonthsTo)
	if !p.Probation {
		if p.ProbationMonths != 0 {
			return &InputError{Field: "proposal.probation_months", Code: ErrProbationPeriod}
		}
		return nil
	}
	// Criminal Law Art. 72: probation only with criminal detention or fixed-term
	// imprisonment of 3 years or less
	if p.Penalty == Surveillance || (p.Penalty == FixedTerm && top > 36) {
		return &InputError{Field: "proposal.probation", Code: ErrProbationPenalty}
	}
	if p.ProbationMonths != 0 {
		// Art. 73: detention: the term up to 1 year, at least 2 months; fixed-term: the
		// term up to 5 years, at least 1 year
		plo, phi := max(top, 2), 12
		if p.Penalty == FixedTerm {
			plo, phi = max(top, 12), 60
		}
		if p.ProbationMonths < plo || p.ProbationMonths > phi {
			return &InputError{Field: "proposal.probation_months", Code: ErrProbationPeriod, Min: plo, Max: phi}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
