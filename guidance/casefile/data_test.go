package casefile

import (
	"errors"
	"slices"
	"testing"

	"github.com/pleaguide/pleaguide/guidance/prepare"
)

func ids(d Data) []string {
	var out []string
	for _, q := range d.Questions {
		out = append(out, q.ID)
	}
	return out
}

func threeQuestions() Data {
	var d Data
	for _, text := range []string{"a", "b", "c"} {
		d.AddQuestion(Question{Text: text})
	}
	return d
}

func TestAddQuestion(t *testing.T) {
	d := threeQuestions()
	if got := ids(d); !slices.Equal(got, []string{"1", "2", "3"}) {
		t.Fatalf("IDs %v", got)
	}
	d.RemoveQuestion("2")
	// a new ID never reuses one still in the list, even after a removal
	if id := d.AddQuestion(Question{BankID: "bail"}); id != "4" {
		t.Errorf("next ID %s, want 4", id)
	}
	d.Questions = append(d.Questions, Question{ID: "x"})
	if id := d.AddQuestion(Question{}); id != "5" {
		t.Errorf("next ID after a non-numeric one %s, want 5", id)
	}
	if !d.HasBankQuestion("bail") || d.HasBankQuestion("other") {
		t.Error("HasBankQuestion wrong")
	}
}

func TestRemoveQuestion(t *testing.T) {
	tests := []struct {
		id   string
		ok   bool
		want []string
	}{
		{"1", true, []string{"2", "3"}},
		{"2", true, []string{"1", "3"}},
		{"3", true, []string{"1", "2"}},
		{"9", false, []string{"1", "2", "3"}},
		{"", false, []string{"1", "2", "3"}},
	}
	for _, tt := range tests {
		d := threeQuestions()
		if ok := d.RemoveQuestion(tt.id); ok != tt.ok || !slices.Equal(ids(d), tt.want) {
			t.Errorf("RemoveQuestion(%q) = %v, %v; want %v, %v", tt.id, ok, ids(d), tt.ok, tt.want)
		}
	}
}

func TestMoveUp(t *testing.T) {
	tests := []struct {
		id   string
		ok   bool
		want []string
	}{
		{"1", false, []string{"1", "2", "3"}},
		{"2", true, []string{"2", "1", "3"}},
		{"3", true, []string{"1", "3", "2"}},
		{"9", false, []string{"1", "2", "3"}},
	}
	for _, tt := range tests {
		d := threeQuestions()
		if ok := d.MoveUp(tt.id); ok != tt.ok || !slices.Equal(ids(d), tt.want) {
			t.Errorf("MoveUp(%q) = %v, %v; want %v, %v", tt.id, ok, ids(d), tt.ok, tt.want)
		}
	}
}

func TestQuestionByID(t *testing.T) {
	d := threeQuestions()
	d.Question("2").Answer = "yes"
	if d.Questions[1].Answer != "yes" {
		t.Error("Question does not point into the list")
	}
	if d.Question("9") != nil {
		t.Error("a missing question must be nil, so an edit cannot go nowhere silently")
	}
}

func TestSetTick(t *testing.T) {
	tests := []struct {
		name  string
		ticks [][2]int // item, on (1) or off (0), applied in order
		want  []bool
	}{
		{"first", [][2]int{{0, 1}}, []bool{true}},
		{"grows", [][2]int{{3, 1}}, []bool{false, false, false, true}},
		{"untick", [][2]int{{1, 1}, {1, 0}}, []bool{false, false}},
		{"negative ignored", [][2]int{{-1, 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Data
			for _, tk := range tt.ticks {
				d.SetTick("checklist", tk[0], tk[1] == 1)
			}
			if got := d.Checklist["checklist"]; !slices.Equal(got, tt.want) {
				t.Errorf("ticks %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSetAnswer(t *testing.T) {
	var d Data
	d.SetAnswer("role", "family")
	d.SetAnswer("role", "accused")
	if d.Answers["role"] != "accused" || len(d.Answers) != 1 {
		t.Errorf("answers %v", d.Answers)
	}
}

// TestAnswersPerJurisdiction: each jurisdiction's walkthrough answers are kept apart, so
// switching jurisdiction never applies one walkthrough's answers to another; mainland
// China's stay in Answers, where older case files have them.
func TestAnswersPerJurisdiction(t *testing.T) {
	var d Data
	d.SetAnswerIn("cn", "stage", "review")
	d.SetAnswerIn("us", "stage", "plea-offer")
	d.SetAnswerIn("us", "custody", "detained")
	if d.Answers["stage"] != "review" || len(d.Answers) != 1 {
		t.Errorf("cn answers %v", d.Answers)
	}
	if us := d.AnswersFor("us"); us["stage"] != "plea-offer" || len(us) != 2 {
		t.Errorf("us answers %v", us)
	}
	if de := d.AnswersFor("de"); len(de) != 0 {
		t.Errorf("de answers %v, want none", de)
	}
	c := d.clone()
	c.SetAnswerIn("us", "stage", "sentenced")
	if d.AnswersFor("us")["stage"] != "plea-offer" {
		t.Error("a clone shares the answers of another jurisdiction")
	}
	if !d.Mentions("plea-offer") || (Data{AnswersIn: map[string]map[string]string{"us": {"stage": "charged"}}}).Empty() {
		t.Error("another jurisdiction's answers are not counted as typed")
	}
}

func TestValidatePassphrase(t *testing.T) {
	tests := []struct {
		pass string
		want error
	}{
		{"", ErrEmptyPassphrase},
		{"short", ErrShortPassphrase},
		{"1234567", ErrShortPassphrase},
		{"12345678", nil},
		{"三个长词语不短", ErrShortPassphrase}, // 7 characters, 21 bytes
		{"三个长词语不够短", nil},
		{"correct horse battery", nil},
	}
	for _, tt := range tests {
		if err := ValidatePassphrase(tt.pass); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("ValidatePassphrase(%q) = %v, want %v", tt.pass, err, tt.want)
		}
	}
}

func TestMentions(t *testing.T) {
	d := Data{Notes: "secret plan 4471", Questions: []Question{{Text: "bail?", Answer: "apply on Monday"}}, Answers: map[string]string{"detention-date": "2026-11-10"},
		Prepare: &prepare.Workspace{Facts: []prepare.Fact{{Text: "took the phone"}}, Views: prepare.Views{Why: "we ask for probation"}}}
	for text, want := range map[string]bool{
		"plan 4471": true, "secret plan 4471 and more": true, "Monday": true, "2026-11-10": true,
		"took the phone": true, "we ask for probation": true,
		"": false, "something from another program": false,
	} {
		if got := d.Mentions(text); got != want {
			t.Errorf("Mentions(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDataEmpty(t *testing.T) {
	tests := []struct {
		name string
		d    Data
		want bool
	}{
		{"zero", Data{}, true},
		{"blank note", Data{Notes: " \n\t"}, true},
		{"unticked items", Data{Checklist: map[string][]bool{"family-checklist": {false, false}}}, true},
		{"note", Data{Notes: "police came"}, false},
		{"question", Data{Questions: []Question{{ID: "q1", Text: "when?"}}}, false},
		{"answer", Data{Answers: map[string]string{"role": "family"}}, false},
		{"one tick", Data{Checklist: map[string][]bool{"family-checklist": {false, true}}}, false},
		{"empty prepare", Data{Prepare: &prepare.Workspace{}}, true},
		{"a fact", Data{Prepare: &prepare.Workspace{Facts: []prepare.Fact{{Text: "took the phone"}}}}, false},
		{"a base sentence", Data{Prepare: &prepare.Workspace{Illustration: prepare.Input{BaseMonths: 24}}}, false},
		{"a check answered", Data{Prepare: &prepare.Workspace{Checks: map[string]prepare.Answer{"recorded": prepare.No}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Empty(); got != tt.want {
				t.Errorf("Empty() = %v, want %v", got, tt.want)
			}
		})
	}
}
