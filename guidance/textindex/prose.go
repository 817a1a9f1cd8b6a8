package textindex

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/fullstop"
)

// Prose is a text prepared once for Snippet and Answer, which search calls for every hit
// it returns: the text with its spaces tidied and lower-cased, its length in runes, and,
// when it is first asked for an answer, its sentences with the forms of answer they give.
type Prose struct {
	text   string // as stored: Answer splits it into sentences
	tidy   string // Snippet's text: runs of white space as one space
	lower  string // tidy lower-cased, or tidy itself when lower-casing changes its length
	folded bool   // lower is tidy lower-cased
	runes  int    // runes in tidy

	forms     string // SentenceForms(text), when known
	once      sync.Once
	sentences []sentence
}

// sentence is one sentence of a Prose, by its place in the text.
type sentence struct {
	start, end int // bytes of Prose.text
	runes      int
	facets     Form
	lower      string // the sentence lower-cased
}

// NewProse prepares text for Snippet and Answer.
func NewProse(text string) *Prose { return PreparedProse(text, strings.ToLower(text), "") }

// PreparedProse is NewProse for a text whose lower case and SentenceForms are already at
// hand: search keeps the lower case of every text, and import stores the forms. Forms that
// do not fit the text's sentences are found again.
func PreparedProse(text, lower, forms string) *Prose {
	p := &Prose{text: text, tidy: text, lower: lower, forms: forms}
	if strings.ContainsAny(text, "\n\t\r") || strings.Contains(text, "  ") {
		p.tidy = strings.Join(strings.Fields(text), " ")
		p.lower = strings.ToLower(p.tidy)
	}
	p.folded = len(p.lower) == len(p.tidy)
	if !p.folded {
		p.lower = p.tidy // lower-casing changed byte widths: match case-sensitively
	}
	p.runes = utf8.RuneCountInString(p.tidy)
	return p
}

// split finds the sentences and their forms, once.
func (p *Prose) split() []sentence {
	p.once.Do(func() {
		lower := "" // the text lower-cased, when at hand
		if p.folded && p.tidy == p.text {
			lower = p.lower
		}
		spans := sentenceSpans(p.text)
		forms, ok := decodeForms(p.forms, len(spans))
		for i, s := range spans {
			t := p.text[s[0]:s[1]]
			sn := sentence{start: s[0], end: s[1], runes: utf8.RuneCountInString(t)}
			if ok {
				sn.facets = forms[i]
			} else {
				sn.facets = Facets(t)
			}
			if lower != "" {
				sn.lower = lower[s[0]:s[1]]
			} else {
				sn.lower = strings.ToLower(t)
			}
			p.sentences = append(p.sentences, sn)
		}
	})
	return p.sentences
}

// SentenceForms lists the Facets of each sentence of text, one character each (Form plus
// '@'), for PreparedProse: import stores them, as finding them takes longer than the rest
// of a search.
func SentenceForms(text string) string {
	spans := sentenceSpans(text)
	b := make([]byte, len(spans))
	for i, s := range spans {
		b[i] = '@' + byte(Facets(text[s[0]:s[1]]))
	}
	return string(b)
}

// decodeForms reads SentenceForms for n sentences; ok is false when they do not fit.
func decodeForms(s string, n int) (forms []Form, ok bool) {
	if len(s) != n || n == 0 {
		return nil, false
	}
	forms = make([]Form, n)
	for i := 0; i < n; i++ {
		if s[i] < '@' || s[i] >= '@'+32 {
			return nil, false
		}
		forms[i] = Form(s[i] - '@')
	}
	return forms, true
}

// sentenceSpans are the byte ranges of text's sentences: Chinese ends at 。！？； and list
// items at line breaks; English at ". ", "? ", "! " and "; ". White space is trimmed and
// empty sentences left out.
func sentenceSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i, r := range text {
		switch r {
		case '。', '！', '？', '；', '\n':
			emit(i + utf8.RuneLen(r))
		case '.', '?', '!', ';':
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			if i+1 < len(text) && next != ' ' && next != '\n' {
				break
			}
			if r == '.' && !fullstop.Ends(text, start, i) {
				break // "CPL Art. 47", "Fed. R. Crim. P. 11": the sentence goes on
			}
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}

// Answer picks the sentence or two of the text that answer the query: the sentence that
// holds the most of the query's words, preferring one that states what the question asks
// for (a duration for "how long", a permission for "can he"); a short answer is followed by
// its next sentence when that one continues it. It returns at most maxRunes runes.
func (p *Prose) Answer(q Query, lang string, maxRunes int) string {
	ss := p.split()
	if len(ss) == 0 {
		return ""
	}
	needles := q.snippetNeedles(lang)
	best, bestScore := 0, -1.0
	for i, s := range ss {
		score := 0.0
		for _, n := range needles {
			if n != "" && strings.Contains(s.lower, n) {
				score++
			}
		}
		if q.Asks != 0 && s.facets&q.Asks != 0 {
			score += 1.5
		}
		if s.runes < 6 {
			score -= 1 // a heading-like fragment, a list stub
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	out := p.text[ss[best].start:ss[best].end]
	if best+1 < len(ss) && ss[best].runes+ss[best+1].runes <= maxRunes*3/4 {
		next := ss[best+1]
		sep := ""
		if !guidance.HasHan(out) {
			sep = " "
		}
		if strings.HasSuffix(out, "：") || strings.HasSuffix(out, ":") || (q.Asks != 0 && next.facets&q.Asks != 0) {
			out += sep + p.text[next.start:next.end]
		}
	}
	if utf8.RuneCountInString(out) > maxRunes {
		out = string([]rune(out)[:maxRunes]) + "…"
	}
	return out
}

// snippetHit is a needle found in the text: where (bytes and runes) and which.
type snippetHit struct{ at, pos, needle int }

// Snippet picks the part of the text, at most width runes long, that holds the most
// distinct pieces of the query, and marks cut ends with "…". Without a match it returns
// the start.
func (p *Prose) Snippet(q Query, lang string, width int) string {
	text, lower := p.tidy, p.lower
	if p.runes <= width {
		return text
	}
	var hits []snippetHit
	needles := q.snippetNeedles(lang)
	for n, needle := range needles {
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
			if !guidance.HasHan(needle) && at > 0 {
				if r, _ := utf8.DecodeLastRuneInString(lower[:at]); unicode.IsLetter(r) {
					continue // inside a word
				}
			}
			hits = append(hits, snippetHit{at: at, needle: n})
		}
	}
	if len(hits) == 0 {
		return strings.TrimSpace(text[:forward(text, 0, width)]) + "…"
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for i, prev, pos := 0, 0, 0; i < len(hits); i++ { // rune positions, counted once
		pos += utf8.RuneCountInString(text[prev:hits[i].at])
		prev, hits[i].pos = hits[i].at, pos
	}
	best, bestScore := 0, -1
	seen := make([]int, len(needles)) // the window each needle was last counted in, plus one
	for i := range hits {
		distinct := 0
		for j := i; j < len(hits) && hits[j].pos < hits[i].pos+width*3/4; j++ {
			if seen[hits[j].needle] != i+1 {
				seen[hits[j].needle] = i + 1
				distinct++
			}
		}
		if distinct > bestScore {
			best, bestScore = i, distinct
		}
	}
	// a rune position near the best hit as bytes: walk from the hit
	byteAt := func(pos int) int {
		h := hits[best]
		if pos <= h.pos {
			return backward(text, h.at, h.pos-pos)
		}
		return forward(text, h.at, pos-h.pos)
	}
	start := max(hits[best].pos-width/6, 0)
	startByte := byteAt(start)
	// start at a word or sentence boundary when one is near
	for k, b := start, startByte; k > 0 && k > start-12; k-- {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsSpace(r) || strings.ContainsRune("。！？；，.!?;", r) {
			start, startByte = k, b
			break
		}
		b -= n
	}
	end := min(start+width, p.runes)
	byteEnd := len(text)
	if end == p.runes {
		start = max(end-width, 0)
		startByte = backward(text, len(text), end-start)
	} else {
		byteEnd = forward(text, startByte, end-start)
	}
	out := strings.TrimSpace(text[startByte:byteEnd])
	if start > 0 {
		out = "…" + out
	}
	if end < p.runes {
		out += "…"
	}
	return out
}

// forward is the byte offset n runes after byte b of s (at most its end).
func forward(s string, b, n int) int {
	for ; n > 0 && b < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[b:])
		b += size
	}
	return b
}

// backward is the byte offset n runes before byte b of s (at least 0).
func backward(s string, b, n int) int {
	for ; n > 0 && b > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:b])
		b -= size
	}
	return b
}
