package speech

import (
	"reflect"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestParts(t *testing.T) {
	all := func(guidance.Lang) bool { return true }
	noChinese := func(l guidance.Lang) bool { return !l.IsChinese() }
	noEnglish := func(l guidance.Lang) bool { return l != guidance.LangEn }
	en, zh, zht, de := guidance.LangEn, guidance.LangZhHans, guidance.LangZhHant, guidance.LangDe
	tests := []struct {
		name string
		lang guidance.Lang
		text string
		has  func(guidance.Lang) bool
		want []Part
	}{
		{"plain English", en, "You can ask for a lawyer.", all, []Part{{en, "You can ask for a lawyer."}}},
		{"plain Chinese with digits", zh, "拨打12348。", all, []Part{{zh, "拨打12348。"}}},
		{"a Chinese term in English", en, "Mainland China has a plea leniency system (认罪认罚从宽). In short", all,
			[]Part{{en, "Mainland China has a plea leniency system ("}, {zh, "认罪认罚从宽)."}, {en, "In short"}}},
		{"full-width brackets go with the Chinese", en, "the statement（具结书）is signed.", all,
			[]Part{{en, "the statement"}, {zh, "（具结书）"}, {en, "is signed."}}},
		{"no Chinese voice: the characters are left out", en, "the system (认罪认罚从宽). Next", noChinese,
			[]Part{{en, "the system (). Next"}}},
		{"only Chinese and no Chinese voice", en, "认罪认罚", noChinese, nil},
		{"Traditional terms in English with only a zh-Hant voice", en, "plea bargaining (協商程序)",
			func(l guidance.Lang) bool { return l != zh }, []Part{{en, "plea bargaining ("}, {zht, "協商程序)"}}},
		{"a Latin abbreviation in Chinese", zh, "依据CPL第173条。", all, []Part{{zh, "依据"}, {en, "CPL"}, {zh, "第173条。"}}},
		{"no English voice: Latin stays with Chinese", zh, "依据CPL第173条。", noEnglish, []Part{{zh, "依据CPL第173条。"}}},
		{"German with a Chinese term", de, "Das Geständnis (认罪) zählt.", all,
			[]Part{{de, "Das Geständnis ("}, {zh, "认罪)"}, {de, "zählt."}}},
		{"Traditional text", zht, "協商程序是什麼？", all, []Part{{zht, "協商程序是什麼？"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Parts(tc.lang, tc.text, tc.has); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parts(%s, %q)\n got %q\nwant %q", tc.lang, tc.text, got, tc.want)
			}
		})
	}
}
