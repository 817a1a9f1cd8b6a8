package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeAnswers(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "answers.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// The documented examples run, in both content languages, and give the ranges docs/prepare.md
// shows.
func TestPrepareExamples(t *testing.T) {
	for _, tt := range []struct {
		file, lang string
		want       []string
	}{
		{"theft-zh.json", "zh-Hans", []string{"示意结果: 14.4 至 18.0 个月", "已经算在认罪认罚里", "这只是示意，不是预测", "注意: 回答“没有”的，先不要签", "第6条"}},
		{"theft-zh.json", "en", []string{"Illustrated result: 14.4 to 18.0 months", "not evaluated twice", "not a prediction", "Guiding Opinions on Applying the Plea Leniency System (2019), point 6"}},
		// 30 × (1 − 30 %) = 21 first; then the plea, with good custody conduct counted
		// within it: 21 × 0.7 = 14.7 to 21 × 0.8 = 16.8
		{"accomplice-en.json", "en", []string{"Accomplice (applied first): −30 %", "Illustrated result: 14.7 to 16.8 months", "lawyer's"}},
	} {
		code, out, errs := runCLI(t, t.TempDir(), "prepare", "--answers", filepath.Join("..", "..", "docs", "examples", "prepare", tt.file), "--lang", tt.lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.file, code, errs)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s (%s): output lacks %q", tt.file, tt.lang, w)
			}
		}
	}
}

func TestPrepareJSON(t *testing.T) {
	code, out, errs := runCLI(t, t.TempDir(), "prepare", "--answers", filepath.Join("..", "..", "docs", "examples", "prepare", "theft-zh.json"), "--lang", "en", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Illustration struct {
			Low, High float64
			PleaCap   int
			Caption   string `json:"caption"`
		} `json:"illustration"`
		Checks []struct {
			ID, Warning string
		} `json:"checks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if r.Illustration.Low != 14.4 || r.Illustration.High != 18 || r.Illustration.PleaCap != 60 || r.Illustration.Caption == "" {
		t.Errorf("illustration %+v", r.Illustration)
	}
	warned := 0
	for _, c := range r.Checks {
		if c.Warning != "" {
			warned++
		}
	}
	if len(r.Checks) != 6 || warned != 1 {
		t.Errorf("checks %+v", r.Checks)
	}
}

// Bad fields exit 2 and name the field.
func TestPrepareBadFields(t *testing.T) {
	for _, tt := range []struct{ body, field string }{
		{`{"facts": [{"text": "x", "stance": "maybe"}]}`, `"facts[0].stance"`},
		{`{"factz": []}`, `"factz"`},
		{`{"proposal": {"months": "eighteen"}}`, `"proposal.months"`},
		{`{"illustration": {"base_months": 0, "crime": "crime-theft"}}`, `"illustration.base_months"`},
		{`{"illustration": {"base_months": -3, "crime": "crime-theft"}}`, `"illustration.base_months"`},
		{`{"illustration": {"base_months": 9000, "crime": "crime-theft"}}`, `"illustration.base_months"`},
		{`{"illustration": {"base_months": 24, "crime": "crime-drink-driving"}}`, `"illustration.crime"`},
		{`{"illustration": {"base_months": 24, "crime": "crime-theft", "circumstances": [{"id": "plea", "low": 10, "high": 45}]}}`, `"illustration.circumstances[0].high"`},
		{`{"illustration": {"base_months": 24, "crime": "crime-theft", "circumstances": [{"id": "first-offence", "low": 5, "high": 5}]}}`, `"illustration.circumstances[0].id"`},
		{`{"illustration": {"base_months": 24, "crime": "crime-drugs-small", "circumstances": [{"id": "criminal-settlement", "low": 5, "high": 5}]}}`, `"illustration.circumstances[0].id"`},
		{`{"proposal": {"penalty": "fixed-term", "months": 48, "probation": true}}`, `"proposal.probation"`},
		{`{"checks": {"recorded": "perhaps"}}`, `"checks.recorded"`},
		{`not json`, `not JSON`},
	} {
		code, _, errs := runCLI(t, t.TempDir(), "prepare", "--answers", writeAnswers(t, tt.body), "--lang", "en")
		if code != exitUsage || !strings.Contains(errs, tt.field) {
			t.Errorf("%s: exit %d, stderr %q; want 2 naming %s", tt.body, code, errs, tt.field)
		}
	}
	if code, _, _ := runCLI(t, t.TempDir(), "prepare"); code != exitUsage {
		t.Errorf("no --answers: exit %d", code)
	}
}
