package textindex

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Snippet picks the part of text, at most width runes long, that holds the most distinct
// pieces of the query, and marks cut ends with "…". Without a match it returns the start.
func Snippet(text string, q Query, lang string, width int) string {
	if strings.ContainsAny(text, "\n\t\r") || strings.Contains(text, "  ") {
		text = strings.Join(strings.Fields(text), " ") // stored text is already tidy
	}
	if utf8.RuneCountInString(text) <= width {
		return text
	}
	// byte offset of every rune, to turn match offsets into rune positions
	starts := make([]int, 0, len(text))
	for i := range text {
		starts = append(starts, i)
	}
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		lower = text // lower-casing changed byte widths: match case-sensitively
	}
	type hit struct{ pos, needle int }
	var hits []hit
	for n, needle := range snippetNeedles(q, lang) {
		if needle == "" {
			continue // an empty needle would match everywhere, forever
		}
		for from := 0; ; {
			k := strings.Index(lower[from:], needle)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(needle)
			if !hasHan(needle) && at > 0 {
				if r, _ := utf8.DecodeLastRuneInString(lower[:at]); unicode.IsLetter(r) {
					continue // inside a word
				}
			}
			hits = append(hits, hit{sort.SearchInts(starts, at), n})
		}
	}
	runes := len(starts)
	if len(hits) == 0 {
		return strings.TrimSpace(text[:starts[width]]) + "…"
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	best, bestScore := 0, -1
	for i := range hits {
		distinct := map[int]bool{}
		for j := i; j < len(hits) && hits[j].pos < hits[i].pos+width*3/4; j++ {
			distinct[hits[j].needle] = true
		}
		if len(distinct) > bestScore {
			best, bestScore = i, len(distinct)
		}
	}
	start := max(hits[best].pos-width/6, 0)
	// start at a word or sentence boundary when one is near
	for k := start; k > 0 && k > start-12; k-- {
		r, _ := utf8.DecodeLastRuneInString(text[:starts[k]])
		if unicode.IsSpace(r) || strings.ContainsRune("。！？；，.!?;", r) {
			start = k
			break
		}
	}
	end := min(start+width, runes)
	if end == runes {
		start = max(end-width, 0)
	}
	byteEnd := len(text)
	if end < runes {
		byteEnd = starts[end]
	}
	out := strings.TrimSpace(text[starts[start]:byteEnd])
	if start > 0 {
		out = "…" + out
	}
	if end < runes {
		out += "…"
	}
	return out
}

// snippetNeedles are the strings to look for: the character pairs of Chinese words and the
// stems of other words.
func snippetNeedles(q Query, lang string) []string {
	var needles []string
	for i, t := range q.Terms {
		r := []rune(t)
		switch {
		case hasHan(t) && len(r) > 1:
			for i := 0; i+1 < len(r); i++ {
				needles = append(needles, string(r[i:i+2]))
			}
		case hasHan(t):
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
// that appear in title. Search uses it to lift items whose title says what was asked.
func TitleCoverage(title string, q Query, lang string) float64 {
	if len(q.Terms) == 0 {
		return 0
	}
	lower := strings.ToLower(title)
	found := 0.0
	for i, t := range q.Terms {
		if !hasHan(t) {
			if strings.Contains(lower, q.stem(i, lang)) {
				found++
			}
			continue
		}
		r := []rune(t)
		if len(r) == 1 {
			if strings.Contains(title, t) {
				found++
			}
			continue
		}
		// the share of the term's character pairs found in the title
		pairs, hit := 0, 0
		for i := 0; i+1 < len(r); i++ {
			pairs++
			if strings.Contains(title, string(r[i:i+2])) {
				hit++
			}
		}
		found += float64(hit) / float64(pairs)
	}
	return found / float64(len(q.Terms))
}
