package sqlite

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestTopicCitesAnotherPacksSources: the mainland topic on how the other systems protect
// the defence cites the US, German and Taiwan packs' own provisions. Read through the
// mainland library, as the Library screen reads it, every one resolves, in each of the
// topic's languages (zh-Hant converted), with the owning pack's name for the instrument.
func TestTopicCitesAnotherPacksSources(t *testing.T) {
	s := realStore(t)
	lib := s.Jurisdiction("cn")
	want := map[guidance.Lang][]string{
		guidance.LangZhHans: {"《美国联邦刑事诉讼规则》第11条(c)(1)", "《德国刑事诉讼法》第257c条第4款", "台湾地区“刑事诉讼法”第455条之7"},
		guidance.LangEn:     {"Federal Rules of Criminal Procedure, Rule 11(c)(1)", "German Code of Criminal Procedure (StPO), § 257c(4)", "Code of Criminal Procedure (Taiwan), Art. 455-7"},
		guidance.LangZhHant: {"《美國聯邦刑事訴訟規則》第11條(c)(1)", "《德國刑事訴訟法》第257c條第4項", "《刑事訴訟法》第455條之7"},
	}
	for lang, texts := range want {
		tp, err := lib.Topic("how-other-systems-protect-the-defence", lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		cites, err := lib.Citations(tp.Sources, lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(cites) != len(tp.Sources) {
			t.Errorf("%s: %d of %d sources resolve", lang, len(cites), len(tp.Sources))
		}
		var all []string
		for _, c := range cites {
			all = append(all, c.Text)
		}
		for _, w := range texts {
			if !strings.Contains(strings.Join(all, "\n"), w) {
				t.Errorf("%s: no citation %q among\n%s", lang, w, strings.Join(all, "\n"))
			}
		}
	}
}
