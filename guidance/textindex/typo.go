package textindex

import "unicode/utf8"

// minTypoWord is the shortest word that is corrected: shorter words have too many
// neighbours one edit away ("bail", "fail", "jail").
const minTypoWord = 5

// correct returns the content word one edit away from w (a letter left out, added,
// changed, or two neighbours swapped) when w itself occurs nowhere in the content, or "".
// Of several, the most frequent wins; ties go to the first in alphabetical order.
func (s *Synonyms) correct(w string) string {
	if s == nil || len(s.vocab) == 0 || utf8.RuneCountInString(w) < minTypoWord || s.vocab[w] > 0 {
		return ""
	}
	r := []rune(w)
	best, bestN := "", 0
	try := func(c []rune) {
		cand := string(c)
		if n := s.vocab[cand]; n > bestN || (n == bestN && n > 0 && cand < best) {
			best, bestN = cand, n
		}
	}
	buf := make([]rune, 0, len(r)+1)
	for i := range r { // deletion
		buf = append(append(buf[:0], r[:i]...), r[i+1:]...)
		try(buf)
	}
	for i := 0; i+1 < len(r); i++ { // transposition
		buf = append(buf[:0], r...)
		buf[i], buf[i+1] = buf[i+1], buf[i]
		try(buf)
	}
	for i := 0; i <= len(r); i++ {
		for c := 'a'; c <= 'z'; c++ {
			buf = append(append(append(buf[:0], r[:i]...), c), r[i:]...) // insertion
			try(buf)
			if i < len(r) && r[i] != c { // substitution
				buf = append(append(append(buf[:0], r[:i]...), c), r[i+1:]...)
				try(buf)
			}
		}
	}
	return best
}
