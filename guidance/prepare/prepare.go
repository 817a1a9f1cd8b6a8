// Package prepare is the defence side's workspace for the plea talk: the facts as the
// accused understands them, the circumstances that may lower the sentence, the proposal
// the procuratorate made, an illustration of how the 2021 sentencing guidance works a
// sentence out, the views for the hearing and the checks before signing.
//
// The circumstances and the crimes come from content (circumstances.toml in each language
// of a pack, read by guidance/content); this package holds the types and the arithmetic.
// It never imports a UI toolkit.
package prepare

import (
	"strconv"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
)

// Direction says whether a circumstance lowers or raises the base sentence.
type Direction string

// The directions of a circumstance.
const (
	Down Direction = "down"
	Up   Direction = "up"
)

// Band is the range the sentencing guidance gives for a circumstance, in whole percent of
// the base sentence. Only bands the fact sheet marks settled are in content.
type Band struct {
	Min int // the lowest reduction (or increase) the guidance names; 0 for "up to"
	Max int // the highest
}

// Circumstance is one circumstance that may change the sentence, in one language.
type Circumstance struct {
	ID          string
	Name        string
	Explanation string   // Markdown with src:, term: and topic: links
	Term        string   // glossary term that explains the word
	Topic       string   // library topic to read more
	Shows       []string // what shows it (evidence, papers)
	Checklist   []int    // family-checklist items (1-based) that gather what shows it

	// Language-neutral rules, the same in every language.
	Direction Direction
	Guidance  bool   // the guidance gives it a percentage; false: the illustration refuses it
	Band      *Band  // nil: no band the fact sheet settles; the lawyer's figure is used, flagged
	Source    string // the source of the band or of the rule (src ID)
	First     bool   // applied to the base sentence first (SG 2021 Part II (二) 2)
	Plea      bool   // this is the plea (认罪认罚) itself
	LiftedMax int    // for the plea: the cap when a circumstance that lifts it is confirmed
	Overlaps  bool   // not evaluated twice with the plea (SG 2021 Part III (十四))
	LiftsCap  bool   // one of the circumstances that lift the plea cap (SG 2021 Part III (十四))
	Group     string // at most one circumstance of a group may be confirmed
	NotWith   []string
	// OnlyCrimes, when set, lists the crimes for which the circumstance can exist.
	OnlyCrimes []string
}

// Crime is a crime the illustration knows about: whether the 2021 guidance covers it and
// whether its leniency is applied strictly.
type Crime struct {
	ID      string // the crime guide's topic ID
	Name    string
	Covered bool   // the 2021 guidance covers this crime
	Strict  bool   // the guidance applies its leniency strictly for this kind of crime
	Note    string // why it is not covered, or what is strict; Markdown with links
}

// Set is the circumstances and crimes of one pack in one language, with the texts of the
// Prepare screen that state the law (Markdown with links; see TextKeys).
type Set struct {
	Pack          string
	Lang          guidance.Lang
	Circumstances []Circumstance
	Crimes        []Crime
	Texts         map[string]string // TextKeys → text
	Checks        []Check           // in BeforeSign order
	// ChecklistTopic is the topic whose first list the circumstances' Checklist numbers.
	ChecklistTopic string
	// WarningTopic is the topic a "no" before signing points to.
	WarningTopic string
}

// Check is one check before signing: its text and the topic that explains it.
type Check struct {
	ID, Text, Topic string
}

// TextKeys are the texts every language's circumstances.toml must give, and whether each
// must cite a source.
var TextKeys = map[string]bool{
	"facts": true, "caption": true, "not-shown": true, "minimum": true, "views": true,
	"within-plea": true, "excluded": true, "several-first": true,
	"unchecked": false, "no-band": false, "unchecked-band": false,
	"band-up-to": false, "band-range": false, "warning": false,
}

// BandText is the band of c in words, from the set's band-up-to and band-range texts, or
// the text that says why there is none.
func (s *Set) BandText(c *Circumstance) string {
	switch {
	case !c.Guidance:
		return s.Texts["no-band"]
	case c.Band == nil:
		return s.Texts["unchecked-band"]
	}
	t := s.Texts["band-range"]
	if c.Band.Min == 0 {
		t = s.Texts["band-up-to"]
	}
	return strings.NewReplacer("{min}", strconv.Itoa(c.Band.Min), "{max}", strconv.Itoa(c.Band.Max)).Replace(t)
}

// Circumstance is the circumstance with id, or nil.
func (s *Set) Circumstance(id string) *Circumstance {
	for i := range s.Circumstances {
		if s.Circumstances[i].ID == id {
			return &s.Circumstances[i]
		}
	}
	return nil
}

// Crime is the crime with id, or nil.
func (s *Set) Crime(id string) *Crime {
	for i := range s.Crimes {
		if s.Crimes[i].ID == id {
			return &s.Crimes[i]
		}
	}
	return nil
}
