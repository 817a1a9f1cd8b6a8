package sqlite

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
)

// The search evaluation (docs/search.md): questions as people type them, each labelled with
// the topic sections that answer it. TestEval fails when fewer than minTop3 of the tuning
// set's questions have an answering passage among the first three.
// `make eval` prints the figures and every miss, for the held-out set too.
var (
	evalReport  = flag.Bool("eval.report", false, "print top-1, top-3, MRR and every miss")
	evalHeldOut = flag.Bool("eval.heldout", false, "also score the held-out set")
)

const minTop3 = 0.90

type evalQuestion struct {
	Lang    guidance.Lang
	Text    string
	Answers []string // "topic-id#Section heading"; "topic-id#" is the text before the first heading
}

func loadEval(t *testing.T, name string) []evalQuestion {
	t.Helper()
	var f struct{ Question []evalQuestion }
	if _, err := toml.DecodeFile(filepath.Join("testdata", "eval", name), &f); err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return f.Question
}

// sectionLabels maps every passage of the shipped content to its label, per language, and
// the label to the pack that holds it. A question is asked in the pack of its answers,
// as the app searches: a reader searches one jurisdiction (Store.Jurisdiction).
func sectionLabels(t *testing.T) map[guidance.Lang]map[string]string {
	t.Helper()
	packs, err := content.LoadChecked(assets.Content())
	if err != nil {
		t.Fatal(err)
	}
	labels := map[guidance.Lang]map[string]string{}
	for _, p := range packs {
		for _, tp := range p.Topics {
			if labels[tp.Lang] == nil {
				labels[tp.Lang] = map[string]string{}
			}
			for _, s := range content.Sections(tp.Body) {
				labels[tp.Lang][tp.ID+"#"+s.Heading] = p.ID
			}
		}
	}
	return labels
}

// evalScore is how one set did in one language.
type evalScore struct {
	n, top1, top3 int
	rr            float64
	misses        []string
}

func (e evalScore) String() string {
	if e.n == 0 {
		return "no questions"
	}
	return fmt.Sprintf("%3d questions  top-1 %5.1f %%  top-3 %5.1f %%  MRR %.3f",
		e.n, 100*float64(e.top1)/float64(e.n), 100*float64(e.top3)/float64(e.n), e.rr/float64(e.n))
}

// runEval asks every question and finds the rank of the first answering passage among the
// passages returned (the answer card is the first passage, the rest follow it).
func runEval(t *testing.T, s *Store, qs []evalQuestion, labels map[guidance.Lang]map[string]string) map[guidance.Lang]*evalScore {
	t.Helper()
	scores := map[guidance.Lang]*evalScore{}
	for _, q := range qs {
		want, pack := map[string]bool{}, ""
		for _, a := range q.Answers {
			p, ok := labels[q.Lang][a]
			switch {
			case !ok:
				t.Errorf("%s question %q: no section %q in the content (renamed?)", q.Lang, q.Text, a)
			case pack == "":
				pack = p
			case p != pack:
				t.Errorf("%s question %q: answers in packs %s and %s; one pack a question", q.Lang, q.Text, pack, p)
			}
			want[a] = true
		}
		sc := scores[q.Lang]
		if sc == nil {
			sc = &evalScore{}
			scores[q.Lang] = sc
		}
		sc.n++
		res, err := s.searchIn(pack, q.Text, q.Lang, 50) // as the app searches: one jurisdiction
		if err != nil {
			t.Fatal(err)
		}
		rank, got := 0, []string{}
		for _, h := range res.Hits {
			if h.Kind != guidance.KindPassage {
				continue
			}
			label := h.ID + "#" + h.Heading
			if labels[q.Lang][label] != pack {
				continue // another pack's passage (when no answer names a pack)
			}
			got = append(got, label)
			if rank == 0 && want[label] {
				rank = len(got)
			}
		}
		switch {
		case rank == 1:
			sc.top1++
			sc.top3++
		case rank > 0 && rank <= 3:
			sc.top3++
		}
		if rank > 0 {
			sc.rr += 1 / float64(rank)
		} else {
			rank = -1
		}
		if rank != 1 {
			first := got[:min(3, len(got))]
			sc.misses = append(sc.misses, fmt.Sprintf("  rank %2d  %s\n           want %s\n           got  %s",
				rank, q.Text, strings.Join(q.Answers, " | "), strings.Join(first, " | ")))
		}
	}
	return scores
}

func TestEval(t *testing.T) {
	s := realStore(t)
	labels := sectionLabels(t)
	sets := []string{"tuning.toml"}
	if *evalHeldOut || os.Getenv("EVAL_HELDOUT") != "" {
		sets = append(sets, "heldout.toml")
	}
	for _, set := range sets {
		scores := runEval(t, s, loadEval(t, set), labels)
		langs := make([]string, 0, len(scores))
		for l := range scores {
			langs = append(langs, string(l))
		}
		sort.Strings(langs)
		var all evalScore
		for _, l := range langs {
			sc := scores[guidance.Lang(l)]
			all.n, all.top1, all.top3, all.rr = all.n+sc.n, all.top1+sc.top1, all.top3+sc.top3, all.rr+sc.rr
			if *evalReport {
				fmt.Printf("%-12s %-8s %s\n", set, l, sc)
				for _, m := range sc.misses {
					fmt.Println(m)
				}
			}
		}
		if *evalReport {
			fmt.Printf("%-12s %-8s %s\n", set, "all", all)
		}
		if set == "tuning.toml" && float64(all.top3) < minTop3*float64(all.n) {
			t.Errorf("%s: top-3 %d of %d, below %.0f %%", set, all.top3, all.n, 100*minTop3)
		}
	}
}
