// Package interview is the "My situation" walkthrough as a pure state machine: answers in,
// the next question and a plan out. The questions, their conditions, the plan items and the
// key dates are data from the content pack (interview.toml and <lang>/interview.toml; see
// docs/walkthrough.md); this package only reads and applies them. It does no I/O beyond
// reading the files it is given, and knows nothing of screens or storage.
package interview

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/deadline"
)

// Unknown is the answer "I don't know"; every question accepts it.
const Unknown = "unknown"

// Sections of a plan.
const (
	SectionRights  = "rights"
	SectionOptions = "options"
	SectionActions = "actions"
)

// Answers maps question IDs to an option, Unknown, or a date (YYYY-MM-DD).
type Answers map[string]string

// Cond lists answers that must all hold: for every question ID, the answer is one of the
// values. An unanswered question counts as Unknown.
type Cond map[string][]string

// Holds reports whether the answers meet the condition.
func (c Cond) Holds(a Answers) bool {
	for q, values := range c {
		ans := a[q]
		if ans == "" {
			ans = Unknown
		}
		if !slices.Contains(values, ans) {
			return false
		}
	}
	return true
}

// Question is one step of the walkthrough.
type Question struct {
	ID      string
	Type    string // "choice" or "date"
	Options []string
	When    Cond
	// Future marks a date question whose answer may be after today (a hearing already
	// set): the plan does not ask to check it.
	Future bool
}

// IsDate reports whether the question asks for a date.
func (q Question) IsDate() bool { return q.Type == "date" }

// Item is a plan item, shown when its condition holds.
type Item struct {
	ID      string
	Section string
	Topic   string
	When    Cond
}

// Kinds of key date.
const (
	KindLimit  = "limit"   // a time limit the authorities must keep
	KindFileBy = "file-by" // a deadline the accused or the family must meet: never shown later than its unmoved last day
)

// DateRule counts a key date from a date answer: the normal period, then each extension
// the law allows, each counted from the same start.
type DateRule struct {
	ID       string
	From     string
	Fallback string // a date question to count from when From has no date; the plan says so
	Months   int
	Weeks    int
	Days     int
	Extend   []Extension
	Custody  string // "always", "never" or "if-held"
	Kind     string // KindLimit (the default) or KindFileBy
	Source   string
	Also     []string // sources of the other rules the date's words cite (what restarts it, how to file)
	When     Cond
}

// Extension is a longer period the law allows in some cases, counted from the rule's start.
type Extension struct {
	ID     string
	Months int
	Weeks  int
	Days   int
	Source string
}

// span orders periods roughly by length, for the check that an extension is longer.
func span(months, weeks, days int) int { return months*31 + weeks*7 + days }

// Calendars a walkthrough can name (calendar = "…" in interview.toml).
const (
	// CalendarOfficial is the State Council's schedule of holidays (deadline.Official).
	CalendarOfficial = "cn-official"
	// CalendarWeekends knows only Saturdays and Sundays as days off (deadline.Weekends):
	// for the packs we ship no holiday tables for.
	CalendarWeekends = "weekends"
)

// countings maps the names of counting = "…" to the rules of guidance/deadline.
var countings = map[string]deadline.Rule{
	"cpl-105":  deadline.CPL105,
	"frap-26":  deadline.FRAP26,
	"stpo-43":  deadline.StPO43,
	"tw-civil": deadline.TWCivil,
}

// Required questions: every walkthrough has them. role's answers family and helper read
// the plan in the third person; stage's options are the road of a case, in order.
const (
	QuestionRole  = "role"
	QuestionStage = "stage"
)

// HasLongest reports whether the law allows the date to be extended.
func (r DateRule) HasLongest() bool { return len(r.Extend) > 0 }

// FileBy reports whether the date is a deadline the accused or the family must meet.
func (r DateRule) FileBy() bool { return r.Kind == KindFileBy }

// Sources lists every source the date rests on: its own, its extensions' and the others
// its words cite, without repeats.
func (r DateRule) Sources() []string {
	out := []string{r.Source}
	for _, e := range r.Extend {
		out = append(out, e.Source)
	}
	out = append(out, r.Also...)
	var uniq []string
	for _, s := range out {
		if s != "" && !slices.Contains(uniq, s) {
			uniq = append(uniq, s)
		}
	}
	return uniq
}

// Interview is a whole walkthrough with its words in every language.
type Interview struct {
	// Calendar names the days off: CalendarOfficial (the default) or CalendarWeekends.
	Calendar string
	// Counting names how periods are counted: "cpl-105" (the default), "frap-26",
	// "stpo-43" or "tw-civil" (deadline.Rule).
	Counting string
	// Held lists, per question, the answers under which the person is held; a date with
	// custody "if-held" counts as custody when they all hold (and when one is unknown).
	Held Cond
	// Order lists pairs of date questions where the first cannot come after the second.
	Order [][]string
	// BankStages maps a stage (an option of the stage question) to the question-bank
	// stages its questions for the lawyer come from; a stage not listed uses itself.
	BankStages map[string][]string
	Questions  []Question
	Situations map[string]Cond
	Items      []Item     `toml:"item"`
	Dates      []DateRule `toml:"date"`
	Texts      map[guidance.Lang]*Texts
}

// Lang is the language the walkthrough is shown in for a reader of lang: lang itself when
// it has words in it, otherwise the closest it has (guidance.ContentLang). The mainland
// walkthrough has no 繁體中文 words, so a zh-Hant reader gets 简体中文, and is told so.
func (iv *Interview) Lang(lang guidance.Lang) guidance.Lang {
	if iv.Texts[lang] != nil {
		return lang
	}
	var have []guidance.Lang
	for _, l := range guidance.UILanguages {
		if iv.Texts[l] != nil {
			have = append(have, l)
		}
	}
	return guidance.ContentLang(lang, have)
}

// Cal is the calendar of days off the walkthrough counts with.
func (iv *Interview) Cal() deadline.Calendar {
	if iv.Calendar == CalendarWeekends {
		return deadline.Weekends{}
	}
	return deadline.Official{}
}

// Rule is how the walkthrough counts periods.
func (iv *Interview) Rule() deadline.Rule { return countings[iv.Counting] }

// Stages are the options of the stage question: the road of a case, in order.
func (iv *Interview) Stages() []string {
	q, _ := iv.question(QuestionStage)
	return q.Options
}

// bankStages are the question-bank stages for stage; nil (any stage) when it is unknown.
func (iv *Interview) bankStages(stage string) []string {
	if stage == "" || stage == Unknown {
		return nil
	}
	if b, ok := iv.BankStages[stage]; ok {
		return b
	}
	return []string{stage}
}

// Texts are the words of a walkthrough in one language.
type Texts struct {
	General  map[string]string
	Question map[string]QuestionText
	Item     map[string]ItemText
	Date     map[string]DateText
	Stage    map[string]StageText
}

// QuestionText is how a question is asked. TextOther addresses a family member or helper.
type QuestionText struct {
	Text      string
	TextOther string `toml:"text_other"`
	Help      string
	Unknown   string
	Options   map[string]string
}

// ItemText is a plan item's words; Gain, Cost and Lawyer are for options. The *Other
// fields address a family member or helper, who reads about the accused in the third
// person; where one is empty, the accused's words are used.
type ItemText struct {
	Title       string
	TitleOther  string `toml:"title_other"`
	Text        string
	TextOther   string `toml:"text_other"`
	Gain        string
	GainOther   string `toml:"gain_other"`
	Cost        string
	CostOther   string `toml:"cost_other"`
	Lawyer      string
	LawyerOther string `toml:"lawyer_other"`
}

// For is the item's words for a reader who is (other) or is not the accused.
func (x ItemText) For(other bool) ItemText {
	if !other {
		return x
	}
	pick := func(own, alt string) string {
		if alt != "" {
			return alt
		}
		return own
	}
	return ItemText{Title: pick(x.Title, x.TitleOther), Text: pick(x.Text, x.TextOther),
		Gain: pick(x.Gain, x.GainOther), Cost: pick(x.Cost, x.CostOther), Lawyer: pick(x.Lawyer, x.LawyerOther)}
}

// DateText is a key date in words. Text says what must happen by {{.Normal}}; Extend has
// one sentence per extension with {{.Date}} (and {{.Cite}}, its source); Moves says what
// restarts the count or leaves time out of it; Note is one more line of facts; Fallback
// says that the date is counted from the rule's fallback question; Label names the date
// on the timeline. Posted and Passed, when given, replace general.posted and the
// general note that the date is over (with {{.Date}} and {{.On}}) for this date alone.
// Moves, Note, Fallback and Posted cite a source with {{cite "id"}}; each of the rule's
// Also sources is cited in Moves, Note, Fallback or Posted.
type DateText struct {
	Label    string
	Text     string
	Extend   map[string]string
	Moves    string
	Note     string
	Fallback string
	Posted   string
	Passed   string
}

// StageText names a stage and says who decides in it.
type StageText struct{ Name, Who string }

type structureFile struct {
	Calendar   string
	Counting   string
	Held       Cond
	Order      [][]string
	BankStages map[string][]string `toml:"bank_stages"`
	Question   []Question
	Situations map[string]Cond
	Item       []Item
	Date       []DateRule
}

// Load reads the walkthrough of a pack: dir/interview.toml and dir/<lang>/interview.toml for
// each language. It checks that conditions name earlier questions and real options, that
// dates are counted from date questions, and that every language has every word.
func Load(fsys fs.FS, dir string, langs []guidance.Lang) (*Interview, error) {
	var sf structureFile
	file := path.Join(dir, "interview.toml")
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, fmt.Errorf("read walkthrough: %w", err)
	}
	md, err := toml.Decode(string(data), &sf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	var problems []string
	for _, k := range md.Undecoded() {
		problems = append(problems, fmt.Sprintf("%s: unknown field %q", file, k.String()))
	}
	for i := range sf.Date {
		if sf.Date[i].Kind == "" {
			sf.Date[i].Kind = KindLimit
		}
	}
	if sf.Calendar == "" {
		sf.Calendar = CalendarOfficial
	}
	if sf.Counting == "" {
		sf.Counting = "cpl-105"
	}
	iv := &Interview{Calendar: sf.Calendar, Counting: sf.Counting, Held: sf.Held, Order: sf.Order, BankStages: sf.BankStages,
		Questions: sf.Question, Situations: sf.Situations, Items: sf.Item, Dates: sf.Date, Texts: map[guidance.Lang]*Texts{}}
	problems = append(problems, iv.check(file)...)
	for _, lang := range langs {
		tf := path.Join(dir, string(lang), "interview.toml")
		var t Texts
		data, err := fs.ReadFile(fsys, tf)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", tf, err))
			continue
		}
		md, err := toml.Decode(string(data), &t)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", tf, err))
			continue
		}
		for _, k := range md.Undecoded() {
			problems = append(problems, fmt.Sprintf("%s: unknown field %q", tf, k.String()))
		}
		problems = append(problems, iv.checkTexts(tf, &t)...)
		iv.Texts[lang] = &t
	}
	if len(problems) > 0 {
		sort.Strings(problems)
		return nil, &Error{Problems: problems}
	}
	return iv, nil
}

// Error lists what is wrong with a walkthrough's files.
type Error struct{ Problems []string }

func (e *Error) Error() string {
	return fmt.Sprintf("walkthrough: %d problems, first: %s", len(e.Problems), e.Problems[0])
}

func (iv *Interview) question(id string) (Question, bool) {
	for _, q := range iv.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

func (iv *Interview) check(file string) []string {
	var p []string
	seen := map[string]bool{}
	checkCond := func(where string, c Cond, before map[string]bool) {
		for q, values := range c {
			qq, ok := iv.question(q)
			if !ok || (before != nil && !before[q]) {
				p = append(p, fmt.Sprintf("%s: %s: condition on %q, which is not an earlier question", file, where, q))
				continue
			}
			for _, v := range values {
				if v != Unknown && !slices.Contains(qq.Options, v) {
					p = append(p, fmt.Sprintf("%s: %s: %q is not an option of %q", file, where, v, q))
				}
			}
		}
	}
	for _, q := range iv.Questions {
		if seen[q.ID] {
			p = append(p, fmt.Sprintf("%s: question %q defined twice", file, q.ID))
		}
		switch q.Type {
		case "", "choice":
			if len(q.Options) == 0 {
				p = append(p, fmt.Sprintf("%s: question %q has no options", file, q.ID))
			}
		case "date":
		default:
			p = append(p, fmt.Sprintf("%s: question %q: type must be choice or date", file, q.ID))
		}
		if q.Future && !q.IsDate() {
			p = append(p, fmt.Sprintf("%s: question %q: only a date question can be future", file, q.ID))
		}
		checkCond("question "+q.ID, q.When, seen)
		seen[q.ID] = true
	}
	for name, c := range iv.Situations {
		checkCond("situation "+name, c, nil)
	}
	p = append(p, iv.checkPack(file, checkCond)...)
	for _, it := range iv.Items {
		if !slices.Contains([]string{SectionRights, SectionOptions, SectionActions}, it.Section) {
			p = append(p, fmt.Sprintf("%s: item %q: section must be rights, options or actions", file, it.ID))
		}
		if it.Topic == "" {
			p = append(p, fmt.Sprintf("%s: item %q names no topic", file, it.ID))
		}
		checkCond("item "+it.ID, it.When, nil)
	}
	for _, d := range iv.Dates {
		for i, from := range []string{d.From, d.Fallback} {
			if i == 1 && from == "" {
				continue
			}
			if q, ok := iv.question(from); !ok || !q.IsDate() {
				p = append(p, fmt.Sprintf("%s: date %q counts from %q, which is not a date question", file, d.ID, from))
			}
		}
		if !slices.Contains([]string{"always", "never", "if-held"}, d.Custody) {
			p = append(p, fmt.Sprintf("%s: date %q: custody must be always, never or if-held", file, d.ID))
		}
		if !slices.Contains([]string{KindLimit, KindFileBy}, d.Kind) {
			p = append(p, fmt.Sprintf("%s: date %q: kind must be limit or file-by", file, d.ID))
		}
		if d.FileBy() && len(d.Extend) > 0 {
			p = append(p, fmt.Sprintf("%s: date %q: a deadline to act by has no extensions", file, d.ID))
		}
		if d.Source == "" {
			p = append(p, fmt.Sprintf("%s: date %q cites no source", file, d.ID))
		}
		if d.Custody == "if-held" && len(iv.Held) == 0 {
			p = append(p, fmt.Sprintf("%s: date %q: custody \"if-held\" needs the top-level held = { question = [answers] }", file, d.ID))
		}
		p = append(p, iv.checkUnits(file, "date "+d.ID, d.Months, d.Weeks, d.Days)...)
		for _, e := range d.Extend {
			if e.ID == "" || e.Source == "" || span(e.Months, e.Weeks, e.Days) <= span(d.Months, d.Weeks, d.Days) {
				p = append(p, fmt.Sprintf("%s: date %q: extension %q needs an id, a source and a longer period", file, d.ID, e.ID))
			}
			p = append(p, iv.checkUnits(file, "date "+d.ID+" extension "+e.ID, e.Months, e.Weeks, e.Days)...)
		}
		checkCond("date "+d.ID, d.When, nil)
	}
	return p
}

func (iv *Interview) checkTexts(file string, t *Texts) []string {
	var p []string
	missing := func(what string) { p = append(p, fmt.Sprintf("%s: %s is missing", file, what)) }
	for _, q := range iv.Questions {
		qt, ok := t.Question[q.ID]
		if !ok || qt.Text == "" || qt.Help == "" {
			missing("question." + q.ID + " (text and help)")
			continue
		}
		if q.IsDate() {
			if qt.Unknown == "" {
				missing("question." + q.ID + ".unknown")
			}
			continue
		}
		for _, o := range append(slices.Clone(q.Options), Unknown) {
			if qt.Options[o] == "" {
				missing("question." + q.ID + ".options." + o)
			}
		}
	}
	for _, it := range iv.Items {
		x, ok := t.Item[it.ID]
		if !ok || x.Title == "" || x.Text == "" {
			missing("item." + it.ID + " (title and text)")
		} else if it.Section == SectionOptions && (x.Gain == "" || x.Cost == "" || x.Lawyer == "") {
			missing("item." + it.ID + " gain, cost and lawyer")
		}
	}
	for _, d := range iv.Dates {
		x := t.Date[d.ID]
		if !strings.Contains(x.Text, "{{.Normal}}") || x.Label == "" {
			missing("date." + d.ID + " (label, and text with {{.Normal}})")
		}
		for _, e := range d.Extend {
			if !strings.Contains(x.Extend[e.ID], "{{.Date}}") {
				missing("date." + d.ID + ".extend." + e.ID + " with {{.Date}}")
			}
		}
		if d.Fallback != "" && x.Fallback == "" {
			missing("date." + d.ID + ".fallback")
		}
		for _, id := range d.Also {
			if !strings.Contains(x.Moves+x.Note+x.Fallback+x.Posted, `"`+id+`"`) {
				missing("date." + d.ID + " citing " + id + " in moves, note, fallback or posted")
			}
		}
	}
	for _, s := range iv.Stages() {
		if t.Stage[s].Name == "" {
			missing("stage." + s)
		}
	}
	for _, k := range iv.generalKeys() {
		if t.General[k] == "" {
			missing("general." + k)
		}
	}
	return p
}

// checkPack checks what makes the walkthrough a pack's own: its calendar and counting,
// the required questions, the held answers, the date order and the stages.
func (iv *Interview) checkPack(file string, checkCond func(string, Cond, map[string]bool)) []string {
	var p []string
	add := func(format string, args ...any) {
		p = append(p, fmt.Sprintf("%s: "+format, append([]any{file}, args...)...))
	}
	if iv.Calendar != CalendarOfficial && iv.Calendar != CalendarWeekends {
		add("calendar must be %q or %q", CalendarOfficial, CalendarWeekends)
	}
	if rule, ok := countings[iv.Counting]; !ok {
		add("counting must be one of cpl-105, frap-26, stpo-43, tw-civil")
	} else if iv.Calendar == CalendarOfficial && rule != deadline.CPL105 {
		add("calendar %q is mainland China's: it goes with counting \"cpl-105\"", CalendarOfficial)
	}
	if q, ok := iv.question(QuestionRole); !ok || !slices.Contains(q.Options, "accused") {
		add("the required question %q (with the option \"accused\") is missing", QuestionRole)
	}
	if _, ok := iv.question(QuestionStage); !ok {
		add("the required question %q is missing", QuestionStage)
	}
	checkCond("held", iv.Held, nil)
	for _, pair := range iv.Order {
		if len(pair) != 2 {
			add("order: each pair names two date questions, not %d", len(pair))
			continue
		}
		for _, id := range pair {
			if q, ok := iv.question(id); !ok || !q.IsDate() {
				add("order: %q is not a date question", id)
			}
		}
	}
	stages := iv.Stages()
	for s, bank := range iv.BankStages {
		if !slices.Contains(stages, s) {
			add("bank_stages: %q is not an option of the stage question", s)
		}
		for _, b := range bank {
			if !slices.Contains(guidance.Stages(), b) {
				add("bank_stages.%s: %q is not a question-bank stage (one of %s)", s, b, strings.Join(guidance.Stages(), ", "))
			}
		}
	}
	for _, s := range stages {
		if _, ok := iv.BankStages[s]; !ok && !slices.Contains(guidance.Stages(), s) {
			add("stage %q needs bank_stages.%s: the question-bank stages (%s) its questions come from", s, s, strings.Join(guidance.Stages(), ", "))
		}
	}
	return p
}

// checkUnits checks a period's units against the counting rule: mainland China counts in
// months and days, the US rule in days; the others take one unit a period, except that
// stpo-43 chains weeks and then months.
func (iv *Interview) checkUnits(file, where string, months, weeks, days int) []string {
	var p []string
	rule := iv.Rule()
	units := 0
	for _, n := range []int{months, weeks, days} {
		if n < 0 {
			p = append(p, fmt.Sprintf("%s: %s: a period is not negative", file, where))
		}
		if n != 0 {
			units++
		}
	}
	switch {
	case units == 0:
		p = append(p, fmt.Sprintf("%s: %s: give months, weeks or days", file, where))
	case rule == deadline.CPL105 && weeks != 0:
		p = append(p, fmt.Sprintf("%s: %s: counting cpl-105 has months and days, not weeks", file, where))
	case rule == deadline.FRAP26 && (months != 0 || weeks != 0):
		p = append(p, fmt.Sprintf("%s: %s: counting frap-26 counts days (FRAP 26(a)(1)): give days", file, where))
	case rule == deadline.StPO43 && units == 2 && weeks != 0 && months != 0:
		// weeks, then months from their end (§§ 341, 345 StPO)
	case rule != deadline.CPL105 && units > 1:
		p = append(p, fmt.Sprintf("%s: %s: give one of months, weeks or days (under stpo-43 also weeks and months: the months count from the weeks' end)", file, where))
	}
	return p
}

// Active lists the questions that apply to these answers, in order. A question whose
// condition depends on a later answer never applies.
func (iv *Interview) Active(a Answers) []Question {
	var out []Question
	for _, q := range iv.Questions {
		if q.When.Holds(a) {
			out = append(out, q)
		}
	}
	return out
}

// Next is the first question that applies and has no answer yet; false when the
// walkthrough is complete.
func (iv *Interview) Next(a Answers) (Question, bool) {
	for _, q := range iv.Active(a) {
		if a[q.ID] == "" {
			return q, true
		}
	}
	return Question{}, false
}

// Progress counts the answered and all applying questions.
func (iv *Interview) Progress(a Answers) (answered, total int) {
	for _, q := range iv.Active(a) {
		total++
		if a[q.ID] != "" {
			answered++
		}
	}
	return answered, total
}

// FieldError names an answer that cannot be used.
type FieldError struct {
	Field, Value, Problem string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("answer %q = %q: %s", e.Field, e.Value, e.Problem)
}

// Check rejects answers to unknown questions, values that are not options, and dates that
// do not exist.
func (iv *Interview) Check(a Answers) error {
	ids := make([]string, 0, len(a))
	for id := range a {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		v := a[id]
		q, ok := iv.question(id)
		switch {
		case !ok:
			return &FieldError{id, v, "no such question"}
		case v == Unknown:
		case q.IsDate():
			if _, err := deadline.ParseDate(v); err != nil {
				return &FieldError{id, v, "not a real date in the form YYYY-MM-DD"}
			}
		case !slices.Contains(q.Options, v):
			return &FieldError{id, v, "not one of " + strings.Join(append(slices.Clone(q.Options), Unknown), ", ")}
		}
	}
	return nil
}

// LoadPacks reads the walkthrough of every pack under the root of fsys that has one (a
// folder with a pack.toml and an interview.toml), in the languages its pack.toml lists.
// The map is keyed by pack ID; the error lists every pack's problems, each naming its file.
func LoadPacks(fsys fs.FS) (map[string]*Interview, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("read content folder: %w", err)
	}
	out := map[string]*Interview{}
	var problems []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		iv, found, p := loadPack(fsys, e.Name())
		problems = append(problems, p...)
		if found && len(p) == 0 {
			out[e.Name()] = iv
		}
	}
	if len(problems) > 0 {
		return out, &Error{Problems: problems}
	}
	return out, nil
}

// hasWalkthrough reports whether folder dir of fsys is a pack with a walkthrough, without
// reading it.
func hasWalkthrough(fsys fs.FS, dir string) bool {
	for _, f := range []string{"pack.toml", "interview.toml"} {
		if _, err := fs.Stat(fsys, path.Join(dir, f)); err != nil {
			return false
		}
	}
	return true
}

// loadPack reads the walkthrough of the pack in folder dir of fsys, in the languages its
// pack.toml lists; found is false when the folder is not a pack with a walkthrough, and
// problems name their files.
func loadPack(fsys fs.FS, dir string) (iv *Interview, found bool, problems []string) {
	if !hasWalkthrough(fsys, dir) {
		return nil, false, nil
	}
	file := path.Join(dir, "pack.toml")
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, true, []string{fmt.Sprintf("%s: %v", file, err)}
	}
	var pf struct {
		Languages []guidance.Lang
	}
	if _, err := toml.Decode(string(data), &pf); err != nil {
		return nil, true, []string{fmt.Sprintf("%s: %v", file, err)}
	}
	iv, err = Load(fsys, dir, pf.Languages)
	var ierr *Error
	switch {
	case errors.As(err, &ierr):
		return nil, true, ierr.Problems
	case err != nil:
		return nil, true, []string{fmt.Sprintf("%s: %v", path.Join(dir, "interview.toml"), err)}
	}
	return iv, true, nil
}
