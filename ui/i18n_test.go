package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/locales"
)

// messageFile reads a go-i18n TOML file into ID → plural form → text.
func messageFile(t *testing.T, lang guidance.Lang) map[string]map[string]string {
	t.Helper()
	data, err := fs.ReadFile(locales.FS(), "active."+string(lang)+".toml")
	if err != nil {
		t.Fatalf("message file for %s: %v", lang, err)
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("parse %s: %v", lang, err)
	}
	out := map[string]map[string]string{}
	for id, v := range raw {
		switch m := v.(type) {
		case string:
			out[id] = map[string]string{"other": m}
		case map[string]any:
			out[id] = map[string]string{}
			for k, x := range m {
				if s, ok := x.(string); ok && k != "hash" && k != "description" {
					out[id][k] = s
				}
			}
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`{{\s*\.\w+\s*}}`)

func placeholders(s string) []string {
	p := placeholder.FindAllString(s, -1)
	slices.Sort(p)
	return p
}

// TestEveryMessageTranslated fails when any message is missing or empty in any of the
// four languages, or when a translation drops or invents a placeholder.
func TestEveryMessageTranslated(t *testing.T) {
	en := messageFile(t, guidance.LangEn)
	if len(en) < 40 {
		t.Fatalf("active.en.toml has only %d messages", len(en))
	}
	for _, lang := range guidance.UILanguages {
		msgs := messageFile(t, lang)
		for id, forms := range en {
			got := msgs[id]["other"]
			if strings.TrimSpace(got) == "" {
				t.Errorf("%s: message %s is missing", lang, id)
				continue
			}
			if !slices.Equal(placeholders(got), placeholders(forms["other"])) {
				t.Errorf("%s: message %s has placeholders %v, want %v", lang, id, placeholders(got), placeholders(forms["other"]))
			}
		}
		for id := range msgs {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: message %s is not in active.en.toml (stale?)", lang, id)
			}
		}
	}
}

// TestSourceMessagesExtracted fails when a message literal in ui/ is not in
// active.en.toml with the same text: run `make i18n-extract`.
func TestSourceMessagesExtracted(t *testing.T) {
	en := messageFile(t, guidance.LangEn)
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			sel, ok := lit.Type.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Message" {
				return true
			}
			fields := map[string]string{}
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key := kv.Key.(*ast.Ident).Name
				if bl, ok := kv.Value.(*ast.BasicLit); ok {
					fields[key], _ = strconv.Unquote(bl.Value)
				}
			}
			found++
			if got := en[fields["ID"]]["other"]; got != fields["Other"] {
				t.Errorf("%s: message %s is %q in active.en.toml, want %q; run make i18n-extract", fset.Position(lit.Pos()), fields["ID"], got, fields["Other"])
			}
			return true
		})
	}
	if found != len(en) {
		t.Errorf("ui/ defines %d messages, active.en.toml has %d; run make i18n-extract", found, len(en))
	}
}

// TestChineseUIUsesNi holds the Chinese interfaces to one form of address: 你, as the
// content uses (issue 10). The content keeps 您 only inside questions the reader asks the
// lawyer; no interface string is such a question.
func TestChineseUIUsesNi(t *testing.T) {
	for _, lang := range []guidance.Lang{guidance.LangZhHans, guidance.LangZhHant} {
		for id, forms := range messageFile(t, lang) {
			for form, s := range forms {
				if strings.Contains(s, "您") {
					t.Errorf("%s %s (%s) says 您, the interface says 你: %q", lang, id, form, s)
				}
			}
		}
	}
}
