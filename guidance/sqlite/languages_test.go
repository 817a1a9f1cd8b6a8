package sqlite

import (
	"os"
	"path/filepath"
	"slices"
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

// TestJurisdictionKeepsToItsPack reads and searches each pack of the shipped content
// through its Jurisdiction: only that pack's items come back.
func TestJurisdictionKeepsToItsPack(t *testing.T) {
	s := realStore(t)
	packs, err := s.Packs()
	if err != nil {
		t.Fatal(err)
	}
	if len(packs) < 2 {
		t.Skip("one pack only")
	}
	for _, p := range packs {
		j := s.Jurisdiction(p.ID)
		for _, lang := range p.Languages {
			topics, err := j.Topics(lang)
			if err != nil {
				t.Fatal(err)
			}
			terms, _ := j.Terms(lang)
			questions, _ := j.Questions(lang)
			if len(topics) == 0 || len(terms) == 0 || len(questions) == 0 {
				t.Errorf("%s/%s: %d topics, %d terms, %d questions", p.ID, lang, len(topics), len(terms), len(questions))
			}
			for _, tp := range topics {
				if tp.Pack != p.ID {
					t.Errorf("%s/%s lists topic %s of pack %s", p.ID, lang, tp.ID, tp.Pack)
				}
			}
			// search for the pack's own first topic title: every hit must be the pack's
			res, err := j.Search(topics[0].Title, lang, 20)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				t.Errorf("%s/%s: searching %q finds nothing", p.ID, lang, topics[0].Title)
			}
			own := map[string]bool{}
			for _, tp := range topics {
				own[tp.ID] = true
			}
			for _, tm := range terms {
				own[tm.ID] = true
			}
			for _, q := range questions {
				own[q.ID] = true
			}
			for _, h := range res.Hits {
				if !own[h.ID] {
					t.Errorf("%s/%s: search %q found %s %s of another pack", p.ID, lang, topics[0].Title, h.Kind, h.ID)
				}
			}
		}
		langs, _ := j.ContentLanguages()
		if len(langs) != len(p.Languages) {
			t.Errorf("%s: content languages %v, want %v", p.ID, langs, p.Languages)
		}
	}
	for _, p := range packs {
		if p.ID == "cn" && (p.Written(guidance.LangZhHant) || !slices.Contains(p.Languages, guidance.LangZhHant)) {
			t.Errorf("cn: languages %v, converted %v; want zh-Hant converted", p.Languages, p.Converted)
		}
	}
}
