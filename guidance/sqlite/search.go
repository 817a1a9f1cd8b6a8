package sqlite

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
)

// Column weights for bm25: a match in a title or heading counts more than one in the text;
// a passage's topic title (context) counts less than its own words; single characters least.
const (
	weightTitle   = 4.0
	weightWords   = 1.0
	weightChars   = 1.0
	weightContext = 1.0
	snippetRune   = 80
	answerRune    = 120
	// maxCandidates bounds how many matches are ranked: a pasted page matches everything.
	maxCandidates = 200
	// rescoreTop is how many of the best candidates are read to measure how much of the
	// query they hold.
	rescoreTop = 60
	// minShare drops matches scoring below this share of the best: a long question shares a
	// character pair with almost every text, and those are not results.
	minShare = 0.2
	// noLawWeight lowers passages that state no law (the questions to ask the lawyer): they
	// echo the reader's question without answering it.
	noLawWeight = 0.6
	// otherLawWeight lowers passages that cite another jurisdiction's law (the notes for
	// readers from mainland China): a reader in Germany asking for the appeal deadline
	// wants Germany's week first, not the comparison with China's ten days.
	otherLawWeight = 0.6
	// minAnswerCoverage is the share of the query's own words (by rarity; an English word
	// no content uses counts as missing) the best passage must hold to be shown as the
	// answer. Chinese is matched by character pairs, many of which straddle two words and
	// are found nowhere, so it needs less.
	minAnswerCoverage   = 0.5
	minAnswerCoverageZh = 0.15
	// headingLift is how much a heading (a title, for other items) holding the reader's
	// own words lifts an item; the share of the query the whole item holds lifts it too.
	headingLift = 2.0
	// formBoost lifts a passage that states what the question asks for (a duration for
	// 多久, a permission for 能不能).
	formBoost = 1.5
	// topicLift lifts a passage by how well its whole topic matches, against the best
	// topic: the rest of the topic is about the same thing.
	topicLift = 4.0
)

// Weights of the kinds of item, so that a passage that answers comes before the glossary
// definition of a word in the question (the page shows each kind in its own group, but the
// order within the list decides which comes first when the list is cut).
var kindWeight = map[guidance.Kind]float64{
	guidance.KindPassage:  1.0,
	guidance.KindTopic:    0.8,
	guidance.KindTerm:     0.7,
	guidance.KindQuestion: 0.6,
}

// langToken is a language as one index token ("zh-Hans" → "langzhhans").
func langToken(l guidance.Lang) string {
	return "lang" + strings.ToLower(strings.ReplaceAll(string(l), "-", ""))
}

// tokenSpaces keep the index tokens of the languages added after the first two apart
// from everyone else's. bm25 weighs a token by how many rows hold it, in all languages;
// converted Traditional text shares most of its character pairs with the Simplified
// text (取保, 值班) but not all (律師), so without its own space the zh-Hant rows would
// double the count of some Simplified tokens and not others, and Simplified ranking would
// shift (the tuning set fell below 90 %). German shares Latin words with English. The
// prefix is a private-use character: FTS5's tokenizer keeps it in the token, and no text
// holds it. zh-Hans and English keep unprefixed tokens, as their ranking was tuned.
var tokenSpaces = map[guidance.Lang]string{guidance.LangZhHant: "\ue001", guidance.LangDe: "\ue002"}

// inTokenSpace prefixes every space-separated token of a token stream with lang's space.
func inTokenSpace(tokens string, lang guidance.Lang) string {
	prefix := tokenSpaces[lang]
	if prefix == "" || tokens == "" {
		return tokens
	}
	fields := strings.Fields(tokens)
	for i, f := range fields {
		fields[i] = prefix + f
	}
	return strings.Join(fields, " ")
}

// Search finds passages (topic sections), topics, glossary terms and questions in lang that
// match query, best first, at most limit of them (20 when limit ≤ 0); Total counts them all.
// Chinese is matched by character pairs and single characters, other languages by word
// stems; synonyms and colloquial words from the content are added to the query; ranking is
// bm25, lifted for items whose title holds the reader's own words and for passages that
// state what the question asks (a duration for "how long"). When the query looks written in
// another content language, Other and OtherTotal say what it finds there. Errors never hold
// the query.
func (s *Store) Search(query string, lang guidance.Lang, limit int) (guidance.Results, error) {
	return s.searchIn("", query, lang, limit)
}

// searchIn is Search in one pack, or in all of them when pack is "".
func (s *Store) searchIn(pack, query string, lang guidance.Lang, limit int) (guidance.Results, error) {
	if limit <= 0 {
		limit = 20
	}
	res, err := s.search(pack, query, lang, limit)
	if err != nil {
		return guidance.Results{}, err
	}
	if other := s.otherLanguage(pack, query, lang); other != "" {
		o, err := s.search(pack, query, other, 0)
		if err != nil {
			return guidance.Results{}, err
		}
		if o.Total > 0 {
			res.Other, res.OtherTotal = other, o.Total
		}
	}
	return res, nil
}

// otherLanguage is the content language a query seems written in when it is not lang's
// script: Latin letters only in a Chinese search, Chinese characters in another one.
func (s *Store) otherLanguage(pack, query string, lang guidance.Lang) guidance.Lang {
	han := guidance.HasHan(query)
	latin := strings.IndexFunc(query, func(r rune) bool { return r < unicode.MaxLatin1 && unicode.IsLetter(r) }) >= 0
	chinese := strings.HasPrefix(string(lang), "zh")
	var want guidance.Lang
	switch {
	case chinese && latin && !han:
		want = guidance.LangEn
	case !chinese && han:
		want = guidance.LangZhHans
	default:
		return ""
	}
	langs, err := s.packLanguages(pack)
	if err != nil {
		return ""
	}
	for _, l := range langs {
		if l == want {
			return want
		}
	}
	return ""
}

// candidate is a row of the corpus with what ranking needs of it, prepared once.
type candidate struct {
	guidance.Hit
	rowid  int64
	facets textindex.Form
	text   string
	whole  textindex.Text   // title, heading and text, for textindex.TextCoverage
	own    textindex.Title  // the title, or a passage's own heading
	prose  *textindex.Prose // text, for snippets and answers
}

// match is one candidate being ranked: its row in the corpus and its score so far. Ranking
// moves these, not the candidates, which are large.
type match struct {
	doc      int32
	score    float64
	coverage float64
}

// search ranks the matches in one language; with limit 0 it only counts them.
func (s *Store) search(pack, query string, lang guidance.Lang, limit int) (guidance.Results, error) {
	lx, err := s.lexicon(lang)
	if err != nil {
		return guidance.Results{}, fmt.Errorf("search: %w", err)
	}
	q := textindex.ParseQuery(query, string(lang), lx)
	if q.Empty() {
		return guidance.Results{}, nil
	}
	res := guidance.Results{Words: q.Highlights()}
	c, err := s.loadCorpus()
	if err != nil {
		return res, err
	}
	phrases := make([]phrase, 0, len(q.Words)+len(q.Chars))
	for _, w := range q.Words {
		phrases = append(phrases, phrase{term: tokenSpaces[lang] + w})
	}
	for _, ch := range q.Chars {
		phrases = append(phrases, phrase{term: tokenSpaces[lang] + ch, chars: true})
	}
	ranked := c.rank(phrases, langToken(lang), pack, maxCandidates)
	found := make([]match, 0, len(ranked))
	for _, r := range ranked {
		c := &c.docs[r.doc].candidate
		lift := textindex.TextCoverage(c.own.Text, q, string(lang)) * (0.5 + 0.5*textindex.TitlePrecision(c.own, q))
		score := r.score * (1 + headingLift*lift) * kindWeight[c.Kind]
		if c.Kind == guidance.KindPassage {
			if q.Asks != 0 && c.facets&q.Asks != 0 {
				score *= formBoost // the passage states what the question asks for
			}
			if c.facets&textindex.NoLaw != 0 {
				score *= noLawWeight
			}
			if c.facets&textindex.OtherLaw != 0 {
				score *= otherLawWeight
			}
		}
		found = append(found, match{doc: r.doc, score: score})
	}
	if len(found) == 0 {
		return res, nil
	}
	// the share of the query an item holds lifts it; it is measured for the best
	// candidates and every topic (whose match lifts its passages below), not for the tail
	c.byScore(found)
	for i := range found {
		f := &found[i]
		if d := &c.docs[f.doc]; i < rescoreTop || d.Kind == guidance.KindTopic {
			f.coverage = textindex.TextCoverage(d.whole, q, string(lang))
			f.score *= 1 + f.coverage
		}
	}
	for i := range found {
		found[i].score = math.Round(found[i].score*1000) / 1000
	}
	// a passage of a topic that matches well as a whole is lifted: the rest of its topic
	// is about the same thing
	topicScore, best := map[string]float64{}, 0.0
	for _, f := range found {
		if d := &c.docs[f.doc]; d.Kind == guidance.KindTopic {
			topicScore[d.ID] = f.score
			best = max(best, f.score)
		}
	}
	if best > 0 {
		for i := range found {
			if d := &c.docs[found[i].doc]; d.Kind == guidance.KindPassage {
				found[i].score = math.Round(found[i].score*(1+topicLift*topicScore[d.ID]/best)*1000) / 1000
			}
		}
	}
	c.byScore(found)
	cut := len(found)
	for cut > 1 && found[cut-1].score < found[0].score*minShare {
		cut--
	}
	found = found[:cut]
	res.Total = len(found)
	if limit == 0 {
		return res, nil
	}
	found = found[:min(len(found), limit)]
	res.Hits = make([]guidance.Hit, len(found))
	for _, f := range found {
		if c.docs[f.doc].Kind == guidance.KindPassage {
			need := minAnswerCoverage
			if strings.HasPrefix(string(lang), "zh") {
				need = minAnswerCoverageZh
			}
			res.Answered = f.coverage >= need
			break
		}
	}
	for i, f := range found {
		d := &c.docs[f.doc]
		h := d.Hit
		h.Score = f.score
		h.Snippet = d.prose.Snippet(q, string(lang), snippetRune)
		h.Coverage = math.Round(f.coverage*100) / 100
		if h.Kind == guidance.KindPassage {
			h.Answer = d.prose.Answer(q, string(lang), answerRune)
		}
		res.Hits[i] = h
	}
	return res, nil
}

// byScore sorts matches best first; ties by ID, kind and section so results are stable.
func (c *corpus) byScore(found []match) {
	slices.SortStableFunc(found, func(x, y match) int {
		a, b := &c.docs[x.doc], &c.docs[y.doc]
		switch {
		case x.score != y.score:
			return cmp.Compare(y.score, x.score)
		case a.ID != b.ID:
			return strings.Compare(a.ID, b.ID)
		case a.Kind != b.Kind:
			return strings.Compare(string(a.Kind), string(b.Kind))
		}
		return cmp.Compare(a.Section, b.Section)
	})
}
