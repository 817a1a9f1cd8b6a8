package speech

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: text[Start:End], without the white space round it.
type Sentence struct {
	Start, End int // byte offsets
}

// Split cuts text into the sentences it is read aloud in. A sentence ends at 。！？；
// (and their half-width forms ! ? and the full stop .), together with any closing quote
// or bracket and repeated marks after it (“好！”）, ?!), and at a line break. A full stop
// ends a sentence only before white space or the end of the text and not after a known
// abbreviation (Art., e.g., Abs., z.B.) or a single capital letter (J. Smith, U.S.), nor
// before a word in lower case: "1.5" and "Art. 15" stay whole, "… CPL 173. Then …" is cut.
// Pieces without a letter or a digit (a lone dash or bullet) are dropped.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		if s, ok := trimmed(text, start, end); ok {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			start = i + n
			i += n
			continue
		case isTerminator(r) || r == '.' && fullStopEnds(text, start, i):
			end := afterClosers(text, i+n)
			if !isWide(r) && end < len(text) {
				// a half-width mark ends a sentence only before white space (or a Chinese
				// character): "3.5", "a?b" and "example.com" do not
				next, _ := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(next) && !isWideText(next) {
					i += n
					continue
				}
			}
			emit(end)
			i = end
			continue
		}
		i += n
	}
	emit(len(text))
	return out
}

// Texts are the sentences' text.
func Texts(text string, sentences []Sentence) []string {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// isTerminator: the marks that always end a sentence, wherever they are.
func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', '｡':
		return true
	}
	return false
}

func isWide(r rune) bool { return r >= 0x3000 }

// isWideText is a Chinese, Japanese or full-width character: Chinese text puts no space
// after a Latin full stop ("CPL 173.然后").
func isWideText(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30ff || r >= 0xff00 && r <= 0xffef
}

// afterClosers moves past closing quotes and brackets and repeated end marks.
func afterClosers(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("”’\"'」』）)]】》〉!?！？。.…", r) {
			break
		}
		i += n
	}
	return i
}

// Abbreviations whose full stop never ends a sentence: lower case, without the last stop,
// inner stops kept ("e.g", "z.b").
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "cf": true, "vs": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "approx": true, "u.s": true, "u.s.c": true, "interp": true,
	"fed": true, "crim": true, "proc": true, "stat": true, "ann": true, "pen": true,
	// German
	"z.b": true, "bzw": true, "ggf": true, "vgl": true, "usw": true, "d.h": true, "u.a": true,
	"ca": true, "gem": true,
}

// Abbreviations whose full stop does not end a sentence before a number: "Art. 15",
// "No. 3", "§ 257c Abs. 2", "Dec. 1". Before a word they may be the last word of a
// sentence ("The answer is no. Then …").
var numberAbbreviations = map[string]bool{
	"art": true, "arts": true, "no": true, "nos": true, "para": true, "paras": true,
	"sec": true, "secs": true, "ch": true, "p": true, "pp": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "abs": true, "nr": true, "s": true,
}

// fullStopEnds reports whether the full stop at i (in the sentence that began at start)
// ends that sentence.
func fullStopEnds(text string, start, i int) bool {
	// the word before the stop
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if unicode.IsSpace(r) || r == '(' || r == '（' || isWideText(r) {
			break
		}
		j -= n
	}
	word := strings.TrimLeft(text[j:i], "\"'“‘")
	lower := strings.ToLower(word)
	if abbreviations[lower] {
		return false
	}
	if first, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(first) {
		return false // an initial: J. Smith, U. S.
	}
	// the next word, after an ellipsis if this is one
	dots := i + 1
	for dots < len(text) && text[dots] == '.' {
		dots++
	}
	k := dots
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsSpace(r) || r == '\n' {
			break
		}
		k += n
	}
	if k == dots || k == len(text) {
		return true // no space after it: decided by the caller; or the end of the text
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	switch {
	case unicode.IsLower(next):
		return false // a sentence does not go on in lower case: "approx. three"
	case unicode.IsDigit(next) && numberAbbreviations[lower]:
		return false
	}
	return true
}

// trimmed is text[start:end] without white space round it, if it holds a letter or digit.
func trimmed(text string, start, end int) (Sentence, bool) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	for _, r := range text[start:end] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return Sentence{start, end}, true
		}
	}
	return Sentence{}, false
}
