package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
)

// The 14 questions issue 13 asks the table to answer, in its order.
var wantRows = []string{
	"who-negotiates", "what-can-be-agreed", "charge-bargaining", "written-agreement",
	"counsel-present", "judge-role", "court-bound", "reduction-size", "recording",
	"withdrawal", "appeal", "victim-role", "excluded-offences", "evidence-before-agreeing",
}

func TestBuiltInComparisonIsComplete(t *testing.T) {
	c, problems := ReadCompare(assets.Content())
	if len(problems) > 0 {
		t.Fatalf("the built-in comparison has problems: %v", problems)
	}
	if got := strings.Join(c.JurisdictionIDs(), ","); got != "cn,us,de,tw" {
		t.Errorf("columns = %s, want cn,us,de,tw", got)
	}
	if len(c.Rows) != len(wantRows) {
		t.Fatalf("%d rows, want %d", len(c.Rows), len(wantRows))
	}
	for i, r := range c.Rows {
		if r.ID != wantRows[i] {
			t.Errorf("row %d is %q, want %q", i, r.ID, wantRows[i])
		}
		for _, lang := range guidance.UILanguages {
			if r.Question[lang] == "" || r.ForYou.Text[lang] == "" {
				t.Errorf("row %s: question or for-you empty in %s", r.ID, lang)
			}
			for _, s := range r.ForYou.Sources {
				if s.Cite[lang].Text == "" {
					t.Errorf("row %s: for-you source %s has no citation in %s", r.ID, s.ID, lang)
				}
			}
		}
		for _, j := range c.JurisdictionIDs() {
			cell, ok := r.Cells[j]
			if !ok || len(cell.Sources) == 0 {
				t.Errorf("row %s: cell %s missing or unsourced", r.ID, j)
				continue
			}
			for _, lang := range guidance.UILanguages {
				if cell.Text[lang] == "" {
					t.Errorf("row %s, cell %s: empty in %s", r.ID, j, lang)
				}
				if cell.Sources[0].Cite[lang].Checked.IsZero() {
					t.Errorf("row %s, cell %s: citation in %s has no checked date", r.ID, j, lang)
				}
			}
		}
	}
	// the full load (lint and import) checks the same file
	if _, problems := Load(assets.Content()); len(problems) > 0 {
		t.Errorf("Load of the built-in content: %v", problems)
	}
}

func TestComparisonCitesInTheReadersLanguage(t *testing.T) {
	c, _ := ReadCompare(assets.Content())
	cell := c.Rows[0].Cells["cn"]
	cite := cell.Sources[0].Cite
	// the cn pack's files have no zh-Hant names: zh-Hant falls back to zh-Hans (the app
	// then takes the names converted into content.db, sqlite.Store.ConvertCompare); the
	// CPL has a German name, given for this table
	if !strings.Contains(cite[guidance.LangZhHant].Text, "刑事诉讼法") {
		t.Errorf("fallback citation in zh-Hant: %q", cite[guidance.LangZhHant].Text)
	}
	if got := cite[guidance.LangDe].Text; got != "Strafprozessgesetz der Volksrepublik China, Art. 173 Abs. 2" {
		t.Errorf("citation in de = %q", got)
	}
	// an instrument without a German name falls back to English
	found := false
	for _, r := range c.Rows {
		for _, s := range append(r.Cells["cn"].Sources, r.ForYou.Sources...) {
			if s.ID == "go-2019-29" {
				found = true
				if got := s.Cite[guidance.LangDe].Text; got != "Guiding Opinions on Applying the Plea Leniency System (2019), point 29" {
					t.Errorf("go-2019-29 in de = %q, want it in English", got)
				}
			}
		}
	}
	if !found {
		t.Error("the table no longer cites go-2019-29: pick another source without a German name")
	}
}

// compareFS is a valid pack (testdata) with a two-column table over cn and a compare-only
// pack xx; tests break it in one place each.
func compareFS() fstest.MapFS {
	fsys := validPack()
	fsys[CompareFile] = &fstest.MapFile{Data: []byte(`
[[jurisdiction]]
id = "cn"
name = { zh-Hans = "中国大陆", en = "Mainland China", zh-Hant = "中國大陸", de = "Festlandchina" }

[[jurisdiction]]
id = "xx"
name = { zh-Hans = "某地", en = "Somewhere", zh-Hant = "某地", de = "Irgendwo" }

[[row]]
id = "who-negotiates"

[row.question]
zh-Hans = "谁来谈？"
en = "Who negotiates?"
zh-Hant = "誰來談？"
de = "Wer verhandelt?"

[row.for-you]
sources = ["cn:cpl-15", "xx:xx-rule-1"]
zh-Hans = "问律师。"
en = "Ask the lawyer."
zh-Hant = "問律師。"
de = "Fragen Sie den Anwalt."

[row.cell.cn]
sources = ["cpl-15"]
topic = "plea"
zh-Hans = "检察院。"
en = "The procuratorate."
zh-Hant = "檢察院。"
de = "Die Staatsanwaltschaft."

[row.cell.xx]
sources = ["xx-rule-1"]
zh-Hans = "检察官。"
en = "The prosecutor."
zh-Hant = "檢察官。"
de = "Der Staatsanwalt."
`)}
	fsys["compare/sources-xx.toml"] = &fstest.MapFile{Data: []byte(`
[instrument.xx-code]
name = { en = "Code of Somewhere" }
version = 2024-01-01

[[source]]
id = "xx-rule-1"
instrument = "xx-code"
article = "1"
checked = 2026-12-01
`)}
	return fsys
}

func TestCompareValid(t *testing.T) {
	c, problems := ReadCompare(compareFS())
	if len(problems) > 0 {
		t.Fatalf("valid table has problems: %v", problems)
	}
	if len(c.Rows) != 1 || len(c.Rows[0].Cells) != 2 || len(c.Rows[0].ForYou.Sources) != 2 {
		t.Fatalf("table = %+v", c)
	}
	if got := c.Rows[0].Cells["xx"].Sources[0].Cite[guidance.LangZhHans].Text; got != "Code of Somewhere, Art. 1" {
		t.Errorf("compare-only citation in zh-Hans = %q, want the English fallback", got)
	}
	packs, problems := Load(compareFS())
	if len(problems) > 0 {
		t.Fatalf("Load: %v", problems)
	}
	if _, leaked := packs[0].Sources["xx-rule-1"]; leaked {
		t.Error("a compare-only source leaked into a pack")
	}
}

func TestCompareReportsProblems(t *testing.T) {
	tests := []struct {
		name, file, old, new, want string
	}{
		{"empty cell in one language", CompareFile, `de = "Der Staatsanwalt."`, `de = ""`, `cell xx is empty in de`},
		{"missing cell", CompareFile, "[row.cell.xx]", "[row.cell.yy]", `cell xx is missing`},
		{"unknown source", CompareFile, `sources = ["cpl-15"]`, `sources = ["cpl-99"]`, `source "cpl-99" is not in pack cn's sources`},
		{"no source", CompareFile, `sources = ["xx-rule-1"]`, `sources = []`, `cell xx cites no source`},
		{"unknown topic", CompareFile, `topic = "plea"`, `topic = "nope"`, `topic "nope" is not a topic of pack cn`},
		{"for-you source without pack", CompareFile, `"cn:cpl-15", `, `"cpl-15", `, `must be written pack:ID`},
		{"empty question", CompareFile, `zh-Hant = "誰來談？"`, `zh-Hant = " "`, `question is empty in zh-Hant`},
		{"too many sentences", CompareFile, `en = "The prosecutor."`, `en = "One. Two. Three."`, `has 3 sentences (at most 2)`},
		{"sentence too long", CompareFile, `en = "The procuratorate."`, `en = "` + strings.Repeat("word ", 26) + `."`, `sentence over the limit`},
		{"unknown field", CompareFile, `topic = "plea"`, `topik = "plea"`, `unknown field`},
		{"compare-only source of a real pack", "compare/sources-xx.toml", `id = "xx-rule-1"`, `id = "cpl-15"`, `must be lowercase words joined by - and start with "xx-"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := compareFS()
			data := string(fsys[tc.file].Data)
			if !strings.Contains(data, tc.old) {
				t.Fatalf("test setup: %q not in %s", tc.old, tc.file)
			}
			fsys[tc.file] = &fstest.MapFile{Data: []byte(strings.Replace(data, tc.old, tc.new, 1))}
			for _, load := range []func() []Problem{
				func() []Problem { _, p := ReadCompare(fsys); return p },
				func() []Problem { _, p := Load(fsys); return p },
			} {
				problems := load()
				found := false
				for _, p := range problems {
					if strings.Contains(p.String(), tc.want) {
						found = true
					}
				}
				if !found {
					t.Errorf("want a problem containing %q, got %v", tc.want, problems)
				}
			}
		})
	}
}

func TestCompareOnlySourceMustGoOnceThePackHasIt(t *testing.T) {
	fsys := compareFS()
	// a compare-only file for the real pack cn that repeats one of its sources
	fsys["compare/sources-cn.toml"] = &fstest.MapFile{Data: []byte(`
[[source]]
id = "cpl-15"
instrument = "cpl"
article = "15"
checked = 2026-12-01
`)}
	_, problems := ReadCompare(fsys)
	if len(problems) != 1 || !strings.Contains(problems[0].String(), `source "cpl-15" is defined by pack cn now: delete it here`) {
		t.Errorf("problems = %v", problems)
	}
}
