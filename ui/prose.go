package ui

import (
	"net/url"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// Topic text is drawn with the flow widget rather than widget.RichText: see package flow
// for why and for when to go back.

// prose is a rendered CommonMark body and the links in it.
type prose struct {
	content fyne.CanvasObject
	links   []*flow.Link
	checks  []*widget.Check // the boxes of a checklist, in order

	checklist *checklist
	// sections are the paragraphs of each part of the body: [0] before the first ## heading,
	// then one per ## heading, which comes first in its part (search opens a topic there)
	sections [][]*flow.Text
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
	p := &prose{checklist: list, sections: [][]*flow.Text{nil}}
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
		f := flow.New(docSpans(doc, b.Spans), onLink)
		f.SetSize(theme.SizeNameSubHeadingText)
		if b.Level <= 1 {
			f.SetSize(theme.SizeNameHeadingText)
		}
		f.SetBold(true)
		p.links = append(p.links, f.Links()...)
		if b.Level == 2 && depth == 0 {
			p.sections = append(p.sections, nil)
		}
		p.addToSection(f)
		box.Add(f)
	case content.BlockParagraph, content.BlockCode:
		f := flow.New(docSpans(doc, b.Spans), onLink)
		p.links = append(p.links, f.Links()...)
		p.addToSection(f)
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

func (p *prose) addToSection(f *flow.Text) {
	n := len(p.sections) - 1
	p.sections[n] = append(p.sections[n], f)
}

// section is the paragraphs of part i of the body (0 before the first ## heading), or nil.
func (p *prose) section(i int) []*flow.Text {
	if i < 0 || i >= len(p.sections) {
		return nil
	}
	return p.sections[i]
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
func docSpans(doc content.Doc, spans []content.Span) []flow.Span {
	out := make([]flow.Span, 0, len(spans))
	for _, s := range spans {
		sp := flow.Span{Text: s.Text, Bold: s.Bold, Italic: s.Italic}
		if s.Link >= 0 {
			if u, err := url.Parse(doc.Links[s.Link].Dest); err == nil {
				sp.Link = u
			}
		}
		out = append(out, sp)
	}
	return out
}
