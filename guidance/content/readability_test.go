package content

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

func TestMeasureTopic(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		lang      guidance.Lang
		sentences int
		longest   int
		gradeMax  float64
		gradeMin  float64
	}{
		{"simple English", "You can say no. The lawyer can help you. Ask the lawyer first.", "en", 3, 5, 2, -5},
		{"abbreviations do not end sentences", "Read Art. 15 of the law ([CPL Art. 15](src:cpl-15)). It is short.", "en", 2, 6, 8, -5},
		{"hard English", "Notwithstanding jurisdictional considerations, prosecutorial discretion necessitates comprehensive institutional deliberation.", "en", 1, 9, 60, 15},
		{"Chinese", "签了具结书也能反悔。但是反悔有后果！先问律师；律师会告诉你。", "zh-Hans", 4, 9, 0, 0},
		{"list items are sentences", "- one item\n- two items here\n", "en", 2, 3, 8, -10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MeasureTopic(tt.body, tt.lang)
			if r.Sentences != tt.sentences || r.Longest != tt.longest {
				t.Errorf("%d sentences, longest %d (%q); want %d, %d", r.Sentences, r.Longest, r.LongestAt, tt.sentences, tt.longest)
			}
			if tt.lang == "en" && (r.Grade > tt.gradeMax || r.Grade < tt.gradeMin) {
				t.Errorf("grade %.1f, want between %.1f and %.1f", r.Grade, tt.gradeMin, tt.gradeMax)
			}
		})
	}
}

func TestCountSyllablesDe(t *testing.T) {
	for w, want := range map[string]int{
		"die": 1, "Hund": 1, "Katze": 2, "Gericht": 2, "Anwalt": 2, "Geständnis": 3,
		"Verständigung": 4, "Staatsanwaltschaft": 4, "Strafprozessordnung": 5,
		"Verteidiger": 4, "Beschuldigte": 4, "Situation": 5, "Information": 5,
		"Bauer": 2, "Feuer": 2, "neue": 2, "Quelle": 2, "Idee": 2, "Beamte": 3,
		"Theater": 3, "aktuell": 3, "Zoo": 1, "Äußerung": 3, "Ober-": 2, "257c": 1,
	} {
		if got := countSyllablesDe(w); got != want {
			t.Errorf("countSyllablesDe(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestSplitGerman(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Das Gericht entscheidet. Sie dürfen schweigen.", 2},
		{"Das steht in § 257c Abs. 4 StPO. Danach darf das Gericht abweichen.", 2},
		{"Das gilt z. B. für den Deal. Fragen Sie nach.", 2},
		{"Das gilt z.B. für den Deal, d. h. für jede Absprache.", 1},
		{"Am 1. Januar beginnt die Frist. Sie endet am 3. und nicht später.", 2},
		{"Das Gericht prüft es nach Nr. 3 bzw. Nr. 4 der Regel. Dann entscheidet es!", 2},
		{"Was passiert dann? Das Gericht sagt es Ihnen vorher.", 2},
		{"Das regelt § 35. Danach wissen Sie mehr.", 2},
	}
	for _, tt := range tests {
		if got := splitGerman(tt.text); len(got) != tt.want {
			t.Errorf("splitGerman(%q) = %q, want %d sentences", tt.text, got, tt.want)
		}
	}
}

// TestAmstadEase checks the German formula, 180 − ASL − 58.5 × ASW, on sentences whose
// figures can be counted by hand.
func TestAmstadEase(t *testing.T) {
	tests := []struct {
		name string
		body string
		ease float64 // exact, to one decimal
	}{
		// 6 words, 2 sentences (ASL 3), 7 syllables: 180 − 3 − 58.5 × 7/6 = 108.75
		{"easy", "Der Hund bellt. Die Katze schläft.", 108.8},
		// 4 words, 1 sentence, Ver-stän-di-gung (4) Staats-an-walt-schaft (4) Straf-pro-zess-ord-nung (5)
		// Haupt-ver-hand-lung (4) = 17 syllables: 180 − 4 − 58.5 × 17/4 = −72.625
		{"compounds", "Verständigung Staatsanwaltschaft Strafprozessordnung Hauptverhandlung.", -72.6},
		// citations do not count: 3 words, Sie(1) dür-fen(2) schwei-gen(2) = 5: 180 − 3 − 97.5 = 79.5
		{"citations left out", "Sie dürfen schweigen ([§ 136 Abs. 1 StPO](src:de-stpo-136)).", 79.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MeasureTopic(tt.body, guidance.LangDe)
			if r.Ease != tt.ease {
				t.Errorf("ease %.2f, want %.1f (%+v)", r.Ease, tt.ease, r)
			}
			if r.Grade != 0 {
				t.Errorf("German text got an English grade %.1f", r.Grade)
			}
		})
	}
}

// TestTraditionalChineseSentences checks that Traditional Chinese is measured like
// Simplified: the same sentence ends, characters counted the same way.
func TestTraditionalChineseSentences(t *testing.T) {
	hans := MeasureTopic("签了具结书也能反悔。但是反悔有后果！先问律师；律师会告诉你。", guidance.LangZhHans)
	hant := MeasureTopic("簽了具結書也能反悔。但是反悔有後果！先問律師；律師會告訴你。", guidance.LangZhHant)
	if hans.Sentences != hant.Sentences || hans.Longest != hant.Longest || hans.Average != hant.Average {
		t.Errorf("zh-Hant %+v, zh-Hans %+v: want the same figures", hant, hans)
	}
	long := MeasureTopic(strings.Repeat("法院", 31)+"。", guidance.LangZhHant)
	if len(long.Over) != 1 {
		t.Errorf("a 62-character zh-Hant sentence: over = %q, want it listed", long.Over)
	}
}
