package content

import (
	"bytes"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
)

// colloquialFile is <lang>/colloquial.toml: how people ask, and the legal words it means.
type colloquialFile struct {
	Word []struct {
		Say   []string
		Means []string
		To    []string
	}
}

func (l *loader) loadColloquial(file string, lang guidance.Lang, p *guidance.Pack) {
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return // colloquial words are optional
	}
	var cf colloquialFile
	if !l.decodeTOML(file, data, 0, &cf) {
		return
	}
	for _, w := range cf.Word {
		line := lineOfText(data, w.Say)
		switch {
		case len(w.Say) == 0 || strings.TrimSpace(w.Say[0]) == "":
			l.add(file, line, "a colloquial word needs say = [what people type]")
			continue
		case len(w.Means) == 0:
			l.add(file, line, "colloquial %q needs means = [the legal words it stands for]", w.Say[0])
			continue
		case len(w.To) == 0:
			l.add(file, line, "colloquial %q needs to = [the glossary terms or topics that explain it]", w.Say[0])
			continue
		}
		p.Colloquial[lang] = append(p.Colloquial[lang], guidance.Colloquial{Say: w.Say, Means: w.Means, To: w.To})
	}
}

// checkColloquial makes sure every colloquial word leads somewhere: each of its to IDs is
// a glossary term or topic of its language, and each legal word it means occurs in that
// language's content (otherwise searching for it finds nothing).
func (l *loader) checkColloquial(dir string, p *guidance.Pack) {
	for lang, words := range p.Colloquial {
		ids := map[string]bool{}
		var text strings.Builder
		for _, t := range p.Topics {
			if t.Lang == lang {
				ids[t.ID] = true
				text.WriteString(strings.ToLower(t.Title + "\n" + PlainText(t.Body) + "\n"))
			}
		}
		for _, t := range p.Terms {
			if t.Lang == lang {
				ids[t.ID] = true
				text.WriteString(strings.ToLower(t.Term + "\n" + strings.Join(t.Also, "\n") + "\n" + t.Definition + "\n"))
			}
		}
		all := text.String()
		file := path.Join(dir, string(lang), "colloquial.toml")
		data, _ := fs.ReadFile(l.fsys, file)
		for _, w := range words {
			line := lineOfText(data, w.Say)
			for _, id := range w.To {
				if !ids[id] {
					l.add(file, line, "colloquial %q points to %q, which is no glossary term or topic in %s", w.Say[0], id, lang)
				}
			}
			for _, m := range w.Means {
				if !strings.Contains(all, strings.ToLower(strings.TrimSpace(m))) {
					l.add(file, line, "colloquial %q means %q, which no %s topic or term uses: a search for it finds nothing", w.Say[0], m, lang)
				}
			}
		}
	}
}

// lineOfText is the line of the first of words as a quoted TOML string, or 0.
func lineOfText(data []byte, words []string) int {
	if len(words) == 0 {
		return 0
	}
	i := bytes.Index(data, []byte(strconv.Quote(words[0])))
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i], []byte("\n")) + 1
}
