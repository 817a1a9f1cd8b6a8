package content

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance"
)

// Plain-language limits that lint enforces per topic. Simplified and Traditional Chinese
// share the character limits; English and German share the word limit.
const (
	MaxGradeEn       = 8.0  // Flesch–Kincaid grade
	MinEaseDe        = 50.0 // Amstad's Flesch Reading Ease for German: at least this
	MaxSentenceWords = 25   // English or German words in one sentence
	MaxAvgCharsZh    = 30   // Chinese characters per sentence, on average
	MaxSentenceChars = 60   // Chinese characters in one sentence
)

// Readability holds plain-language figures for one topic. Citations (src: links) are left
// out: they are references, not prose.
type Readability struct {
	Sentences int
	Grade     float64 // Flesch–Kincaid grade; English only
	Ease      float64 // Amstad's Flesch Reading Ease (180 − ASL − 58.5 × ASW); German only
	Average   float64 // words (English) or characters (Chinese) per sentence
	Longest   int     // the longest sentence, in the same unit
	LongestAt string  // its text
	Over      []string
}

// Unit is "words" or "characters" for lang.
func Unit(lang guidance.Lang) string {
	if lang.IsChinese() {
		return "characters"
	}
	return "words"
}

// String prints the figures in one line.
func (r Readability) String() string {
	if r.Ease != 0 {
		return fmt.Sprintf("reading ease %.1f (Amstad), %.1f words a sentence, longest %d", r.Ease, r.Average, r.Longest)
	}
	if r.Grade != 0 {
		return fmt.Sprintf("grade %.1f, %.1f words a sentence, longest %d", r.Grade, r.Average, r.Longest)
	}
	return fmt.Sprintf("%.1f characters a sentence, longest %d", r.Average, r.Longest)
}

// MeasureTopic computes the figures for a topic body in lang. limit is the longest sentence
// allowed; sentences over it are listed in Over.
func MeasureTopic(s string, lang guidance.Lang) Readability {
	return measure(ProseText(s), lang)
}

// withoutCitations leaves citations out of flattened text.
var withoutCitations = flattenOpts{skipLink: func(dest string) bool { return strings.HasPrefix(dest, "src:") }}

func measure(prose string, lang guidance.Lang) Readability {
	chinese, german := lang.IsChinese(), lang == guidance.LangDe
	var sentences []string
	for _, block := range strings.Split(prose, "\n") {
		switch {
		case chinese:
			sentences = append(sentences, splitChinese(block)...)
		case german:
			sentences = append(sentences, splitGerman(block)...)
		default:
			sentences = append(sentences, splitEnglish(block)...)
		}
	}
	var r Readability
	total, syllables := 0, 0
	for _, s := range sentences {
		n := 0
		if chinese {
			n = countChars(s)
		} else {
			for _, w := range words(s) {
				n++
				if german {
					syllables += countSyllablesDe(w)
				} else {
					syllables += countSyllables(w)
				}
			}
		}
		if n == 0 {
			continue
		}
		r.Sentences++
		total += n
		if n > r.Longest {
			r.Longest, r.LongestAt = n, s
		}
		if (chinese && n > MaxSentenceChars) || (!chinese && n > MaxSentenceWords) {
			r.Over = append(r.Over, s)
		}
	}
	if r.Sentences == 0 {
		return r
	}
	r.Average = float64(total) / float64(r.Sentences)
	switch {
	case german:
		r.Ease = 180 - r.Average - 58.5*float64(syllables)/float64(total)
		r.Ease = math.Round(r.Ease*10) / 10
	case !chinese:
		r.Grade = 0.39*r.Average + 11.8*float64(syllables)/float64(total) - 15.59
		r.Grade = math.Round(r.Grade*10) / 10
	}
	r.Average = math.Round(r.Average*10) / 10
	return r
}

// ProseText is the plain text of a body without its citations.
func ProseText(s string) string {
	text, _ := flatten(s, withoutCitations)
	return text
}

func splitChinese(block string) []string {
	var out []string
	var cur strings.Builder
	for _, r := range block {
		cur.WriteRune(r)
		if strings.ContainsRune("。！？；!?;…", r) {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	return append(out, cur.String())
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"art": true, "arts": true, "para": true, "paras": true, "e.g": true,
	"i.e": true, "etc": true, "vs": true, "mr": true, "ms": true, "dr": true, "st": true, "interp": true,
}

func splitEnglish(block string) []string {
	return splitLatin(block, abbreviations, false)
}

// splitLatin splits a block of English or German text into sentences at . ! and ?, but not
// after an abbreviation of abbrevs, a single letter ("z. B."), or "No." before a number.
// With ordinals, a number with a full stop before a lowercase word or a month ("am 1.
// Januar") does not end a sentence either.
func splitLatin(block string, abbrevs map[string]bool, ordinals bool) []string {
	var out []string
	fields := strings.Fields(block)
	start := 0
	for i, f := range fields {
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(f, `)"'”’“«»`))
		if last != '.' && last != '!' && last != '?' {
			continue
		}
		word := strings.ToLower(strings.Trim(f, `.!?()"'“”‘’„«»`))
		if last == '.' && (abbrevs[word] || (utf8.RuneCountInString(word) == 1 && unicode.IsLetter([]rune(word)[0]))) {
			continue
		}
		// "No. 21" is a number, "say no." ends a sentence
		if (word == "no" || word == "nos") && last == '.' && i+1 < len(fields) && unicode.IsDigit([]rune(fields[i+1])[0]) {
			continue
		}
		if ordinals && last == '.' && i+1 < len(fields) && isNumber(word) && ordinalBefore(fields[i+1]) {
			continue
		}
		out = append(out, strings.Join(fields[start:i+1], " "))
		start = i + 1
	}
	if start < len(fields) {
		out = append(out, strings.Join(fields[start:], " "))
	}
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// words lists the words of an English sentence; Chinese words in it count as one each.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
}

func countChars(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// countSyllables estimates syllables by groups of vowels, the usual way for readability
// formulas; numbers and Chinese words count as one.
func countSyllables(w string) int {
	w = strings.ToLower(w)
	if w == "" || !unicode.Is(unicode.Latin, []rune(w)[0]) {
		return 1
	}
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}
