package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleaguide/pleaguide/guidance"
)

// langPacks are tiny correct packs in every content language (testdata/langs): us (en,
// zh-Hans), de (de, en) and tw (zh-Hant, en), with IDs that start with the pack id, as the
// real packs must. Each call returns a fresh copy.
func langPacks() fstest.MapFS {
	fsys := fstest.MapFS{}
	root := filepath.Join("testdata", "langs")
	err := fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(root, p))
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		panic(err)
	}
	return fsys
}

func TestLoadLanguagePacks(t *testing.T) {
	packs, problems := Load(langPacks())
	if len(problems) > 0 {
		t.Fatalf("language packs have problems: %v", problems)
	}
	want := map[string][]guidance.Lang{
		"de": {guidance.LangDe, guidance.LangEn},
		"tw": {guidance.LangZhHant, guidance.LangEn},
		"us": {guidance.LangEn, guidance.LangZhHans},
	}
	if len(packs) != len(want) {
		t.Fatalf("got %d packs, want %d", len(packs), len(want))
	}
	for _, p := range packs {
		if got := p.Languages; len(got) != 2 || got[0] != want[p.ID][0] || got[1] != want[p.ID][1] {
			t.Errorf("pack %s languages = %v, want %v", p.ID, got, want[p.ID])
		}
		if len(p.Topics) != 2 || len(p.Terms) != 2 || len(p.Questions) != 2 {
			t.Errorf("pack %s: %d topics, %d terms, %d questions; want 2 of each", p.ID, len(p.Topics), len(p.Terms), len(p.Questions))
		}
	}
}

// TestLanguageGates breaks the language packs in one place each and checks that lint says
// so, with the file and line.
func TestLanguageGates(t *testing.T) {
	const deTopic, twTopic = "de/de/topics/de-verstaendigung.md", "tw/zh-Hant/topics/tw-negotiation.md"
	tests := []struct {
		name string
		file string
		edit func(string) string
		want string // a problem starting with this "file:line: message" prefix
	}{
		{"German too hard to read", deTopic,
			func(s string) string {
				hard := "Die verfahrensbeendigende Absprache berücksichtigt regelmäßig gesetzesübergreifende Strafzumessungsgesichtspunkte. "
				return strings.Replace(s, "Ein Geständnis soll dazugehören.", strings.Repeat(hard, 4), 1)
			},
			deTopic + ":10: reading ease"},
		{"German sentence too long", deTopic,
			func(s string) string {
				return strings.Replace(s, "Ein Geständnis soll dazugehören.",
					"Ein Geständnis soll dazugehören"+strings.Repeat(" und noch mehr", 8)+".", 1)
			},
			deTopic + ":10: sentence of 28 words (at most 25)"},
		{"German abbreviations do not split sentences", deTopic,
			func(s string) string {
				return strings.Replace(s, "Ein Geständnis soll dazugehören.",
					"Ein Geständnis soll z. B. nach Nr. 3 bzw. Abs. 2 dazugehören und das gilt auch am 1. Januar für jeden Fall hier vor dem Gericht.", 1)
			},
			deTopic + ":10: sentence of 26 words (at most 25)"},
		{"Traditional Chinese sentence too long", twTopic,
			func(s string) string {
				return strings.Replace(s, "可以談被告願意接受的刑度。", "可以談被告願意接受的刑度"+strings.Repeat("還有其他的事情", 8)+"。", 1)
			},
			twTopic + ":10: sentence of 68 characters (at most 60)"},
		{"Traditional Chinese sentences too long on average", twTopic,
			func(s string) string {
				long := "檢察官和被告可以慢慢地談被告願意接受的刑度和其他的事情，談好以後再一起去請法院判決。" // 40 characters
				return strings.Replace(s, "由檢察官和被告談。可以談被告願意接受的刑度。", "由檢察官和被告談。"+strings.Repeat(long, 8), 1)
			},
			twTopic + ":10: sentences average"},
		{"unprefixed topic id", "de/en/topics/de-verstaendigung.md", nil, ""},
		{"unprefixed term id", "tw/en/glossary.toml",
			func(s string) string {
				return s + "\n[[term]]\nid = \"confession\"\nterm = \"confession\"\ndefinition = \"Saying you did it.\"\ntopic = \"tw-negotiation\"\n"
			},
			`tw/en/glossary.toml:9: term id "confession" must start with "tw-"`},
		{"unprefixed question id", "us/en/questions.toml",
			func(s string) string { return strings.Replace(s, `id = "us-q-talks"`, `id = "q-talks"`, 1) },
			`us/en/questions.toml:2: question id "q-talks" must start with "us-"`},
		{"unprefixed source id", "de/sources.toml",
			func(s string) string {
				s = strings.Replace(s, `id = "de-stpo-257c-2"`, `id = "stpo-257c-2"`, 1)
				return s
			},
			`de/sources.toml:7: source id "stpo-257c-2" must start with "de-"`},
		{"source id used by two packs", "tw/sources.toml",
			func(s string) string {
				return strings.Replace(s, `[[source]]`, "[[source]]\nid = \"us-fre-410\"\ninstrument = \"cpc\"\narticle = \"1\"\nchecked = 2026-12-01\n\n[[source]]", 1)
			},
			`us/sources.toml:6: source id "us-fre-410" is already used in pack tw`},
		{"unknown language", "de/pack.toml",
			func(s string) string {
				return strings.Replace(s, `languages = ["de", "en"]`, `languages = ["de", "fr"]`, 1)
			},
			`de/pack.toml:2: language "fr" is not a content language (one of zh-Hans, en, zh-Hant, de)`},
		{"unknown provision", "de/sources.toml",
			func(s string) string {
				return strings.Replace(s, `provision = "section"`, `provision = "paragraph"`, 1)
			},
			`de/sources.toml:1: instrument "stpo": provision "paragraph" is none of article, section (§) and rule`},
		{"German parity", "de/de/questions.toml", nil,
			`de/en/questions.toml:2: question "de-q-confession" exists in en but not in de`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := langPacks()
			want := tt.want
			if tt.name == "unprefixed topic id" {
				// rename the topic in both languages, file and id, so only the prefix is wrong
				for _, lang := range []string{"de", "en"} {
					old := "de/" + lang + "/topics/de-verstaendigung.md"
					data := strings.ReplaceAll(string(fsys[old].Data), `id = "de-verstaendigung"`, `id = "verstaendigung"`)
					delete(fsys, old)
					fsys["de/"+lang+"/topics/verstaendigung.md"] = &fstest.MapFile{Data: []byte(data)}
					for _, g := range []string{"glossary.toml", "questions.toml"} {
						f := "de/" + lang + "/" + g
						fsys[f].Data = []byte(strings.ReplaceAll(string(fsys[f].Data), `topic = "de-verstaendigung"`, `topic = "verstaendigung"`))
					}
				}
				want = `de/de/topics/verstaendigung.md:2: topic id "verstaendigung" must start with "de-"`
			} else if tt.edit == nil {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file].Data = []byte(tt.edit(string(fsys[tt.file].Data)))
			}
			_, problems := Load(fsys)
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
				if strings.HasPrefix(p.String(), want) {
					return
				}
			}
			t.Errorf("no problem starts with\n  %s\ngot:\n  %s", want, strings.Join(got, "\n  "))
		})
	}
}

// TestCitationAcrossPacks: a topic may cite a source another pack defines (source IDs are
// shared by all packs), when that pack's instrument has a name in the topic's language;
// a source in no pack is refused.
func TestCitationAcrossPacks(t *testing.T) {
	const enTopic, hantTopic = "tw/en/topics/tw-negotiation.md", "tw/zh-Hant/topics/tw-negotiation.md"
	cite := func(fsys fstest.MapFS, file, link string) {
		data := string(fsys[file].Data)
		fsys[file] = &fstest.MapFile{Data: []byte(data + "\n" + link + "\n")}
	}
	t.Run("in a language the instrument is named in", func(t *testing.T) {
		fsys := langPacks()
		cite(fsys, enTopic, "US law says otherwise ([FRE 410](src:us-fre-410)).")
		packs, problems := Load(fsys)
		if len(problems) > 0 {
			t.Fatalf("problems: %v", problems)
		}
		for _, p := range packs {
			for _, tp := range p.Topics {
				if tp.ID == "tw-negotiation" && tp.Lang == guidance.LangEn && !slices.Contains(tp.Sources, "us-fre-410") {
					t.Errorf("the English topic's sources %v lack us-fre-410 of pack us", tp.Sources)
				}
			}
		}
	})
	t.Run("in a language it has no name in", func(t *testing.T) {
		fsys := langPacks()
		cite(fsys, hantTopic, "美國的法律不同（[規則410](src:us-fre-410)）。")
		_, problems := Load(fsys)
		want := `citation of source "us-fre-410" of pack us, whose instrument has no name in zh-Hant`
		if !hasProblem(problems, hantTopic, want) {
			t.Errorf("no %q; got %v", want, problems)
		}
	})
	t.Run("in a language its jurisdiction has no name in", func(t *testing.T) {
		fsys := langPacks()
		pack := strings.Replace(string(fsys["us/pack.toml"].Data), `en = "United States", `, "", 1)
		fsys["us/pack.toml"] = &fstest.MapFile{Data: []byte(pack)}
		cite(fsys, enTopic, "US law says otherwise ([FRE 410](src:us-fre-410)).")
		_, problems := Load(fsys)
		want := `citation of source "us-fre-410" of pack us, whose pack.toml [jurisdiction] has no name in en`
		if !hasProblem(problems, enTopic, want) {
			t.Errorf("no %q; got %v", want, problems)
		}
	})
	t.Run("in no pack", func(t *testing.T) {
		fsys := langPacks()
		cite(fsys, enTopic, "Elsewhere it differs ([Rule 1](src:us-rule-1)).")
		_, problems := Load(fsys)
		if want := `citation of unknown source "us-rule-1"`; !hasProblem(problems, enTopic, want) {
			t.Errorf("no %q; got %v", want, problems)
		}
	})
}
