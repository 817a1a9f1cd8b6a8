package content

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
)

// NoLawMarker marks a topic section that states no law and so needs no citation.
const NoLawMarker = "<!-- no law -->"

// checkProse applies the plain-language gates, the one-source-per-section rule and the
// link-at-first-use rule to one topic.
func (l *loader) checkProse(file string, data []byte, t guidance.Topic, doc Doc, terms []guidance.Term) {
	bodyLine := bodyStartLine(data)
	lineOf := func(snippet string) int {
		snippet = strings.TrimSpace(snippet)
		for _, probe := range []string{snippet, firstRunes(snippet, 12)} {
			if probe == "" {
				continue
			}
			if i := bytes.Index(data, []byte(probe)); i >= 0 {
				return bytes.Count(data[:i], []byte("\n")) + 1
			}
		}
		return bodyLine
	}

	if gated(t.Lang) {
		prose, _ := doc.flatten(withoutCitations)
		r := measure(prose, t.Lang)
		switch {
		case t.Lang == guidance.LangEn && r.Grade > MaxGradeEn:
			l.add(file, bodyLine, "reading grade %.1f is above %.0f (Flesch–Kincaid): use shorter sentences and words", r.Grade, MaxGradeEn)
		case t.Lang == guidance.LangDe && r.Sentences > 0 && r.Ease < MinEaseDe:
			l.add(file, bodyLine, "reading ease %.1f is below %.0f (Amstad's Flesch for German, %.1f words a sentence): use shorter sentences and shorter words", r.Ease, MinEaseDe, r.Average)
		case t.Lang.IsChinese() && r.Average > MaxAvgCharsZh:
			l.add(file, bodyLine, "sentences average %.1f characters, above %d: split long sentences", r.Average, MaxAvgCharsZh)
		}
		for _, s := range r.Over {
			n, max := len(words(s)), MaxSentenceWords
			if t.Lang.IsChinese() {
				n, max = countChars(s), MaxSentenceChars
			}
			l.add(file, lineOf(firstRunes(s, 20)), "sentence of %d %s (at most %d): %q", n, Unit(t.Lang), max, firstRunes(s, 40)+"…")
		}
	}

	for _, sec := range doc.sections() {
		if !sec.cites && !sec.noLaw && strings.TrimSpace(sec.text) != "" {
			line := bodyLine
			if sec.level > 0 {
				line = bodyLine + sec.line - 1
			}
			l.add(file, line, "section %q cites no source: cite the law it states, or mark it %s if it states none", sec.heading, NoLawMarker)
		}
	}

	plain, spans := doc.termSpans()
	for id, at := range firstUses(plain, terms, t.Lang) {
		ok := false
		for _, s := range spans {
			if s.target == id && s.start <= at {
				ok = true
				break
			}
		}
		if !ok {
			used, _, _ := strings.Cut(firstRunes(plain[at:], 16), "\n")
			l.add(file, lineOf(firstRunes(used, 8)), "glossary term %q is used (%q…) before it is linked: link its first use as [text](term:%s)", id, used, id)
		}
	}
}

// gated reports whether lint has plain-language limits for lang: every content language
// (ContentLanguages) has them.
func gated(lang guidance.Lang) bool {
	return slices.Contains(ContentLanguages, lang)
}

func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// termSpans returns the body's running text — without headings, citations or topic links,
// which name things rather than use terms — and where its term: links sit in it.
func (d Doc) termSpans() (string, []span) {
	return d.flatten(flattenOpts{
		skipHeadings: true,
		skipLink: func(dest string) bool {
			return strings.HasPrefix(dest, "src:") || strings.HasPrefix(dest, "topic:")
		},
	})
}

// firstUses finds where each glossary term is first used in plain text (byte offset).
func firstUses(plain string, terms []guidance.Term, lang guidance.Lang) map[string]int {
	first := map[string]int{}
	eachTermUse(plain, terms, lang, func(id string, at int) {
		if old, ok := first[id]; !ok || at < old {
			first[id] = at
		}
	})
	return first
}

// eachTermUse calls fn for every use of a glossary term of lang in plain text, with the
// term's ID and the byte offset of the use. Longer names are matched first and mask what
// they cover, so 认罪认罚 is not also counted as 认罪; Latin-script names match whole
// words, ignoring case. Lint and the read-more test read term uses the same way.
func eachTermUse(plain string, terms []guidance.Term, lang guidance.Lang, fn func(id string, at int)) {
	type name struct{ text, id string }
	var names []name
	for _, t := range terms {
		if t.Lang != lang {
			continue
		}
		for _, n := range append([]string{t.Term}, t.Also...) {
			if n = strings.TrimSpace(n); utf8.RuneCountInString(n) >= 2 {
				names = append(names, name{n, t.ID})
			}
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].text) > len(names[j].text) })
	lower := strings.ToLower(plain)
	if len(lower) != len(plain) {
		lower = plain
	}
	taken := make([]bool, len(plain))
	for _, n := range names {
		needle := strings.ToLower(n.text)
		latin := !guidance.HasHan(n.text)
		for from := 0; ; {
			k := strings.Index(lower[from:], needle)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(needle)
			from = end
			if latin && (letterBefore(lower, at) || letterAfter(lower, end)) {
				continue
			}
			free := true
			for i := at; i < end; i++ {
				free = free && !taken[i]
			}
			if !free {
				continue
			}
			for i := at; i < end; i++ {
				taken[i] = true
			}
			fn(n.id, at)
		}
	}
}

func letterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && unicode.IsLetter(r)
}

func letterAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && unicode.IsLetter(r)
}
