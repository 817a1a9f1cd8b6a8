package content

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Doc is a topic body parsed once: blocks of styled text spans and the links in them. Lint,
// the search text and the app all read the same Doc, so what the checks see is what the
// reader gets. HTML in a body (such as the reviewers' marker <!-- no law -->) is never part
// of the text: HTML blocks are kept apart in Comments, inline tags are dropped.
type Doc struct {
	Blocks   []Block
	Links    []Link    // every link, in order; a Span's Link indexes this list
	Comments []Comment // HTML blocks, which are never shown
}

// BlockKind says what a block is.
type BlockKind int

// The kinds of block a body can hold.
const (
	BlockParagraph BlockKind = iota
	BlockHeading
	BlockList
	BlockQuote
	BlockRule // a thematic break
	BlockCode // not part of the content format; shown as plain text, left out of the text checks
)

// Block is one block of a body.
type Block struct {
	Kind  BlockKind
	Line  int    // 1-based line in the body where the block starts
	Level int    // headings: 1 for #, 2 for ##, …
	Spans []Span // paragraphs, headings and code

	Ordered bool      // lists: numbered
	Start   int       // lists: the first number of a numbered list
	Items   [][]Block // lists: the blocks of each item
	Quoted  []Block   // quotes: the blocks inside
}

// Span is a run of text with one style.
type Span struct {
	Text   string
	Bold   bool
	Italic bool
	Link   int // index into Doc.Links, or -1 outside links
}

// Comment is an HTML block: a note for writers and reviewers, never shown.
type Comment struct {
	Before int // index in Doc.Blocks of the block that follows it (len(Blocks) at the end)
	Text   string
}

// HasMarker reports whether the comment holds marker, for example NoLawMarker.
func (c Comment) HasMarker(marker string) bool { return strings.Contains(c.Text, marker) }

// Text is the block's own text (paragraphs, headings and code).
func (b Block) Text() string {
	var s strings.Builder
	for _, sp := range b.Spans {
		s.WriteString(sp.Text)
	}
	return s.String()
}

var md = goldmark.New()

// Parse reads a CommonMark body. It never fails: anything it does not know becomes text or
// is left out.
func Parse(body string) Doc {
	src := []byte(body)
	p := &docParser{src: src}
	root := md.Parser().Parse(text.NewReader(src))
	p.doc.Blocks = p.blocks(root, true)
	return p.doc
}

type docParser struct {
	src []byte
	doc Doc
}

// blocks converts the block children of n. top is set for the body itself, whose HTML
// blocks are recorded as comments.
func (p *docParser) blocks(n ast.Node, top bool) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		line := p.line(c)
		switch v := c.(type) {
		case *ast.Heading:
			out = append(out, Block{Kind: BlockHeading, Line: line, Level: v.Level, Spans: p.spans(v)})
		case *ast.Paragraph, *ast.TextBlock:
			out = append(out, Block{Kind: BlockParagraph, Line: line, Spans: p.spans(v)})
		case *ast.List:
			b := Block{Kind: BlockList, Line: line, Ordered: v.IsOrdered(), Start: v.Start}
			for item := v.FirstChild(); item != nil; item = item.NextSibling() {
				b.Items = append(b.Items, p.blocks(item, false))
			}
			out = append(out, b)
		case *ast.Blockquote:
			out = append(out, Block{Kind: BlockQuote, Line: line, Quoted: p.blocks(v, false)})
		case *ast.ThematicBreak:
			out = append(out, Block{Kind: BlockRule, Line: line})
		case *ast.HTMLBlock:
			var raw bytes.Buffer
			for i := 0; i < v.Lines().Len(); i++ {
				seg := v.Lines().At(i)
				raw.Write(seg.Value(p.src))
			}
			if v.HasClosure() {
				closure := v.ClosureLine
				raw.Write(closure.Value(p.src))
			}
			if top {
				p.doc.Comments = append(p.doc.Comments, Comment{Before: len(out), Text: raw.String()})
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			out = append(out, Block{Kind: BlockCode, Line: line, Spans: []Span{{Text: strings.TrimRight(string(c.Lines().Value(p.src)), "\n"), Link: -1}}})
		default:
			out = append(out, p.blocks(c, false)...)
		}
	}
	return out
}

// spans flattens the inline children of n into styled spans and records its links.
func (p *docParser) spans(n ast.Node) []Span {
	var out []Span
	link := -1
	var walk func(n ast.Node, bold, italic bool)
	add := func(t string, bold, italic bool) {
		if k := len(out) - 1; k >= 0 && out[k].Bold == bold && out[k].Italic == italic && out[k].Link == link {
			out[k].Text += t
			return
		}
		out = append(out, Span{Text: t, Bold: bold, Italic: italic, Link: link})
	}
	walk = func(n ast.Node, bold, italic bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch v := c.(type) {
			case *ast.Text:
				t := string(v.Segment.Value(p.src))
				if v.SoftLineBreak() || v.HardLineBreak() {
					t += " "
				}
				add(t, bold, italic)
			case *ast.String:
				add(string(v.Value), bold, italic)
			case *ast.Emphasis:
				walk(v, bold || v.Level >= 2, italic || v.Level == 1)
			case *ast.Link:
				p.doc.Links = append(p.doc.Links, newLink(string(v.Destination), nodeText(v, p.src), nodeLine(v, p.src)))
				outer := link
				link = len(p.doc.Links) - 1
				walk(v, bold, italic)
				link = outer
			case *ast.AutoLink:
				p.doc.Links = append(p.doc.Links, newLink(string(v.URL(p.src)), "", nodeLine(v, p.src)))
			case *ast.RawHTML:
				// inline tags are never shown
			default:
				walk(c, bold, italic)
			}
		}
	}
	walk(n, false, false)
	return out
}

func newLink(dest, text string, line int) Link {
	ln := Link{Dest: dest, Text: text, Line: line}
	if i := strings.IndexByte(dest, ':'); i > 0 {
		ln.Scheme, ln.Target = dest[:i], dest[i+1:]
	}
	return ln
}

// line is the 1-based line where block n starts.
func (p *docParser) line(n ast.Node) int {
	for c := ast.Node(n); c != nil; c = c.FirstChild() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return bytes.Count(p.src[:c.Lines().At(0).Start], []byte("\n")) + 1
		}
	}
	return nodeLine(n, p.src)
}

// flattenOpts choose what flatten leaves out.
type flattenOpts struct {
	skipLink     func(dest string) bool // links whose text is left out (a no-break space stands in)
	skipHeadings bool
}

// span is where a term: link sits in flattened text (byte offsets).
type span struct {
	target     string
	start, end int
}

// flatten turns the Doc into plain text, one block per line, and reports where the term:
// links are in it. Code blocks are left out.
func (d Doc) flatten(o flattenOpts) (string, []span) {
	f := &flattener{doc: d, o: o}
	f.blocks(d.Blocks)
	return f.b.String(), f.spans
}

type flattener struct {
	doc   Doc
	o     flattenOpts
	b     strings.Builder
	spans []span
}

func (f *flattener) endBlock() {
	if f.b.Len() > 0 && !strings.HasSuffix(f.b.String(), "\n") {
		f.b.WriteByte('\n')
	}
}

func (f *flattener) blocks(bs []Block) {
	for _, b := range bs {
		switch b.Kind {
		case BlockHeading:
			if !f.o.skipHeadings {
				f.inline(b.Spans)
			}
		case BlockParagraph:
			f.inline(b.Spans)
		case BlockList:
			for _, item := range b.Items {
				f.blocks(item)
				f.endBlock()
			}
		case BlockQuote:
			f.blocks(b.Quoted)
		}
		f.endBlock()
	}
}

func (f *flattener) inline(spans []Span) {
	for i, sp := range spans {
		if sp.Link < 0 {
			f.b.WriteString(sp.Text)
			continue
		}
		first := i == 0 || spans[i-1].Link != sp.Link
		last := i == len(spans)-1 || spans[i+1].Link != sp.Link
		ln := f.doc.Links[sp.Link]
		if f.o.skipLink != nil && f.o.skipLink(ln.Dest) {
			if first {
				f.b.WriteString("\u00a0")
			}
			continue
		}
		term := ln.Scheme == "term"
		if term && first {
			f.spans = append(f.spans, span{target: ln.Target, start: f.b.Len()})
		}
		f.b.WriteString(sp.Text)
		if term && last {
			f.spans[len(f.spans)-1].end = f.b.Len()
		}
	}
}

// section is a part of a body between headings, for the citation rule.
type section struct {
	level   int // 0 for the text before the first heading
	heading string
	line    int // 1-based body line of the heading (1 for the introduction)
	text    string
	cites   bool
	noLaw   bool
}

// sections splits the Doc at its top-level headings; text before the first heading is a
// section too.
func (d Doc) sections() []section {
	secs := []section{{heading: "(introduction)", line: 1}}
	comment := 0
	for i, b := range d.Blocks {
		for ; comment < len(d.Comments) && d.Comments[comment].Before <= i; comment++ {
			secs[len(secs)-1].noLaw = secs[len(secs)-1].noLaw || d.Comments[comment].HasMarker(NoLawMarker)
		}
		if b.Kind == BlockHeading {
			secs = append(secs, section{level: b.Level, heading: b.Text(), line: b.Line})
			continue
		}
		cur := &secs[len(secs)-1]
		text, _ := Doc{Blocks: []Block{b}, Links: d.Links}.flatten(flattenOpts{})
		cur.text += text
		for _, dest := range d.linksIn(b) {
			cur.cites = cur.cites || strings.HasPrefix(dest, "src:")
		}
	}
	for ; comment < len(d.Comments); comment++ {
		secs[len(secs)-1].noLaw = secs[len(secs)-1].noLaw || d.Comments[comment].HasMarker(NoLawMarker)
	}
	return secs
}

// linksIn lists the destinations of the links in b and the blocks inside it.
func (d Doc) linksIn(b Block) []string {
	var out []string
	seen := -1
	for _, sp := range b.Spans {
		if sp.Link >= 0 && sp.Link != seen {
			out = append(out, d.Links[sp.Link].Dest)
			seen = sp.Link
		}
	}
	for _, item := range b.Items {
		for _, c := range item {
			out = append(out, d.linksIn(c)...)
		}
	}
	for _, c := range b.Quoted {
		out = append(out, d.linksIn(c)...)
	}
	return out
}
