package speech

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pleaguide/pleaguide/guidance/fullstop"
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
		case isTerminator(r) || r == '.' && fullstop.Ends(text, start, i):
			end := afterClosers(text, i+n)
			if !isWide(r) && end < len(text) {
				// a half-width mark ends a sentence only before white space (or a Chinese
				// character): "3.5", "a?b" and "example.com" do not
				next, _ := utf8.DecodeRuneInString(text[end:])
				if !unicode.IsSpace(next) && !fullstop.IsWideText(next) {
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
