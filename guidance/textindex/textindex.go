// Package textindex turns text into search tokens and queries for a full-text index.
//
// SQLite's FTS5 trigram tokenizer cannot match Chinese queries of one or two characters, and
// a whole question ("签了具结书还能反悔吗") never occurs verbatim in any text. So text is
// tokenised here, before it reaches the index: runs of Chinese characters become
// overlapping two-character pieces (bigrams) plus single characters in a separate field, and
// Latin-script words are lower-cased and stemmed (withdrawing → withdraw). Queries are
// tokenised the same way, stop words dropped, synonyms added, and any token may match; the
// index ranks with bm25, so documents matching more and rarer pieces come first.
package textindex

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
	"github.com/kljensen/snowball/english"

	"github.com/pleaguide/pleaguide/guidance"
)

// Fields are the token streams stored for one piece of text. Each is a space-separated list
// that FTS5's unicode61 tokenizer splits back into exactly these tokens.
type Fields struct {
	Words string // Latin-script stems and Chinese bigrams, in text order
	Chars string // single Chinese characters, for one-character queries
}

// Index tokenises text for storage.
func Index(s, lang string) Fields { return NewIndexer().Index(s, lang) }

// Indexer tokenises many texts, remembering word stems: stemming is the slow part, and the
// same words come back again and again.
type Indexer struct {
	stems map[string]string
	words map[string]bool // German words the content uses on their own, for compounds
}

// NewIndexer makes an Indexer.
func NewIndexer() *Indexer { return &Indexer{stems: map[string]string{}} }

// AddGermanWords records the words of a German content text. Index then also indexes a
// long compound under the recorded words it ends or starts with (Strafverfahren under
// verfahren, Verständigungsgespräch under verständigung and gespräch), so a reader who
// types the part finds the compound. Record every German text before indexing any.
func (x *Indexer) AddGermanWords(text string) {
	if x.words == nil {
		x.words = map[string]bool{}
	}
	scan(text, func(run []rune, han bool) {
		if !han {
			x.words[strings.ToLower(string(run))] = true
		}
	})
}

// minCompound is the shortest word taken apart: shorter ones are rarely compounds, and
// splitting them (Verfahren → fahren) only adds noise.
const minCompound = 10

// minPart is the shortest part of a compound that is indexed on its own: shorter ones
// (Amt, Tat, Akt) end too many unrelated words.
const minPart = 5

// compoundParts lists the recorded words a German compound is made of: the longest head
// (the part it ends with) and the longest modifier (the part it starts with, without a
// linking s, es, n or en), each at least minPart letters and shorter than the word.
func compoundParts(w string, known map[string]bool) []string {
	r := []rune(w)
	if len(known) == 0 || len(r) < minCompound {
		return nil
	}
	var parts []string
	for i := 3; i+minPart <= len(r); i++ {
		if head := string(r[i:]); known[head] {
			parts = append(parts, head)
			break
		}
	}
	for i := len(r) - 3; i >= minPart; i-- {
		mod := string(r[:i])
		for _, link := range []string{"", "s", "es", "n", "en"} {
			if m := strings.TrimSuffix(mod, link); link != "" && m == mod {
				continue
			} else if len([]rune(m)) >= minPart && known[m] {
				return append(parts, m)
			}
		}
	}
	return parts
}

func (x *Indexer) stem(w, lang string) string {
	key := lang + "\x00" + w
	if s, ok := x.stems[key]; ok {
		return s
	}
	s := stem(w, lang)
	x.stems[key] = s
	return s
}

// Index tokenises text for storage.
func (x *Indexer) Index(s, lang string) Fields {
	return x.index(s, lang, x.words)
}

// plainIndex is Index without taking German compounds apart.
func (x *Indexer) plainIndex(s, lang string) Fields {
	return x.index(s, lang, nil)
}

func (x *Indexer) index(s, lang string, known map[string]bool) Fields {
	var words, chars []string
	scan(s, func(run []rune, han bool) {
		if han {
			if len(run) == 1 {
				words = append(words, string(run))
			}
			for i := 0; i+1 < len(run); i++ {
				words = append(words, string(run[i:i+2]))
			}
			for _, r := range run {
				chars = append(chars, string(r))
			}
			return
		}
		w := strings.ToLower(string(run))
		words = append(words, x.stem(w, lang))
		if lang == "de" {
			for _, part := range compoundParts(w, known) {
				words = append(words, x.stem(part, lang))
			}
		}
	})
	return Fields{Words: strings.Join(words, " "), Chars: strings.Join(chars, " ")}
}

// Query is a parsed search query.
type Query struct {
	Words []string // tokens to look for in the Words field
	Chars []string // single characters to look for in the Chars field
	Terms []string // the query's own words and Chinese runs, for highlighting snippets
	Asks  Form     // what kind of answer the question asks for (how long, can he, must we)
	stems []string // Terms stemmed (Chinese runs as they are), computed once per query
	// needles are the query's own pieces (Chinese character pairs, word stems) that occur
	// in the content, each weighted by how rare it is there: Coverage counts them
	needles []needle
	want    map[string]bool // Words and Chars, for TitlePrecision
	snippet []string        // what Snippet and Answer look for (snippetNeedles)
}

type needle struct {
	text   string // a Chinese character pair, or a word's stem
	word   string // the word as typed, when it differs from its stem
	weight float64
}

// Empty reports whether the query has nothing to search for.
func (q Query) Empty() bool { return len(q.Words) == 0 && len(q.Chars) == 0 }

// Match renders the query as an FTS5 MATCH expression over an index with the columns title,
// words and context (all holding Words streams) and chars: any token may match. It returns
// "" for an empty query.
func (q Query) Match() string {
	var parts []string
	for _, w := range q.Words {
		parts = append(parts, `{title words context}:"`+w+`"`)
	}
	for _, c := range q.Chars {
		parts = append(parts, `chars:"`+c+`"`)
	}
	return strings.Join(parts, " OR ")
}

// maxUnigramRun is the longest Chinese run whose characters are also searched singly. A
// long question has pairs enough, and every single character matches most texts, which
// makes the search slow.
const maxUnigramRun = 8

// MaxQuery is the longest query, in runes, that is searched; the rest is ignored. Nobody
// types more, and it keeps a pasted page from making a search slow.
const MaxQuery = 200

// ParseQuery tokenises a query typed by a person. The query is normalised first (full-width
// forms, Traditional or Simplified characters to the content's script); English words of
// five letters or more that no content uses are corrected to a content word one edit away;
// when the query contains a word of a synonym group the others are searched too, and a
// colloquial phrase brings in the legal words it stands for. synonyms may be nil.
func ParseQuery(s, lang string, synonyms *Synonyms) Query {
	if r := []rune(s); len(r) > MaxQuery {
		s = string(r[:MaxQuery])
	}
	s = Normalize(s, lang)
	q := Query{Asks: asks(s, lang)}
	seen := map[string]bool{}
	addWord := func(w string) {
		if w != "" && !seen["w"+w] {
			seen["w"+w] = true
			q.Words = append(q.Words, w)
		}
	}
	addChar := func(c string) {
		if !seen["c"+c] {
			seen["c"+c] = true
			q.Chars = append(q.Chars, c)
		}
	}
	var corrected []string
	tokens := func(text string, own bool) {
		scan(text, func(run []rune, han bool) {
			if han {
				if own {
					q.Terms = append(q.Terms, string(run))
				}
				if len(run) == 1 {
					addChar(string(run))
					return
				}
				for i := 0; i+1 < len(run); i++ {
					addWord(string(run[i : i+2]))
				}
				if own && len(run) <= maxUnigramRun { // single characters too: 减多少 finds 减少
					for _, r := range run {
						addChar(string(r))
					}
				}
				return
			}
			w := strings.ToLower(string(run))
			if isStopWord(w, lang) {
				return
			}
			if own {
				if fix := synonyms.correct(w); fix != "" {
					corrected = append(corrected, w+"\x00"+fix)
					w = fix
				}
				q.Terms = append(q.Terms, w)
			}
			addWord(stem(w, lang))
			if lang == "de" && synonyms != nil && !synonyms.germanWords[w] {
				// a compound the content never writes: look for its parts
				for _, part := range compoundParts(w, synonyms.germanWords) {
					addWord(stem(part, lang))
				}
			}
		})
	}
	tokens(stripQuestionWords(s, lang), true)
	for _, t := range q.Terms {
		if guidance.HasHan(t) {
			q.stems = append(q.stems, t)
		} else {
			q.stems = append(q.stems, stem(t, lang))
		}
	}
	q.needles = synonyms.weigh(q, lang)
	matchText := s
	for _, c := range corrected { // synonyms are looked up in the corrected words
		typo, fix, _ := strings.Cut(c, "\x00")
		matchText = replaceWord(matchText, typo, fix)
	}
	for _, group := range synonyms.matched(matchText) {
		for _, w := range group {
			tokens(w, false)
		}
	}
	q.want = q.wanted()
	q.snippet = q.snippetNeedles(lang)
	return q
}

// replaceWord replaces the whole word old (any case) in s with new.
func replaceWord(s, old, new string) string {
	words := strings.FieldsFunc(s, isSeparator)
	for i, w := range words {
		if strings.EqualFold(w, old) {
			words[i] = new
		}
	}
	return strings.Join(words, " ")
}

// Synonyms are what a query is widened with, prepared for matching: groups of words that
// mean the same, colloquial phrases with the legal words they stand for, and the words the
// content uses, to correct English typos against.
type Synonyms struct {
	groups  [][]string
	phrases []phrase       // longest first
	vocab   map[string]int // lower-cased content words and character pairs: in how many texts
	texts   int            // how many texts the vocabulary was built from

	germanWords map[string]bool // German content words, lower-cased, to take compounds apart
}

type phrase struct {
	text  string // Chinese as written; other scripts lower-cased, words between spaces
	han   bool
	group int
}

// NewSynonyms prepares synonym groups once, so that each query only looks them up.
func NewSynonyms(groups [][]string) *Synonyms {
	s := &Synonyms{groups: groups}
	for i, g := range groups {
		for _, w := range g {
			if strings.TrimSpace(w) == "" {
				continue
			}
			if guidance.HasHan(w) {
				s.phrases = append(s.phrases, phrase{w, true, i})
			} else {
				s.phrases = append(s.phrases, phrase{" " + strings.Join(strings.FieldsFunc(strings.ToLower(w), isSeparator), " ") + " ", false, i})
			}
		}
	}
	s.sortPhrases()
	return s
}

func (s *Synonyms) sortPhrases() {
	sort.SliceStable(s.phrases, func(i, j int) bool {
		return utf8.RuneCountInString(s.phrases[i].text) > utf8.RuneCountInString(s.phrases[j].text)
	})
}

// AddColloquial adds colloquial phrases (被抓, 放出来, locked up) that bring the legal words
// they stand for into a query. Unlike a synonym group it works one way: a search for the
// legal word does not bring in the colloquial ones.
func (s *Synonyms) AddColloquial(say, means []string) {
	s.groups = append(s.groups, means)
	i := len(s.groups) - 1
	for _, w := range say {
		if strings.TrimSpace(w) == "" {
			continue
		}
		if guidance.HasHan(w) {
			s.phrases = append(s.phrases, phrase{w, true, i})
		} else {
			s.phrases = append(s.phrases, phrase{" " + strings.Join(strings.FieldsFunc(strings.ToLower(w), isSeparator), " ") + " ", false, i})
		}
	}
	s.sortPhrases()
}

// AddVocabulary records the words, stems and Chinese character pairs of a content text:
// a query word no content uses can then be corrected to one that it does, and the pieces
// of a query are weighted by how rare they are in the content.
func (s *Synonyms) AddVocabulary(text, lang string) {
	if s.vocab == nil {
		s.vocab = map[string]int{}
	}
	if lang == "de" {
		if s.germanWords == nil {
			s.germanWords = map[string]bool{}
		}
		scan(text, func(run []rune, han bool) {
			if !han {
				s.germanWords[strings.ToLower(string(run))] = true
			}
		})
	}
	s.texts++
	seen := map[string]bool{}
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			s.vocab[w]++
		}
	}
	scan(text, func(run []rune, han bool) {
		if han {
			for i := 0; i+1 < len(run); i++ {
				add(string(run[i : i+2]))
			}
			for _, r := range run {
				add(string(r))
			}
			return
		}
		w := string(run)
		add(w)
		if st := stem(w, lang); st != w {
			add("\x00" + st) // stems apart from words, so a stem is never taken for a word
		}
	})
}

// weigh lists the query's own pieces that occur in the content, weighted by rarity
// (inverse document frequency). Without a vocabulary every piece weighs 1.
func (s *Synonyms) weigh(q Query, lang string) []needle {
	var out []needle
	seen := map[string]bool{}
	for i, t := range q.Terms {
		var pieces []string
		word := ""
		r := []rune(t)
		switch {
		case guidance.HasHan(t) && len(r) > 1:
			for k := 0; k+1 < len(r); k++ {
				pieces = append(pieces, string(r[k:k+2]))
			}
		default:
			pieces = []string{q.stem(i, lang)}
			if pieces[0] != t {
				word = t
			}
		}
		for _, p := range pieces {
			if seen[p] {
				continue
			}
			seen[p] = true
			if s == nil || s.texts == 0 {
				out = append(out, needle{p, word, 1})
				continue
			}
			n := s.vocab[p]
			if !guidance.HasHan(p) {
				n = max(n, s.vocab["\x00"+p])
			}
			if n == 0 && guidance.HasHan(p) {
				continue // a pair across two words ("留以" of 拘留以后): it says nothing
			}
			if n == 0 {
				n = 1 // a word no content uses still counts, as missing from every text
			}
			out = append(out, needle{p, word, math.Log(1 + float64(s.texts)/float64(n))})
		}
	}
	return out
}

// matched finds the synonym groups a query mentions: Chinese words anywhere in the text,
// Latin-script words and phrases as whole words. Longer phrases are matched first and take
// their words with them, so "duty lawyer" brings in its own group and not that of "lawyer".
func (s *Synonyms) matched(raw string) [][]string {
	if s == nil {
		return nil
	}
	han := raw
	words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(raw), isSeparator), " ") + " "
	matched := map[int]bool{}
	var out [][]string
	for _, p := range s.phrases {
		text := &words
		if p.han {
			text = &han
		}
		if !strings.Contains(*text, p.text) {
			continue
		}
		// mask the phrase so its words do not also match shorter phrases
		mask := strings.Repeat("\x00", utf8.RuneCountInString(p.text))
		if !p.han {
			mask = " " + strings.Repeat("\x00", utf8.RuneCountInString(p.text)-2) + " "
		}
		*text = strings.Replace(*text, p.text, mask, 1)
		if !matched[p.group] {
			matched[p.group] = true
			out = append(out, s.groups[p.group])
		}
	}
	return out
}

// scan splits s into runs of Chinese characters and runs of other letters or digits.
func scan(s string, emit func(run []rune, han bool)) {
	var run []rune
	han := false
	flush := func() {
		if len(run) > 0 {
			emit(run, han)
			run = nil
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			if !han {
				flush()
			}
			han = true
			run = append(run, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if han {
				flush()
			}
			han = false
			run = append(run, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
}

func isSeparator(r rune) bool {
	return !(unicode.IsLetter(r) || unicode.IsDigit(r))
}

// stem reduces an English or German word to its stem; other languages keep the word as it
// is. German goes through Snowball's German stemmer (github.com/blevesearch/snowballstem,
// generated from the Snowball project's own definition) after umlauts typed as two letters
// are folded back (Gestaendnis → Geständnis, but the u of qu stays), so "Geständnisse",
// "Gestaendnis" and "Geständnis" share one stem; the stemmer itself drops the umlauts at
// the end ("gestandnis"), as FTS5's tokenizer would.
func stem(w, lang string) string {
	switch {
	case strings.HasPrefix(lang, "en"):
		return english.Stem(w, false)
	case strings.HasPrefix(lang, "de"):
		env := snowballstem.NewEnv(foldUmlauts(strings.ToLower(w)))
		german.Stem(env)
		return env.Current()
	}
	return w
}

// foldUmlauts writes ae, oe and ue as ä, ö and ü, as a German reader without umlauts on the
// keyboard types them, and ß as ss. A u after q is left alone (Quelle). Applied to the
// content's words and the reader's alike, a word wrongly folded (Steuer → steüer) is folded
// the same way on both sides and still matches.
func foldUmlauts(w string) string {
	if !strings.ContainsAny(w, "eß") {
		return w
	}
	w = strings.ReplaceAll(w, "ß", "ss")
	var b strings.Builder
	r := []rune(w)
	for i := 0; i < len(r); i++ {
		if i+1 < len(r) && r[i+1] == 'e' {
			switch {
			case r[i] == 'a':
				b.WriteRune('ä')
				i++
				continue
			case r[i] == 'o':
				b.WriteRune('ö')
				i++
				continue
			case r[i] == 'u' && (i == 0 || r[i-1] != 'q'):
				b.WriteRune('ü')
				i++
				continue
			}
		}
		b.WriteRune(r[i])
	}
	return b.String()
}

// isStopWord reports words too common to help a search. The lists are short on purpose:
// bm25 already gives common words little weight, and legal words ("not", "no") must stay.
func isStopWord(w, lang string) bool {
	switch {
	case strings.HasPrefix(lang, "de"):
		return deStop[w] || deStop[foldUmlauts(w)] // fuer is für
	default:
		return enStop[w]
	}
}

var enStop = setOf("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by",
	"is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "will",
	"would", "should", "may", "might", "i", "he", "she", "it", "we", "they", "you", "my",
	"his", "her", "our", "their", "your", "me", "him", "us", "them", "what", "how", "when",
	"who", "which", "this", "that", "there", "if", "so", "still", "just", "s", "t")

var deStop = setOf("der", "die", "das", "ein", "eine", "und", "oder", "zu", "in", "im", "an",
	"am", "auf", "für", "von", "mit", "ist", "sind", "war", "kann", "können", "ich", "er",
	"sie", "es", "wir", "ihr", "was", "wie", "wann", "wer", "noch", "den", "dem", "des")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
