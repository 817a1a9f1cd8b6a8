package ui

import (
	"image/color"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/content"
)

// Topic text is drawn here rather than with widget.RichText: Fyne 2.7's RichText lays out
// a hyperlink that reaches the end of a line wrongly and then wraps the rest of the
// paragraph one character per line (fyne-io/fyne#3393, fixed only in 2.8). Topics are full
// of inline glossary links, so they get a small wrapping text widget of their own.

// span is a run of text with one style; link is set for glossary, topic and source links.
type span struct {
	text   string
	bold   bool
	italic bool
	link   *url.URL
}

// prose is a rendered CommonMark body and the links in it.
type prose struct {
	content fyne.CanvasObject
	links   []*linkArea
	checks  []*widget.Check // the boxes of a checklist, in order

	checklist *checklist
}

// checklist turns the items of a topic's first list into boxes to tick; ticked holds
// their state and onChanged hears every change.
type checklist struct {
	ticked    []bool
	onChanged func(i int, on bool)
}

// renderProse turns a CommonMark body into headings, paragraphs and lists whose links call
// onLink when tapped. The body is read through content.Parse, the same Doc the lint and the
// search index read; HTML in it (reviewers' markers) is never shown.
func renderProse(body string, onLink func(*url.URL), list *checklist) *prose {
	p := &prose{checklist: list}
	doc := content.Parse(body)
	box := container.NewVBox()
	p.blocks(box, doc, doc.Blocks, onLink, 0)
	p.content = box
	return p
}

func (p *prose) blocks(box *fyne.Container, doc content.Doc, blocks []content.Block, onLink func(*url.URL), depth int) {
	for _, b := range blocks {
		p.block(box, doc, b, onLink, depth)
	}
}

func (p *prose) block(box *fyne.Container, doc content.Doc, b content.Block, onLink func(*url.URL), depth int) {
	switch b.Kind {
	case content.BlockHeading:
		f := newFlowText(docSpans(doc, b.Spans), onLink)
		f.size = theme.SizeNameSubHeadingText
		if b.Level <= 1 {
			f.size = theme.SizeNameHeadingText
		}
		f.bold = true
		p.links = append(p.links, f.links...)
		box.Add(f)
	case content.BlockParagraph, content.BlockCode:
		f := newFlowText(docSpans(doc, b.Spans), onLink)
		p.links = append(p.links, f.links...)
		box.Add(f)
	case content.BlockList:
		if p.checklist != nil && depth == 0 && p.checks == nil {
			p.checkList(box, doc, b, onLink)
			return
		}
		for i, item := range b.Items {
			marker := "•"
			if b.Ordered {
				marker = strconv.Itoa(b.Start+i) + "."
			}
			inner := container.NewVBox()
			p.blocks(inner, doc, item, onLink, depth+1)
			box.Add(container.NewBorder(nil, nil, widget.NewLabel(marker), nil, inner))
		}
	case content.BlockRule:
		box.Add(widget.NewSeparator())
	case content.BlockQuote:
		inner := container.NewVBox()
		p.blocks(inner, doc, b.Quoted, onLink, depth)
		box.Add(container.NewBorder(nil, nil, widget.NewSeparator(), nil, inner))
	}
}

// checkList renders a list as boxes to tick.
func (p *prose) checkList(box *fyne.Container, doc content.Doc, b content.Block, onLink func(*url.URL)) {
	p.checks = []*widget.Check{}
	for i, item := range b.Items {
		inner := container.NewVBox()
		p.blocks(inner, doc, item, onLink, 1)
		check := widget.NewCheck("", nil)
		if i < len(p.checklist.ticked) {
			check.SetChecked(p.checklist.ticked[i])
		}
		check.OnChanged = func(on bool) {
			if p.checklist.onChanged != nil {
				p.checklist.onChanged(i, on)
			}
		}
		p.checks = append(p.checks, check)
		box.Add(container.NewBorder(nil, nil, container.NewVBox(check), nil, inner))
	}
}

// docSpans turns a Doc's spans into the flow widget's, resolving link targets.
func docSpans(doc content.Doc, spans []content.Span) []span {
	out := make([]span, 0, len(spans))
	for _, s := range spans {
		sp := span{text: s.Text, bold: s.Bold, italic: s.Italic}
		if s.Link >= 0 {
			if u, err := url.Parse(doc.Links[s.Link].Dest); err == nil {
				sp.link = u
			}
		}
		out = append(out, sp)
	}
	return out
}

// flowText is a paragraph of styled spans that wraps at word boundaries (and between
// Chinese characters), with tappable links.
type flowText struct {
	widget.BaseWidget
	spans  []span
	size   fyne.ThemeSizeName
	color  fyne.ThemeColorName
	bold   bool
	onLink func(*url.URL)
	links  []*linkArea // one per link span, in order; areas are placed at layout

	width float32 // width of the last layout, which decides the height
	cache struct {
		size   float32
		pieces []piece
		widths []float32
	}
}

func newFlowText(spans []span, onLink func(*url.URL)) *flowText {
	f := &flowText{spans: spans, size: theme.SizeNameText, color: theme.ColorNameForeground, onLink: onLink}
	for i, s := range spans {
		if s.link != nil {
			l := &linkArea{flow: f, span: i, url: s.link}
			l.ExtendBaseWidget(l)
			f.links = append(f.links, l)
		}
	}
	f.ExtendBaseWidget(f)
	return f
}

// SetText replaces the paragraph with plain text.
func (f *flowText) SetText(text string) {
	f.spans = []span{{text: text}}
	f.links = nil
	f.cache.pieces = nil
	f.Refresh()
}

// String is the paragraph's whole text.
func (f *flowText) String() string {
	var b strings.Builder
	for _, s := range f.spans {
		b.WriteString(s.text)
	}
	return b.String()
}

// piece is a bit of text that is never broken across lines.
type piece struct {
	text  string
	span  int
	space bool // the token is white space: dropped at the start of a line
	glue  bool // never break the line before this token
}

// isCJK reports characters between which a line may break.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// noLineStart are punctuation marks that must not begin a line.
const noLineStart = "，。、；：？！）」』》〉】”’,.;:?!)]"

func (f *flowText) tokens() []piece {
	var toks []piece
	for i, s := range f.spans {
		var cur strings.Builder
		flush := func() {
			if cur.Len() > 0 {
				toks = append(toks, piece{text: cur.String(), span: i})
				cur.Reset()
			}
		}
		for _, r := range s.text {
			switch {
			case r == '\n' || unicode.IsSpace(r):
				flush()
				toks = append(toks, piece{text: " ", span: i, space: true})
			case strings.ContainsRune(noLineStart, r) && cur.Len() == 0:
				// punctuation stays on the line of the text before it
				toks = append(toks, piece{text: string(r), span: i, glue: len(toks) > 0 && !toks[len(toks)-1].space})
			case isCJK(r):
				flush()
				cur.WriteRune(r)
				flush()
			default:
				cur.WriteRune(r)
			}
		}
		flush()
	}
	return toks
}

func (f *flowText) style(i int) fyne.TextStyle {
	s := f.spans[i]
	return fyne.TextStyle{Bold: s.bold || f.bold, Italic: s.italic}
}

// measured splits the text into pieces and measures them, once per text size: a paragraph
// is laid out again at every width change, and measuring is the costly part.
func (f *flowText) measured(textSize float32) ([]piece, []float32) {
	if f.cache.size == textSize && f.cache.pieces != nil {
		return f.cache.pieces, f.cache.widths
	}
	toks := f.tokens()
	widths := make([]float32, len(toks))
	for i, t := range toks {
		widths[i] = fyne.MeasureText(t.text, textSize, f.style(t.span)).Width
	}
	f.cache.size, f.cache.pieces, f.cache.widths = textSize, toks, widths
	return toks, widths
}

// placed is a run of tokens on one line with one span.
type placed struct {
	text string
	span int
	pos  fyne.Position
	size fyne.Size
}

// layoutRuns breaks the text into lines for width and returns the runs and total height.
func (f *flowText) layoutRuns(width float32) ([]placed, float32) {
	textSize := theme.SizeForWidget(f.size, f)
	lineH := fyne.MeasureText("Mg认", textSize, fyne.TextStyle{}).Height + theme.SizeForWidget(theme.SizeNameLineSpacing, f)
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, f)
	width -= 2 * pad
	var runs []placed
	x, y := float32(0), float32(0)
	toks, widths := f.measured(textSize)
	for i, t := range toks {
		w := widths[i]
		// punctuation glued to this token moves to the next line with it
		need := w
		for j := i + 1; j < len(toks) && toks[j].glue; j++ {
			need += widths[j]
		}
		if x > 0 && x+need > width && !t.space && !t.glue {
			x, y = 0, y+lineH
		}
		if x == 0 && t.space {
			continue
		}
		if n := len(runs); n > 0 && runs[n-1].span == t.span && runs[n-1].pos.Y == y+pad/2 {
			runs[n-1].text += t.text
			runs[n-1].size.Width += w
		} else {
			runs = append(runs, placed{text: t.text, span: t.span, pos: fyne.NewPos(x+pad, y+pad/2), size: fyne.NewSize(w, lineH)})
		}
		x += w
	}
	return runs, y + lineH + pad
}

func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	return &flowRenderer{f: f}
}

type flowRenderer struct {
	f       *flowText
	objects []fyne.CanvasObject
	height  float32
}

func (r *flowRenderer) Destroy() {}

// MinSize is the height needed at the last laid-out width; a paragraph can shrink to a
// narrow column.
func (r *flowRenderer) MinSize() fyne.Size {
	if r.f.width == 0 {
		// not laid out yet: estimate at a typical reading width
		_, h := r.f.layoutRuns(600)
		return fyne.NewSize(60, h)
	}
	return fyne.NewSize(60, r.height)
}

func (r *flowRenderer) Layout(size fyne.Size) {
	if size.Width == r.f.width && r.objects != nil {
		return
	}
	r.f.width = size.Width
	if r.build() {
		r.f.Refresh() // the height changed: the parent lays out again with the new MinSize
	}
}

// build lays the text out at the current width and reports whether its height changed.
func (r *flowRenderer) build() bool {
	f := r.f
	runs, h := f.layoutRuns(f.width)
	changed := h != r.height
	r.height = h
	textSize := theme.SizeForWidget(f.size, f)
	fg := theme.ColorForWidget(f.color, f)
	linkColor := theme.ColorForWidget(theme.ColorNameHyperlink, f)
	lineSpacing := theme.SizeForWidget(theme.SizeNameLineSpacing, f)
	primary := map[int]*linkArea{}
	for _, l := range f.links {
		primary[l.span] = l
	}
	r.objects = nil
	var areas []fyne.CanvasObject
	for _, run := range runs {
		s := f.spans[run.span]
		c := fg
		if s.link != nil {
			c = linkColor
		}
		t := canvas.NewText(run.text, c)
		t.TextSize = textSize
		t.TextStyle = f.style(run.span)
		t.Move(run.pos)
		t.Resize(run.size)
		r.objects = append(r.objects, t)
		if s.link == nil {
			continue
		}
		under := canvas.NewRectangle(linkColor)
		under.Move(fyne.NewPos(run.pos.X, run.pos.Y+run.size.Height-lineSpacing))
		under.Resize(fyne.NewSize(run.size.Width, 1))
		r.objects = append(r.objects, under)
		// a link broken over lines gets one tappable area per piece
		area := primary[run.span]
		if area == nil {
			area = &linkArea{flow: f, span: run.span, url: s.link}
			area.ExtendBaseWidget(area)
		}
		delete(primary, run.span)
		area.Move(run.pos)
		area.Resize(run.size)
		areas = append(areas, area)
	}
	r.objects = append(r.objects, areas...)
	return changed
}

func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) Refresh() {
	if r.f.width > 0 {
		r.build()
	}
	canvas.Refresh(r.f)
}

// linkText is a title that wraps and is tapped as a whole. Lists of topics and search hits
// use it instead of buttons, whose text never wraps: at large text sizes a list of buttons
// would push the reading pane off the window.
func linkText(text string, onTap func()) *flowText {
	return newFlowText([]span{{text: text, link: &url.URL{Scheme: "app", Opaque: "open"}}}, func(*url.URL) { onTap() })
}

// tap follows the text's first link (for tests and keyboard handlers).
func (f *flowText) tap() {
	if len(f.links) > 0 {
		f.links[0].Tapped(nil)
	}
}

// linkArea is the tappable part of a link in a paragraph.
type linkArea struct {
	widget.BaseWidget
	flow *flowText
	span int
	url  *url.URL
}

// Tapped follows the link.
func (l *linkArea) Tapped(*fyne.PointEvent) {
	if l.flow.onLink != nil {
		l.flow.onLink(l.url)
	}
}

// Cursor shows a hand over links.
func (l *linkArea) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (l *linkArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Text is the link's visible text.
func (l *linkArea) Text() string { return l.flow.spans[l.span].text }
