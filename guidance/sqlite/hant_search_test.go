package sqlite

import (
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/hant"
)

// TestTraditionalSearchFindsWhatSimplifiedFinds asks every Chinese question of the tuning
// set in Traditional characters over the converted mainland pack: the first topic found
// must be the one the Simplified search finds over the Simplified text, for at least 95 %
// of the questions (typed in Traditional, and typed in Simplified into the Traditional
// interface).
func TestTraditionalSearchFindsWhatSimplifiedFinds(t *testing.T) {
	s := realStore(t)
	total, same := 0, 0
	for _, q := range loadEval(t, "tuning.toml") {
		if q.Lang != guidance.LangZhHans {
			continue
		}
		want, err := s.Search(q.Text, guidance.LangZhHans, 3)
		if err != nil || len(want.Hits) == 0 {
			continue
		}
		trad, err := hant.Convert(q.Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, typed := range []string{trad, q.Text} {
			total++
			got, err := s.Search(typed, guidance.LangZhHant, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Hits) > 0 && got.Hits[0].ID == want.Hits[0].ID {
				same++
			} else {
				var first string
				if len(got.Hits) > 0 {
					first = got.Hits[0].ID
				}
				t.Logf("%q: zh-Hant finds %q first, zh-Hans %q", typed, first, want.Hits[0].ID)
			}
		}
	}
	if total < 20 {
		t.Fatalf("only %d questions compared", total)
	}
	if share := float64(same) / float64(total); share < 0.95 {
		t.Errorf("zh-Hant finds the same first topic for %d of %d questions (%.0f %%), want at least 95 %%", same, total, 100*share)
	} else {
		t.Logf("zh-Hant finds the same first topic for %d of %d questions", same, total)
	}
}
