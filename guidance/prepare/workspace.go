package prepare

// Stance is how the accused stands towards one charged fact.
type Stance string

// The stances towards a fact.
const (
	Admit   Stance = "admit"
	Dispute Stance = "dispute"
	Unsure  Stance = "unsure"
)

// Mark is how a circumstance is marked on the checklist.
type Mark string

// The marks of a circumstance.
const (
	Applies   Mark = "applies"
	MayApply  Mark = "may"
	DoesNot   Mark = "no"
	AskLawyer Mark = "ask"
)

// Penalty is a main penalty (主刑) a recommendation can name.
type Penalty string

// The main penalties a proposal can record (Criminal Law Art. 33); the illustration only
// covers fixed-term imprisonment.
const (
	Surveillance Penalty = "public-surveillance" // 管制
	Detention    Penalty = "criminal-detention"  // 拘役
	FixedTerm    Penalty = "fixed-term"          // 有期徒刑
)

// Fact is one charged fact as the accused or the family understands it.
type Fact struct {
	Text   string `json:"text"`
	Stance Stance `json:"stance,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Proposal is the sentencing recommendation the procuratorate made or offers.
type Proposal struct {
	Penalty         Penalty `json:"penalty,omitempty"`
	Months          int     `json:"months,omitempty"`    // the fixed term, or the range's low end
	MonthsTo        int     `json:"months_to,omitempty"` // the range's high end; 0 for a fixed term
	Probation       bool    `json:"probation,omitempty"`
	ProbationMonths int     `json:"probation_months,omitempty"`
	Fine            int     `json:"fine,omitempty"` // yuan
	Note            string  `json:"note,omitempty"`
}

// Fixed reports whether the proposal is a fixed term rather than a range.
func (p Proposal) Fixed() bool { return p.MonthsTo == 0 || p.MonthsTo == p.Months }

// Asks lists the things the defence side can ask for in its views.
var Asks = []string{"lower-term", "probation", "non-prosecution", "bail", "procedure"}

// Views is the defence side's note for the hearing of views (CPL Art. 173), written with
// the lawyer.
type Views struct {
	Accept string   `json:"accept,omitempty"` // what we accept
	Asks   []string `json:"asks,omitempty"`   // what we ask for, from Asks
	Other  string   `json:"other,omitempty"`  // anything else we ask for
	Why    string   `json:"why,omitempty"`    // and why: the circumstances and what shows them
}

// BeforeSign lists the checks before signing the plea statement, by ID; their texts and
// the topics they link to are content (circumstances.toml, [[check]]).
var BeforeSign = []string{
	"lawyer-present", "read-every-line", "facts-admitted", "recommendation-discussed",
	"withdrawal-cost", "recorded",
}

// Answer is a yes or no to a check before signing; "" is not answered yet.
type Answer string

// The answers to a check.
const (
	Yes Answer = "yes"
	No  Answer = "no"
)

// Workspace is everything typed on the Prepare screen, kept in the case file as typed.
type Workspace struct {
	Facts        []Fact            `json:"facts,omitempty"`
	Marks        map[string]Mark   `json:"marks,omitempty"`    // circumstance ID → mark
	Evidence     map[string]string `json:"evidence,omitempty"` // circumstance ID → what we have
	Proposal     Proposal          `json:"proposal"`
	Illustration Input             `json:"illustration"`
	Views        Views             `json:"views"`
	Checks       map[string]Answer `json:"checks,omitempty"` // BeforeSign ID → answer
}

// Empty reports whether nothing has been typed or ticked.
func (w *Workspace) Empty() bool {
	return w == nil || (len(w.Facts) == 0 && len(w.Marks) == 0 && len(w.Evidence) == 0 &&
		w.Proposal == (Proposal{}) && w.Illustration.BaseMonths == 0 && w.Illustration.Crime == "" &&
		len(w.Illustration.Figures) == 0 && w.Views.Accept == "" && len(w.Views.Asks) == 0 &&
		w.Views.Other == "" && w.Views.Why == "" && len(w.Checks) == 0)
}

// Warnings lists the before-signing checks answered "no", in BeforeSign order.
func (w *Workspace) Warnings() []string {
	var out []string
	for _, id := range BeforeSign {
		if w.Checks[id] == No {
			out = append(out, id)
		}
	}
	return out
}

// Clone is a deep copy of w (nil for nil).
func (w *Workspace) Clone() *Workspace {
	if w == nil {
		return nil
	}
	c := *w
	c.Facts = append([]Fact(nil), w.Facts...)
	c.Marks = cloneMap(w.Marks)
	c.Evidence = cloneMap(w.Evidence)
	c.Checks = cloneMap(w.Checks)
	c.Illustration.Figures = append([]Figure(nil), w.Illustration.Figures...)
	c.Views.Asks = append([]string(nil), w.Views.Asks...)
	return &c
}

func cloneMap[V any](m map[string]V) map[string]V {
	if m == nil {
		return nil
	}
	c := make(map[string]V, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Texts lists everything typed in w as free text, for the clipboard check at the end of a
// visit.
func (w *Workspace) Texts() []string {
	if w == nil {
		return nil
	}
	out := []string{w.Proposal.Note, w.Views.Accept, w.Views.Other, w.Views.Why}
	for _, f := range w.Facts {
		out = append(out, f.Text, f.Note)
	}
	for _, e := range w.Evidence {
		out = append(out, e)
	}
	return out
}

// MarkedInput is the illustration as the Prepare screen works it out: every circumstance
// marked "applies" that the guidance gives a percentage for, in the order of the set,
// with the figures typed for it (none typed is 0 %).
func (w *Workspace) MarkedInput(s *Set) Input {
	in := w.Illustration
	in.Figures = nil
	for _, c := range s.Circumstances {
		if w.Marks[c.ID] != Applies || !c.Guidance {
			continue
		}
		f := Figure{ID: c.ID}
		for _, x := range w.Illustration.Figures {
			if x.ID == c.ID {
				f = x
			}
		}
		in.Figures = append(in.Figures, f)
	}
	return in
}
