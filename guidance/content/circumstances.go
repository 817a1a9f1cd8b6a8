package content

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// CircumstancesFile is the file, in each language folder of a pack, that lists the
// circumstances and crimes of the Prepare screen (see docs/prepare.md).
const CircumstancesFile = "circumstances.toml"

type circumstancesFile struct {
	ChecklistTopic string `toml:"checklist_topic"`
	WarningTopic   string `toml:"warning_topic"`
	Texts          map[string]string
	Check          []struct {
		ID, Text, Topic string
	}
	Crime []struct {
		ID      string
		Name    string
		Covered bool
		Strict  bool
		Note    string
	}
	Circumstance []struct {
		ID          string
		Name        string
		Explanation string
		Term        string
		Topic       string
		Shows       []string
		Checklist   []int
		Direction   string
		Guidance    bool
		Band        []int
		Source      string
		First       bool
		Plea        bool
		LiftedMax   int `toml:"lifted_max"`
		Overlaps    bool
		LiftsCap    bool `toml:"lifts_cap"`
		Group       string
		NotWith     []string `toml:"not_with"`
		OnlyCrimes  []string `toml:"only_crimes"`
	}
}

// ChecklistItems is the text of each item of a checklist topic's first list, in order:
// the boxes the library shows and circumstances.toml numbers from 1.
func ChecklistItems(body string) []string {
	doc := Parse(body)
	for _, b := range doc.Blocks {
		if b.Kind != BlockList {
			continue
		}
		var out []string
		for _, item := range b.Items {
			var s strings.Builder
			for _, ib := range item {
				s.WriteString(ib.Text())
			}
			out = append(out, s.String())
		}
		return out
	}
	return nil
}

// Circumstances reads and checks the circumstances.toml of every language of pack p
// (already loaded from fsys). A pack without the file in any language has none; a pack
// with it in some languages but not others is a problem.
func Circumstances(fsys fs.FS, p guidance.Pack) (map[guidance.Lang]*prepare.Set, []Problem) {
	l := &loader{fsys: fsys}
	sets := map[guidance.Lang]*prepare.Set{}
	files := map[guidance.Lang]string{}
	for _, lang := range p.Languages {
		file := path.Join(p.ID, string(lang), CircumstancesFile)
		if _, err := fs.Stat(fsys, file); err != nil {
			continue
		}
		files[lang] = file
		if s := l.loadCircumstances(file, lang, p); s != nil {
			sets[lang] = s
		}
	}
	if len(files) > 0 {
		for _, lang := range p.Languages {
			if files[lang] == "" {
				l.add(path.Join(p.ID, string(lang), CircumstancesFile), 0, "file is missing (other languages of the pack have one)")
			}
		}
	}
	l.checkCircumstanceParity(p, files, sets)
	return sets, l.problems
}

func (l *loader) loadCircumstances(file string, lang guidance.Lang, p guidance.Pack) *prepare.Set {
	data, ok := l.read(file)
	if !ok {
		return nil
	}
	var cf circumstancesFile
	if !l.decodeTOML(file, data, 0, &cf) {
		return nil
	}
	ids := indexIDs(data)
	topics := map[string]*guidance.Topic{}
	for i := range p.Topics {
		if p.Topics[i].Lang == lang {
			topics[p.Topics[i].ID] = &p.Topics[i]
		}
	}
	terms := map[string]bool{}
	for _, t := range p.Terms {
		if t.Lang == lang {
			terms[t.ID] = true
		}
	}
	// links in explanations and notes resolve like links in topics
	checkText := func(line int, what, text string, needSource bool) {
		doc := Parse(text)
		cites := false
		for _, ln := range doc.Links {
			switch ln.Scheme {
			case "term":
				if !terms[ln.Target] {
					l.add(file, line, "%s: link to unknown glossary term %q", what, ln.Target)
				}
			case "topic":
				if topics[ln.Target] == nil {
					l.add(file, line, "%s: link to unknown topic %q", what, ln.Target)
				}
			case "src":
				cites = true
				if _, ok := p.Sources[ln.Target]; !ok {
					l.add(file, line, "%s: citation of unknown source %q", what, ln.Target)
				}
			default:
				l.add(file, line, "%s: link %q: only term:, topic: and src: links are allowed", what, ln.Dest)
			}
		}
		if needSource && !cites {
			l.add(file, line, "%s cites no source: add at least one [text](src:ID)", what)
		}
	}

	items := 0
	if cf.ChecklistTopic != "" {
		t := topics[cf.ChecklistTopic]
		switch {
		case t == nil:
			l.add(file, lineOfKey(data, "checklist_topic"), "checklist_topic %q is not a topic in %s", cf.ChecklistTopic, lang)
		case !t.Checklist:
			l.add(file, lineOfKey(data, "checklist_topic"), "topic %q is not a checklist (checklist = true)", cf.ChecklistTopic)
		default:
			items = len(ChecklistItems(t.Body))
		}
	}

	s := &prepare.Set{Pack: p.ID, Lang: lang, Texts: map[string]string{}, ChecklistTopic: cf.ChecklistTopic}
	for _, key := range sortedKeys(prepare.TextKeys) {
		text := strings.TrimSpace(cf.Texts[key])
		if text == "" {
			l.add(file, lineOfTable(data, "texts"), "texts.%s is missing", key)
			continue
		}
		checkText(lineOfKey(data, key), "texts."+key, text, prepare.TextKeys[key])
		s.Texts[key] = text
	}
	for key := range cf.Texts {
		if _, ok := prepare.TextKeys[key]; !ok {
			l.add(file, lineOfKey(data, key), "texts.%s is not a text the Prepare screen uses", key)
		}
	}
	for _, k := range []string{"band-up-to", "band-range"} {
		if !strings.Contains(s.Texts[k], "{max}") || (k == "band-range" && !strings.Contains(s.Texts[k], "{min}")) {
			l.add(file, lineOfKey(data, k), "texts.%s must hold {max}%s", k, map[bool]string{true: " and {min}"}[k == "band-range"])
		}
	}
	byID := map[string]int{}
	for i, c := range cf.Check {
		line := ids[c.ID]
		if !slices.Contains(prepare.BeforeSign, c.ID) {
			l.add(file, line, "check %q is not a check before signing (one of %s)", c.ID, strings.Join(prepare.BeforeSign, ", "))
			continue
		}
		if _, dup := byID[c.ID]; dup {
			l.add(file, line, "check %q defined twice", c.ID)
		}
		byID[c.ID] = i
		if strings.TrimSpace(c.Text) == "" {
			l.add(file, line, "check %q has no text", c.ID)
		} else {
			checkText(line, fmt.Sprintf("check %q", c.ID), c.Text, false)
		}
		if topics[c.Topic] == nil {
			l.add(file, line, "check %q: topic %q is not a topic in %s", c.ID, c.Topic, lang)
		}
	}
	for _, id := range prepare.BeforeSign {
		i, ok := byID[id]
		if !ok {
			l.add(file, 0, "check %q is missing", id)
			continue
		}
		c := cf.Check[i]
		s.Checks = append(s.Checks, prepare.Check{ID: c.ID, Text: strings.TrimSpace(c.Text), Topic: c.Topic})
	}
	s.WarningTopic = cf.WarningTopic
	if topics[cf.WarningTopic] == nil {
		l.add(file, lineOfKey(data, "warning_topic"), "warning_topic %q is not a topic in %s", cf.WarningTopic, lang)
	}
	seen := map[string]bool{}
	for _, c := range cf.Crime {
		line := ids[c.ID]
		l.checkID(file, line, "crime", c.ID)
		if seen[c.ID] {
			l.add(file, line, "crime %q defined twice", c.ID)
		}
		seen[c.ID] = true
		if topics[c.ID] == nil {
			l.add(file, line, "crime %q is not a topic (a crime's id is its crime guide)", c.ID)
		}
		if strings.TrimSpace(c.Name) == "" {
			l.add(file, line, "crime %q has no name", c.ID)
		}
		if !c.Covered && strings.TrimSpace(c.Note) == "" {
			l.add(file, line, "crime %q is not covered: its note must say why", c.ID)
		}
		if c.Note != "" {
			checkText(line, fmt.Sprintf("crime %q note", c.ID), c.Note, !c.Covered || c.Strict)
		}
		s.Crimes = append(s.Crimes, prepare.Crime{ID: c.ID, Name: strings.TrimSpace(c.Name), Covered: c.Covered, Strict: c.Strict, Note: strings.TrimSpace(c.Note)})
	}
	crimes := seen
	seen = map[string]bool{}
	pleas := 0
	for _, c := range cf.Circumstance {
		line := ids[c.ID]
		l.checkID(file, line, "circumstance", c.ID)
		if seen[c.ID] || crimes[c.ID] {
			l.add(file, line, "circumstance %q defined twice", c.ID)
		}
		seen[c.ID] = true
		what := fmt.Sprintf("circumstance %q", c.ID)
		if strings.TrimSpace(c.Name) == "" {
			l.add(file, line, "%s has no name", what)
		}
		if strings.TrimSpace(c.Explanation) == "" {
			l.add(file, line, "%s has no explanation", what)
		} else {
			checkText(line, what+" explanation", c.Explanation, true)
		}
		if c.Term != "" && !terms[c.Term] {
			l.add(file, line, "%s: unknown glossary term %q", what, c.Term)
		}
		if c.Topic == "" || topics[c.Topic] == nil {
			l.add(file, line, "%s: topic %q is not a topic in %s", what, c.Topic, lang)
		}
		if c.Source == "" {
			l.add(file, line, "%s names no source (source = \"…\")", what)
		} else if _, ok := p.Sources[c.Source]; !ok {
			l.add(file, line, "%s: unknown source %q", what, c.Source)
		}
		if len(c.Shows) == 0 {
			l.add(file, line, "%s says nothing about what shows it (shows = [\"…\"])", what)
		}
		for _, n := range c.Checklist {
			if cf.ChecklistTopic == "" {
				l.add(file, line, "%s: checklist items need checklist_topic", what)
				break
			}
			if items > 0 && (n < 1 || n > items) {
				l.add(file, line, "%s: checklist item %d is not in %q (it has %d)", what, n, cf.ChecklistTopic, items)
			}
		}
		dir := prepare.Direction(c.Direction)
		if dir != prepare.Down && dir != prepare.Up {
			l.add(file, line, "%s: direction must be \"down\" or \"up\", not %q", what, c.Direction)
		}
		var band *prepare.Band
		switch len(c.Band) {
		case 0:
		case 2:
			band = &prepare.Band{Min: c.Band[0], Max: c.Band[1]}
			if band.Min < 0 || band.Max <= 0 || band.Min > band.Max || band.Max >= 100 {
				l.add(file, line, "%s: band %v must be [min, max] with 0 <= min <= max < 100 and max > 0", what, c.Band)
			}
			if !c.Guidance {
				l.add(file, line, "%s has a band but guidance = false", what)
			}
		default:
			l.add(file, line, "%s: band must be [min, max]", what)
		}
		if c.Plea {
			pleas++
			if band == nil {
				l.add(file, line, "%s: the plea needs a band", what)
			} else if c.LiftedMax != 0 && (c.LiftedMax <= band.Max || c.LiftedMax >= 100) {
				l.add(file, line, "%s: lifted_max %d must be above the band's max and below 100", what, c.LiftedMax)
			}
			if c.Overlaps || c.LiftsCap || c.First {
				l.add(file, line, "%s: the plea cannot overlap itself, lift its own cap or be applied first", what)
			}
		} else if c.LiftedMax != 0 {
			l.add(file, line, "%s: only the plea has lifted_max", what)
		}
		if c.First && dir == prepare.Down && band != nil && band.Max >= 100 {
			l.add(file, line, "%s: a circumstance applied first cannot take 100 %%", what)
		}
		if !c.Guidance && (c.First || c.Overlaps || c.LiftsCap || c.Plea) {
			l.add(file, line, "%s: guidance = false, so it cannot have a role in the guidance's method", what)
		}
		s.Circumstances = append(s.Circumstances, prepare.Circumstance{
			ID: c.ID, Name: strings.TrimSpace(c.Name), Explanation: strings.TrimSpace(c.Explanation),
			Term: c.Term, Topic: c.Topic, Shows: c.Shows, Checklist: c.Checklist,
			Direction: dir, Guidance: c.Guidance, Band: band, Source: c.Source, First: c.First,
			Plea: c.Plea, LiftedMax: c.LiftedMax, Overlaps: c.Overlaps, LiftsCap: c.LiftsCap,
			Group: c.Group, NotWith: c.NotWith, OnlyCrimes: c.OnlyCrimes,
		})
	}
	if pleas > 1 {
		l.add(file, 0, "more than one circumstance has plea = true")
	}
	for _, c := range s.Circumstances {
		for _, id := range c.NotWith {
			if !seen[id] {
				l.add(file, ids[c.ID], "circumstance %q: not_with names unknown circumstance %q", c.ID, id)
			}
		}
		for _, id := range c.OnlyCrimes {
			if !crimes[id] {
				l.add(file, ids[c.ID], "circumstance %q: only_crimes names unknown crime %q", c.ID, id)
			}
		}
	}
	return s
}

// neutral is a circumstance's or crime's language-neutral fields, which every language
// must agree on.
func neutralCircumstance(c prepare.Circumstance) string {
	band := "none"
	if c.Band != nil {
		band = fmt.Sprintf("%d-%d", c.Band.Min, c.Band.Max)
	}
	return fmt.Sprintf("direction=%s guidance=%t band=%s source=%s first=%t plea=%t lifted_max=%d overlaps=%t lifts_cap=%t group=%s not_with=%v only_crimes=%v checklist=%v term=%s topic=%s",
		c.Direction, c.Guidance, band, c.Source, c.First, c.Plea, c.LiftedMax, c.Overlaps, c.LiftsCap, c.Group, c.NotWith, c.OnlyCrimes, c.Checklist, c.Term, c.Topic)
}

func (l *loader) checkCircumstanceParity(p guidance.Pack, files map[guidance.Lang]string, sets map[guidance.Lang]*prepare.Set) {
	if len(p.Languages) < 2 || sets[p.Languages[0]] == nil {
		return
	}
	first := sets[p.Languages[0]]
	for _, lang := range p.Languages[1:] {
		other := sets[lang]
		if other == nil {
			continue
		}
		data, _ := fs.ReadFile(l.fsys, files[lang])
		ids := indexIDs(data)
		for _, c := range first.Circumstances {
			o := other.Circumstance(c.ID)
			switch {
			case o == nil:
				l.add(files[lang], 0, "circumstance %q exists in %s but not in %s", c.ID, first.Lang, lang)
			case neutralCircumstance(*o) != neutralCircumstance(c):
				l.add(files[lang], ids[c.ID], "circumstance %q: %s in %s but %s in %s", c.ID, neutralCircumstance(*o), lang, neutralCircumstance(c), first.Lang)
			}
		}
		for _, o := range other.Circumstances {
			if first.Circumstance(o.ID) == nil {
				l.add(files[lang], ids[o.ID], "circumstance %q exists in %s but not in %s", o.ID, lang, first.Lang)
			}
		}
		if first.WarningTopic != other.WarningTopic || first.ChecklistTopic != other.ChecklistTopic ||
			!slices.EqualFunc(first.Checks, other.Checks, func(a, b prepare.Check) bool { return a.ID == b.ID && a.Topic == b.Topic }) {
			l.add(files[lang], 0, "warning_topic, checklist_topic or the checks' topics differ from %s", first.Lang)
		}
		if !slices.EqualFunc(first.Crimes, other.Crimes, func(a, b prepare.Crime) bool {
			return a.ID == b.ID && a.Covered == b.Covered && a.Strict == b.Strict
		}) {
			l.add(files[lang], 0, "the crimes (id, covered, strict, in order) differ from %s", first.Lang)
		}
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ReadCircumstances reads the circumstances.toml of pack packID in langs without checking
// links against the pack (the app's built-in content is checked by `content lint` and the
// tests); it is what the app loads at start. It fails when a file is missing or cannot be
// decoded.
func ReadCircumstances(fsys fs.FS, packID string, langs []guidance.Lang) (map[guidance.Lang]*prepare.Set, error) {
	l := &loader{fsys: fsys}
	sets := map[guidance.Lang]*prepare.Set{}
	for _, lang := range langs {
		file := path.Join(packID, string(lang), CircumstancesFile)
		n := len(l.problems)
		s := l.loadCircumstances(file, lang, guidance.Pack{ID: packID})
		if s == nil {
			msg := "cannot decode"
			if len(l.problems) > n {
				msg = l.problems[n].String()
			}
			return nil, fmt.Errorf("read circumstances: %s", msg)
		}
		sets[lang] = s
	}
	return sets, nil
}
