package sqlite

import (
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestSearchGermanAndTraditional asks the German and the Taiwan pack questions as a reader
// there types them (umlauts as ae, Simplified characters typed into the Traditional
// search, compounds): the topic that answers must be among the first three topics or
// passages found, for all but one question in each language.
func TestSearchGermanAndTraditional(t *testing.T) {
	s := realStore(t)
	tests := []struct {
		pack  string
		lang  guidance.Lang
		query string
		want  string
	}{
		{"de", guidance.LangDe, "Kann ich mein Geständnis zurücknehmen?", "de-withdrawal-and-statements"},
		{"de", guidance.LangDe, "Darf das Gericht mein Gestaendnis verwerten, wenn es abweicht?", "de-withdrawal-and-statements"},
		{"de", guidance.LangDe, "Kann ich gegen das Urteil Berufung einlegen?", "de-appeal"},
		{"de", guidance.LangDe, "Brauche ich einen Pflichtverteidiger?", "de-defence-lawyer"},
		{"de", guidance.LangDe, "Was macht der Richter bei einer Verständigung?", "de-judge-role"},
		{"de", guidance.LangDe, "Was darf bei einem Deal vereinbart werden?", "de-what-can-be-agreed"},
		{"de", guidance.LangDe, "Welche Fristen gibt es?", "de-time-limits"},
		{"de", guidance.LangDe, "Gestaendnisse", "de-withdrawal-and-statements"},
		{"de", guidance.LangDe, "Belehrungen", "de-withdrawal-and-statements"},
		{"de", guidance.LangDe, "Verteidigerpflicht", "de-defence-lawyer"},
		{"tw", guidance.LangZhHant, "協商判決可以上訴嗎", "tw-appeal"},
		{"tw", guidance.LangZhHant, "协商不成我说的话会被拿来用吗", "tw-withdrawal-and-statements"},
		{"tw", guidance.LangZhHant, "協商一定要有律師嗎", "tw-defence-lawyer"},
		{"tw", guidance.LangZhHant, "哪些罪不能協商", "tw-who-and-which-offences"},
		{"tw", guidance.LangZhHant, "協商的期限是多久", "tw-time-limits"},
		{"tw", guidance.LangZhHant, "法官會怎麼審查協商", "tw-judge-role"},
	}
	misses := map[guidance.Lang]int{}
	packs, err := s.Packs()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, p := range packs {
		have[p.ID] = true
	}
	for _, tt := range tests {
		if !have[tt.pack] {
			t.Skipf("no %s pack", tt.pack)
		}
		res, err := s.Jurisdiction(tt.pack).Search(tt.query, tt.lang, 10)
		if err != nil {
			t.Fatal(err)
		}
		var topics []string
		for _, h := range res.Hits {
			if (h.Kind == guidance.KindTopic || h.Kind == guidance.KindPassage) && !contains(topics, h.ID) {
				topics = append(topics, h.ID)
			}
		}
		if !contains(topics[:min(3, len(topics))], tt.want) {
			misses[tt.lang]++
			t.Logf("%s %q: first topics %v, want %s", tt.lang, tt.query, topics[:min(5, len(topics))], tt.want)
		}
	}
	for lang, n := range misses {
		if n > 1 {
			t.Errorf("%s: %d questions miss their topic in the first three", lang, n)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
