// Package flow is a paragraph widget that wraps mixed Chinese and Latin text and keeps
// links tappable and reachable from the keyboard.
//
// Why it exists: Fyne 2.7's widget.RichText lays out a hyperlink that reaches the end of a
// line wrongly and then wraps the rest of the paragraph one character per line
// (fyne-io/fyne#3393, duplicate #5262); its word wrap breaks only at spaces and has no rule
// against punctuation at the start of a line, so Chinese text breaks badly. Topics are full
// of inline glossary links, so they get this widget instead.
//
// When to delete it: once the app is on Fyne 2.8 or later, where hyperlink wrapping landed
// (fyne-io/fyne#6226), check that RichText wraps a zh-Hans topic with links without the
// bug above and without a line starting with ，。、；：？！」）, then replace Text with
// widget.RichText and delete this package. The table tests here say what it must keep doing.
package flow

import (
	"image/color"
	"net/url"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Span is a run of text with one style; Link is set for glossary, topic and source links.
type Span struct {
	Text   string
	Bold   bool
	Italic bool
	Mark   bool // highlighted: the words a search found
	Link   *url.URL
}

// Measurer measures text as it will be drawn; fyne.MeasureText unless a test injects one.
type Measurer func(text string, size float32, style fyne.TextStyle) fyne.Size

// Text is a paragraph of styled spans that wraps at word boundaries and between Chinese
// characters, never starting a line with closing punctuation nor ending one with an opening
// mark, with tappable and focusable
// links.
type Text struct {
	widget.BaseWidget
	spans   []Span
	size    fyne.ThemeSizeName
	color   fyne.ThemeColorName
	bold    bool
	onLink  func(*url.URL)
	links   []*Link // one per link span, in order; placed at layout
	measure Measurer
	wide    bool // some text is drawn from a Chinese or Japanese font (see lineHeight)
	whole   bool // made by NewLink: the whole widget is the link's target

	width  float32 // width of the last layout, which decides the height
	height float32 // height of the last layout: a whole link centres its lines in it
	cache  struct {
		size   float32
		pieces []piece
		widths []float32
	}
}

// New makes a paragraph of spans; onLink hears every link that is tapped or activated.
func New(spans []Span, onLink func(*url.URL)) *Text {
	t := &Text{size: theme.SizeNameText, color: theme.ColorNameForeground, onLink: onLink, measure: fyne.MeasureText}
	t.setSpans(spans)
	t.ExtendBaseWidget(t)
	return t
}

// NewPlain makes a paragraph of plain text.
func NewPlain(text string) *Text { return New([]Span{{Text: text}}, nil) }

// NewLink makes a title that wraps and is tapped, or activated with Space or Enter, as a
// whole. Lists of topics and search hits use it: a button's text never wraps, so at large
// text sizes a list of buttons would push the reading pane off the window. The whole
// widget is the target, not only its words: given a taller row (44 units for WCAG's target
// size), it centres its lines in it and takes a tap anywhere in it.
func NewLink(text string, onTap func()) *Text {
	t := New([]Span{{Text: text, Link: &url.URL{Scheme: "app", Opaque: "open"}}}, func(*url.URL) { onTap() })
	t.whole = true
	return t
}

func (t *Text) setSpans(spans []Span) {
	t.spans = spans
	t.links = nil
	t.cache.pieces = nil
	t.wide = false
	for i, s := range spans {
		t.wide = t.wide || strings.IndexFunc(s.Text, isWide) >= 0
		if s.Link != nil {
			l := &Link{text: t, span: i, url: s.Link}
			l.ExtendBaseWidget(l)
			t.links = append(t.links, l)
		}
	}
}

// Spans are the paragraph's spans.
func (t *Text) Spans() []Span { return t.spans }

// MarkWords highlights every occurrence of words (ignoring case) and reports whether any
// was found. Links keep their target; marked parts of a link stay links.
func (t *Text) MarkWords(words []string) bool {
	out, found := MarkSpans(t.spans, words)
	if found {
		t.setSpans(out)
		t.Refresh()
	}
	return found
}

// MarkSpans splits spans so that every occurrence of words (ignoring case) is a span of
// its own with Mark set, and reports whether any was found.
func MarkSpans(spans []Span, words []string) ([]Span, bool) {
	found := false
	var out []Span
	for _, sp := range spans {
		lower := strings.ToLower(sp.Text)
		if len(lower) != len(sp.Text) || sp.Text == "" {
			out = append(out, sp)
			continue
		}
		marked := make([]bool, len(sp.Text))
		for _, w := range words {
			w = strings.ToLower(strings.TrimSpace(w))
			if w == "" {
				continue
			}
			for from := 0; ; {
				k := strings.Index(lower[from:], w)
				if k < 0 {
					break
				}
				for i := from + k; i < from+k+len(w); i++ {
					marked[i] = true
				}
				from += k + len(w)
			}
		}
		start := 0
		for i := 1; i <= len(sp.Text); i++ {
			if i == len(sp.Text) || marked[i] != marked[start] {
				part := sp
				part.Text, part.Mark = sp.Text[start:i], marked[start]
				found = found || part.Mark
				out = append(out, part)
				start = i
			}
		}
	}
	return out, found
}

// SetText replaces the paragraph with plain text.
func (t *Text) SetText(text string) {
	t.setSpans([]Span{{Text: text}})
	t.Refresh()
}

// SetSize sets the theme text size (theme.SizeNameText unless set).
func (t *Text) SetSize(n fyne.ThemeSizeName) {
	t.size = n
	t.cache.pieces = nil
	t.Refresh()
}

// SetColor sets the theme colour of text outside links.
func (t *Text) SetColor(n fyne.ThemeColorName) {
	t.color = n
	t.Refresh()
}

// Color is the theme colour of text outside links.
func (t *Text) Color() fyne.ThemeColorName { return t.color }

// SetBold makes the whole paragraph bold, or not.
func (t *Text) SetBold(on bool) {
	t.bold = on
	t.cache.pieces = nil
	t.Refresh()
}

// Bold reports whether the whole paragraph is bold.
func (t *Text) Bold() bool { return t.bold }

// SetMeasurer replaces fyne.MeasureText, for tests.
func (t *Text) SetMeasurer(m Measurer) {
	t.measure = m
	t.cache.pieces = nil
}

// String is the paragraph's whole text.
func (t *Text) String() string {
	var b strings.Builder
	for _, s := range t.spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Links are the paragraph's links, one per link span, in order.
func (t *Text) Links() []*Link { return t.links }

// Tap follows the paragraph's first link, as a tap or Enter would.
func (t *Text) Tap() {
	if len(t.links) > 0 {
		t.links[0].activate()
	}
}

// piece is a bit of text that is never broken across lines.
type piece struct {
	text  string
	span  int
	space bool // white space: dropped at the start of a line
	glue  bool // never break the line before this piece (it closes, or follows an opening mark)
}

// IsCJK reports characters between which a line may break.
func IsCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// isWide reports characters drawn from a Chinese or Japanese font: CJK characters, CJK
// punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF).
func isWide(r rune) bool {
	return IsCJK(r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// NoLineStart are punctuation marks that must not begin a line.
const NoLineStart = "，。、；：？！）」』》〉】”’,.;:?!)]"

// NoLineEnd are opening marks that must not end a line: they move to the next line with
// what follows them.
const NoLineEnd = "（「『《〈【“‘(["

// tokens splits spans into pieces: words, single Chinese characters, spaces, and
// punctuation glued to what comes before it.
func tokens(spans []Span) []piece {
	var toks []piece
	for i, s := range spans {
		var cur strings.Builder
		flush := func() {
			if cur.Len() > 0 {
				toks = append(toks, piece{text: cur.String(), span: i})
				cur.Reset()
			}
		}
		for _, r := range s.Text {
			switch {
			case r == '\n' || unicode.IsSpace(r):
				flush()
				toks = append(toks, piece{text: " ", span: i, space: true})
			case strings.ContainsRune(NoLineStart, r) && cur.Len() == 0:
				// punctuation stays on the line of the text before it
				toks = append(toks, piece{text: string(r), span: i, glue: len(toks) > 0 && !toks[len(toks)-1].space})
			case IsCJK(r):
				flush()
				cur.WriteRune(r)
				flush()
			default:
				cur.WriteRune(r)
			}
		}
		flush()
	}
	for i := 1; i < len(toks); i++ {
		if prev := toks[i-1].text; !toks[i].space && len([]rune(prev)) == 1 && strings.Contains(NoLineEnd, prev) {
			toks[i].glue = true
		}
	}
	return toks
}

// run is text of one span on one line, x its offset and w its width.
type run struct {
	text string
	span int
	x, w float32
}

// breakLines puts pieces of the given widths on lines no wider than width (a piece wider
// than a line gets a line of its own). It is the whole line-breaking rule, free of Fyne.
func breakLines(toks []piece, widths []float32, width float32) [][]run {
	var lines [][]run
	var line []run
	x := float32(0)
	trailing := float32(0) // width of the spaces that end the line so far
	for i, t := range toks {
		w := widths[i]
		// punctuation glued to this piece moves to the next line with it
		need := w
		for j := i + 1; j < len(toks) && toks[j].glue; j++ {
			need += widths[j]
		}
		if x > 0 && x+need > width && !t.space && !t.glue {
			// spaces at the end of a line are not drawn (nor underlined, in a link)
			if n := len(line); n > 0 && trailing > 0 {
				line[n-1].text = strings.TrimRight(line[n-1].text, " ")
				line[n-1].w -= trailing
				if line[n-1].text == "" {
					line = line[:n-1]
				}
			}
			lines = append(lines, line)
			line, x = nil, 0
		}
		if x == 0 && t.space {
			continue
		}
		switch n := len(line); {
		case n > 0 && line[n-1].span == t.span:
			line[n-1].text += t.text
			line[n-1].w += w
		default:
			line = append(line, run{text: t.text, span: t.span, x: x, w: w})
			trailing = 0 // trailing counts the spaces at the end of the last run only
		}
		if t.space {
			trailing += w
		} else {
			trailing = 0
		}
		x += w
	}
	return append(lines, line)
}

func (t *Text) style(i int) fyne.TextStyle {
	s := t.spans[i]
	return fyne.TextStyle{Bold: s.Bold || t.bold, Italic: s.Italic}
}

// measured splits the text into pieces and measures them, once per text size: a paragraph
// is laid out again at every width change, and measuring is the costly part.
func (t *Text) measured(textSize float32) ([]piece, []float32) {
	if t.cache.size == textSize && t.cache.pieces != nil {
		return t.cache.pieces, t.cache.widths
	}
	toks := tokens(t.spans)
	widths := make([]float32, len(toks))
	for i, p := range toks {
		widths[i] = t.measure(p.text, textSize, t.style(p.span)).Width
	}
	t.cache.size, t.cache.pieces, t.cache.widths = textSize, toks, widths
	return toks, widths
}

// placed is a run positioned in the widget.
type placed struct {
	text string
	span int
	pos  fyne.Position
	size fyne.Size
}

// lineHeight is the height of a line of text at textSize, tall enough for every glyph the
// paragraph holds. A Chinese character is measured only when the text has one: measuring
// one makes Fyne find and parse the system's CJK font (Noto Sans CJK, some 27 MiB of
// tables), which an English screen never draws. Fyne 2.7 gives the theme font's line
// height whatever the text, so both heights are equal today; taking the larger keeps a
// Chinese line from being clipped should a measurer report the height of the glyphs.
func (t *Text) lineHeight(textSize float32) float32 {
	h := t.measure("Mg", textSize, fyne.TextStyle{}).Height
	if t.wide {
		h = max(h, t.measure("Mg认", textSize, fyne.TextStyle{}).Height)
	}
	return h
}

// layoutRuns breaks the text into lines for width and returns the runs and total height.
func (t *Text) layoutRuns(width float32) ([]placed, float32) {
	textSize := theme.SizeForWidget(t.size, t)
	lineH := t.lineHeight(textSize) + theme.SizeForWidget(theme.SizeNameLineSpacing, t)
	// twice the padding (8 in Fyne's theme), not the inner padding: the app's theme makes
	// that 13 so that buttons and fields are 44 high, which would spread paragraphs apart
	pad := 2 * theme.SizeForWidget(theme.SizeNamePadding, t)
	toks, widths := t.measured(textSize)
	lines := breakLines(toks, widths, width-2*pad)
	var out []placed
	for i, line := range lines {
		y := float32(i)*lineH + pad/2
		for _, r := range line {
			out = append(out, placed{text: r.text, span: r.span, pos: fyne.NewPos(r.x+pad, y), size: fyne.NewSize(r.w, lineH)})
		}
	}
	return out, float32(len(lines))*lineH + pad
}

// CreateRenderer draws the laid-out runs.
func (t *Text) CreateRenderer() fyne.WidgetRenderer {
	return &renderer{t: t}
}

type renderer struct {
	t       *Text
	objects []fyne.CanvasObject
	height  float32
}

func (r *renderer) Destroy() {}

// MinSize is the height needed at the last laid-out width; a paragraph can shrink to a
// narrow column.
func (r *renderer) MinSize() fyne.Size {
	if r.t.width == 0 {
		// not laid out yet: estimate at a typical reading width
		_, h := r.t.layoutRuns(600)
		return fyne.NewSize(60, h)
	}
	return fyne.NewSize(60, r.height)
}

func (r *renderer) Layout(size fyne.Size) {
	if size.Width == r.t.width && (size.Height == r.t.height || !r.t.whole) && r.objects != nil {
		return
	}
	r.t.width, r.t.height = size.Width, size.Height
	if r.build() {
		r.t.Refresh() // the height changed: the parent lays out again with the new MinSize
	}
}

// build lays the text out at the current width and reports whether its height changed.
func (r *renderer) build() bool {
	t := r.t
	runs, h := t.layoutRuns(t.width)
	changed := h != r.height
	r.height = h
	textSize := theme.SizeForWidget(t.size, t)
	fg := theme.ColorForWidget(t.color, t)
	linkColor := theme.ColorForWidget(theme.ColorNameHyperlink, t)
	focusColor := theme.ColorForWidget(theme.ColorNameFocus, t)
	lineSpacing := theme.SizeForWidget(theme.SizeNameLineSpacing, t)
	primary := map[int]*Link{}
	for _, l := range t.links {
		primary[l.span] = l
	}
	focused := map[int]bool{}
	for _, l := range t.links {
		focused[l.span] = l.focused
	}
	r.objects = nil
	var areas []fyne.CanvasObject
	if t.whole && t.height > h {
		for i := range runs {
			runs[i].pos.Y += (t.height - h) / 2
		}
	}
	for _, run := range runs {
		s := t.spans[run.span]
		c := fg
		if s.Link != nil {
			c = linkColor
		}
		if s.Mark {
			bg := canvas.NewRectangle(theme.ColorForWidget(theme.ColorNameSelection, t))
			bg.Move(run.pos)
			bg.Resize(fyne.NewSize(run.size.Width, run.size.Height-lineSpacing))
			r.objects = append(r.objects, bg)
		}
		txt := canvas.NewText(run.text, c)
		txt.TextSize = textSize
		txt.TextStyle = t.style(run.span)
		txt.Move(run.pos)
		txt.Resize(run.size)
		if s.Link != nil && focused[run.span] {
			ring := canvas.NewRectangle(focusColor) // as widget.Hyperlink does, plus a
			ring.StrokeColor = linkColor            // solid edge: the focus tint alone is faint
			ring.StrokeWidth = 2
			ring.Move(run.pos.SubtractXY(2, 0))
			ring.Resize(run.size.AddWidthHeight(4, 0))
			r.objects = append(r.objects, ring)
		}
		r.objects = append(r.objects, txt)
		if s.Link == nil {
			continue
		}
		under := canvas.NewRectangle(linkColor)
		under.Move(fyne.NewPos(run.pos.X, run.pos.Y+run.size.Height-lineSpacing))
		under.Resize(fyne.NewSize(run.size.Width, 1))
		r.objects = append(r.objects, under)
		// the first piece of a link is its focusable Link; a link broken over lines gets a
		// tappable part for each further piece (one Tab stop per link, not per line)
		var area fyne.CanvasObject
		if t.whole {
			if l := primary[run.span]; l != nil {
				l.Move(fyne.Position{})
				l.Resize(fyne.NewSize(t.width, max(h, t.height)))
				areas = append(areas, l)
				delete(primary, run.span)
			}
			continue
		}
		if l := primary[run.span]; l != nil {
			l.Move(run.pos)
			l.Resize(run.size)
			area = l
			delete(primary, run.span)
		} else {
			p := &linkPart{text: t, span: run.span, url: s.Link}
			p.ExtendBaseWidget(p)
			p.Move(run.pos)
			p.Resize(run.size)
			area = p
		}
		areas = append(areas, area)
	}
	r.objects = append(r.objects, areas...)
	return changed
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *renderer) Refresh() {
	if r.t.width > 0 {
		r.build()
	}
	canvas.Refresh(r.t)
}

// Link is the tappable, focusable part of a link: Tab reaches it, Space or Enter follows
// it, as with widget.Hyperlink.
type Link struct {
	widget.BaseWidget
	text    *Text
	span    int
	url     *url.URL
	focused bool
}

var (
	_ fyne.Focusable = (*Link)(nil)
	_ fyne.Tappable  = (*Link)(nil)
)

func (l *Link) activate() {
	if l.text.onLink != nil {
		l.text.onLink(l.url)
	}
}

// URL is where the link goes.
func (l *Link) URL() *url.URL { return l.url }

// Text is the link's visible text.
func (l *Link) Text() string { return l.text.spans[l.span].Text }

// Whole reports whether the link is a whole widget made by NewLink (a topic in a list),
// not a link inside running text.
func (l *Link) Whole() bool { return l.text.whole }

// Focused reports whether the link has the keyboard focus.
func (l *Link) Focused() bool { return l.focused }

// Tapped follows the link.
func (l *Link) Tapped(*fyne.PointEvent) { l.activate() }

// Cursor shows a hand over links.
func (l *Link) Cursor() desktop.Cursor { return desktop.PointerCursor }

// FocusGained draws a focus ring around the link.
func (l *Link) FocusGained() {
	l.focused = true
	l.text.Refresh()
}

// FocusLost removes the focus ring.
func (l *Link) FocusLost() {
	l.focused = false
	l.text.Refresh()
}

// TypedRune follows the link on Space.
func (l *Link) TypedRune(r rune) {
	if r == ' ' {
		l.activate()
	}
}

// TypedKey follows the link on Enter or Return.
func (l *Link) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.activate()
	}
}

// CreateRenderer draws nothing: the Text draws the link.
func (l *Link) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// linkPart is a further piece of a link broken over lines: tappable, but not a Tab stop of
// its own.
type linkPart struct {
	widget.BaseWidget
	text *Text
	span int
	url  *url.URL
}

// Tapped follows the link.
func (p *linkPart) Tapped(*fyne.PointEvent) {
	if p.text.onLink != nil {
		p.text.onLink(p.url)
	}
}

// Cursor shows a hand over links.
func (p *linkPart) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer draws nothing: the Text draws the link.
func (p *linkPart) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
