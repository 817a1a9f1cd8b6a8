package flow

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// fixed measures every Chinese character 10 wide and every other character 5 wide, like
// Fyne's own TestText_lineBounds does with its fixed-width measurer.
func fixed(text string, _ float32, _ fyne.TextStyle) fyne.Size {
	w := float32(0)
	for _, r := range text {
		if IsCJK(r) || strings.ContainsRune("，。、；：？！）」", r) {
			w += 10
		} else {
			w += 5
		}
	}
	return fyne.NewSize(w, 16)
}

// lines breaks spans at width with the fixed measurer and returns each line's text.
func lines(spans []Span, width float32) []string {
	toks := tokens(spans)
	widths := make([]float32, len(toks))
	for i, t := range toks {
		widths[i] = fixed(t.text, 0, fyne.TextStyle{}).Width
	}
	var out []string
	for _, line := range breakLines(toks, widths, width) {
		var b strings.Builder
		for _, r := range line {
			b.WriteString(r.text)
		}
		out = append(out, b.String())
	}
	return out
}

func plain(s string) []Span { return []Span{{Text: s}} }

func TestBreakLines(t *testing.T) {
	tests := []struct {
		name  string
		spans []Span
		width float32
		want  []string
	}{
		{"pure Chinese breaks between characters", plain("认罪认罚从宽制度"), 30, []string{"认罪认", "罚从宽", "制度"}},
		{"fits on one line", plain("认罪认罚"), 40, []string{"认罪认罚"}},
		{"a Latin word inside Chinese is never split", plain("请问lawyer什么时候来"), 40, []string{"请问", "lawyer什", "么时候来"}},
		{"English breaks at spaces, which are not drawn at line ends", plain("ask the lawyer now"), 50, []string{"ask the", "lawyer now"}},
		{"a space at the end of a link is not drawn", []Span{{Text: "ask "}, {Text: "the lawyer ", Link: &url.URL{Scheme: "term", Opaque: "x"}}, {Text: "now"}}, 50, []string{"ask the", "lawyer now"}},
		{"a word wider than the line gets a line of its own", plain("see Zuigaorenminfayuan now"), 40, []string{"see", "Zuigaorenminfayuan", "now"}},
		{"a comma never starts a line", plain("一二三，四五"), 30, []string{"一二", "三，四", "五"}},
		{"a full stop never starts a line", plain("一二三。"), 30, []string{"一二", "三。"}},
		{"two closing marks stay together", plain("一二“三”）四"), 30, []string{"一二", "“三”）", "四"}},
		{"Latin punctuation stays on its word", plain("ask now, please"), 35, []string{"ask", "now,", "please"}},
		{"line breaks in the source are spaces", plain("one\ntwo"), 100, []string{"one two"}},
		{"spaces are dropped at the start of a line", plain("认罪 认罚"), 20, []string{"认罪", "认罚"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(tt.spans, tt.width)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines at %v = %q, want %q", tt.width, got, tt.want)
			}
		})
	}
}

// TestNoLineStartsWithClosingPunctuation breaks a long mixed sentence at every width and
// checks the rule the widget exists for.
func TestNoLineStartsWithClosingPunctuation(t *testing.T) {
	text := "签具结书之前，你可以要求值班律师（duty lawyer）在场；律师说的话、检察院的量刑建议，都要听清楚。明白吗？明白！「好」。"
	for width := float32(20); width <= 200; width += 5 {
		for i, line := range lines(plain(text), width) {
			r, _ := utf8.DecodeRuneInString(line)
			if i > 0 && strings.ContainsRune(NoLineStart, r) {
				t.Errorf("width %v: line %d starts with %q: %q", width, i, r, line)
			}
		}
	}
}

// TestLinkSplitOverTwoLines: a link broken at a line end keeps its text together in one
// span on each line, both pieces follow the link, and it is one Tab stop.
func TestLinkSplitOverTwoLines(t *testing.T) {
	dest, _ := url.Parse("term:plea-statement-doc")
	spans := []Span{{Text: "看"}, {Text: "具结书的内容", Link: dest}, {Text: "。"}}
	toks := tokens(spans)
	widths := make([]float32, len(toks))
	for i, tk := range toks {
		widths[i] = fixed(tk.text, 0, fyne.TextStyle{}).Width
	}
	got := breakLines(toks, widths, 40)
	if len(got) != 2 || got[0][1].text != "具结书" || got[0][1].span != 1 || got[1][0].text != "的内容" || got[1][0].span != 1 || got[1][1].text != "。" {
		t.Fatalf("lines %+v", got)
	}

	test.NewTempApp(t)
	var followed []string
	txt := New(spans, func(u *url.URL) { followed = append(followed, u.String()) })
	txt.SetMeasurer(fixed)
	w := test.NewTempWindow(t, container.NewVBox(txt))
	pad := float32(2 * 4) // theme.InnerPadding on each side
	w.Resize(fyne.NewSize(40+pad+2*4, 200))
	var links, parts int
	for _, o := range test.LaidOutObjects(txt) {
		switch v := o.(type) {
		case *Link:
			links++
			test.Tap(v)
		case *linkPart:
			parts++
			test.Tap(v)
		}
	}
	if links != 1 || parts != 1 {
		t.Fatalf("a link over two lines has %d focusable links and %d further parts, want 1 and 1", links, parts)
	}
	if strings.Join(followed, " ") != "term:plea-statement-doc term:plea-statement-doc" {
		t.Errorf("tapping both pieces followed %q", followed)
	}
}

// TestLinksTakeFocusAndActivate: Tab reaches each link in turn; Space and Enter follow it.
func TestLinksTakeFocusAndActivate(t *testing.T) {
	test.NewTempApp(t)
	a, _ := url.Parse("term:a")
	b, _ := url.Parse("topic:b")
	var followed []string
	txt := New([]Span{{Text: "see "}, {Text: "one", Link: a}, {Text: " and "}, {Text: "two", Link: b}}, func(u *url.URL) {
		followed = append(followed, u.String())
	})
	title := NewLink("Withdrawing a plea", func() { followed = append(followed, "title") })
	w := test.NewTempWindow(t, container.NewVBox(txt, title))
	w.Resize(fyne.NewSize(400, 200))
	c := w.Canvas()

	c.FocusNext()
	if c.Focused() != txt.Links()[0] || !txt.Links()[0].Focused() {
		t.Fatalf("first Tab focused %T", c.Focused())
	}
	c.Focused().TypedRune(' ')
	c.FocusNext()
	if c.Focused() != txt.Links()[1] || txt.Links()[0].Focused() {
		t.Fatalf("second Tab focused %T", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	c.FocusNext()
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnter})
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyA}) // other keys do nothing
	if got := strings.Join(followed, " "); got != "term:a topic:b title" {
		t.Errorf("Space, Return and Enter followed %q", got)
	}
}

func TestSetters(t *testing.T) {
	test.NewTempApp(t)
	txt := NewPlain("a")
	txt.SetBold(true)
	txt.SetColor("error")
	txt.SetText("b")
	if !txt.Bold() || txt.Color() != "error" || txt.String() != "b" || len(txt.Links()) != 0 {
		t.Errorf("after setters: bold %v, colour %q, text %q", txt.Bold(), txt.Color(), txt.String())
	}
	txt.Tap() // no link: nothing happens
}

// TestLineHeightMeasuresCJKOnlyWhenThere: a Latin-only paragraph never measures a Chinese
// character (that loads the system's CJK font, 27 MiB, on an English screen), and a
// paragraph with Chinese text gets lines tall enough for it.
func TestLineHeightMeasuresCJKOnlyWhenThere(t *testing.T) {
	test.NewTempApp(t)
	var measured []string
	tall := func(text string, size float32, style fyne.TextStyle) fyne.Size {
		measured = append(measured, text)
		s := fixed(text, size, style)
		if strings.IndexFunc(text, isWide) >= 0 {
			s.Height = 24 // taller than the Latin 16
		}
		return s
	}
	heightOf := func(text string) float32 {
		measured = nil
		txt := NewPlain(text)
		txt.SetMeasurer(tall)
		_, h := txt.layoutRuns(1000)
		return h
	}
	latin := heightOf("Ask the lawyer (Mg) before you sign.")
	for _, m := range measured {
		if strings.IndexFunc(m, isWide) >= 0 {
			t.Errorf("a Latin paragraph measured %q", m)
		}
	}
	for _, text := range []string{"签具结书前先问律师", "Sign the plea statement (具结书) later", "Full-width colon：here"} {
		if h := heightOf(text); h != latin+8 {
			t.Errorf("%q: height %v, want %v (one line of the taller CJK height)", text, h, latin+8)
		}
	}
}
