package content

import (
	"io/fs"
	"path"
	"slices"

	"github.com/pleaguide/pleaguide/guidance"
)

// LintFile is the file at the root of the content that says what lint requires of packs
// beyond the checks every pack gets: the topics, and how many terms and questions, each
// comparison pack must have (docs/content-format.md, "lint.toml"). Content without the
// file gets only the ordinary checks; TestBuiltInRequirements makes sure the built-in
// content has it.
const LintFile = "lint.toml"

// Requirements is what LintFile asks of every pack not in Except, in each of its
// languages: a topic <pack>-<t> for each t in Topics, and at least Terms glossary terms
// and Questions questions.
type Requirements struct {
	Except    []string
	Terms     int
	Questions int
	Topics    []string
}

type lintFile struct {
	ComparisonPacks Requirements `toml:"comparison-packs"`
}

// ReadRequirements reads LintFile from the root of fsys; ok is false when there is none.
func ReadRequirements(fsys fs.FS) (r Requirements, ok bool, problems []Problem) {
	l := &loader{fsys: fsys}
	r, ok = l.readRequirements()
	return r, ok, l.problems
}

func (l *loader) readRequirements() (Requirements, bool) {
	data, err := fs.ReadFile(l.fsys, LintFile)
	if err != nil {
		return Requirements{}, false
	}
	var lf lintFile
	if !l.decodeTOML(LintFile, data, 0, &lf) {
		return Requirements{}, false
	}
	r := lf.ComparisonPacks
	for _, t := range r.Topics {
		if !idPattern.MatchString(t) {
			l.add(LintFile, lineOfKey(data, "topics"), "required topic %q is not lowercase words joined by -", t)
		}
	}
	return r, true
}

// checkRequirements reports, for each pack LintFile covers, every required topic missing
// in one of its languages and a glossary or question list shorter than required.
func (l *loader) checkRequirements(packs []guidance.Pack) {
	r, ok := l.readRequirements()
	if !ok {
		return
	}
	for _, p := range packs {
		if slices.Contains(r.Except, p.ID) {
			continue
		}
		for _, lang := range p.Languages {
			dir := path.Join(p.ID, string(lang))
			topics, terms, questions := map[string]bool{}, 0, 0
			for _, t := range p.Topics {
				if t.Lang == lang {
					topics[t.ID] = true
				}
			}
			for _, t := range p.Terms {
				if t.Lang == lang {
					terms++
				}
			}
			for _, q := range p.Questions {
				if q.Lang == lang {
					questions++
				}
			}
			for _, t := range r.Topics {
				id := p.ID + "-" + t
				if !topics[id] {
					l.add(path.Join(dir, "topics", id+".md"), 0, "required topic %s is missing in %s (%s asks every pack but %v for it)", id, lang, LintFile, r.Except)
				}
			}
			if terms < r.Terms {
				l.add(path.Join(dir, "glossary.toml"), 0, "%d glossary terms in %s, %s asks for at least %d", terms, lang, LintFile, r.Terms)
			}
			if questions < r.Questions {
				l.add(path.Join(dir, "questions.toml"), 0, "%d questions in %s, %s asks for at least %d", questions, lang, LintFile, r.Questions)
			}
		}
	}
}
