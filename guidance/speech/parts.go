package speech

import (
	"strings"
	"unicode"

	"github.com/pleaguide/pleaguide/guidance"
)

// Part is a piece of a sentence read with one language's voice.
type Part struct {
	Lang guidance.Lang
	Text string
}

// Parts cuts a sentence of text in lang into the pieces each voice reads. English and
// German text often gives a Chinese term in brackets ("plea leniency system (认罪认罚从宽)"),
// which an English voice reads as "Chinese letter" six times, and Chinese text a Latin
// abbreviation. So Chinese characters in other text go to the Chinese voice, and Latin
// words in Chinese text to the English one, when has says the engine has that voice. When
// it has not, Chinese characters are left out of other text, and Latin words stay with the
// Chinese voice. Digits, spaces and punctuation stay with the piece they follow.
func Parts(lang guidance.Lang, text string, has func(guidance.Lang) bool) []Part {
	chinese := lang.IsChinese()
	other := guidance.LangEn
	if !chinese {
		other = guidance.LangZhHans
		if !has(other) && has(guidance.LangZhHant) {
			other = guidance.LangZhHant
		}
	}
	canOther := has(other)
	var parts []Part
	var b strings.Builder
	cur := lang
	flush := func() {
		if t := strings.TrimSpace(b.String()); hasWord(t) {
			if n := len(parts); n > 0 && parts[n-1].Lang == cur {
				parts[n-1].Text += " " + t
			} else {
				parts = append(parts, Part{cur, t})
			}
		}
		b.Reset()
	}
	for _, r := range text {
		want := cur // digits, spaces and punctuation go with the piece they follow
		switch {
		case isHanText(r):
			want = lang
			if !chinese {
				want = other
			}
		case unicode.Is(unicode.Latin, r):
			want = lang
			if chinese {
				want = other
			}
		}
		if want == other && !canOther {
			if chinese {
				want = lang // a Latin word stays with the Chinese voice
			} else {
				continue // no Chinese voice: leave the characters out
			}
		}
		if want != cur {
			flush()
			cur = want
		}
		b.WriteRune(r)
	}
	flush()
	return parts
}

// isHanText is a Chinese character or Chinese punctuation.
func isHanText(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff01 && r <= 0xff60
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
