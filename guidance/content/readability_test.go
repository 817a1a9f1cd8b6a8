package content

import (
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
