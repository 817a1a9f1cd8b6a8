package guidance

import "testing"

func TestCiteProvisions(t *testing.T) {
	cpl := Instrument{ID: "cpl", Name: map[Lang]string{LangZhHans: "《刑事诉讼法》", LangEn: "CPL"}}
	twCPC := Instrument{ID: "cpc", Name: map[Lang]string{LangZhHant: "《刑事訴訟法》", LangEn: "Code of Criminal Procedure"}}
	stpo := Instrument{ID: "stpo", Provision: ProvisionSection, Name: map[Lang]string{LangDe: "StPO", LangEn: "StPO"}}
	frcrp := Instrument{ID: "frcrp", Provision: ProvisionRule, Name: map[Lang]string{LangEn: "Fed. R. Crim. P.", LangZhHans: "《联邦刑事诉讼规则》"}}
	echr := Instrument{ID: "echr", Name: map[Lang]string{LangDe: "EMRK", LangEn: "ECHR"}}
	tests := []struct {
		in      Instrument
		article string
		para    int
		lang    Lang
		want    string
	}{
		{cpl, "174", 2, LangZhHans, "《刑事诉讼法》第174条第2款"},
		{cpl, "174", 2, LangEn, "CPL, Art. 174 para 2"},
		{twCPC, "455-2", 0, LangZhHant, "《刑事訴訟法》第455條之2"},
		{twCPC, "455-4", 2, LangZhHant, "《刑事訴訟法》第455條之4第2項"},
		{twCPC, "159", 1, LangZhHant, "《刑事訴訟法》第159條第1項"},
		{twCPC, "455-2", 0, LangEn, "Code of Criminal Procedure, Art. 455-2"},
		{stpo, "257c", 4, LangDe, "StPO, § 257c Abs. 4"},
		{stpo, "257c", 4, LangEn, "StPO, § 257c(4)"},
		{stpo, "302", 0, LangDe, "StPO, § 302"},
		{frcrp, "11", 0, LangEn, "Fed. R. Crim. P., Rule 11"},
		{frcrp, "11", 0, LangZhHans, "《联邦刑事诉讼规则》第11条"},
		{echr, "6", 3, LangDe, "EMRK, Art. 6 Abs. 3"},
	}
	for _, tt := range tests {
		got := Cite(Source{ID: "s", Article: tt.article, Para: tt.para}, tt.in, tt.lang).Text
		if got != tt.want {
			t.Errorf("%s %s(%d) in %s = %q, want %q", tt.in.ID, tt.article, tt.para, tt.lang, got, tt.want)
		}
	}
}

// TestCitationFromAnotherPack: a provision of another pack's jurisdiction is named with
// it in the citation's language, unless its text already says which jurisdiction it is;
// a pack's own provisions are left alone.
func TestCitationFromAnotherPack(t *testing.T) {
	tw := CitedAs{Name: map[Lang]string{LangZhHant: "臺灣", LangZhHans: "台湾地区", LangEn: "Taiwan"}, Also: []string{"中華民國"}}
	us := CitedAs{Name: map[Lang]string{LangEn: "United States", LangZhHans: "美国"}}
	tests := []struct {
		as        CitedAs
		pack      string
		text      string
		lang      Lang
		from      string
		want      string
		wantPlace string
	}{
		{tw, "tw", "《刑事訴訟法》第455條之2第1項", LangZhHant, "cn", "臺灣《刑事訴訟法》第455條之2第1項", "臺灣"},
		{tw, "tw", "《刑事訴訟法》第455條之2第1項", LangZhHant, "tw", "《刑事訴訟法》第455條之2第1項", "臺灣"},
		{tw, "tw", "台湾地区“刑事诉讼法”第455条之2第1款", LangZhHans, "cn", "台湾地区“刑事诉讼法”第455条之2第1款", ""},
		{tw, "tw", "《中華民國刑法》第57條", LangZhHant, "cn", "《中華民國刑法》第57條", ""},
		{us, "us", "Federal Rules of Criminal Procedure, Rule 11", LangEn, "cn", "United States: Federal Rules of Criminal Procedure, Rule 11", "United States"},
		{us, "us", "《美国联邦刑事诉讼规则》第11条", LangZhHans, "cn", "《美国联邦刑事诉讼规则》第11条", ""},
		{us, "us", "Federal Rules of Criminal Procedure, Rule 11", LangDe, "cn", "United States: Federal Rules of Criminal Procedure, Rule 11", "United States"},
	}
	for _, tt := range tests {
		place := tt.as.Place(tt.text, tt.lang)
		if place != tt.wantPlace {
			t.Errorf("Place(%q, %s) = %q, want %q", tt.text, tt.lang, place, tt.wantPlace)
		}
		c := Citation{Text: tt.text, Pack: tt.pack, Place: place}
		if got := c.From(tt.from).Text; got != tt.want {
			t.Errorf("%q cited from %s = %q, want %q", tt.text, tt.from, got, tt.want)
		}
	}
}
