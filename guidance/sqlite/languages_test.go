package sqlite

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
)

// TestImportEveryContentLanguage imports the tiny packs in every content language
// (guidance/content/testdata/langs: us, de, tw) and reads each language back.
func TestImportEveryContentLanguage(t *testing.T) {
	packs, err := content.LoadChecked(os.DirFS(filepath.Join("..", "content", "testdata", "langs")))
	if err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	if err := s.Import(packs, "langs", time.Now()); err != nil {
		t.Fatal(err)
	}
	want := map[guidance.Lang]int{guidance.LangEn: 3, guidance.LangZhHans: 1, guidance.LangDe: 1, guidance.LangZhHant: 1}
	for lang, n := range want {
		topics, err := s.Topics(lang)
		if err != nil {
			t.Fatal(err)
		}
		terms, err := s.Terms(lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(topics) != n || len(terms) != n {
			t.Errorf("%s: %d topics, %d terms; want %d of each", lang, len(topics), len(terms), n)
		}
	}
	for _, c := range []struct {
		id   string
		lang guidance.Lang
		want string
	}{
		{"de-stpo-257c-4", guidance.LangDe, "Strafprozessordnung (StPO), § 257c Abs. 4"},
		{"de-stpo-257c-4", guidance.LangEn, "German Code of Criminal Procedure (StPO), § 257c(4)"},
		{"tw-cpc-455-7", guidance.LangZhHant, "《刑事訴訟法》第455條之7"},
		{"us-fre-410", guidance.LangEn, "Federal Rules of Evidence, Rule 410(a)"},
	} {
		cites, err := s.Citations([]string{c.id}, c.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(cites) != 1 || cites[0].Text != c.want {
			t.Errorf("citation of %s in %s = %+v, want %q", c.id, c.lang, cites, c.want)
		}
	}
	langs, err := s.ContentLanguages()
	if err != nil {
		t.Fatal(err)
	}
	if len(langs) != 4 {
		t.Errorf("content languages = %v, want all four", langs)
	}
}
