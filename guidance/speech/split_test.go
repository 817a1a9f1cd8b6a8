package speech

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"only space and a bullet", "  • —  ", nil},
		{"one Chinese sentence without a mark", "认罪认罚从宽", []string{"认罪认罚从宽"}},
		{"Chinese marks", "你可以请律师。律师会见你！你有什么问题？",
			[]string{"你可以请律师。", "律师会见你！", "你有什么问题？"}},
		{"Chinese semicolon ends a sentence, the comma does not", "检察院提出量刑建议；法院一般采纳，但不是必须。",
			[]string{"检察院提出量刑建议；", "法院一般采纳，但不是必须。"}},
		{"closing quote stays with its sentence", "他说：“我认罪。”然后签字。",
			[]string{"他说：“我认罪。”", "然后签字。"}},
		{"closing bracket stays too", "期限是十日（第二百三十条）。下一句。",
			[]string{"期限是十日（第二百三十条）。", "下一句。"}},
		{"repeated marks", "真的吗？！是的。", []string{"真的吗？！", "是的。"}},
		{"English", "You can ask for a lawyer. It is free! Do you want one?",
			[]string{"You can ask for a lawyer.", "It is free!", "Do you want one?"}},
		{"a decimal number", "The rate is 1.5 times. Next.", []string{"The rate is 1.5 times.", "Next."}},
		{"a decimal number in Chinese", "减少1.5年。", []string{"减少1.5年。"}},
		{"an article number ends a sentence", "See CPL 173. Then sign.", []string{"See CPL 173.", "Then sign."}},
		{"an article number at the end", "The views are heard (CPL 173.)", []string{"The views are heard (CPL 173.)"}},
		{"Art. before a number", "Under Art. 15 you may plead. Under Arts. 173 and 174 too.",
			[]string{"Under Art. 15 you may plead.", "Under Arts. 173 and 174 too."}},
		{"no. as a word ends a sentence", "The answer is no. Then ask again.", []string{"The answer is no.", "Then ask again."}},
		{"No. before a number", "Case No. 12 is closed.", []string{"Case No. 12 is closed."}},
		{"e.g. and i.e.", "Some papers, e.g. the statement, i.e. the 具结书. Sign it.",
			[]string{"Some papers, e.g. the statement, i.e. the 具结书.", "Sign it."}},
		{"an initial", "Ask J. Smith. He knows.", []string{"Ask J. Smith.", "He knows."}},
		{"lower case goes on", "It takes approx. three days.", []string{"It takes approx. three days."}},
		{"a quote after the stop", `He said "yes." Then he signed.`, []string{`He said "yes."`, "Then he signed."}},
		{"a web address", "Call 12348 or see example.com today.", []string{"Call 12348 or see example.com today."}},
		{"German citations", "Nach § 257c Abs. 2 StPO gilt das. Vgl. z.B. Nr. 3.",
			[]string{"Nach § 257c Abs. 2 StPO gilt das.", "Vgl. z.B. Nr. 3."}},
		{"mixed: Latin stop before Chinese", "依据 CPL 173.然后签字。", []string{"依据 CPL 173.", "然后签字。"}},
		{"mixed: Chinese with Latin inside", "拨打12348。Ask the duty lawyer (值班律师). 好。",
			[]string{"拨打12348。", "Ask the duty lawyer (值班律师).", "好。"}},
		{"line breaks end sentences", "第一行\n第二行\n\n  第三行", []string{"第一行", "第二行", "第三行"}},
		{"ellipsis", "Wait... then go.", []string{"Wait... then go."}},
		{"question mark inside a word", "a?b is not a sentence end. Right?", []string{"a?b is not a sentence end.", "Right?"}},
		{"full-width question mark then Latin", "真的？Yes.", []string{"真的？", "Yes."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Texts(tc.text, Split(tc.text))
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSplitOffsets checks that the offsets cover the text in order without overlap and
// that everything left out between sentences is white space or a line break.
func TestSplitOffsets(t *testing.T) {
	text := "  你好。 Hello there. 1.5 years!\n再见？  "
	prev := 0
	for _, s := range Split(text) {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %+v after offset %d in %q", s, prev, text)
		}
		for _, r := range text[prev:s.Start] {
			if r != ' ' && r != '\n' {
				t.Errorf("%q left out between sentences", text[prev:s.Start])
			}
		}
		prev = s.End
	}
}
