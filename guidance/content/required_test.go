package content

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleaguide/pleaguide/assets"
)

// The topics issue 13's shared plan asks of every pack but cn, in its order.
var planTopics = []string{
	"overview", "who-and-which-offences", "what-can-be-agreed", "judge-role",
	"defence-lawyer", "rights-given-up", "withdrawal-and-statements", "appeal",
	"beyond-the-sentence", "time-limits", "getting-a-lawyer", "questions-to-ask",
}

// TestBuiltInRequirements makes sure the built-in content carries the shared plan's
// gate: without lint.toml, or with a topic or a minimum dropped from it, lint would let a
// pack short of the plan through.
func TestBuiltInRequirements(t *testing.T) {
	r, ok, problems := ReadRequirements(assets.Content())
	if !ok || len(problems) > 0 {
		t.Fatalf("built-in %s: found %v, problems %v", LintFile, ok, problems)
	}
	if !slices.Equal(r.Topics, planTopics) {
		t.Errorf("required topics = %v, want the shared plan's %v", r.Topics, planTopics)
	}
	if r.Terms < 30 || r.Questions < 40 || !slices.Equal(r.Except, []string{"cn"}) {
		t.Errorf("requirements: terms %d (want ≥ 30), questions %d (want ≥ 40), except %v (want [cn])", r.Terms, r.Questions, r.Except)
	}
}

// builtIn is a copy of the built-in content that a test may change.
func builtIn(t *testing.T) fstest.MapFS {
	t.Helper()
	src := assets.Content()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

func hasProblem(problems []Problem, file, msgPrefix string) bool {
	for _, p := range problems {
		if p.File == file && strings.HasPrefix(p.Msg, msgPrefix) {
			return true
		}
	}
	return false
}

func TestRequiredTopicMissing(t *testing.T) {
	t.Run("in one language", func(t *testing.T) {
		fsys := builtIn(t)
		const file = "tw/zh-Hant/topics/tw-time-limits.md"
		delete(fsys, file)
		_, problems := Load(fsys)
		if !hasProblem(problems, file, "required topic tw-time-limits is missing in zh-Hant") {
			t.Errorf("no problem for the missing %s; got %v", file, problems)
		}
	})
	// parity between languages cannot see a topic missing in all of them
	t.Run("in every language", func(t *testing.T) {
		fsys := builtIn(t)
		for _, file := range []string{"us/en/topics/us-appeal.md", "us/zh-Hans/topics/us-appeal.md"} {
			delete(fsys, file)
		}
		_, problems := Load(fsys)
		for _, want := range []struct{ file, lang string }{{"us/en/topics/us-appeal.md", "en"}, {"us/zh-Hans/topics/us-appeal.md", "zh-Hans"}} {
			if !hasProblem(problems, want.file, "required topic us-appeal is missing in "+want.lang) {
				t.Errorf("no problem for the missing %s; got %v", want.file, problems)
			}
		}
	})
}

// TestRequiredCounts sets the minimum to the real count (passes) and one above (fails),
// for the German pack's English glossary and questions.
func TestRequiredCounts(t *testing.T) {
	packs, problems := Load(assets.Content())
	if len(problems) > 0 {
		t.Fatalf("built-in content: %v", problems)
	}
	var terms, questions int
	for _, p := range packs {
		if p.ID != "de" {
			continue
		}
		for _, tm := range p.Terms {
			if tm.Lang == "en" {
				terms++
			}
		}
		for _, q := range p.Questions {
			if q.Lang == "en" {
				questions++
			}
		}
	}
	set := func(fsys fstest.MapFS, key string, n int) {
		re := regexp.MustCompile(`(?m)^` + key + ` = \d+`)
		data := fsys[LintFile].Data
		if !re.Match(data) {
			t.Fatalf("%s has no %s = N line", LintFile, key)
		}
		fsys[LintFile] = &fstest.MapFile{Data: re.ReplaceAll(data, fmt.Appendf(nil, "%s = %d", key, n))}
	}
	for _, c := range []struct {
		key, file, what string
		n               int
	}{
		{"terms", "de/en/glossary.toml", "glossary terms", terms},
		{"questions", "de/en/questions.toml", "questions", questions},
	} {
		fsys := builtIn(t)
		set(fsys, c.key, c.n)
		want := fmt.Sprintf("%d %s in en", c.n, c.what)
		if _, problems := Load(fsys); hasProblem(problems, c.file, want) {
			t.Errorf("%s = %d (the real count): %s reported", c.key, c.n, want)
		}
		set(fsys, c.key, c.n+1)
		if _, problems := Load(fsys); !hasProblem(problems, c.file, want) {
			t.Errorf("%s = %d: no %q problem; got %v", c.key, c.n+1, want, problems)
		}
	}
}
