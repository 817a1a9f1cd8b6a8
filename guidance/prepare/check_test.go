package prepare

import (
	"errors"
	"testing"
)

func TestCheck(t *testing.T) {
	ok := Workspace{
		Facts:    []Fact{{Text: "took a phone", Stance: Admit}, {Text: "it was worth 8000", Stance: Dispute}},
		Marks:    map[string]Mark{"surrender": MayApply},
		Evidence: map[string]string{"surrender": "went with his father"},
		Proposal: Proposal{Penalty: FixedTerm, Months: 18, Probation: true, ProbationMonths: 24, Fine: 2000},
		Views:    Views{Asks: []string{"probation"}},
		Checks:   map[string]Answer{"lawyer-present": Yes, "recorded": No},
	}
	if err := ok.Check(testSet()); err != nil {
		t.Fatalf("valid workspace: %v", err)
	}
	tests := []struct {
		name  string
		edit  func(w *Workspace)
		field string
		code  ErrorCode
	}{
		{"empty fact", func(w *Workspace) { w.Facts[1].Text = "  " }, "facts[1].text", ErrEmptyText},
		{"bad stance", func(w *Workspace) { w.Facts[0].Stance = "maybe" }, "facts[0].stance", ErrBadValue},
		{"unknown mark", func(w *Workspace) { w.Marks["luck"] = Applies }, "marks.luck", ErrUnknown},
		{"bad mark", func(w *Workspace) { w.Marks["surrender"] = "yes" }, "marks.surrender", ErrBadValue},
		{"unknown evidence", func(w *Workspace) { w.Evidence["luck"] = "x" }, "evidence.luck", ErrUnknown},
		{"bad penalty", func(w *Workspace) { w.Proposal.Penalty = "death" }, "proposal.penalty", ErrBadValue},
		{"term too short", func(w *Workspace) { w.Proposal.Months = 5 }, "proposal.months", ErrTermRange},
		{"detention too long", func(w *Workspace) { w.Proposal.Penalty, w.Proposal.Months = Detention, 13 }, "proposal.months", ErrTermRange},
		{"range backwards", func(w *Workspace) { w.Proposal.MonthsTo = 12 }, "proposal.months_to", ErrMonthsOrder},
		{"probation over 3 years", func(w *Workspace) { w.Proposal.MonthsTo = 37 }, "proposal.probation", ErrProbationPenalty},
		{"probation with surveillance", func(w *Workspace) { w.Proposal.Penalty = Surveillance }, "proposal.probation", ErrProbationPenalty},
		{"probation shorter than the term", func(w *Workspace) { w.Proposal.ProbationMonths = 12 }, "proposal.probation_months", ErrProbationPeriod},
		{"probation over 5 years", func(w *Workspace) { w.Proposal.ProbationMonths = 61 }, "proposal.probation_months", ErrProbationPeriod},
		{"probation period without probation", func(w *Workspace) { w.Proposal.Probation = false }, "proposal.probation_months", ErrProbationPeriod},
		{"negative fine", func(w *Workspace) { w.Proposal.Fine = -1 }, "proposal.fine", ErrNegativeFine},
		{"bad ask", func(w *Workspace) { w.Views.Asks = append(w.Views.Asks, "acquittal") }, "views.asks[1]", ErrBadValue},
		{"unknown check", func(w *Workspace) { w.Checks["prayed"] = Yes }, "checks.prayed", ErrUnknown},
		{"bad check answer", func(w *Workspace) { w.Checks["recorded"] = "maybe" }, "checks.recorded", ErrBadValue},
		{"illustration field named", func(w *Workspace) { w.Illustration = Input{BaseMonths: -1, Crime: "crime-theft"} }, "illustration.base_months", ErrBaseNegative},
		{"illustration crime missing", func(w *Workspace) { w.Illustration = Input{BaseMonths: 12} }, "illustration.crime", ErrNoCrime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := *ok.Clone()
			tt.edit(&w)
			var ie *InputError
			if err := w.Check(testSet()); !errors.As(err, &ie) || ie.Field != tt.field || ie.Code != tt.code {
				t.Errorf("got %v, want %s %s", err, tt.field, tt.code)
			}
		})
	}
}
