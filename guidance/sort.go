package guidance

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// SortTerms sorts glossary terms the way readers of lang expect: pinyin order for simplified
// Chinese, stroke order for traditional Chinese, alphabetical (with umlauts in place) for
// German and English.
func SortTerms(terms []Term, lang Lang) {
	tag := language.English
	switch lang {
	case LangZhHans:
		tag = language.MustParse("zh-u-co-pinyin")
	case LangZhHant:
		tag = language.MustParse("zh-Hant-u-co-stroke")
	case LangDe:
		tag = language.German
	}
	c := collate.New(tag, collate.Loose)
	slices.SortStableFunc(terms, func(a, b Term) int { return c.CompareString(a.Term, b.Term) })
}
