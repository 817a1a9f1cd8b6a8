package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// German readability: sentences, syllables and Amstad's Flesch Reading Ease,
//
//	FRE = 180 − ASL − 58.5 × ASW
//
// (Toni Amstad, Wie verständlich sind unsere Zeitungen?, Zürich 1978), where ASL is the
// average sentence length in words and ASW the average number of syllables a word. It is
// Flesch's formula refitted to German, whose words are longer; the scale is Flesch's: 0–30
// very hard, 30–50 hard, 50–60 fairly hard, 60–70 standard, 70–80 fairly easy, 80 and more
// easy. Lint asks for at least MinEaseDe.

// abbreviationsDe end with a full stop that does not end a German sentence (lowercase,
// without their last full stop). Single letters ("z. B.", "d. h.") are handled apart.
var abbreviationsDe = map[string]bool{
	"abs": true, "art": true, "nr": true, "bzw": true, "ca": true, "dr": true, "ggf": true,
	"vgl": true, "usw": true, "etc": true, "sog": true, "gem": true, "rn": true, "bzgl": true,
	"evtl": true, "inkl": true, "mind": true, "max": true, "tel": true, "str": true, "hrsg": true,
	"z.b": true, "d.h": true, "u.a": true, "i.v.m": true, "v.a": true, "o.ä": true, "u.u": true,
	"s.o": true, "s.u": true, "zb": true, "abschn": true, "anm": true, "jh": true, "mio": true,
	"mrd": true,
}

// monthsDe are the words after which "1." is a date's day, not a sentence end.
var monthsDe = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true,
	"juni": true, "juli": true, "august": true, "september": true, "oktober": true,
	"november": true, "dezember": true,
}

// splitGerman splits a block of German text into sentences.
func splitGerman(block string) []string {
	return splitLatin(block, abbreviationsDe, true)
}

// ordinalBefore reports whether next, the word after "3.", makes the number an ordinal: a
// lowercase word ("der 3. große Senat" is rare; "am 3. oder 4. Tag" is not) or a month.
func ordinalBefore(next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) || unicode.IsDigit(r) {
		return true
	}
	return monthsDe[strings.ToLower(strings.Trim(next, `.,;:!?()"'“”„`))]
}

// diphthongsDe are vowel pairs spoken as one syllable.
var diphthongsDe = []string{"ei", "ai", "au", "eu", "äu", "ie", "ey", "ay", "aa", "ee", "oo"}

// countSyllablesDe estimates the syllables of a German word: every group of vowels (a e i
// o u y ä ö ü) is split into diphthongs and long vowels (ei, au, eu, äu, ie, aa, ee, oo,
// …), one syllable each, and single vowels, one each; so "Situation" has five, "Bauer"
// two, "Staatsanwaltschaft" four. The u of qu is no vowel. Numbers and words in other
// scripts count as one. A final -ie as in "Familie" (two syllables) counts as one, a
// known error of one syllable in a rare ending.
func countSyllablesDe(w string) int {
	w = strings.ToLower(w)
	rs := []rune(w)
	if len(rs) == 0 || !unicode.Is(unicode.Latin, rs[0]) {
		return 1
	}
	vowel := func(i int) bool {
		if !strings.ContainsRune("aeiouyäöü", rs[i]) {
			return false
		}
		return !(rs[i] == 'u' && i > 0 && rs[i-1] == 'q')
	}
	n := 0
	for i := 0; i < len(rs); {
		if !vowel(i) {
			i++
			continue
		}
		if i+1 < len(rs) && vowel(i+1) && isDiphthongDe(rs[i], rs[i+1]) {
			i += 2
		} else {
			i++
		}
		n++
	}
	return max(n, 1)
}

func isDiphthongDe(a, b rune) bool {
	pair := string([]rune{a, b})
	for _, d := range diphthongsDe {
		if d == pair {
			return true
		}
	}
	return false
}
