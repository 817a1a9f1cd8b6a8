package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// shape replaces every value of decoded JSON by its type and keeps one element of each
// array, after checking that all elements have the same shape: the golden file then pins
// the keys and types `pleaguide compare --json` promises, not the wording of the content.
func shape(t *testing.T, v any, at string) any {
	t.Helper()
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			out[k] = shape(t, e, at+"."+k)
		}
		return out
	case []any:
		if len(x) == 0 {
			return []any{}
		}
		first := shape(t, x[0], at+"[0]")
		fa, _ := json.Marshal(first)
		for i, e := range x[1:] {
			if b, _ := json.Marshal(shape(t, e, fmt.Sprintf("%s[%d]", at, i+1))); string(b) != string(fa) {
				// an optional key may be missing in some elements: keep the widest
				if len(b) > len(fa) {
					first, fa = shape(t, e, at), b
				}
			}
		}
		return []any{first}
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "bool"
	case nil:
		return "null"
	}
	t.Fatalf("%s: unexpected JSON value %T", at, v)
	return nil
}

func TestCompareJSONShape(t *testing.T) {
	code, out, errs := runCLI(t, t.TempDir(), "compare", "--json", "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	got, _ := json.MarshalIndent(shape(t, v, "$"), "", "  ")
	golden := filepath.Join("testdata", "compare-shape.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("JSON shape changed (go test -run TestCompareJSONShape -update to accept):\n%s", got)
	}
}

func TestCompareJSONContent(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "en", "zh-Hant", "de"} {
		code, out, errs := runCLI(t, t.TempDir(), "compare", "--json", "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, errs)
		}
		var table compareJSON
		if err := json.Unmarshal([]byte(out), &table); err != nil {
			t.Fatal(err)
		}
		if table.Lang != lang || len(table.Jurisdictions) != 4 || len(table.Rows) != 14 {
			t.Fatalf("%s: lang %q, %d columns, %d rows; want 4 and 14", lang, table.Lang, len(table.Jurisdictions), len(table.Rows))
		}
		for _, r := range table.Rows {
			if r.ID == "" || r.Question == "" || r.ForYou.Text == "" || len(r.ForYou.Sources) == 0 || len(r.Cells) != 4 {
				t.Errorf("%s: row %+v incomplete", lang, r)
			}
			for _, c := range r.Cells {
				if c.Text == "" || len(c.Sources) == 0 || c.Sources[0].Citation == "" || c.Sources[0].Checked == "" {
					t.Errorf("%s: row %s, cell %s incomplete: %+v", lang, r.ID, c.Jurisdiction, c)
				}
			}
		}
	}
}

func TestCompareText(t *testing.T) {
	code, out, errs := runCLI(t, t.TempDir(), "compare", "--lang", "en", "--only", "tw,cn")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"1. Who negotiates?", "Mainland China: The procuratorate hears you",
		"Sources: PRC Criminal Procedure Law, Art. 173 para 2 (checked 2026-11-25)",
		"What this means for you in mainland China: ", "not legal advice",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "   Germany: ") || strings.Index(out, "   Mainland China: ") > strings.Index(out, "   Taiwan: ") {
		t.Error("--only tw,cn: want cn then tw, in table order, and no other column")
	}
}

// TestCompareTraditional: in 繁體中文 the mainland pack's citations are in Traditional
// characters, converted when content.db was built, as the library shows them.
func TestCompareTraditional(t *testing.T) {
	code, out, errs := runCLI(t, t.TempDir(), "compare", "--lang", "zh-Hant", "--only", "cn,tw")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "依據：《中華人民共和國刑事訴訟法》第173條第2項（核對於2026-11-25）"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}
	for _, hans := range []string{"刑事诉讼法", "核对"} {
		if strings.Contains(out, hans) {
			t.Errorf("zh-Hant output has the Simplified %q", hans)
		}
	}
}

func TestCompareBadFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--lang", "fr"}, "--lang"},
		{[]string{"--only", "cn,xx"}, "--only"},
		{[]string{"--colour"}, "-colour"},
		{[]string{"extra"}, "no arguments"},
	} {
		code, _, errs := runCLI(t, t.TempDir(), append([]string{"compare"}, tt.args...)...)
		if code != exitUsage || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 naming %s", tt.args, code, errs, tt.want)
		}
	}
}
