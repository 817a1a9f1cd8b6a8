package content

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
)

// The comparison table (docs/content-format.md, "compare/"): CompareDir holds CompareFile
// and, for a pack not written yet, compare-only sources in sources-<pack>.toml.
const (
	CompareDir  = "compare"
	CompareFile = "compare/compare.toml"
)

// Limits on the comparison's text, per language: a cell is one or two sentences, a note
// at most three, each within the plain-language sentence limits of topics.
const (
	MaxCellSentences = 2
	MaxNoteSentences = 3
)

// langTexts is one text in each UI language.
type langTexts struct {
	ZhHans string `toml:"zh-Hans"`
	En     string `toml:"en"`
	ZhHant string `toml:"zh-Hant"`
	De     string `toml:"de"`
}

func (t langTexts) byLang() map[guidance.Lang]string {
	return map[guidance.Lang]string{
		guidance.LangZhHans: strings.TrimSpace(t.ZhHans), guidance.LangEn: strings.TrimSpace(t.En),
		guidance.LangZhHant: strings.TrimSpace(t.ZhHant), guidance.LangDe: strings.TrimSpace(t.De),
	}
}

type compareFile struct {
	Jurisdiction []struct {
		ID   string
		Name langTexts
	}
	Row []struct {
		ID       string
		Question langTexts
		ForYou   struct {
			Sources []string
			ZhHans  string `toml:"zh-Hans"`
			En      string `toml:"en"`
			ZhHant  string `toml:"zh-Hant"`
			De      string `toml:"de"`
		} `toml:"for-you"`
		Cell map[string]struct {
			Sources []string
			Topic   string
			ZhHans  string `toml:"zh-Hans"`
			En      string `toml:"en"`
			ZhHant  string `toml:"zh-Hant"`
			De      string `toml:"de"`
		}
	}
}

// packIndex is what the comparison needs of a pack: its sources and its topic IDs.
type packIndex struct {
	sources     map[string]guidance.Source
	instruments map[string]guidance.Instrument
	topics      map[string]bool
	fromCompare map[string]bool // sources defined in compare/sources-<pack>.toml
}

// ReadCompare reads the comparison table and resolves its references against the packs'
// sources and topics, read from their files (not the whole pack). Problems come back as
// with Load; callers must not show a table that has problems.
func ReadCompare(fsys fs.FS) (*guidance.Comparison, []Problem) {
	l := &loader{fsys: fsys}
	idx := map[string]*packIndex{}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, []Problem{{File: ".", Msg: fmt.Sprintf("cannot read content folder: %v", err)}}
	}
	for _, e := range entries {
		file := path.Join(e.Name(), "pack.toml")
		data, err := fs.ReadFile(fsys, file)
		if !e.IsDir() || err != nil {
			continue
		}
		var pf packFile
		if !l.decodeTOML(file, data, 0, &pf) {
			continue
		}
		p := guidance.Pack{ID: pf.ID, Instruments: map[string]guidance.Instrument{}, Sources: map[string]guidance.Source{}}
		l.loadSources(e.Name(), pf.Languages, &p)
		pi := &packIndex{sources: p.Sources, instruments: p.Instruments, topics: map[string]bool{}}
		for _, lang := range pf.Languages {
			files, _ := fs.Glob(fsys, path.Join(e.Name(), lang, "topics", "*.md"))
			for _, f := range files {
				pi.topics[strings.TrimSuffix(path.Base(f), ".md")] = true
			}
		}
		idx[e.Name()] = pi
	}
	c := l.loadCompare(idx)
	return c, l.problems
}

// indexPacks builds the comparison's view of packs already loaded.
func indexPacks(packs []guidance.Pack) map[string]*packIndex {
	idx := map[string]*packIndex{}
	for _, p := range packs {
		// copies: compare-only sources must not leak into the pack that is imported
		pi := &packIndex{sources: maps.Clone(p.Sources), instruments: maps.Clone(p.Instruments), topics: map[string]bool{}}
		for _, t := range p.Topics {
			pi.topics[t.ID] = true
		}
		idx[p.ID] = pi
	}
	return idx
}

// loadCompare reads CompareFile and the compare-only sources, checks them against the
// packs and returns the resolved table (nil when the file is missing or cannot be read).
func (l *loader) loadCompare(idx map[string]*packIndex) *guidance.Comparison {
	data, ok := l.read(CompareFile)
	if !ok {
		return nil
	}
	var cf compareFile
	if !l.decodeTOML(CompareFile, data, 0, &cf) {
		return nil
	}
	l.loadCompareSources(idx)
	ids := indexIDs(data)
	c := &guidance.Comparison{}
	if len(cf.Jurisdiction) < 2 {
		l.add(CompareFile, 0, "the table needs at least two jurisdictions ([[jurisdiction]])")
	}
	seenJ := map[string]bool{}
	for _, j := range cf.Jurisdiction {
		line := ids[j.ID]
		if _, ok := idx[j.ID]; !ok && !l.hasCompareSources(j.ID) {
			l.add(CompareFile, line, "jurisdiction %q is neither a pack nor has compare/sources-%s.toml", j.ID, j.ID)
		}
		if seenJ[j.ID] {
			l.add(CompareFile, line, "jurisdiction %q listed twice", j.ID)
		}
		seenJ[j.ID] = true
		l.checkTexts(line, fmt.Sprintf("jurisdiction %q name", j.ID), j.Name.byLang(), 0)
		c.Jurisdictions = append(c.Jurisdictions, guidance.Jurisdiction{ID: j.ID, Name: j.Name.byLang()})
	}
	seenRow := map[string]bool{}
	for _, r := range cf.Row {
		line := ids[r.ID]
		l.checkID(CompareFile, line, "row", r.ID)
		if seenRow[r.ID] {
			l.add(CompareFile, line, "row %q defined twice", r.ID)
		}
		seenRow[r.ID] = true
		row := guidance.CompareRow{ID: r.ID, Question: r.Question.byLang(), Cells: map[string]guidance.CompareCell{}}
		l.checkTexts(line, fmt.Sprintf("row %q question", r.ID), row.Question, 0)
		fy := langTexts{ZhHans: r.ForYou.ZhHans, En: r.ForYou.En, ZhHant: r.ForYou.ZhHant, De: r.ForYou.De}
		row.ForYou.Text = fy.byLang()
		l.checkTexts(line, fmt.Sprintf("row %q for-you", r.ID), row.ForYou.Text, MaxNoteSentences)
		if len(r.ForYou.Sources) == 0 {
			l.add(CompareFile, line, "row %q: for-you cites no source (sources = [\"pack:ID\", …])", r.ID)
		}
		for _, ref := range r.ForYou.Sources {
			pack, id, ok := strings.Cut(ref, ":")
			if !ok {
				l.add(CompareFile, line, "row %q: for-you source %q must be written pack:ID (cn:cpl-174-1)", r.ID, ref)
				continue
			}
			if s, ok := l.resolveSource(idx, pack, id, line, fmt.Sprintf("row %q for-you", r.ID)); ok {
				row.ForYou.Sources = append(row.ForYou.Sources, s)
			}
		}
		for j := range r.Cell {
			if !seenJ[j] {
				l.add(CompareFile, line, "row %q has a cell for %q, which is not a jurisdiction of the table", r.ID, j)
			}
		}
		for _, j := range cf.Jurisdiction {
			cell, ok := r.Cell[j.ID]
			what := fmt.Sprintf("row %q, cell %s", r.ID, j.ID)
			if !ok {
				l.add(CompareFile, line, "%s is missing: every row has a cell for every jurisdiction", what)
				continue
			}
			texts := langTexts{ZhHans: cell.ZhHans, En: cell.En, ZhHant: cell.ZhHant, De: cell.De}
			cc := guidance.CompareCell{Text: texts.byLang(), Topic: cell.Topic}
			l.checkTexts(line, what, cc.Text, MaxCellSentences)
			if len(cell.Sources) == 0 {
				l.add(CompareFile, line, "%s cites no source (sources = [\"ID\", …])", what)
			}
			for _, id := range cell.Sources {
				if s, ok := l.resolveSource(idx, j.ID, id, line, what); ok {
					cc.Sources = append(cc.Sources, s)
				}
			}
			if cell.Topic != "" {
				if pi := idx[j.ID]; pi == nil || !pi.topics[cell.Topic] {
					l.add(CompareFile, line, "%s: topic %q is not a topic of pack %s", what, cell.Topic, j.ID)
				}
			}
			row.Cells[j.ID] = cc
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// checkTexts reports a text missing in a UI language, or one over the plain-language
// limits (at most maxSentences sentences when maxSentences > 0).
func (l *loader) checkTexts(line int, what string, texts map[guidance.Lang]string, maxSentences int) {
	for _, lang := range guidance.UILanguages {
		t := texts[lang]
		if t == "" {
			l.add(CompareFile, line, "%s is empty in %s", what, lang)
			continue
		}
		if maxSentences == 0 {
			continue
		}
		r := measure(t, lang)
		if r.Sentences > maxSentences {
			l.add(CompareFile, line, "%s in %s has %d sentences (at most %d)", what, lang, r.Sentences, maxSentences)
		}
		for _, s := range r.Over {
			l.add(CompareFile, line, "%s in %s: sentence over the limit (%d %s at most): %q", what, lang, limitFor(lang), Unit(lang), firstRunes(s, 40))
		}
	}
}

func limitFor(lang guidance.Lang) int {
	if lang.IsChinese() {
		return MaxSentenceChars
	}
	return MaxSentenceWords
}

// resolveSource finds a source of pack (or of its compare-only file) and renders it for
// every UI language.
func (l *loader) resolveSource(idx map[string]*packIndex, pack, id string, line int, what string) (guidance.SourceRef, bool) {
	pi := idx[pack]
	if pi == nil {
		l.add(CompareFile, line, "%s: source %q names unknown pack %q", what, id, pack)
		return guidance.SourceRef{}, false
	}
	s, ok := pi.sources[id]
	if !ok {
		l.add(CompareFile, line, "%s: source %q is not in pack %s's sources (nor in compare/sources-%s.toml)", what, id, pack, pack)
		return guidance.SourceRef{}, false
	}
	ref := guidance.SourceRef{Pack: pack, ID: id, Cite: map[guidance.Lang]guidance.Citation{}}
	for _, lang := range guidance.UILanguages {
		ref.Cite[lang] = guidance.CiteIn(s, pi.instruments[s.Instrument], lang)
	}
	return ref, true
}

func (l *loader) hasCompareSources(pack string) bool {
	_, err := fs.Stat(l.fsys, path.Join(CompareDir, "sources-"+pack+".toml"))
	return err == nil
}

// loadCompareSources adds compare/sources-<pack>.toml to the index: the provisions cells
// cite for a pack that is not written yet. A provision the pack defines itself must be
// deleted from the compare-only file, so the two never disagree.
func (l *loader) loadCompareSources(idx map[string]*packIndex) {
	files, _ := fs.Glob(l.fsys, path.Join(CompareDir, "sources-*.toml"))
	for _, file := range files {
		pack := strings.TrimSuffix(strings.TrimPrefix(path.Base(file), "sources-"), ".toml")
		data, ok := l.read(file)
		if !ok {
			continue
		}
		var sf sourcesFile
		if !l.decodeTOML(file, data, 0, &sf) {
			continue
		}
		pi := idx[pack]
		if pi == nil {
			pi = &packIndex{sources: map[string]guidance.Source{}, instruments: map[string]guidance.Instrument{}, topics: map[string]bool{}}
			idx[pack] = pi
		}
		if pi.fromCompare == nil {
			pi.fromCompare = map[string]bool{}
		}
		for id, in := range sf.Instrument {
			line := lineOfTable(data, "instrument."+id)
			if _, dup := pi.instruments[id]; dup {
				l.add(file, line, "instrument %q is defined by pack %s: delete it here", id, pack)
				continue
			}
			if in.Name["en"] == "" || in.Version.IsZero() {
				l.add(file, line, "instrument %q needs an English name and a version date", id)
			}
			pi.instruments[id] = guidance.Instrument{ID: id, Name: toLangMap(in.Name), Version: in.Version, URL: in.URL}
		}
		ids := indexIDs(data)
		for _, s := range sf.Source {
			line := ids[s.ID]
			switch _, dup := pi.sources[s.ID]; {
			case dup && !pi.fromCompare[s.ID]:
				l.add(file, line, "source %q is defined by pack %s now: delete it here", s.ID, pack)
				continue
			case dup:
				l.add(file, line, "source %q defined twice", s.ID)
			}
			if !idPattern.MatchString(s.ID) || !strings.HasPrefix(s.ID, pack+"-") {
				l.add(file, line, "source id %q must be lowercase words joined by - and start with %q", s.ID, pack+"-")
			}
			if _, ok := pi.instruments[s.Instrument]; !ok {
				l.add(file, line, "source %q names unknown instrument %q", s.ID, s.Instrument)
			}
			if s.Article == "" && len(s.Label) == 0 {
				l.add(file, line, "source %q needs an article or a label", s.ID)
			}
			if s.Checked.IsZero() {
				l.add(file, line, "source %q has no last-checked date (checked)", s.ID)
			}
			pi.fromCompare[s.ID] = true
			pi.sources[s.ID] = guidance.Source{
				ID: s.ID, Instrument: s.Instrument, Article: s.Article, Para: s.Para,
				Label: toLangMap(s.Label), Checked: s.Checked,
			}
		}
	}
}
