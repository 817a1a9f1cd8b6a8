package guidance

import (
	"slices"
	"testing"
)

func TestSortTerms(t *testing.T) {
	tests := []struct {
		lang Lang
		in   []string
		want []string
	}{
		{LangZhHans, []string{"裁定", "不起诉", "辩护人", "被告人", "12348热线", "值班律师", "阿"},
			[]string{"12348热线", "阿", "被告人", "辩护人", "不起诉", "裁定", "值班律师"}},
		{LangEn, []string{"withdrawal", "Appeal", "bail", "Duty lawyer"},
			[]string{"Appeal", "bail", "Duty lawyer", "withdrawal"}},
		{LangDe, []string{"Zeuge", "Übersetzer", "Anwalt", "Urteil"},
			[]string{"Anwalt", "Übersetzer", "Urteil", "Zeuge"}},
	}
	for _, tt := range tests {
		terms := make([]Term, len(tt.in))
		for i, s := range tt.in {
			terms[i] = Term{Term: s}
		}
		SortTerms(terms, tt.lang)
		var got []string
		for _, x := range terms {
			got = append(got, x.Term)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}

func TestContentLang(t *testing.T) {
	avail := []Lang{LangZhHans, LangEn}
	for ui, want := range map[Lang]Lang{LangZhHans: LangZhHans, LangEn: LangEn, LangZhHant: LangZhHans, LangDe: LangEn} {
		if got := ContentLang(ui, avail); got != want {
			t.Errorf("ContentLang(%s) = %s, want %s", ui, got, want)
		}
	}
	// the Taiwan pack (zh-Hant, en) and the German one (de, en)
	for _, tt := range []struct {
		ui, want Lang
		avail    []Lang
	}{
		{LangZhHans, LangZhHant, []Lang{LangZhHant, LangEn}},
		{LangDe, LangEn, []Lang{LangZhHant, LangEn}},
		{LangZhHant, LangEn, []Lang{LangDe, LangEn}},
		{LangDe, LangDe, []Lang{LangDe, LangEn}},
	} {
		if got := ContentLang(tt.ui, tt.avail); got != tt.want {
			t.Errorf("ContentLang(%s, %v) = %s, want %s", tt.ui, tt.avail, got, tt.want)
		}
	}
}
