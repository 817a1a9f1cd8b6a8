package hant

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
)

// builtIn is the content the app ships (assets/content), read from the source tree.
func builtIn(tb testing.TB) fs.FS {
	tb.Helper()
	return os.DirFS(filepath.Join("..", "..", "assets", "content"))
}

// TestConvertedMainlandPackPassesLint converts the real mainland pack and runs every
// content check on the result: the Traditional text must meet the zh-Hant gates, keep
// every link, and have the same topics, terms and questions as the Simplified text.
func TestConvertedMainlandPackPassesLint(t *testing.T) {
	fsys, converted, err := Overlay(builtIn(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(converted, " "), "cn") {
		t.Fatalf("converted packs = %v, want cn among them", converted)
	}
	packs, problems := content.Load(fsys)
	for _, p := range problems {
		t.Error(p)
	}
	for _, p := range packs {
		if p.ID != "cn" {
			continue
		}
		count := map[guidance.Lang]int{}
		for _, tp := range p.Topics {
			count[tp.Lang]++
		}
		if count[guidance.LangZhHant] == 0 || count[guidance.LangZhHant] != count[guidance.LangZhHans] {
			t.Errorf("topics: %d zh-Hant, %d zh-Hans; want the same, more than 0", count[guidance.LangZhHant], count[guidance.LangZhHans])
		}
		if p.Name[guidance.LangZhHant] != "中國大陸：認罪認罰從寬" {
			t.Errorf("pack name in zh-Hant = %q", p.Name[guidance.LangZhHant])
		}
		for _, tp := range p.Topics {
			if tp.Lang == guidance.LangZhHant && tp.ID == "plea-statement" && !strings.Contains(tp.Body, "具結書") {
				t.Errorf("plea-statement in zh-Hant does not say 具結書:\n%s", tp.Body)
			}
			if tp.Lang == guidance.LangZhHant && strings.Contains(tp.Body, "籤") {
				t.Errorf("%s in zh-Hant writes 籤 (a lot drawn) where the pack means 簽 (to sign); if it means a lot or a label, add the word to signFix", tp.ID)
			}
		}
	}
}

// TestConversionKeepsMainlandWords guards the choice of s2tw over s2twp: legal words of
// the mainland keep their wording, only the characters change.
func TestConversionKeepsMainlandWords(t *testing.T) {
	for in, want := range map[string]string{
		"速裁程序":        "速裁程序",        // s2twp: 速裁程式 (a computer program)
		"帮助信息网络犯罪活动罪": "幫助信息網絡犯罪活動罪", // s2twp: 幫助資訊網路犯罪活動罪
		"签了具结书也能反悔":   "簽了具結書也能反悔",
		"他发现了头发":      "他發現了頭髮", // one Simplified character, two Traditional ones
		"取保候审":        "取保候審",
		"《中华人民共和国刑事诉讼法》第174条第2款": "《中華人民共和國刑事訴訟法》第174條第2款",
	} {
		got, err := Convert(in)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Convert(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAddNames(t *testing.T) {
	in := "id = \"cn\"\nlanguages = [\"zh-Hans\", \"en\"]\n\n[name]\nzh-Hans = \"中国大陆\"\nen = \"Mainland\"\n\n" +
		"[[category]]\nname = { zh-Hans = \"签具结书\", en = \"Signing\" }\nlabel = { en = \"only English\" }\n"
	want := "id = \"cn\"\nlanguages = [\"zh-Hans\", \"zh-Hant\", \"en\"]\n\n[name]\nzh-Hans = \"中国大陆\"\nzh-Hant = \"中國大陸\"\nen = \"Mainland\"\n\n" +
		"[[category]]\nname = { zh-Hans = \"签具结书\", zh-Hant = \"簽具結書\", en = \"Signing\" }\nlabel = { en = \"only English\" }\n"
	got, err := addNames([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("addNames:\n%s\nwant:\n%s", got, want)
	}
}

func TestOverlayLeavesOtherPacksAlone(t *testing.T) {
	fsys, converted, err := Overlay(os.DirFS(filepath.Join("..", "content", "testdata", "langs")))
	if err != nil {
		t.Fatal(err)
	}
	// us is written in zh-Hans (converted); tw has zh-Hant of its own; de has no Chinese
	if strings.Join(converted, " ") != "us" {
		t.Errorf("converted = %v, want [us]", converted)
	}
	if _, err := fs.Stat(fsys, "de/zh-Hant"); err == nil {
		t.Error("de got a zh-Hant folder")
	}
	if _, problems := content.Load(fsys); len(problems) > 0 {
		t.Errorf("converted test packs fail lint: %v", problems)
	}
}

// BenchmarkOverlayBuiltIn is the import-time cost of the conversion: the converter's
// dictionaries once, then every Simplified file of the shipped packs.
func BenchmarkOverlayBuiltIn(b *testing.B) {
	src := builtIn(b)
	if _, err := Converter(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := Overlay(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConverterLoad is building the converter's dictionaries, paid once per import.
func BenchmarkConverterLoad(b *testing.B) {
	for b.Loop() {
		if _, err := newConverter(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConverterNeedsNoFiles builds the converter in an empty working folder with GOPATH
// pointing at an empty folder too: its configuration and dictionaries come from data
// embedded in the binary, not from the file system.
func TestConverterNeedsNoFiles(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("GOPATH", t.TempDir())
	cc, err := newConverter()
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := cc.Convert("认罪认罚"); got != "認罪認罰" {
		t.Errorf("converted %q", got)
	}
}
