package guidance

import (
	"errors"
	"slices"
	"testing"
)

func TestMatchLanguage(t *testing.T) {
	tests := []struct {
		locales []string
		want    Lang
	}{
		{nil, LangEn},
		{[]string{"C"}, LangEn},
		{[]string{"C.UTF-8"}, LangEn},
		{[]string{"POSIX"}, LangEn},
		{[]string{"xx_YY.UTF-8"}, LangEn},
		{[]string{"fr_FR.UTF-8"}, LangEn},
		{[]string{"zh_CN.UTF-8"}, LangZhHans},
		{[]string{"zh-SG"}, LangZhHans},
		{[]string{"zh_TW.UTF-8"}, LangZhHant},
		{[]string{"zh-HK"}, LangZhHant},
		{[]string{"de_AT.UTF-8@euro"}, LangDe},
		{[]string{"fr-FR", "de-DE"}, LangDe},
		{[]string{"en-GB"}, LangEn},
	}
	for _, tt := range tests {
		if got := MatchLanguage(tt.locales); got != tt.want {
			t.Errorf("MatchLanguage(%q) = %s, want %s", tt.locales, got, tt.want)
		}
	}
}

func TestParseRetentionDays(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"", 0, true}, {"  ", 0, true}, {"0", 0, true}, {"30", 30, true}, {" 7 ", 7, true},
		{"-1", 0, false}, {"seven", 0, false}, {"1.5", 0, false}, {"３０", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseRetentionDays(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseRetentionDays(%q) = %d, %v; want %d, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrBadRetention) {
			t.Errorf("ParseRetentionDays(%q): error %v is not ErrBadRetention", tt.in, err)
		}
	}
}

func TestStagesIsACopy(t *testing.T) {
	s := Stages()
	s[0] = "changed"
	if Stages()[0] != "investigation" || len(Stages()) != 4 {
		t.Errorf("Stages() = %v: the list can be changed from outside", Stages())
	}
}

func TestIsChinese(t *testing.T) {
	for l, want := range map[Lang]bool{LangZhHans: true, LangZhHant: true, LangEn: false, LangDe: false, "zh": false} {
		if l.IsChinese() != want {
			t.Errorf("%q.IsChinese() = %v", l, !want)
		}
	}
}

func TestHasHan(t *testing.T) {
	for s, want := range map[string]bool{
		"具结书": true, "CPL Art. 15 刑诉法": true, "認罪": true, "𠀀": true, // Extension B
		"plea": false, "，。？": false, "３７天": true, "３７": false, "ひらがな": false, "": false,
	} {
		if HasHan(s) != want {
			t.Errorf("HasHan(%q) = %v", s, !want)
		}
	}
}

func TestPackLanguagesAndCategoryNames(t *testing.T) {
	packs := []Pack{
		{ID: "cn", Languages: []Lang{LangZhHans, LangEn}, Categories: []Category{{ID: "basics", Name: map[Lang]string{LangEn: "Basics"}}}},
		{ID: "hk", Languages: []Lang{LangZhHant, LangEn}},
	}
	if got := PackLanguages(packs); !slices.Equal(got, []Lang{LangZhHans, LangEn, LangZhHant}) {
		t.Errorf("PackLanguages = %v", got)
	}
	if got := CategoryNames(packs)["cn/basics"][LangEn]; got != "Basics" {
		t.Errorf("CategoryNames[cn/basics][en] = %q", got)
	}
}

func TestClinicLines(t *testing.T) {
	c := Clinic{Name: "Riverside", Phone: "010-1234"}
	if got := c.Lines(); !slices.Equal(got, []string{"Riverside", "010-1234"}) {
		t.Errorf("Lines() = %q", got)
	}
}
