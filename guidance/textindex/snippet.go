package textindex

import (
	"strings"
	"unicode"
)

// Snippet picks the part of text, at most width runes long, that holds the most distinct
// pieces of the query, and marks cut ends with "…". Without a match it returns the start.
func Snippet(text string, q Query, lang string, width int) string {
	text = strings.Join(strings.Fields(text), " ")
	runes := []rune(text)
	if len(runes) <= width {
		return text
	}
	lower := []rune(strings.ToLower(text))
	type hit struct {
		pos    int
		needle int
	}
	var needles []string
	for _, t := range q.Terms {
		r := []rune(t)
		if hasHan(t) && len(r) > 1 {
			for i := 0; i+1 < len(r); i++ {
				needles = append(needles, string(r[i:i+2]))
			}
			continue
		}
		if !hasHan(t) {
			t = stem(t, lang)
		}
		needles = append(needles, t)
	}
	var hits []hit
	for n, needle := range needles {
		nr := []rune(needle)
		if len(nr) == 0 {
			continue
		}
		for i := 0; i+len(nr) <= len(lower); i++ {
			if string(lower[i:i+len(nr)]) == needle && (hasHan(needle) || i == 0 || !unicode.IsLetter(lower[i-1])) {
				hits = append(hits, hit{i, n})
			}
		}
	}
	if len(hits) == 0 {
		return strings.TrimSpace(string(runes[:width])) + "…"
	}
	// hits are grouped by needle; sort by position
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].pos < hits[j-1].pos; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
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
	start := hits[best].pos - width/6
	start = max(start, 0)
	// start at a word or sentence boundary when one is near
	for k := start; k > 0 && k > start-12; k-- {
		if unicode.IsSpace(runes[k-1]) || strings.ContainsRune("。！？；，.!?;", runes[k-1]) {
			start = k
			break
		}
	}
	end := min(start+width, len(runes))
	if end == len(runes) {
		start = max(end-width, 0)
	}
	out := strings.TrimSpace(string(runes[start:end]))
	if start > 0 {
		out = "…" + out
	}
	if end < len(runes) {
		out += "…"
	}
	return out
}
