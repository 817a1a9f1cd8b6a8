package content

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// validPack is a small, correct two-language pack (testdata/cn) that tests break in one
// place each. Each call returns a fresh copy.
func validPack() fstest.MapFS {
	fsys := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata"), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join("testdata", p))
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		panic(err)
	}
	return fsys
}

func TestLoadValidPack(t *testing.T) {
	packs, problems := Load(validPack())
	if len(problems) > 0 {
		t.Fatalf("valid pack has problems: %v", problems)
	}
	if len(packs) != 1 {
		t.Fatalf("got %d packs, want 1", len(packs))
	}
	p := packs[0]
	if len(p.Topics) != 4 || len(p.Terms) != 2 || len(p.Questions) != 2 {
		t.Errorf("got %d topics, %d terms, %d questions; want 4, 2, 2", len(p.Topics), len(p.Terms), len(p.Questions))
	}
	for _, tp := range p.Topics {
		if len(tp.Sources) != 1 || tp.Sources[0] != "cpl-15" {
			t.Errorf("topic %s/%s sources = %v, want [cpl-15]", tp.Lang, tp.ID, tp.Sources)
		}
	}
	if got := p.Synonyms["en"]; len(got) != 1 || got[0][1] != "take back" {
		t.Errorf("synonyms = %v", got)
	}
	if got := p.Colloquial["en"]; len(got) != 1 || got[0].Means[0] != "take it back" || got[0].To[0] != "withdraw" {
		t.Errorf("colloquial = %+v", got)
	}
}

func TestLoadReportsProblems(t *testing.T) {
	tests := []struct {
		name string
		file string
		edit func(string) string
		want string // a problem starting with this "file:line: message" prefix
	}{
		{"unknown term link", "cn/en/topics/plea.md",
			func(s string) string { return strings.Replace(s, "term:leniency", "term:nope", 1) },
			`cn/en/topics/plea.md:10: link to unknown glossary term "nope"`},
		{"unknown topic link", "cn/en/topics/plea.md",
			func(s string) string { return strings.Replace(s, "topic:withdraw", "topic:gone", 1) },
			`cn/en/topics/plea.md:16: link to unknown topic "gone"`},
		{"unknown source", "cn/zh-Hans/topics/withdraw.md",
			func(s string) string { return strings.Replace(s, "src:cpl-15", "src:cpl-99", 1) },
			`cn/zh-Hans/topics/withdraw.md:10: citation of unknown source "cpl-99"`},
		{"no source cited", "cn/en/topics/withdraw.md",
			func(s string) string { return strings.Replace(s, "([Art. 15](src:cpl-15))", "", 1) },
			`cn/en/topics/withdraw.md:10: topic cites no source`},
		{"no checked date", "cn/en/topics/withdraw.md",
			func(s string) string { return strings.Replace(s, "checked = 2026-11-25\n", "", 1) },
			`cn/en/topics/withdraw.md:2: front matter has no last-checked date`},
		{"external link", "cn/en/topics/withdraw.md",
			func(s string) string { return s + "\n[web](https://example.org)\n" },
			`cn/en/topics/withdraw.md:12: link "https://example.org": only term:, topic: and src: links`},
		{"topic missing in one language", "cn/en/topics/withdraw.md", nil,
			`cn/zh-Hans/topics/withdraw.md:1: topic "withdraw" exists in zh-Hans but not in en`},
		{"term missing in one language", "cn/en/glossary.toml",
			func(s string) string { return strings.Replace(s, `id = "leniency"`, `id = "lenience"`, 1) },
			`cn/en/glossary.toml:2: term "lenience" exists in en but not in zh-Hans`},
		{"question tags differ", "cn/en/questions.toml",
			func(s string) string { return strings.Replace(s, `["signed"]`, `["minor"]`, 1) },
			`cn/en/questions.toml:2: question "q-withdraw": topic=withdraw stages=[review] situations=[minor] in en`},
		{"unknown stage", "cn/en/questions.toml",
			func(s string) string { return strings.Replace(s, `["review"]`, `["appeal"]`, 1) },
			`cn/en/questions.toml:2: question "q-withdraw": unknown stage "appeal"`},
		{"duplicate id across kinds", "cn/en/questions.toml",
			func(s string) string { return strings.ReplaceAll(s, `q-withdraw`, `leniency`) },
			`cn/en/questions.toml:2: id "leniency" is already used by a term`},
		{"bad toml", "cn/zh-Hans/glossary.toml",
			func(s string) string { return strings.Replace(s, `term = "从宽"`, `term = 从宽`, 1) },
			`cn/zh-Hans/glossary.toml:3:`},
		{"unknown field", "cn/en/glossary.toml",
			func(s string) string { return strings.Replace(s, "definition", "defintion", 1) },
			`cn/en/glossary.toml:5: unknown field "term.defintion"`},
		{"source without date", "cn/sources.toml",
			func(s string) string { return strings.Replace(s, "checked = 2026-11-25\n", "", 1) },
			`cn/sources.toml:6: source "cpl-15" has no last-checked date`},
		{"source with unknown instrument", "cn/sources.toml",
			func(s string) string { return strings.Replace(s, `instrument = "cpl"`, `instrument = "crl"`, 1) },
			`cn/sources.toml:6: source "cpl-15" names unknown instrument "crl"`},
		{"label repeats the instrument", "cn/sources.toml",
			func(s string) string {
				return strings.Replace(s, `article = "15"`, `article = "15"`+"\nlabel = { en = \"Procedure Law\" }", 1)
			},
			`cn/sources.toml:6: source "cpl-15": its en label "Procedure Law" repeats its instrument's name`},
		{"no front matter", "cn/en/topics/withdraw.md",
			func(s string) string { return strings.TrimPrefix(s, "+++\n") },
			`cn/en/topics/withdraw.md:1: topic must start with a +++ line`},
		{"id does not match file", "cn/en/topics/withdraw.md",
			func(s string) string { return strings.Replace(s, `id = "withdraw"`, `id = "withdrawal"`, 1) },
			`cn/en/topics/withdraw.md:2: topic id "withdrawal" must match the file name "withdraw"`},
		{"section without a source", "cn/en/topics/plea.md",
			func(s string) string { return strings.Replace(s, "<!-- no law -->", "The law says so.", 1) },
			`cn/en/topics/plea.md:12: section "Withdrawing" cites no source`},
		{"term used before it is linked", "cn/en/topics/plea.md",
			func(s string) string { return strings.Replace(s, "You *may*", "Leniency is not sure. You *may*", 1) },
			`cn/en/topics/plea.md:10: glossary term "leniency" is used ("Leniency is not "…) before it is linked`},
		{"term in a heading needs no link", "cn/en/topics/withdraw.md",
			func(s string) string {
				return s + "\n## Leniency\n\n<!-- no law -->\n\nSee [leniency](term:leniency).\n"
			},
			`NO PROBLEM`},
		{"English sentence too long", "cn/en/topics/withdraw.md",
			func(s string) string {
				return strings.Replace(s, "You can take it back", "You can take it back "+strings.Repeat("and then some more ", 6), 1)
			},
			`cn/en/topics/withdraw.md:10: sentence of 29 words (at most 25)`},
		{"Chinese sentence too long", "cn/zh-Hans/topics/withdraw.md",
			func(s string) string {
				return strings.Replace(s, "可以反悔", "可以反悔"+strings.Repeat("就是这样的", 12), 1)
			},
			`cn/zh-Hans/topics/withdraw.md:10: sentence of 64 characters (at most 60)`},
		{"English too hard to read", "cn/en/topics/withdraw.md",
			func(s string) string {
				return strings.Replace(s, "You can take it back", "Notwithstanding procedural considerations, institutional deliberation necessitates comprehensive documentation", 1)
			},
			`cn/en/topics/withdraw.md:10: reading grade`},
		{"term without topic", "cn/en/glossary.toml",
			func(s string) string { return strings.Replace(s, `topic = "plea"`, ``, 1) },
			`cn/en/glossary.toml:2: term "leniency" names no topic`},
		{"question without situation", "cn/en/questions.toml",
			func(s string) string { return strings.Replace(s, `situations = ["signed"]`, ``, 1) },
			`cn/en/questions.toml:2: question "q-withdraw" needs at least one stage and one situation`},
		{"colloquial word to nowhere", "cn/en/colloquial.toml",
			func(s string) string { return strings.Replace(s, `to = ["withdraw"]`, `to = ["withdrawing"]`, 1) },
			`cn/en/colloquial.toml:2: colloquial "change my mind" points to "withdrawing", which is no glossary term or topic in en`},
		{"colloquial word meaning nothing in the content", "cn/en/colloquial.toml",
			func(s string) string { return strings.Replace(s, `"take it back"`, `"rescind"`, 1) },
			`cn/en/colloquial.toml:2: colloquial "change my mind" means "rescind", which no en topic or term uses`},
		{"colloquial word without a target", "cn/en/colloquial.toml",
			func(s string) string { return strings.Replace(s, `to = ["withdraw"]`, ``, 1) },
			`cn/en/colloquial.toml:2: colloquial "change my mind" needs to = [`},
		{"bad id", "cn/en/glossary.toml",
			func(s string) string { return strings.ReplaceAll(s, `leniency"`, `Leniency"`) },
			`cn/en/glossary.toml:2: term id "Leniency" is not lowercase words joined by -`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validPack()
			if tt.edit == nil {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file].Data = []byte(tt.edit(string(fsys[tt.file].Data)))
			}
			_, problems := Load(fsys)
			if tt.want == "NO PROBLEM" {
				if len(problems) > 0 {
					t.Errorf("unexpected problems: %v", problems)
				}
				return
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
				if strings.HasPrefix(p.String(), tt.want) {
					return
				}
			}
			t.Errorf("no problem starts with\n  %s\ngot:\n  %s", tt.want, strings.Join(got, "\n  "))
		})
	}
}

func TestLoadCheckedFailsOnProblems(t *testing.T) {
	fsys := validPack()
	delete(fsys, "cn/en/glossary.toml")
	_, err := LoadChecked(fsys)
	var cerr *Error
	if !errors.As(err, &cerr) || len(cerr.Problems) == 0 {
		t.Fatalf("LoadChecked error = %v, want *content.Error with problems", err)
	}
}

func TestHashChangesWithContent(t *testing.T) {
	fsys := validPack()
	h1, err := Hash(fsys)
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := Hash(fsys)
	if h1 != h2 {
		t.Fatal("hash is not stable")
	}
	fsys["cn/en/glossary.toml"].Data = append(fsys["cn/en/glossary.toml"].Data, ' ')
	if h3, _ := Hash(fsys); h3 == h1 {
		t.Fatal("hash did not change when a file changed")
	}
}

// TestHashKeepsItsFormat pins what is hashed (each file's path, NUL, its bytes, NUL, in
// walk order): a new format would rebuild every user's content.db at the next start, and a
// file larger than a copy buffer must be hashed whole.
func TestHashKeepsItsFormat(t *testing.T) {
	big := strings.Repeat("长文本 long text\n", 5000) // several copy buffers
	fsys := fstest.MapFS{
		"cn/pack.toml":      {Data: []byte("id = \"cn\"\n")},
		"cn/en/topics.toml": {Data: []byte(big)},
	}
	want := sha256.Sum256([]byte("cn/en/topics.toml\x00" + big + "\x00cn/pack.toml\x00id = \"cn\"\n\x00"))
	got, err := Hash(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got != hex.EncodeToString(want[:]) {
		t.Errorf("Hash = %s, want %x", got, want)
	}
}

func TestPlainText(t *testing.T) {
	got := PlainText("## Heading\n\nSome *very* [linked](term:x) text.\n\n- one\n- two\n")
	want := "Heading\nSome very linked text.\none\ntwo"
	if got != want {
		t.Errorf("PlainText = %q, want %q", got, want)
	}
}

func FuzzParseTopic(f *testing.F) {
	for name, file := range validPack() {
		if strings.HasSuffix(name, ".md") {
			f.Add(file.Data)
		}
	}
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("+++\nid = [\n+++\nbody"))
	f.Add([]byte("\xef\xbb\xbf+++\r\nid = \"a\"\r\n+++\r\n[x](term:"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tp, problems := ParseTopic("t.md", data)
		if tp.ID == "" && tp.Body != "" && len(problems) == 0 {
			t.Errorf("topic without id accepted without a problem")
		}
		for _, ln := range Links(tp.Body) {
			if ln.Line < 1 {
				t.Errorf("link %q has line %d", ln.Dest, ln.Line)
			}
		}
		_ = PlainText(tp.Body)
	})
}

func FuzzLoadGlossary(f *testing.F) {
	f.Add(validPack()["cn/en/glossary.toml"].Data)
	f.Add([]byte("[[term]]\nid = \"\"\n"))
	f.Add([]byte("[[term]]\nid = 3\n[term.x]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := validPack()
		fsys["cn/en/glossary.toml"].Data = data
		_, problems := Load(fsys)
		for _, p := range problems {
			if p.File == "" || p.Msg == "" {
				t.Errorf("problem without file or message: %+v", p)
			}
		}
	})
}
