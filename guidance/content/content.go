// Package content reads content packs from text files (TOML and Markdown with TOML front
// matter), checks them and reports problems as file:line messages. The format is described
// in docs/content-format.md.
package content

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/pleaguide/pleaguide/guidance"
)

// Problem is one thing wrong with the content, located in a file.
type Problem struct {
	File string
	Line int
	Msg  string
}

// String formats the problem as "file:line: message".
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Error is returned when content fails its checks; it carries every problem found.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	if len(e.Problems) == 1 {
		return "content: " + e.Problems[0].String()
	}
	return fmt.Sprintf("content: %d problems, first: %s", len(e.Problems), e.Problems[0])
}

// Situations a question may be tagged with (its stages are guidance.Stages). The charge-*
// situations stand for the charge named in the walkthrough: a question about one charge
// carries only its charge situation, so a plan never asks about a charge that is not the
// reader's.
var (
	Situations = []string{
		"in-custody", "on-bail", "retained-lawyer", "legal-aid", "duty-lawyer-only",
		"no-lawyer", "minor", "victim", "considering-signing", "signed",
		"wants-to-withdraw", "disputes-facts",
		"charge-drink-driving", "charge-theft", "charge-fraud", "charge-helping-network-crime",
		"charge-concealing-proceeds", "charge-intentional-injury", "charge-traffic-accident",
		"charge-provoking-trouble", "charge-gambling-house", "charge-drugs-small",
		"charge-illegal-deposits",
	}
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ContentLanguages are the languages a pack may be written in: each has plain-language
// limits in lint (see readability.go) and is an interface language.
var ContentLanguages = []guidance.Lang{guidance.LangZhHans, guidance.LangEn, guidance.LangZhHant, guidance.LangDe}

// UnprefixedPack is the one pack whose IDs need not start with its pack id: the mainland
// pack, older than the rule. In every other pack the IDs of topics, terms, questions and
// sources start with the pack id and a hyphen (us-overview, de-gestaendnis), so packs
// written side by side never claim the same ID.
const UnprefixedPack = "cn"

// kindSource names sources in messages; sources are not a guidance.Kind of their own
// because search does not list them.
const kindSource guidance.Kind = "source"

// Load reads every pack under the root of fsys (each folder holding a pack.toml) and checks
// it. Packs come back even when problems were found; callers must not use content that has
// problems.
func Load(fsys fs.FS) ([]guidance.Pack, []Problem) {
	l := &loader{fsys: fsys}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, []Problem{{File: ".", Msg: fmt.Sprintf("cannot read content folder: %v", err)}}
	}
	var dirs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), "pack.toml")); err != nil {
			continue
		}
		dirs = append(dirs, e.Name())
	}
	l.indexSources(dirs)
	var packs []guidance.Pack
	for _, dir := range dirs {
		if p, ok := l.loadPack(dir); ok {
			packs = append(packs, p)
		}
	}
	if len(packs) == 0 && len(l.problems) == 0 {
		l.add(".", 0, "no content pack found (a pack is a folder with a pack.toml)")
	}
	l.checkGlobalIDs(packs)
	l.checkRequirements(packs)
	if _, err := fs.Stat(fsys, CompareFile); err == nil {
		l.loadCompare(indexPacks(packs))
	}
	sort.SliceStable(l.problems, func(i, j int) bool {
		a, b := l.problems[i], l.problems[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	return packs, l.problems
}

// LoadChecked is Load that fails with an *Error when any problem is found.
func LoadChecked(fsys fs.FS) ([]guidance.Pack, error) {
	packs, problems := Load(fsys)
	if len(problems) > 0 {
		return nil, &Error{Problems: problems}
	}
	return packs, nil
}

// Hash fingerprints every file under the root of fsys, so that a change to any of them
// changes the hash.
func Hash(fsys fs.FS) (string, error) {
	h := sha256.New()
	// one buffer for all files: io.Copy would allocate 32 KiB for each of the three
	// hundred files, and this runs at every start
	buf := make([]byte, 32<<10)
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		f, err := fsys.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		io.WriteString(h, p)
		h.Write([]byte{0})
		if _, err := io.CopyBuffer(h, f, buf); err != nil {
			return err
		}
		h.Write([]byte{0})
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hash content: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

type loader struct {
	fsys        fs.FS
	problems    []Problem
	foreign     map[string]foreignSource  // source ID → the pack that defines it, for citations across packs
	where       map[string]string         // "term/en/ID" → the file that defines it
	sourceFiles map[string]string         // "pack/ID" → the sources file that defines it
	idLines     map[string]map[string]int // file → ID → line of `id = "ID"`
}

// idLine is the line where file defines id, from an index built once per file.
func (l *loader) idLine(file, id string) int {
	if l.idLines == nil {
		l.idLines = map[string]map[string]int{}
	}
	idx, ok := l.idLines[file]
	if !ok {
		data, _ := fs.ReadFile(l.fsys, file)
		idx = indexIDs(data)
		l.idLines[file] = idx
	}
	return idx[id]
}

// fileOf is the file that defined an item, for messages about it.
func (l *loader) fileOf(kind guidance.Kind, lang guidance.Lang, id string) string {
	return l.where[fmt.Sprintf("%s/%s/%s", kind, lang, id)]
}

func (l *loader) define(kind guidance.Kind, lang guidance.Lang, id, file string) {
	if l.where == nil {
		l.where = map[string]string{}
	}
	k := fmt.Sprintf("%s/%s/%s", kind, lang, id)
	if _, dup := l.where[k]; !dup {
		l.where[k] = file
	}
}

// files lists the files matching pattern (sorted), reporting a missing required one.
func (l *loader) files(pattern, required string) []string {
	matches, _ := fs.Glob(l.fsys, pattern)
	if len(matches) == 0 && required != "" {
		l.add(required, 0, "file is missing")
	}
	return matches
}

func (l *loader) add(file string, line int, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// decodeTOML decodes data into v and reports syntax errors and unknown keys.
func (l *loader) decodeTOML(file string, data []byte, lineOffset int, v any) bool {
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(v)
	if err != nil {
		line := 0
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line = pe.Position.Line
			l.add(file, line+lineOffset, "%s", pe.Message)
		} else {
			l.add(file, lineOffset, "%v", err)
		}
		return false
	}
	for _, k := range md.Undecoded() {
		key := k[len(k)-1]
		l.add(file, lineOfKey(data, key)+lineOffset, "unknown field %q", k.String())
	}
	return true
}

func (l *loader) read(file string) ([]byte, bool) {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			l.add(file, 0, "file is missing")
		} else {
			l.add(file, 0, "cannot read: %v", err)
		}
		return nil, false
	}
	return data, true
}

type packFile struct {
	ID           string
	Languages    []string
	Name         map[string]string
	Jurisdiction struct {
		Name map[string]string
		Also []string
	}
	Category []struct {
		ID    string
		Order int
		Name  map[string]string
	}
}

type sourcesFile struct {
	Instrument map[string]struct {
		Name      map[string]string
		Version   time.Time
		URL       string
		Provision string
	}
	Source []struct {
		ID         string
		Instrument string
		Article    string
		Para       int
		Label      map[string]string
		Checked    time.Time
	}
}

type glossaryFile struct {
	Term []struct {
		ID         string
		Term       string
		Also       []string
		Definition string
		Topic      string
	}
}

type questionsFile struct {
	Question []struct {
		ID         string
		Text       string
		Why        string
		Topic      string
		Stages     []string
		Situations []string
	}
}

type synonymsFile struct {
	Group []struct {
		Words []string
	}
}

func toLangMap(m map[string]string) map[guidance.Lang]string {
	out := make(map[guidance.Lang]string, len(m))
	for k, v := range m {
		out[guidance.Lang(k)] = v
	}
	return out
}

func (l *loader) loadPack(dir string) (guidance.Pack, bool) {
	file := path.Join(dir, "pack.toml")
	data, ok := l.read(file)
	if !ok {
		return guidance.Pack{}, false
	}
	var pf packFile
	if !l.decodeTOML(file, data, 0, &pf) {
		return guidance.Pack{}, false
	}
	p := guidance.Pack{
		ID:          pf.ID,
		Name:        toLangMap(pf.Name),
		Instruments: map[string]guidance.Instrument{},
		Sources:     map[string]guidance.Source{},
		Synonyms:    map[guidance.Lang][][]string{},
		Colloquial:  map[guidance.Lang][]guidance.Colloquial{},
		CitedAs:     guidance.CitedAs{Name: toLangMap(pf.Jurisdiction.Name), Also: pf.Jurisdiction.Also},
	}
	if pf.ID != dir {
		l.add(file, lineOfKey(data, "id"), "pack id %q must match its folder name %q", pf.ID, dir)
	}
	if len(pf.Languages) == 0 {
		l.add(file, lineOfKey(data, "languages"), "languages is empty")
	}
	for _, lang := range pf.Languages {
		p.Languages = append(p.Languages, guidance.Lang(lang))
		if !slices.Contains(ContentLanguages, guidance.Lang(lang)) {
			l.add(file, lineOfKey(data, "languages"), "language %q is not a content language (one of %s)", lang, joinLangs(ContentLanguages))
		}
		if pf.Name[lang] == "" {
			l.add(file, lineOfKey(data, "name"), "pack name missing for %s", lang)
		}
	}
	seenCat := map[string]bool{}
	for _, c := range pf.Category {
		line := lineOfID(data, c.ID)
		if !idPattern.MatchString(c.ID) {
			l.add(file, line, "category id %q is not lowercase words joined by -", c.ID)
		}
		if seenCat[c.ID] {
			l.add(file, line, "category %q defined twice", c.ID)
		}
		seenCat[c.ID] = true
		for _, lang := range pf.Languages {
			if c.Name[lang] == "" {
				l.add(file, line, "category %q has no name in %s", c.ID, lang)
			}
		}
		p.Categories = append(p.Categories, guidance.Category{ID: c.ID, Order: c.Order, Name: toLangMap(c.Name)})
	}
	sort.SliceStable(p.Categories, func(i, j int) bool { return p.Categories[i].Order < p.Categories[j].Order })

	l.loadSources(dir, pf.Languages, &p)
	for _, lang := range p.Languages {
		l.loadLanguage(dir, lang, seenCat, &p)
	}
	l.checkLinks(dir, &p)
	l.checkPrefixes(dir, &p)
	l.checkColloquial(dir, &p)
	l.checkParity(dir, &p)
	_, problems := Circumstances(l.fsys, p)
	l.problems = append(l.problems, problems...)
	return p, true
}

func (l *loader) loadSources(dir string, langs []string, p *guidance.Pack) {
	type file struct {
		name string
		data []byte
		sf   sourcesFile
	}
	var files []file
	for _, name := range l.files(path.Join(dir, "sources*.toml"), path.Join(dir, "sources.toml")) {
		data, ok := l.read(name)
		if !ok {
			continue
		}
		f := file{name: name, data: data}
		if l.decodeTOML(name, data, 0, &f.sf) {
			files = append(files, f)
		}
	}
	// instruments first, from every file, so a source may name one defined in another file
	for _, f := range files {
		for id, in := range f.sf.Instrument {
			line := lineOfTable(f.data, "instrument."+id)
			if _, dup := p.Instruments[id]; dup {
				l.add(f.name, line, "instrument %q defined twice", id)
			}
			for _, lang := range langs {
				if in.Name[lang] == "" {
					l.add(f.name, line, "instrument %q has no name in %s", id, lang)
				}
			}
			if in.Version.IsZero() {
				l.add(f.name, line, "instrument %q has no version date", id)
			}
			switch in.Provision {
			case "":
				in.Provision = guidance.ProvisionArticle
			case guidance.ProvisionArticle, guidance.ProvisionSection, guidance.ProvisionRule:
			default:
				l.add(f.name, line, "instrument %q: provision %q is none of article, section (§) and rule", id, in.Provision)
			}
			p.Instruments[id] = guidance.Instrument{ID: id, Name: toLangMap(in.Name), Version: in.Version, URL: in.URL, Provision: in.Provision}
		}
	}
	for _, f := range files {
		ids := indexIDs(f.data)
		for _, s := range f.sf.Source {
			line := ids[s.ID]
			if !idPattern.MatchString(s.ID) {
				l.add(f.name, line, "source id %q is not lowercase words joined by -", s.ID)
			}
			if _, dup := p.Sources[s.ID]; dup {
				l.add(f.name, line, "source %q defined twice", s.ID)
			}
			if _, ok := p.Instruments[s.Instrument]; !ok {
				l.add(f.name, line, "source %q names unknown instrument %q", s.ID, s.Instrument)
			}
			if s.Article == "" && len(s.Label) == 0 {
				l.add(f.name, line, "source %q needs an article or a label", s.ID)
			}
			if s.Checked.IsZero() {
				l.add(f.name, line, "source %q has no last-checked date (checked)", s.ID)
			}
			l.checkLabelRepeats(f.name, line, s.ID, s.Label, p.Instruments[s.Instrument])
			if l.sourceFiles == nil {
				l.sourceFiles = map[string]string{}
			}
			if _, dup := l.sourceFiles[p.ID+"/"+s.ID]; !dup {
				l.sourceFiles[p.ID+"/"+s.ID] = f.name
			}
			p.Sources[s.ID] = guidance.Source{
				ID: s.ID, Instrument: s.Instrument, Article: s.Article, Para: s.Para,
				Label: toLangMap(s.Label), Checked: s.Checked,
			}
		}
	}
}

func (l *loader) loadLanguage(dir string, lang guidance.Lang, cats map[string]bool, p *guidance.Pack) {
	base := path.Join(dir, string(lang))
	if _, err := fs.Stat(l.fsys, base); err != nil {
		l.add(base, 0, "folder for language %s is missing", lang)
		return
	}
	topicFiles, _ := fs.Glob(l.fsys, path.Join(base, "topics", "*.md"))
	for _, file := range topicFiles {
		data, ok := l.read(file)
		if !ok {
			continue
		}
		t, problems := ParseTopic(file, data)
		l.problems = append(l.problems, problems...)
		if t.ID == "" {
			continue
		}
		if want := strings.TrimSuffix(path.Base(file), ".md"); t.ID != want {
			l.add(file, 2, "topic id %q must match the file name %q", t.ID, want)
		}
		if t.Category != "" && !cats[t.Category] {
			l.add(file, lineOfKey(data, "category"), "unknown category %q (see pack.toml)", t.Category)
		}
		t.Pack, t.Lang = p.ID, lang
		p.Topics = append(p.Topics, t)
	}
	for _, f := range l.files(path.Join(base, "glossary*.toml"), path.Join(base, "glossary.toml")) {
		l.loadGlossary(f, lang, p)
	}
	for _, f := range l.files(path.Join(base, "questions*.toml"), path.Join(base, "questions.toml")) {
		l.loadQuestions(f, lang, p)
	}
	for _, f := range l.files(path.Join(base, "synonyms*.toml"), "") {
		l.loadSynonyms(f, lang, p)
	}
	for _, f := range l.files(path.Join(base, "colloquial*.toml"), "") {
		l.loadColloquial(f, lang, p)
	}
}

func (l *loader) loadGlossary(file string, lang guidance.Lang, p *guidance.Pack) {
	data, ok := l.read(file)
	if !ok {
		return
	}
	var gf glossaryFile
	if !l.decodeTOML(file, data, 0, &gf) {
		return
	}
	ids := indexIDs(data)
	for _, t := range gf.Term {
		line := ids[t.ID]
		l.checkID(file, line, "term", t.ID)
		if strings.TrimSpace(t.Term) == "" {
			l.add(file, line, "term %q has no term text", t.ID)
		}
		if strings.TrimSpace(t.Definition) == "" {
			l.add(file, line, "term %q has no definition", t.ID)
		}
		if t.Topic == "" {
			l.add(file, line, "term %q names no topic that explains it (topic = \"…\")", t.ID)
		}
		l.define(guidance.KindTerm, lang, t.ID, file)
		p.Terms = append(p.Terms, guidance.Term{
			ID: t.ID, Pack: p.ID, Lang: lang, Term: t.Term, Also: t.Also,
			Definition: strings.TrimSpace(t.Definition), Topic: t.Topic,
		})
	}
}

func (l *loader) loadQuestions(file string, lang guidance.Lang, p *guidance.Pack) {
	data, ok := l.read(file)
	if !ok {
		return
	}
	var qf questionsFile
	if !l.decodeTOML(file, data, 0, &qf) {
		return
	}
	ids := indexIDs(data)
	for _, q := range qf.Question {
		line := ids[q.ID]
		l.checkID(file, line, "question", q.ID)
		if strings.TrimSpace(q.Text) == "" {
			l.add(file, line, "question %q has no text", q.ID)
		}
		if strings.TrimSpace(q.Why) == "" {
			l.add(file, line, "question %q has no why", q.ID)
		}
		if len(q.Stages) == 0 || len(q.Situations) == 0 {
			l.add(file, line, "question %q needs at least one stage and one situation", q.ID)
		}
		for _, s := range q.Stages {
			if !contains(guidance.Stages(), s) {
				l.add(file, line, "question %q: unknown stage %q (one of %s)", q.ID, s, strings.Join(guidance.Stages(), ", "))
			}
		}
		for _, s := range q.Situations {
			if !contains(Situations, s) {
				l.add(file, line, "question %q: unknown situation %q (one of %s)", q.ID, s, strings.Join(Situations, ", "))
			}
		}
		l.define(guidance.KindQuestion, lang, q.ID, file)
		p.Questions = append(p.Questions, guidance.Question{
			ID: q.ID, Pack: p.ID, Lang: lang, Text: strings.TrimSpace(q.Text), Why: strings.TrimSpace(q.Why),
			Topic: q.Topic, Stages: q.Stages, Situations: q.Situations,
		})
	}
}

func (l *loader) loadSynonyms(file string, lang guidance.Lang, p *guidance.Pack) {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return // synonyms are optional
	}
	var sf synonymsFile
	if !l.decodeTOML(file, data, 0, &sf) {
		return
	}
	for _, g := range sf.Group {
		if len(g.Words) < 2 {
			l.add(file, lineOfKey(data, "words"), "a synonym group needs at least two words")
			continue
		}
		p.Synonyms[lang] = append(p.Synonyms[lang], g.Words)
	}
}

func (l *loader) checkID(file string, line int, kind, id string) {
	if id == "" {
		l.add(file, line, "%s without an id", kind)
		return
	}
	if !idPattern.MatchString(id) {
		l.add(file, line, "%s id %q is not lowercase words joined by -", kind, id)
	}
}

// checkLabelRepeats reports a label that only repeats what its instrument's name already
// says: the citation shows the name, then the label, so a case named "United States v.
// Ruiz, 536 U.S. 622 (2002)" with the label "536 U.S. 622" read the reporter twice. A
// label says where in the instrument (a page, "syllabus"), not which instrument.
func (l *loader) checkLabelRepeats(file string, line int, id string, labels map[string]string, in guidance.Instrument) {
	for _, lang := range slices.Sorted(maps.Keys(labels)) {
		label, name := labels[lang], in.Name[guidance.Lang(lang)]
		if label = strings.TrimSpace(label); label != "" && name != "" && strings.Contains(name, label) {
			l.add(file, line, "source %q: its %s label %q repeats its instrument's name %q; say where in it instead (a page, a paragraph)", id, lang, label, name)
		}
	}
}

// foreignSource is a source as a topic of another pack may cite it: its pack and the
// names of its instrument.
type foreignSource struct {
	pack  string
	names map[string]string
	place map[guidance.Lang]string // the pack's [jurisdiction] names, shown beside the citation
}

// indexSources reads every pack's sources before the packs are loaded, so that a topic
// may cite a provision another pack defines (the mainland pack's comparison topics cite
// the US, German and Taiwan packs' rules). Problems in them are reported when their own
// pack is loaded.
func (l *loader) indexSources(dirs []string) {
	l.foreign = map[string]foreignSource{}
	for _, dir := range dirs {
		pre := &loader{fsys: l.fsys}
		p := guidance.Pack{ID: dir, Instruments: map[string]guidance.Instrument{}, Sources: map[string]guidance.Source{}}
		pre.loadSources(dir, nil, &p)
		var pf packFile
		if data, err := fs.ReadFile(l.fsys, path.Join(dir, "pack.toml")); err == nil {
			_ = toml.Unmarshal(data, &pf) // loadPack reports what is wrong in it
		}
		for id, s := range p.Sources {
			if _, dup := l.foreign[id]; dup {
				continue // checkGlobalIDs reports it
			}
			names := map[string]string{}
			for lang, n := range p.Instruments[s.Instrument].Name {
				names[string(lang)] = n
			}
			l.foreign[id] = foreignSource{pack: dir, names: names, place: toLangMap(pf.Jurisdiction.Name)}
		}
	}
}

// checkLinks resolves every term:, topic: and src: link and every topic reference. A src:
// link may name a source of another pack (IDs are shared by all packs) whose instrument
// has a name in the topic's language, so the citation is shown in the reader's language.
func (l *loader) checkLinks(dir string, p *guidance.Pack) {
	type key struct {
		lang guidance.Lang
		id   string
	}
	terms, topics := map[key]bool{}, map[key]bool{}
	for _, t := range p.Terms {
		terms[key{t.Lang, t.ID}] = true
	}
	for _, t := range p.Topics {
		topics[key{t.Lang, t.ID}] = true
	}
	for i := range p.Topics {
		t := &p.Topics[i]
		file := path.Join(dir, string(t.Lang), "topics", t.ID+".md")
		data, _ := fs.ReadFile(l.fsys, file)
		bodyLine := bodyStartLine(data)
		seenSrc := map[string]bool{}
		doc := Parse(t.Body)
		for _, ln := range doc.Links {
			line := bodyLine + ln.Line - 1
			switch ln.Scheme {
			case "term":
				if !terms[key{t.Lang, ln.Target}] {
					l.add(file, line, "link to unknown glossary term %q", ln.Target)
				}
			case "topic":
				if !topics[key{t.Lang, ln.Target}] {
					l.add(file, line, "link to unknown topic %q", ln.Target)
				}
			case "src":
				_, own := p.Sources[ln.Target]
				other, foreign := l.foreign[ln.Target]
				switch {
				case !own && !foreign:
					l.add(file, line, "citation of unknown source %q (in no pack's sources*.toml)", ln.Target)
				case !own && other.names[string(t.Lang)] == "":
					l.add(file, line, "citation of source %q of pack %s, whose instrument has no name in %s: add one there", ln.Target, other.pack, t.Lang)
				case !own && other.place[t.Lang] == "":
					l.add(file, line, "citation of source %q of pack %s, whose pack.toml [jurisdiction] has no name in %s: add one there", ln.Target, other.pack, t.Lang)
				case !seenSrc[ln.Target]:
					seenSrc[ln.Target] = true
					t.Sources = append(t.Sources, ln.Target)
				}
			default:
				l.add(file, line, "link %q: only term:, topic: and src: links are allowed (the app makes no network calls; put web addresses in sources.toml)", ln.Dest)
			}
		}
		if len(t.Sources) == 0 {
			l.add(file, bodyLine, "topic cites no source: add at least one [text](src:ID)")
		}
		l.checkProse(file, data, *t, doc, p.Terms)
	}
	for _, tm := range p.Terms {
		if tm.Topic != "" && !topics[key{tm.Lang, tm.Topic}] {
			file := l.fileOf(guidance.KindTerm, tm.Lang, tm.ID)
			l.add(file, l.idLine(file, tm.ID), "term %q points to unknown topic %q", tm.ID, tm.Topic)
		}
	}
	for _, q := range p.Questions {
		if q.Topic != "" && !topics[key{q.Lang, q.Topic}] {
			file := l.fileOf(guidance.KindQuestion, q.Lang, q.ID)
			l.add(file, l.idLine(file, q.ID), "question %q points to unknown topic %q", q.ID, q.Topic)
		}
	}
}

// checkParity makes sure every language has the same topics, terms and questions, and that
// language-neutral fields agree.
func (l *loader) checkParity(dir string, p *guidance.Pack) {
	if len(p.Languages) < 2 {
		return
	}
	type item struct {
		file string
		line int
		neut string // language-neutral fields, which must agree
	}
	collect := func() map[guidance.Lang]map[string]item {
		return map[guidance.Lang]map[string]item{}
	}
	topics, terms, questions := collect(), collect(), collect()
	put := func(m map[guidance.Lang]map[string]item, lang guidance.Lang, id string, it item) {
		if m[lang] == nil {
			m[lang] = map[string]item{}
		}
		m[lang][id] = it
	}
	for _, t := range p.Topics {
		file := path.Join(dir, string(t.Lang), "topics", t.ID+".md")
		put(topics, t.Lang, t.ID, item{file, 1, "category=" + t.Category})
	}
	for _, t := range p.Terms {
		file := l.fileOf(guidance.KindTerm, t.Lang, t.ID)
		put(terms, t.Lang, t.ID, item{file, l.idLine(file, t.ID), "topic=" + t.Topic})
	}
	for _, q := range p.Questions {
		file := l.fileOf(guidance.KindQuestion, q.Lang, q.ID)
		neut := fmt.Sprintf("topic=%s stages=%v situations=%v", q.Topic, q.Stages, q.Situations)
		put(questions, q.Lang, q.ID, item{file, l.idLine(file, q.ID), neut})
	}
	first := p.Languages[0]
	compare := func(kind string, m map[guidance.Lang]map[string]item) {
		for _, lang := range p.Languages[1:] {
			for id, it := range m[first] {
				other, ok := m[lang][id]
				switch {
				case !ok:
					l.add(it.file, it.line, "%s %q exists in %s but not in %s", kind, id, first, lang)
				case other.neut != it.neut:
					l.add(other.file, other.line, "%s %q: %s in %s but %s in %s", kind, id, other.neut, lang, it.neut, first)
				}
			}
			for id, it := range m[lang] {
				if _, ok := m[first][id]; !ok {
					l.add(it.file, it.line, "%s %q exists in %s but not in %s", kind, id, lang, first)
				}
			}
		}
	}
	compare("topic", topics)
	compare("term", terms)
	compare("question", questions)
}

// checkPrefixes makes sure every topic, term, question and source ID of a pack other than
// UnprefixedPack starts with the pack id and a hyphen.
func (l *loader) checkPrefixes(dir string, p *guidance.Pack) {
	if p.ID == UnprefixedPack || p.ID == "" {
		return
	}
	prefix := p.ID + "-"
	bad := func(kind guidance.Kind, id, file string, line int) {
		if !strings.HasPrefix(id, prefix) || id == prefix {
			l.add(file, line, "%s id %q must start with %q: every topic, term, question and source ID in pack %s starts with the pack id and a hyphen", kind, id, prefix, p.ID)
		}
	}
	for _, t := range p.Topics {
		bad(guidance.KindTopic, t.ID, path.Join(dir, string(t.Lang), "topics", t.ID+".md"), 2)
	}
	for _, t := range p.Terms {
		file := l.fileOf(guidance.KindTerm, t.Lang, t.ID)
		bad(guidance.KindTerm, t.ID, file, l.idLine(file, t.ID))
	}
	for _, q := range p.Questions {
		file := l.fileOf(guidance.KindQuestion, q.Lang, q.ID)
		bad(guidance.KindQuestion, q.ID, file, l.idLine(file, q.ID))
	}
	ids := make([]string, 0, len(p.Sources))
	for id := range p.Sources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		file := l.sourceFiles[p.ID+"/"+id]
		bad(kindSource, id, file, l.idLine(file, id))
	}
}

// checkGlobalIDs makes sure topics, terms and questions never share an ID, across packs,
// and that no ID appears twice within one language.
func (l *loader) checkGlobalIDs(packs []guidance.Pack) {
	type owner struct {
		kind guidance.Kind
		pack string
	}
	seen := map[string]owner{}
	perLang := map[string]bool{}
	claim := func(kind guidance.Kind, pack string, lang guidance.Lang, id, file string) {
		k := fmt.Sprintf("%s/%s/%s", kind, lang, id)
		if perLang[k] {
			l.add(file, l.idLine(file, id), "%s id %q is used twice", kind, id)
		}
		perLang[k] = true
		if o, ok := seen[id]; ok && (o.kind != kind || o.pack != pack) {
			l.add(file, l.idLine(file, id), "id %q is already used by a %s in pack %s; IDs are shared by topics, terms and questions of all packs", id, o.kind, o.pack)
			return
		}
		seen[id] = owner{kind, pack}
	}
	sourcePack := map[string]string{}
	for _, p := range packs {
		ids := make([]string, 0, len(p.Sources))
		for id := range p.Sources {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if other, ok := sourcePack[id]; ok {
				file := l.sourceFiles[p.ID+"/"+id]
				l.add(file, l.idLine(file, id), "source id %q is already used in pack %s; source IDs are shared by all packs", id, other)
				continue
			}
			sourcePack[id] = p.ID
		}
	}
	for _, p := range packs {
		for _, t := range p.Topics {
			claim(guidance.KindTopic, p.ID, t.Lang, t.ID, path.Join(p.ID, string(t.Lang), "topics", t.ID+".md"))
		}
		for _, t := range p.Terms {
			claim(guidance.KindTerm, p.ID, t.Lang, t.ID, l.fileOf(guidance.KindTerm, t.Lang, t.ID))
		}
		for _, q := range p.Questions {
			claim(guidance.KindQuestion, p.ID, q.Lang, q.ID, l.fileOf(guidance.KindQuestion, q.Lang, q.ID))
		}
	}
}

func joinLangs(langs []guidance.Lang) string {
	s := make([]string, len(langs))
	for i, l := range langs {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lineOfID finds the line of `id = "ID"` in a TOML file, or 0.
func lineOfID(data []byte, id string) int { return indexIDs(data)[id] }

// indexIDs maps every `id = "…"` in a TOML file to its line (the first, if repeated).
func indexIDs(data []byte) map[string]int {
	idx := map[string]int{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		rest, ok := bytes.CutPrefix(bytes.TrimSpace(line), []byte("id"))
		if !ok {
			continue
		}
		rest = bytes.TrimSpace(rest)
		rest, ok = bytes.CutPrefix(rest, []byte("="))
		if !ok {
			continue
		}
		rest = bytes.TrimSpace(rest)
		if len(rest) < 2 || (rest[0] != '"' && rest[0] != '\'') {
			continue
		}
		end := bytes.IndexByte(rest[1:], rest[0])
		if end < 0 {
			continue
		}
		id := string(rest[1 : 1+end])
		if _, seen := idx[id]; !seen {
			idx[id] = n + 1
		}
	}
	return idx
}

// lineOfKey finds the first line that sets key, or 0.
func lineOfKey(data []byte, key string) int {
	re := regexp.MustCompile(`(?m)^\s*"?` + regexp.QuoteMeta(key) + `"?\s*=`)
	return lineAt(data, re.FindIndex(data))
}

// lineOfTable finds the line of a [table] header, or 0.
func lineOfTable(data []byte, name string) int {
	re := regexp.MustCompile(`(?m)^\s*\[\s*` + regexp.QuoteMeta(name) + `\s*\]`)
	return lineAt(data, re.FindIndex(data))
}

func lineAt(data []byte, loc []int) int {
	if loc == nil {
		return 0
	}
	return bytes.Count(data[:loc[0]], []byte("\n")) + 1
}
