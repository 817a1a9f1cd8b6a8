// Package guidance is the domain of Plea Guide: content packs with their topics, glossary
// terms, questions for counsel and legal sources, and the search hits over them.
//
// It holds types and small pure functions only. Parsing lives in guidance/content, storage
// and search in guidance/sqlite, tokenising in guidance/textindex. Nothing here or below
// imports a UI toolkit.
package guidance

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Lang is a BCP 47 language tag as used in content folders and locale files.
type Lang string

// The languages of the user interface.
const (
	LangZhHans Lang = "zh-Hans"
	LangEn     Lang = "en"
	LangZhHant Lang = "zh-Hant"
	LangDe     Lang = "de"
)

// UILanguages lists the interface languages in the order the language chooser shows them.
var UILanguages = []Lang{LangZhHans, LangEn, LangZhHant, LangDe}

// Kind says what a content item is.
type Kind string

// The kinds of content item.
const (
	KindTopic    Kind = "topic"
	KindTerm     Kind = "term"
	KindQuestion Kind = "question"
	KindPassage  Kind = "passage" // one section of a topic: its heading and paragraphs
)

// Errors the domain reports; the UI maps them to translated messages.
var (
	ErrNotFound     = errors.New("not found")
	ErrNewerSchema  = errors.New("database was written by a newer version of the app")
	ErrDamagedStore = errors.New("database file is damaged")
)

// Category groups topics in the library.
type Category struct {
	ID    string
	Order int
	Name  map[Lang]string
}

// Instrument is a law or judicial document, such as the Criminal Procedure Law.
type Instrument struct {
	ID      string
	Name    map[Lang]string
	Version time.Time // date of the version cited
	URL     string
	// Provision is what its numbered parts are called: ProvisionArticle (the default),
	// ProvisionSection (§, as in German codes) or ProvisionRule (the US federal rules).
	Provision string
}

// What an instrument's numbered parts are called, for citing them (Instrument.Provision).
const (
	ProvisionArticle = "article" // 第15条, 第455條之2, Art. 15 para 2, Art. 6 Abs. 3
	ProvisionSection = "section" // § 257c(4), § 257c Abs. 4
	ProvisionRule    = "rule"    // Rule 11, 第11条
)

// Source is one provision of an instrument that content cites.
type Source struct {
	ID         string
	Instrument string
	Article    string
	Para       int
	Label      map[Lang]string // replaces the article wording for documents without articles
	Checked    time.Time       // when it was last checked against the official text
}

// Topic is one page of the library in one language.
type Topic struct {
	ID       string
	Pack     string
	Lang     Lang
	Category string
	Order    int
	Title    string
	Summary  string
	Body     string // CommonMark with term:, topic: and src: links
	Checked  time.Time
	Sources  []string // IDs of the sources the body cites, in order of first citation
	// Checklist topics show the items of their list as boxes the reader can tick.
	Checklist bool
}

// Term is a glossary entry in one language.
type Term struct {
	ID         string
	Pack       string
	Lang       Lang
	Term       string
	Also       []string
	Definition string
	Topic      string
}

// Question is something to ask the defence lawyer, in one language.
type Question struct {
	ID         string
	Pack       string
	Lang       Lang
	Text       string
	Why        string
	Topic      string
	Stages     []string
	Situations []string
}

// Pack is the content for one jurisdiction, in all its languages.
type Pack struct {
	ID          string
	Languages   []Lang
	Name        map[Lang]string
	Categories  []Category
	Instruments map[string]Instrument
	Sources     map[string]Source
	Topics      []Topic
	Terms       []Term
	Questions   []Question
	Synonyms    map[Lang][][]string
	Colloquial  map[Lang][]Colloquial
	// Converted lists the languages made at import from another one (zh-Hant converted
	// from zh-Hans by guidance/hant), not written: the app says so where it shows them.
	Converted []Lang
	// CitedAs is how a topic of another pack names this pack's jurisdiction beside a
	// citation of one of its sources (pack.toml's [jurisdiction]).
	CitedAs CitedAs
}

// CitedAs names a pack's jurisdiction for citations shown in another pack's topics, so
// that Taiwan's 《刑事訴訟法》 cannot be mistaken for the mainland's 《中華人民共和國刑事訴訟法》.
type CitedAs struct {
	Name map[Lang]string // "臺灣", "台湾地区", "Taiwan" by language
	// Also lists words that already name the jurisdiction inside a citation ("中華民國",
	// "PRC"): a citation holding one of them, or Name, is not given the name again.
	Also []string
}

// Place is the jurisdiction's name to put before text, a citation in lang: "" when text
// already names it.
func (c CitedAs) Place(text string, lang Lang) string {
	name := c.Name[lang]
	if name == "" {
		name = c.Name[LangEn]
	}
	if name == "" || strings.Contains(text, name) {
		return ""
	}
	for _, w := range c.Also {
		if strings.Contains(text, w) {
			return ""
		}
	}
	return name
}

// Written reports whether the pack's text in l was written rather than converted.
func (p Pack) Written(l Lang) bool {
	for _, c := range p.Converted {
		if c == l {
			return false
		}
	}
	for _, w := range p.Languages {
		if w == l {
			return true
		}
	}
	return false
}

// Colloquial is how people say something (被抓了, 放出来, locked up) and the legal words a
// search for it should look for (拘留, 取保候审, detention). To names the glossary terms or
// topics that explain it.
type Colloquial struct {
	Say   []string
	Means []string
	To    []string
}

// Citation is a source resolved for display: instrument name, provision and dates.
type Citation struct {
	SourceID   string
	Text       string // e.g. "《中华人民共和国刑事诉讼法》第174条第2款"
	Version    time.Time
	Checked    time.Time
	URL        string
	Instrument string
	Pack       string // the pack whose sources define it
	// Place is its jurisdiction's name (CitedAs.Place) for a topic of another pack to put
	// before Text; "" when Text already says it.
	Place string
}

// From is c as a topic of pack from shows it: a provision of another pack's jurisdiction
// is named with that jurisdiction in the citation's language, "臺灣《刑事訴訟法》第455條之2第1項"
// or "United States: Federal Rules of Criminal Procedure, Rule 11"; its own pack's
// provisions are left as they are.
func (c Citation) From(pack string) Citation {
	if c.Place == "" || c.Pack == "" || c.Pack == pack {
		return c
	}
	if HasHan(c.Place) {
		c.Text = c.Place + c.Text
	} else {
		c.Text = c.Place + ": " + c.Text
	}
	return c
}

// CitedFrom is From applied to each of cites.
func CitedFrom(pack string, cites []Citation) []Citation {
	out := make([]Citation, len(cites))
	for i, c := range cites {
		out[i] = c.From(pack)
	}
	return out
}

// Cite renders a source for display in lang.
func Cite(s Source, in Instrument, lang Lang) Citation {
	name := in.Name[lang]
	if name == "" {
		name = in.Name[LangEn]
	}
	c := Citation{SourceID: s.ID, Version: in.Version, Checked: s.Checked, URL: in.URL, Instrument: in.ID}
	if l := s.Label[lang]; l != "" {
		c.Text = joinCite(name, l, lang)
		return c
	}
	c.Text = joinCite(name, provision(in.Provision, s.Article, s.Para, lang), lang)
	return c
}

// provision renders an article (or section, or rule) and its paragraph in lang: Simplified
// Chinese 第174条第2款, Traditional 第455條之2第1項 (Taiwan's way of citing an inserted
// article 455-2), German § 257c Abs. 4 or Art. 6 Abs. 3, English § 257c(4), Rule 11 or
// Art. 15 para 2.
func provision(kind, article string, para int, lang Lang) string {
	var prov string
	switch {
	case lang == LangZhHant:
		if article != "" {
			main, sub, inserted := strings.Cut(article, "-")
			prov = "第" + main + "條"
			if inserted {
				prov += "之" + sub
			}
		}
		if para > 0 {
			prov += fmt.Sprintf("第%d項", para)
		}
	case lang.IsChinese():
		if article != "" {
			prov = "第" + article + "条"
		}
		if para > 0 {
			prov += fmt.Sprintf("第%d款", para)
		}
	case kind == ProvisionSection && lang == LangDe:
		if article != "" {
			prov = "§ " + article
		}
		if para > 0 {
			prov += fmt.Sprintf(" Abs. %d", para)
		}
	case kind == ProvisionSection:
		if article != "" {
			prov = "§ " + article
		}
		if para > 0 {
			prov += fmt.Sprintf("(%d)", para)
		}
	default:
		word := "Art. "
		if kind == ProvisionRule {
			word = "Rule "
		}
		if article != "" {
			prov = word + article
		}
		if para > 0 {
			if lang == LangDe {
				prov += fmt.Sprintf(" Abs. %d", para)
			} else {
				prov += fmt.Sprintf(" para %d", para)
			}
		}
	}
	return prov
}

func joinCite(name, prov string, lang Lang) string {
	switch {
	case prov == "":
		return name
	case lang.IsChinese():
		return name + prov
	default:
		return name + ", " + prov
	}
}

// IsChinese reports whether l is simplified or traditional Chinese.
func (l Lang) IsChinese() bool { return l == LangZhHans || l == LangZhHant }

// WriteDate writes a day as readers of l write one in running text: 2026年11月25日 in
// Chinese, 25.11.2026 in German (DIN 5008's numeric form), and 2026-11-25 in English,
// which no reader takes for day/month or month/day. The interface, the plan and printed
// pages write the days sources were checked with it.
func (l Lang) WriteDate(t time.Time) string {
	switch {
	case l.IsChinese():
		return t.Format("2006年1月2日")
	case l == LangDe:
		return t.Format("02.01.2006")
	}
	return t.Format("2006-01-02")
}

// HasHan reports whether s holds a Chinese character (Unicode script Han). Search, its
// tokens and the content lint all decide with it whether a text is Chinese.
func HasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

// ContentLang picks the content language to show for a UI language, given the languages a
// pack is written in: the same language if present, the other Chinese script for a
// Chinese reader (Simplified for Traditional and the reverse: closer than English),
// English otherwise.
func ContentLang(ui Lang, available []Lang) Lang {
	has := func(l Lang) bool {
		for _, a := range available {
			if a == l {
				return true
			}
		}
		return false
	}
	switch {
	case has(ui):
		return ui
	case ui == LangZhHant && has(LangZhHans):
		return LangZhHans
	case ui == LangZhHans && has(LangZhHant):
		return LangZhHant
	case has(LangEn):
		return LangEn
	case len(available) > 0:
		return available[0]
	}
	return ui
}

// Hit is one search result. A passage hit's ID is its topic's; Section says where in the
// topic it is.
type Hit struct {
	ID      string  `json:"id"`
	Kind    Kind    `json:"kind"`
	Title   string  `json:"title"` // topic title, term or question
	Score   float64 `json:"score"`
	Snippet string  `json:"snippet"`

	Section  int      `json:"section,omitempty"`  // passages: 0 before the first heading, then 1, 2, …
	Heading  string   `json:"heading,omitempty"`  // passages: the section heading ("" for section 0)
	Answer   string   `json:"answer,omitempty"`   // passages: the sentence or two that answer
	Sources  []string `json:"sources,omitempty"`  // passages: the source IDs the section cites
	Coverage float64  `json:"coverage,omitempty"` // share (0–1) of the query's own words found in it
}

// Results is what one search found.
type Results struct {
	Hits  []Hit    // best first, at most the number asked for
	Total int      // every item that matched well enough to list, not only those in Hits
	Words []string // pieces of the query to highlight where a hit is shown
	// Answered says the best passage holds enough of the query to be shown as the answer;
	// otherwise the closest topics and the 12348 hotline are offered
	Answered bool

	// Other is another content language the query looks written in (English typed into
	// the Chinese interface, Chinese into the English one) when it finds OtherTotal items
	// there; empty otherwise.
	Other      Lang
	OtherTotal int
}

// Answer is the best passage, and whether it answers well enough to be shown first.
func (r Results) Answer() (Hit, bool) {
	for _, h := range r.Hits {
		if h.Kind == KindPassage {
			return h, r.Answered
		}
	}
	return Hit{}, false
}

// ContentStatus describes the content in the store.
type ContentStatus struct {
	Hash       string
	ImportedAt time.Time
	Topics     int
	Terms      int
	Questions  int
}

// Library is read access to imported content.
type Library interface {
	Packs() ([]Pack, error) // with categories, without topics, terms or questions
	Topics(lang Lang) ([]Topic, error)
	Topic(id string, lang Lang) (Topic, error)
	Terms(lang Lang) ([]Term, error)
	Term(id string, lang Lang) (Term, error)
	Questions(lang Lang) ([]Question, error)
	Question(id string, lang Lang) (Question, error)
	Citations(ids []string, lang Lang) ([]Citation, error)
	Search(query string, lang Lang, limit int) (Results, error)
	ContentLanguages() ([]Lang, error)
}
