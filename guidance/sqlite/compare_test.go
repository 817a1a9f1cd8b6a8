package sqlite

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/hant"
)

// TestConvertCompareCitesInTraditional reads the built-in comparison table, as the app
// does, and converts it over the built-in content.db: every zh-Hant citation of the
// mainland and US packs is in Traditional characters and the same as the library's,
// the Simplified ones are untouched, and the German and Taiwan packs' are as they were.
func TestConvertCompareCitesInTraditional(t *testing.T) {
	s := realStore(t)
	table, problems := content.ReadCompare(assets.Content())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	before, _ := content.ReadCompare(assets.Content())
	if err := s.ConvertCompare(table); err != nil {
		t.Fatal(err)
	}
	first := table.Rows[0].Cells["cn"].Sources[0]
	if got := first.Cite[guidance.LangZhHant].Text; !strings.HasPrefix(got, "《中華人民共和國刑事訴訟法》第") {
		t.Errorf("cn citation in zh-Hant = %q, want 《中華人民共和國刑事訴訟法》第…", got)
	}
	changed := 0
	for i, r := range table.Rows {
		check := func(where string, got, was []guidance.SourceRef) {
			for k, ref := range got {
				hantCite, old := ref.Cite[guidance.LangZhHant].Text, was[k].Cite[guidance.LangZhHant].Text
				if ref.Cite[guidance.LangZhHans] != was[k].Cite[guidance.LangZhHans] {
					t.Errorf("%s %s: the zh-Hans citation changed", where, ref.ID)
				}
				switch ref.Pack {
				case "cn", "us":
					lib, err := s.Citations([]string{ref.ID}, guidance.LangZhHant)
					if err != nil || len(lib) != 1 || lib[0].Text != hantCite {
						t.Errorf("%s %s: zh-Hant citation %q, the library's %v", where, ref.ID, hantCite, lib)
					}
					if conv, _ := hant.Convert(hantCite); conv != hantCite {
						t.Errorf("%s %s: zh-Hant citation %q has Simplified characters", where, ref.ID, hantCite)
					}
					if hantCite != old {
						changed++
					}
				default:
					if hantCite != old {
						t.Errorf("%s %s: zh-Hant citation of pack %s changed from %q to %q", where, ref.ID, ref.Pack, old, hantCite)
					}
				}
			}
		}
		check("row "+r.ID+" for-you", r.ForYou.Sources, before.Rows[i].ForYou.Sources)
		for j, c := range r.Cells {
			check("row "+r.ID+" cell "+j, c.Sources, before.Rows[i].Cells[j].Sources)
		}
	}
	if changed == 0 {
		t.Error("no citation changed")
	}
	t.Logf("%d zh-Hant citations converted", changed)
}
