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
