package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"

	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

// runCLI runs a command with its data folder in dir and returns exit code and output.
func runCLI(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := map[string]string{"PLEAGUIDE_DATA_DIR": dir, "LANG": "C.UTF-8"}
	code := run(args, &out, &errb, func(k string) string { return env[k] })
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{[]string{"version"}, 0, "pleaguide 0.1.0", ""},
		{[]string{"--help"}, 0, "pleaguide search [--jurisdiction J] [--lang L] [--json] QUERY", ""},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"--frob"}, 2, "", "unknown flag --frob"},
		{[]string{"search", "--frob", "x"}, 2, "", "flag provided but not defined: -frob"},
		{[]string{"search"}, 2, "", "search needs a query"},
		{[]string{"search", "--lang", "fr", "plea"}, 2, "", `unknown language "fr"`},
		{[]string{"search", "--help"}, 0, "Usage: pleaguide search", ""},
		{[]string{"show"}, 2, "", "show needs exactly one ID"},
		{[]string{"show", "--help"}, 0, "Usage: pleaguide show", ""},
		{[]string{"content"}, 2, "", "usage: pleaguide content lint"},
		{[]string{"content", "lint", "/nonexistent"}, 2, "", "is not a folder"},
		{[]string{"doctor", "--help"}, 0, "Usage: pleaguide doctor", ""},
		{[]string{"version", "--help"}, 0, "Usage: pleaguide version", ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, dir, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.inStdout) || !strings.Contains(errs, tt.inStderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d with %q / %q", code, out, errs, tt.code, tt.inStdout, tt.inStderr)
			}
		})
	}
}

func TestSearchJSON(t *testing.T) {
	code, out, errs := runCLI(t, t.TempDir(), "search", "--lang", "zh-Hans", "--json", "签了具结书还能反悔吗")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var hits []map[string]any
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(hits) == 0 || hits[0]["id"] != "withdrawing-a-plea" {
		t.Fatalf("hits = %v", hits)
	}
	for _, key := range []string{"id", "kind", "title", "score", "snippet"} {
		if _, ok := hits[0][key]; !ok {
			t.Errorf("hit lacks %q", key)
		}
	}
	code, out, _ = runCLI(t, t.TempDir(), "search", "--json", "--lang", "en", "zzzqqq")
	if code != 1 || strings.TrimSpace(out) != "[]" {
		t.Errorf("no hits: exit %d, %q", code, out)
	}
}

func TestShow(t *testing.T) {
	dir := t.TempDir()
	code, out, _ := runCLI(t, dir, "show", "--lang", "en", "plea-statement")
	if code != 0 || !strings.Contains(out, "Sources:") || !strings.Contains(out, "Last checked: 2026-11-25") || strings.Contains(out, "](term:") {
		t.Errorf("topic: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, dir, "show", "--lang", "zh-Hans", "plea-statement-doc")
	if code != 0 || !strings.Contains(out, "具结书") {
		t.Errorf("term: exit %d\n%s", code, out)
	}
	code, _, errs := runCLI(t, dir, "show", "nope")
	if code != 1 || !strings.Contains(errs, `no topic, term or question "nope"`) {
		t.Errorf("missing: exit %d, %q", code, errs)
	}
}

// TestShowNamesAnotherJurisdiction: a mainland topic that cites the Taiwan, US and German
// packs names those places beside their provisions, in the reader's language, and leaves
// the mainland's own law as it is.
func TestShowNamesAnotherJurisdiction(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		lang          guidance.Lang
		want, notWant []string
	}{
		{guidance.LangZhHant, []string{"  - 臺灣《刑事訴訟法》第455條之2第1項 (", "  - 《美國聯邦刑事訴訟規則》", "  - 《德國刑事訴訟法》", "  - 《中華人民共和國刑事訴訟法》第174條"},
			[]string{"  - 《刑事訴訟法》", "中國大陸"}},
		{guidance.LangZhHans, []string{"  - 台湾地区“刑事诉讼法”第455条之2第1款 (", "  - 《中华人民共和国刑事诉讼法》第174条"}, []string{"台湾地区台湾地区"}},
		{guidance.LangEn, []string{"  - United States: Federal Rules of Criminal Procedure, Rule 11", "  - Code of Criminal Procedure (Taiwan), Art. 455-2 para 1 (", "  - German Code of Criminal Procedure (StPO), § 302(1), sentence 2 ("},
			[]string{"Mainland China:"}},
	} {
		code, out, errs := runCLI(t, dir, "show", "--lang", string(tt.lang), "how-other-systems-protect-the-defence")
		if code != 0 || !strings.Contains(out, "Sources:") {
			t.Fatalf("%s: exit %d, %s", tt.lang, code, errs)
		}
		out = out[strings.Index(out, "Sources:"):] // the body may name the places itself
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no %q in\n%s", tt.lang, w, out)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(out, w) {
				t.Errorf("%s: %q in the sources", tt.lang, w)
			}
		}
	}
}

func TestContentLintReportsFileLine(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "guidance", "content", "testdata")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, t.TempDir(), "content", "lint", dir)
	if code != 0 || !strings.HasPrefix(out, "ok:") {
		t.Fatalf("valid pack: exit %d, %s", code, out)
	}
	bad := filepath.Join(dir, "cn", "en", "topics", "plea.md")
	data, _ := os.ReadFile(bad)
	os.WriteFile(bad, bytes.Replace(data, []byte("term:leniency"), []byte("term:nope"), 1), 0o644)
	code, out, _ = runCLI(t, t.TempDir(), "content", "lint", dir)
	want := dir + `/cn/en/topics/plea.md:10: link to unknown glossary term "nope"`
	if code != 1 || !strings.Contains(out, want) {
		t.Errorf("exit %d, output:\n%s\nwant line %s", code, out, want)
	}
}

func TestBuiltInContentPassesLint(t *testing.T) {
	code, out, _ := runCLI(t, t.TempDir(), "content", "lint")
	if code != 0 {
		t.Errorf("built-in content fails lint:\n%s", out)
	}
}

func TestDamagedDatabaseIsRecovered(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, sqlite.FileName), []byte(strings.Repeat("garbage ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, dir, "doctor")
	if code != 1 || !strings.Contains(out, "damaged") {
		t.Errorf("doctor on a damaged file: exit %d\n%s%s", code, out, errs)
	}
	code, _, errs = runCLI(t, dir, "search", "--lang", "en", "appeal")
	if code != 0 {
		t.Fatalf("search after damage: exit %d: %s", code, errs)
	}
	moved, _ := filepath.Glob(filepath.Join(dir, sqlite.FileName+".damaged-*"))
	if len(moved) != 1 {
		t.Errorf("damaged file not kept aside: %v", moved)
	}
	code, out, _ = runCLI(t, dir, "doctor")
	if !strings.Contains(out, "integrity ok") || !strings.Contains(out, "same as the built-in content") {
		t.Errorf("doctor after recovery: exit %d\n%s", code, out)
	}
}

// TestDoctorNamesTheSpeechEngine: doctor says which engine and voices Listen uses, and
// without one (no espeak-ng on PATH) says Listen is hidden without failing.
func TestDoctorNamesTheSpeechEngine(t *testing.T) {
	if _, err := exec.LookPath("espeak-ng"); err == nil {
		_, out, _ := runCLI(t, t.TempDir(), "doctor")
		if !strings.Contains(out, "Speech (Listen):\n  espeak-ng (") || !strings.Contains(out, "zh-Hans: cmn-latn-pinyin\n") || !strings.Contains(out, "en: en-us\n") {
			t.Errorf("doctor with espeak-ng:\n%s", out)
		}
	}
	t.Setenv("PATH", t.TempDir())
	code, out, _ := runCLI(t, t.TempDir(), "doctor")
	if code != 0 || !strings.Contains(out, "Speech (Listen):\n  WARNING: no speech engine found; the Listen buttons are hidden.") {
		t.Errorf("doctor without a speech engine: exit %d\n%s", code, out)
	}
}

func TestReadOnlyDataFolderStillSearches(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o500)
	code, _, errs := runCLI(t, dir, "search", "--lang", "en", "appeal")
	if code != 0 || !strings.Contains(errs, "nothing will be saved") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestNewerDatabaseIsLeftAlone(t *testing.T) {
	dir := t.TempDir()
	s, err := sqlite.Open(filepath.Join(dir, sqlite.FileName))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// bump the schema as a newer version would
	if err := setUserVersion(filepath.Join(dir, sqlite.FileName), 99); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(dir, sqlite.FileName))
	code, _, errs := runCLI(t, dir, "search", "--lang", "en", "appeal")
	if code != 0 || !strings.Contains(errs, "newer version") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	after, _ := os.ReadFile(filepath.Join(dir, sqlite.FileName))
	if !bytes.Equal(before, after) {
		t.Error("newer database was modified")
	}
}

func TestPlan(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI(t, dir, "plan", "--answers", "../../docs/examples/family-detained.json", "--lang", "en", "--today", "2026-11-25", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Dates []struct {
			ID, Normal, Longest string
		}
		Rights, Actions []struct{ ID, Topic string }
		Questions       []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	found := false
	for _, d := range r.Dates {
		found = found || (d.ID == "arrest-decision" && d.Normal == "20 Nov 2026" && d.Longest == "17 Dec 2026")
	}
	if !found || len(r.Rights) == 0 || len(r.Actions) == 0 || len(r.Questions) == 0 {
		t.Errorf("plan: %+v", r)
	}
	for _, tt := range []struct {
		file, want string
	}{
		{`{"stage": "appeal"}`, `field "stage": value "appeal" is not one of`},
		{`{"stage": "review", "custdy": "bail"}`, `field "custdy": value "bail" is no such question`},
		{`{"detention-date": "2026-02-30"}`, `field "detention-date": value "2026-02-30" is not a real date`},
		{`{"minor": true}`, `field "minor": value must be a string`},
		{`[1, 2]`, `not a JSON object of answers`},
	} {
		f := filepath.Join(t.TempDir(), "answers.json")
		os.WriteFile(f, []byte(tt.file), 0o600)
		code, _, errs := runCLI(t, dir, "plan", "--answers", f)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%s: exit %d, %q; want exit 2 with %q", tt.file, code, errs, tt.want)
		}
	}
	if code, _, errs := runCLI(t, dir, "plan", "--answers", "x.json", "--today", "tomorrow"); code != 2 || !strings.Contains(errs, "--today") {
		t.Errorf("bad --today: exit %d, %q", code, errs)
	}
	if code, _, _ := runCLI(t, dir, "plan"); code != 2 {
		t.Errorf("plan without answers: exit %d", code)
	}
}

func TestExampleAnswerFilesWork(t *testing.T) {
	files, _ := filepath.Glob("../../docs/examples/*.json")
	if len(files) < 3 {
		t.Fatalf("%d example files", len(files))
	}
	for _, f := range files {
		for _, lang := range []string{"zh-Hans", "en"} {
			if code, _, errs := runCLI(t, t.TempDir(), "plan", "--answers", f, "--lang", lang, "--today", "2026-11-25"); code != 0 {
				t.Errorf("%s (%s): exit %d: %s", f, lang, code, errs)
			}
		}
	}
}

// TestShowPrintsNoMarkup prints every topic in every content language and checks that no
// HTML comment, tag or Markdown link syntax reaches the terminal.
func TestShowPrintsNoMarkup(t *testing.T) {
	dir := t.TempDir()
	store, _ := openLibrary(dir, assets.Content(), time.Now(), io.Discard)
	langs, err := store.ContentLanguages()
	if err != nil {
		t.Fatal(err)
	}
	markup := regexp.MustCompile(`<!--|-->|</?[a-zA-Z][^>]*>|\]\(|\*\*`)
	n := 0
	for _, l := range langs {
		topics, err := store.Topics(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, tp := range topics {
			var out, errb bytes.Buffer
			c := &cli{stdout: &out, stderr: &errb, packs: assets.Content(), getenv: func(k string) string {
				return map[string]string{"PLEAGUIDE_DATA_DIR": dir}[k]
			}}
			if code := c.show([]string{"--lang", string(l), tp.ID}); code != 0 {
				t.Fatalf("show %s %s: exit %d, %s", l, tp.ID, code, errb.String())
			}
			if m := markup.FindString(out.String()); m != "" {
				t.Errorf("show --lang %s %s prints %q", l, tp.ID, m)
			}
			n++
		}
	}
	store.Close()
	if n < 20 {
		t.Errorf("only %d topics shown", n)
	}
}

// TestSearchAndShowTakeJurisdiction: search keeps to the jurisdiction asked for (mainland
// China by default), show finds an ID in its own pack's language, and a jurisdiction that
// is not there is a usage error.
func TestSearchAndShowTakeJurisdiction(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCLI(t, dir, "search", "--jurisdiction", "de", "--lang", "de", "--json", "Gestaendnis", "widerrufen")
	if code != 0 {
		t.Fatalf("German search: exit %d, %s %s", code, out, errs)
	}
	var hits []guidance.Hit
	if err := json.Unmarshal([]byte(out), &hits); err != nil || len(hits) == 0 {
		t.Fatalf("German search: %v, %s", err, out)
	}
	for _, h := range hits {
		if !strings.HasPrefix(h.ID, "de-") {
			t.Errorf("search in de found %s %s of another pack", h.Kind, h.ID)
		}
	}
	code, out, _ = runCLI(t, dir, "search", "--lang", "en", "--json", "withdraw", "the", "plea")
	if code != 0 {
		t.Fatalf("default search: exit %d", code)
	}
	hits = nil
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if strings.HasPrefix(h.ID, "us-") || strings.HasPrefix(h.ID, "de-") || strings.HasPrefix(h.ID, "tw-") {
			t.Errorf("search without --jurisdiction found %s of another pack than cn", h.ID)
		}
	}
	if code, _, errs := runCLI(t, dir, "search", "--jurisdiction", "fr", "plea"); code != exitUsage || !strings.Contains(errs, `unknown jurisdiction "fr"`) {
		t.Errorf("unknown jurisdiction: exit %d, %q", code, errs)
	}
	if code, out, _ := runCLI(t, dir, "show", "--lang", "de", "de-overview"); code != 0 || !strings.Contains(out, "Verständigung") {
		t.Errorf("show de-overview in German: exit %d\n%s", code, firstLine(out))
	}
	if code, _, errs := runCLI(t, dir, "show", "--jurisdiction", "cn", "de-overview"); code != 1 || !strings.Contains(errs, "for jurisdiction cn") {
		t.Errorf("show a de topic in cn: exit %d, %q", code, errs)
	}
	if code, out, _ := runCLI(t, dir, "show", "--lang", "zh-Hant", "plea-statement"); code != 0 || !strings.Contains(out, "具結書") {
		t.Errorf("show plea-statement in zh-Hant (converted): exit %d\n%s", code, firstLine(out))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestLintNamesAMissingItemTopic: a plan item whose topic is not in its pack is reported
// with the pack's file, in each of the pack's languages.
func TestLintNamesAMissingItemTopic(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "..", "assets", "content"))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "cn", "interview.toml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, bytes.Replace(data, []byte(`topic = "what-is-plea-leniency"`), []byte(`topic = "no-such-topic"`), 1), 0o644)
	code, out, _ := runCLI(t, t.TempDir(), "content", "lint", dir)
	for _, lang := range []string{"zh-Hans", "en"} {
		want := `/cn/interview.toml: item "`
		tail := `topic "no-such-topic" is not a topic of pack cn in ` + lang
		if code != 1 || !strings.Contains(out, want) || !strings.Contains(out, tail) {
			t.Errorf("exit %d, output:\n%s\nwant %s…%s", code, out, want, tail)
		}
	}
}
