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
	langs, err := s.ContentLanguages()
	if err != nil {
		t.Fatal(err)
	}
	if len(langs) != 4 {
		t.Errorf("content languages = %v, want all four", langs)
	}
}
