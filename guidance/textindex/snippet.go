package textindex

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
)

// Snippet picks the part of text, at most width runes long, that holds the most distinct
// pieces of the query, and marks cut ends with "…". Without a match it returns the start.
// Search prepares its texts once with NewProse instead.
func Snippet(text string, q Query, lang string, width int) string {
	return NewProse(text).Snippet(q, lang, width)
}

// snippetNeedles are the strings Snippet and Answer look for: the character pairs of
// Chinese words and the stems of other words. ParseQuery lists them once.
func (q Query) snippetNeedles(lang string) []string {
	if q.snippet != nil {
		return q.snippet
	}
	needles := []string{}
	for i, t := range q.Terms {
		r := []rune(t)
		switch {
		case guidance.HasHan(t) && len(r) > 1:
			for i := 0; i+1 < len(r); i++ {
				needles = append(needles, string(r[i:i+2]))
			}
		case guidance.HasHan(t):
			needles = append(needles, t)
		default:
			needles = append(needles, q.stem(i, lang))
		}
	}
	return needles
}

// stem is the stem of Terms[i], from ParseQuery's work when there is one.
func (q Query) stem(i int, lang string) string {
	if i < len(q.stems) {
		return q.stems[i]
	}
	return stem(q.Terms[i], lang)
}

// TitleCoverage is the share (0 to 1) of the query's own words — not synonyms added to it —
// that appear in title, each piece weighted by how rare it is in the content. Search uses
// it to lift items whose title, or whose text, says what was asked.
func TitleCoverage(title string, q Query, lang string) float64 {
	needles := q.needles
	if needles == nil && len(q.Terms) > 0 {
		needles = (*Synonyms)(nil).weigh(q, lang)
	}
	if len(needles) == 0 {
		return 0
	}
	lower := title
	for _, n := range needles {
		if !guidance.HasHan(n.text) { // Chinese has no case: lower-case only for other words
			lower = strings.ToLower(title)
			break
		}
	}
	return coverage(lower, needles)
}

// Text is a text prepared for TextCoverage once, not at every query: lower-cased, and
// when it is long, with the pairs of adjacent Chinese characters it holds in a sorted list
// and its other words in a short string, each once.
type Text struct {
	lower string
	pairs []uint64 // two adjacent Chinese characters, the first in the high half; nil: look in lower
	words string   // of a long text: its runs of other letters and digits, each once, between NULs
}

// longText is the length (bytes) from which a Text lists its Chinese character pairs and
// words: looking a piece up in them is then faster than scanning the text for it.
const longText = 512

// NewText prepares s for TextCoverage.
func NewText(s string) Text {
	t := Text{lower: strings.ToLower(s)}
	if len(t.lower) < longText {
		return t
	}
	var prev rune
	var words strings.Builder
	seen := map[string]bool{}
	wordAt := -1
	word := func(end int) {
		if w := t.lower[wordAt:end]; !seen[w] {
			seen[w] = true
			words.WriteString(w)
			words.WriteByte(0)
		}
		wordAt = -1
	}
	words.WriteByte(0)
	for i, r := range t.lower {
		han := unicode.Is(unicode.Han, r)
		if han {
			if prev != 0 {
				t.pairs = append(t.pairs, uint64(prev)<<32|uint64(r))
			}
			prev = r
		} else {
			prev = 0
		}
		if !han && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if wordAt < 0 {
				wordAt = i
			}
		} else if wordAt >= 0 {
			word(i)
		}
	}
	if wordAt >= 0 {
		word(len(t.lower))
	}
	slices.Sort(t.pairs)
	t.pairs = slices.Compact(t.pairs)
	if t.pairs == nil {
		t.pairs = []uint64{}
	}
	t.words = words.String()
	return t
}

// Lower is the text lower-cased.
func (t Text) Lower() string { return t.lower }

// has reports whether the text holds needle. In a long text a pair of Chinese characters
// is looked up in its list, and a needle of other letters and digits in its words: such a
// needle can only occur inside one run of them, and every run is among the words.
func (t Text) has(needle string) bool {
	if t.pairs != nil {
		a, n := utf8.DecodeRuneInString(needle)
		switch {
		case n == 0:
		case unicode.Is(unicode.Han, a):
			if b, m := utf8.DecodeRuneInString(needle[n:]); m > 0 && n+m == len(needle) && unicode.Is(unicode.Han, b) {
				_, ok := slices.BinarySearch(t.pairs, uint64(a)<<32|uint64(b))
				return ok
			}
		case isWord(needle):
			return strings.Contains(t.words, needle)
		}
	}
	return strings.Contains(t.lower, needle)
}

// isWord reports whether s is letters and digits other than Chinese characters.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// TextCoverage is TitleCoverage for a prepared text.
func TextCoverage(t Text, q Query, lang string) float64 {
	needles := q.needles
	if needles == nil && len(q.Terms) > 0 {
		needles = (*Synonyms)(nil).weigh(q, lang)
	}
	if len(needles) == 0 {
		return 0
	}
	found, total := 0.0, 0.0
	for _, n := range needles {
		total += n.weight
		if t.has(n.text) || (n.word != "" && t.has(n.word)) {
			found += n.weight
		}
	}
	return found / total
}

// coverage is the weighted share of needles found in lower.
func coverage(lower string, needles []needle) float64 {
	found, total := 0.0, 0.0
	for _, n := range needles {
		total += n.weight
		if strings.Contains(lower, n.text) || (n.word != "" && strings.Contains(lower, n.word)) {
			found += n.weight
		}
	}
	return found / total
}

// Title is a title or heading prepared for TextCoverage and TitlePrecision once: its text,
// and its index pieces.
type Title struct {
	Text
	pieces []string
}

// NewTitle prepares a title or heading in lang.
func NewTitle(s, lang string) Title { return NewIndexer().NewTitle(s, lang) }

// NewTitle prepares a title or heading in lang, with the Indexer's remembered stems: a
// corpus prepares thousands of titles from the same few hundred words. German compounds
// are not taken apart in a title.
func (x *Indexer) NewTitle(s, lang string) Title {
	var pieces []string
	for _, p := range strings.Fields(x.plainIndex(s, lang).Words) {
		if !isStopWord(p, lang) {
			pieces = append(pieces, p)
		}
	}
	return Title{Text: NewText(s), pieces: pieces}
}

// TitlePrecision is the share (0 to 1) of a title's own pieces (Chinese character pairs,
// word stems) that the query asks for, synonyms included: "值班律师" is a closer title for
// the query 值班律师 than "有权见值班律师".
func TitlePrecision(t Title, q Query) float64 {
	want := q.want
	if want == nil {
		want = q.wanted()
	}
	hit := 0
	for _, p := range t.pieces {
		if want[p] {
			hit++
		}
	}
	if len(t.pieces) == 0 {
		return 0
	}
	return float64(hit) / float64(len(t.pieces))
}

// wanted is the set of the query's tokens, synonyms included.
func (q Query) wanted() map[string]bool {
	want := make(map[string]bool, len(q.Words)+len(q.Chars))
	for _, w := range q.Words {
		want[w] = true
	}
	for _, c := range q.Chars {
		want[c] = true
	}
	return want
}

// Highlights are the pieces of the query to mark where a hit is shown: the words as typed
// and their stems, and the Chinese character pairs that are not too common in the content
// to say anything (以后, 可以 would mark half of every text).
func (q Query) Highlights() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, n := range q.needles {
		if guidance.HasHan(n.text) && n.weight < minHighlightWeight {
			continue
		}
		add(n.text)
		add(n.word)
	}
	return out
}

// minHighlightWeight is the rarity a Chinese character pair needs to be highlighted: it
// occurs in fewer than about one text in four.
const minHighlightWeight = 1.6
