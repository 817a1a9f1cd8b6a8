package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

const xxCircumstances = `
warning_topic = "withdraw"

[texts]
facts = "Facts ([Art. 15](src:cpl-15))."
caption = "Caption ([Art. 15](src:cpl-15))."
not-shown = "Not shown ([Art. 15](src:cpl-15))."
minimum = "Minimum ([Art. 15](src:cpl-15))."
views = "Views ([Art. 15](src:cpl-15))."
within-plea = "Within ([Art. 15](src:cpl-15))."
excluded = "Excluded ([Art. 15](src:cpl-15))."
several-first = "Several ([Art. 15](src:cpl-15))."
unchecked = "Unchecked."
no-band = "No band."
unchecked-band = "Not checked."
band-up-to = "up to {max} %"
band-range = "{min} % to {max} %"
warning = "Careful."

[[check]]
id = "lawyer-present"
text = "Lawyer."
topic = "plea"
[[check]]
id = "read-every-line"
text = "Read."
topic = "plea"
[[check]]
id = "facts-admitted"
text = "Facts."
topic = "plea"
[[check]]
id = "recommendation-discussed"
text = "Discussed."
topic = "withdraw"
[[check]]
id = "withdrawal-cost"
text = "Cost."
topic = "withdraw"
[[check]]
id = "recorded"
text = "Recorded."
topic = "withdraw"
[[crime]]
id = "plea"
name = "A crime"
covered = true

[[circumstance]]
id = "own-will"
name = "Own will"
explanation = "It counts ([Art. 15](src:cpl-15))."
term = "leniency"
topic = "plea"
shows = ["a paper"]
direction = "down"
guidance = true
band = [0, 30]
source = "cpl-15"
`

func withCircumstances(edit func(en string) string) fstest.MapFS {
	fsys := validPack()
	fsys["cn/zh-Hans/circumstances.toml"] = &fstest.MapFile{Data: []byte(xxCircumstances)}
	fsys["cn/en/circumstances.toml"] = &fstest.MapFile{Data: []byte(edit(xxCircumstances))}
	return fsys
}

func TestCircumstancesValid(t *testing.T) {
	fsys := withCircumstances(func(s string) string { return s })
	packs, problems := Load(fsys)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	sets, problems := Circumstances(fsys, packs[0])
	if len(problems) > 0 || sets["en"] == nil || sets["en"].Circumstance("own-will").Band.Max != 30 {
		t.Fatalf("sets %v, problems %v", sets, problems)
	}
}

func TestCircumstancesProblems(t *testing.T) {
	tests := []struct {
		name, edit, with, want string
	}{
		{"unknown term", `term = "leniency"`, `term = "mercy"`, `unknown glossary term "mercy"`},
		{"band too wide", `band = [0, 30]`, `band = [0, 100]`, "band [0 100] must be"},
		{"band upside down", `band = [0, 30]`, `band = [40, 30]`, "band [40 30] must be"},
		{"rules differ between languages", `band = [0, 30]`, `band = [0, 20]`, `circumstance "own-will": direction=down guidance=true band=0-20`},
		{"no source cited", `It counts ([Art. 15](src:cpl-15)).`, `It counts.`, "explanation cites no source"},
		{"unknown source", `source = "cpl-15"`, `source = "cpl-99"`, `unknown source "cpl-99"`},
		{"bad direction", `direction = "down"`, `direction = "sideways"`, `direction must be "down" or "up"`},
		{"nothing shows it", `shows = ["a paper"]`, `shows = []`, "says nothing about what shows it"},
		{"crime is no topic", `id = "plea"`, `id = "robbery"`, `crime "robbery" is not a topic`},
		{"band without guidance", `guidance = true`, `guidance = false`, "has a band but guidance = false"},
		{"unknown not_with", `source = "cpl-15"`, "source = \"cpl-15\"\nnot_with = [\"luck\"]", `not_with names unknown circumstance "luck"`},
		{"checklist not a checklist", `[texts]`, "checklist_topic = \"plea\"\n[texts]", `topic "plea" is not a checklist`},
		{"text missing", `views = "Views ([Art. 15](src:cpl-15))."`, "", "texts.views is missing"},
		{"text without source", `views = "Views ([Art. 15](src:cpl-15))."`, `views = "Views."`, "texts.views cites no source"},
		{"band text without max", `band-up-to = "up to {max} %"`, `band-up-to = "up to 30 %"`, "texts.band-up-to must hold {max}"},
		{"check missing", `id = "recorded"`, `id = "prayed"`, `check "recorded" is missing`},
		{"unknown check", `id = "recorded"`, `id = "prayed"`, `check "prayed" is not a check before signing`},
		{"check topic unknown", `topic = "withdraw"
[[check]]
id = "withdrawal-cost"`, `topic = "nowhere"
[[check]]
id = "withdrawal-cost"`, `check "recommendation-discussed": topic "nowhere"`},
		{"unknown field", `shows = ["a paper"]`, "shows = [\"a paper\"]\nweight = 3", `unknown field "circumstance.weight"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := withCircumstances(func(s string) string {
				if !strings.Contains(s, tt.edit) {
					t.Fatalf("testdata has no %q", tt.edit)
				}
				return strings.Replace(s, tt.edit, tt.with, 1)
			})
			_, problems := Load(fsys)
			var all []string
			for _, p := range problems {
				all = append(all, p.String())
			}
			if !strings.Contains(strings.Join(all, "\n"), tt.want) {
				t.Errorf("want a problem with %q, got %v", tt.want, all)
			}
		})
	}
}

func TestCircumstancesMissingInOneLanguage(t *testing.T) {
	fsys := validPack()
	fsys["cn/en/circumstances.toml"] = &fstest.MapFile{Data: []byte(xxCircumstances)}
	_, problems := Load(fsys)
	if len(problems) != 1 || problems[0].File != "cn/zh-Hans/circumstances.toml" {
		t.Fatalf("problems = %v", problems)
	}
}

// TestShippedBandsMatchFactSheet pins the cn pack's bands to the fact sheet's A11 table
// (SG 2021 Part III, [S], item numbers settled) so that a band cannot change, or appear
// for a circumstance the table does not cover, without this test changing too.
func TestShippedBandsMatchFactSheet(t *testing.T) {
	packs, problems := Load(assets.Content())
	if len(problems) > 0 {
		t.Fatalf("content problems: %v", problems[0])
	}
	var cn guidance.Pack
	for _, p := range packs {
		if p.ID == "cn" {
			cn = p
		}
	}
	sets, problems := Circumstances(assets.Content(), cn)
	if len(problems) > 0 || len(sets) != len(cn.Languages) {
		t.Fatalf("sets for %d languages, problems %v", len(sets), problems)
	}
	want := map[string]prepare.Band{ // A11 table
		"plea":                     {Min: 0, Max: 30}, // (十四), 60 % with the five named
		"surrender":                {Min: 0, Max: 40}, // (六)
		"confession":               {Min: 0, Max: 20}, // (七) 1
		"confession-other-crime":   {Min: 10, Max: 30},
		"confession-averted-harm":  {Min: 30, Max: 50},
		"court-admission":          {Min: 0, Max: 10}, // (八)
		"compensation-forgiveness": {Min: 0, Max: 40}, // (十一)
		"compensation-only":        {Min: 0, Max: 30},
		"forgiveness-only":         {Min: 0, Max: 20},
		"criminal-settlement":      {Min: 0, Max: 50}, // (十二)
		"custody-conduct":          {Min: 0, Max: 10}, // (十三)
	}
	// (十四): the circumstances that lift the plea cap to 60 % (major confession is not a
	// circumstance of its own here) and those not evaluated twice with the plea
	lifts := []string{"surrender", "return-of-gains", "compensation-forgiveness", "criminal-settlement"}
	overlaps := []string{"surrender", "confession", "confession-other-crime", "confession-averted-harm",
		"court-admission", "return-of-gains", "compensation-forgiveness", "compensation-only",
		"forgiveness-only", "criminal-settlement", "custody-conduct"}
	for lang, s := range sets {
		for _, c := range s.Circumstances {
			w, banded := want[c.ID]
			switch {
			case banded && (c.Band == nil || *c.Band != w):
				t.Errorf("%s %s: band %v, want %v", lang, c.ID, c.Band, w)
			case !banded && c.Band != nil:
				t.Errorf("%s %s: band %v, but the fact sheet settles none", lang, c.ID, *c.Band)
			}
			if c.Band != nil && !strings.HasPrefix(c.Source, "sg-2021-") {
				t.Errorf("%s %s: band from %s, not the 2021 guidance", lang, c.ID, c.Source)
			}
			if got := contains(lifts, c.ID); c.LiftsCap != got {
				t.Errorf("%s %s: lifts_cap %t", lang, c.ID, c.LiftsCap)
			}
			if got := contains(overlaps, c.ID); c.Overlaps != got {
				t.Errorf("%s %s: overlaps %t", lang, c.ID, c.Overlaps)
			}
		}
		if p := s.Circumstance("plea"); p == nil || p.LiftedMax != 60 {
			t.Errorf("%s: the plea's lifted cap is not 60", lang)
		}
	}
}
