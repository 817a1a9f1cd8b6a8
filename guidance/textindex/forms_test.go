package textindex

import (
	"slices"
	"strings"
	"testing"
)

func TestAsks(t *testing.T) {
	tests := []struct {
		q    string
		want Form
	}{
		{"拘留以后多少天要批捕", Duration | Count},
		{"审查起诉一般多长时间", Duration},
		{"对方不肯谅解还能从宽吗", Permission},
		{"要不要赔钱", Duty},
		{"how long can they keep him", Duration | Permission},
		{"do we have to pay", Duty},
		{"what is a plea statement", 0},
	}
	for _, tt := range tests {
		if got := asks(tt.q, "zh-Hans"); got != tt.want {
			t.Errorf("asks(%q) = %b, want %b", tt.q, got, tt.want)
		}
	}
}

func TestFacets(t *testing.T) {
	if f := Facets("检察院收到后，7日以内决定批不批准。"); f&Duration == 0 || f&Count == 0 {
		t.Errorf("a duration in Chinese: %b", f)
	}
	if f := Facets("The court decides within 10 days."); f&Duration == 0 {
		t.Errorf("a duration in English: %b", f)
	}
	if f := Facets("你可以申请法律援助。"); f&Permission == 0 || f&Duration != 0 {
		t.Errorf("a permission: %b", f)
	}
	if f := Facets("A defender must be present."); f&Duty == 0 {
		t.Errorf("a duty: %b", f)
	}
}

func TestAnswerPicksTheSentenceThatAnswers(t *testing.T) {
	text := "公安机关认为需要逮捕的，应当提请批准逮捕。检察院收到后，7日以内决定批不批准。不批准的，应当立即放人。"
	q := ParseQuery("批捕要几天", "zh-Hans", NewSynonyms([][]string{{"批捕", "批准逮捕"}}))
	if got := Answer(text, q, "zh-Hans", 120); !strings.Contains(got, "7日以内") {
		t.Errorf("answer %q lacks the duration", got)
	}
	long := strings.Repeat("这是一句很长的话", 40) + "。"
	if got := Answer(long, q, "zh-Hans", 50); len([]rune(got)) > 51 {
		t.Errorf("answer of %d runes, want ≤ 50 and …", len([]rune(got)))
	}
	if got := Answer("", q, "zh-Hans", 50); got != "" {
		t.Errorf("answer from nothing = %q", got)
	}
}

func TestTypoCorrection(t *testing.T) {
	syn := NewSynonyms(nil)
	syn.AddVocabulary("Probation is a sentence you serve outside prison. Withdraw the plea.", "en")
	tests := map[string]string{
		"probaton": "probation", // a letter left out
		"withdrw":  "withdraw",
		"sentance": "sentence", // a letter changed
		"prisno":   "prison",   // two letters swapped
		"plea":     "",         // short words are not corrected
		"sentence": "",         // a content word is not corrected
		"zzzzzzz":  "",
	}
	for typo, want := range tests {
		if got := syn.correct(typo); got != want {
			t.Errorf("correct(%q) = %q, want %q", typo, got, want)
		}
	}
	q := ParseQuery("how long is probaton", "en", syn)
	if !strings.Contains(strings.Join(q.Words, " "), "probat") {
		t.Errorf("corrected query words %v", q.Words)
	}
}

func TestColloquialWordsWorkOneWay(t *testing.T) {
	syn := NewSynonyms(nil)
	syn.AddColloquial([]string{"被抓", "locked up"}, []string{"拘留", "detention"})
	if q := ParseQuery("我老公被抓了", "zh-Hans", syn); !strings.Contains(strings.Join(q.Words, " "), "拘留") {
		t.Errorf("被抓 did not bring in 拘留: %v", q.Words)
	}
	if q := ParseQuery("拘留", "zh-Hans", syn); strings.Contains(strings.Join(q.Words, " "), "被抓") {
		t.Errorf("拘留 brought in the colloquial word: %v", q.Words)
	}
	if q := ParseQuery("how long can they keep him locked up", "en", syn); !strings.Contains(strings.Join(q.Words, " "), "detent") {
		t.Errorf("locked up did not bring in detention: %v", q.Words)
	}
}

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"簽了具結書還能反悔嗎": "签了具结书还能反悔吗",
		"取保候審最長多久":   "取保候审最长多久",
		"拘留３７天？":     "拘留37天?",
		"ＡＢＣ":        "ABC",
	}
	for in, want := range tests {
		if got := Normalize(in, "zh-Hans"); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"签了具结书": "簽了具結書",
		"签具结书":  "簽具結書", // OpenCC alone writes 籤
		"家里人":   "家裡人",  // Taiwan's form, as the converted content has it
		"家裏人":   "家裡人",  // Hong Kong's form typed
		"速裁程序":  "速裁程序", // s2t, not s2twp: no 程式
	} {
		if got := Normalize(in, "zh-Hant"); got != want {
			t.Errorf("Normalize(%q, zh-Hant) = %q, want %q", in, got, want)
		}
	}
	if got := Normalize("認罪", "en"); got != "認罪" {
		t.Errorf("English search keeps Chinese as typed: %q", got)
	}
}

// TestGermanForms: German questions ask for forms as English and Chinese ones do, also
// typed without umlauts, and German text states them.
func TestGermanForms(t *testing.T) {
	for q, want := range map[string]Form{
		"wie lange habe ich zeit für die revision": Duration,
		"bis wann muss ich berufung einlegen":      Duration | Duty,
		"darf ich schweigen":                       Permission,
		"koennen wir die strafe verhandeln":        Permission,
		"muss ich einen anwalt haben":              Duty,
		"wie viele tagessätze":                     Count,
		"was ist ein strafbefehl":                  0,
	} {
		if got := asks(q, "de"); got != want {
			t.Errorf("asks(%q) = %b, want %b", q, got, want)
		}
	}
	if got := asks("darf ich schweigen", "en"); got != 0 {
		t.Errorf("German cues in an English search: %b", got)
	}
	for text, want := range map[string]Form{
		"Berufung und Revision müssen Sie binnen einer Woche einlegen.": Duration | Duty,
		"Die Revision begründen Sie in einem Monat.":                    Duration,
		"Sie dürfen einen Anwalt Ihres Vertrauens wählen.":              Permission,
		"Es sind mindestens 5 und meist höchstens 360 Tagessätze.":      Count,
		"Das Gericht prüft das Geständnis.":                             0,
	} {
		if got := Facets(text); got != want {
			t.Errorf("Facets(%q) = %b, want %b", text, got, want)
		}
	}
}

func TestSentencesGoOnAfterCitationAbbreviations(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Some can be extended (CPL Art. 158). Time held counts (Art. 47): one day is one day.",
			[]string{"Some can be extended (CPL Art. 158).", "Time held counts (Art. 47): one day is one day."}},
		{"File it under Fed. R. Crim. P. 11(d). Then wait.",
			[]string{"File it under Fed. R. Crim. P. 11(d).", "Then wait."}},
		{"Das steht in § 302 Abs. 1 S. 2 StPO. Fragen Sie.",
			[]string{"Das steht in § 302 Abs. 1 S. 2 StPO.", "Fragen Sie."}},
		{"See United States v. Ruiz, 536 U.S. 622. It is old.",
			[]string{"See United States v. Ruiz, 536 U.S. 622.", "It is old."}},
		{"Can he take it back? No. Not after the sentence.",
			[]string{"Can he take it back?", "No.", "Not after the sentence."}},
		{"It ends at the arrest. The next step starts.",
			[]string{"It ends at the arrest.", "The next step starts."}},
		{"审查起诉一般1个月。可以延长15日。", []string{"审查起诉一般1个月。", "可以延长15日。"}},
	} {
		var got []string
		for _, s := range sentenceSpans(c.text) {
			got = append(got, c.text[s[0]:s[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sentenceSpans(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
