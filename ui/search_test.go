package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestSearchAnswerFirst types one of the questions of issue 11 and follows the answer card:
// it must hold the duration, and open the topic scrolled to the section, words marked.
func TestSearchAnswerFirst(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.tabs.SelectIndex(tabSearch)
	test.Type(u.search.entry, "审查起诉一般多长时间")
	answer, ok := u.search.res.Answer()
	if !ok || answer.ID != "detention-time-limits" || !strings.Contains(answer.Answer, "1个月") {
		t.Fatalf("answer %+v (%v), want the review-for-prosecution section with its month", answer, ok)
	}
	if got := u.search.status.String(); !strings.Contains(got, "10") && !strings.Contains(got, "条") {
		t.Errorf("status %q shows no count", got)
	}
	// Enter on the focused answer card opens it, as a tap does
	u.win.Canvas().Focus(u.search.cards[0])
	u.search.cards[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.tabs.SelectedIndex() != tabLibrary || u.library.current != "detention-time-limits" {
		t.Fatalf("Enter on the answer: tab %d, topic %q", u.tabs.SelectedIndex(), u.library.current)
	}
	if u.library.scroll.Offset.Y <= 0 {
		t.Error("the topic is not scrolled to the section")
	}
	marked := false
	for _, f := range u.library.body.section(answer.Section) {
		for _, s := range f.Spans() {
			marked = marked || (s.Mark && strings.Contains("审查起诉", s.Text))
		}
	}
	if !marked {
		t.Error("the query's words are not marked in the section")
	}
}

// TestSearchOtherLanguage types English into the Chinese interface: the Chinese results are
// shown with the English ones one tap away, and the count is the real one.
func TestSearchOtherLanguage(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.tabs.SelectIndex(tabSearch)
	test.Type(u.search.entry, "how long does review for prosecution take")
	if u.search.other == nil {
		t.Fatal("no offer of the English results")
	}
	test.Tap(u.search.other)
	if u.search.lang != guidance.LangEn || len(u.search.hits) == 0 {
		t.Fatalf("after the tap: lang %s, %d hits", u.search.lang, len(u.search.hits))
	}
	if u.search.res.Total < len(u.search.hits) {
		t.Errorf("total %d below the %d hits shown", u.search.res.Total, len(u.search.hits))
	}
	answer, ok := u.search.res.Answer()
	if !ok || answer.ID != "detention-time-limits" {
		t.Errorf("English answer %s (%v)", answer.ID, ok)
	}
}

// TestSearchBadInput: nothing typed, signs only, emoji, a pasted page, words found nowhere —
// a message, never a hang or an error, and the closest topics with 12348 when nothing answers.
func TestSearchBadInput(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.tabs.SelectIndex(tabSearch)
	zh := tr(t, guidance.LangZhHans)
	for _, tt := range []struct{ query, want string }{
		{"", zh.T(msgSearchHint)},
		{"？！……——", zh.T(msgSearchNoWords)},
		{"😀😀😀", zh.T(msgSearchNoWords)},
		{strings.Repeat("我老公被派出所带走了怎么办", 160), zh.T(msgSearchCut)},
	} {
		u.search.entry.SetText(tt.query)
		if got := u.search.status.String(); !strings.Contains(got, tt.want) {
			t.Errorf("query of %d runes: status %q, want %q", len([]rune(tt.query)), got, tt.want)
		}
	}
	u.search.entry.SetText("天气预报")
	if _, ok := u.search.res.Answer(); ok {
		t.Error("a query about the weather got an answer card")
	}
	if got := texts(u.search.results); len(u.search.hits) > 0 && !strings.Contains(got, "12348") {
		t.Errorf("no answer, but no 12348 either: %q", got)
	}
}
