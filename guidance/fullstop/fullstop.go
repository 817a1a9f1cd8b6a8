// Package fullstop decides where a sentence ends at a Latin full stop, for the two places
// that cut text into sentences: read-aloud (guidance/speech) and search's answers
// (guidance/textindex). "Art. 15", "Fed. R. Crim. P. 11", "U.S." and "e.g." do not end one.
package fullstop

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsWideText is a Chinese, Japanese or full-width character: Chinese text puts no space
// after a Latin full stop ("CPL 173.然后").
func IsWideText(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30ff || r >= 0xff00 && r <= 0xffef
}

// Abbreviations whose full stop never ends a sentence: lower case, without the last stop,
// inner stops kept ("e.g", "z.b").
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "cf": true, "vs": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "approx": true, "u.s": true, "u.s.c": true, "v": true, "interp": true,
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

// Ends reports whether the full stop at i (in the sentence that began at start)
// ends that sentence.
func Ends(text string, start, i int) bool {
	// the word before the stop
	j := i
	for j > start {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if unicode.IsSpace(r) || r == '(' || r == '（' || IsWideText(r) {
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
