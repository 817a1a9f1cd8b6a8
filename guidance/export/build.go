package export

import (
	"fmt"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// notes numbers endnotes, each text once.
type notes struct {
	list []string
	seen map[string]int
}

// ref gives text's endnote number as " [n]" (or "" for empty text).
func (n *notes) ref(text string) string {
	if text == "" {
		return ""
	}
	if n.seen == nil {
		n.seen = map[string]int{}
	}
	i, ok := n.seen[text]
	if !ok {
		n.list = append(n.list, text)
		i = len(n.list)
		n.seen[text] = i
	}
	return fmt.Sprintf(" [%d]", i)
}

// Plan is the rendered My situation plan as a part: where the case is, the key dates with
// their sources as endnotes, rights, options, what to do now and the questions for the
// lawyer, each with room to write the answer.
func Plan(r interview.Rendered) Part {
	l := LabelsFor(r.Lang)
	p := Part{Lang: r.Lang, Title: l.Plan, NotAdvice: strings.Join(r.Footer, " ")}
	var n notes
	add := func(b Block) { p.Blocks = append(p.Blocks, b) }
	if len(r.Notes) > 0 {
		add(Block{Kind: Heading, Text: r.Headings["check"]})
		for _, x := range r.Notes {
			add(Block{Kind: Warn, Text: x})
		}
	}
	add(Block{Kind: Heading, Text: r.Headings["where"]})
	for i, s := range r.Road {
		text := s.Name + " — " + s.Who
		if s.Current {
			text = "▶ " + text
		}
		add(Block{Kind: Numbered, Number: i + 1, Text: text, Bold: s.Current})
	}
	if len(r.Dates) > 0 {
		add(Block{Kind: Heading, Text: r.Headings["dates"]})
		if len(r.Timeline.Rows) > 0 {
			tl := r.Timeline
			add(Block{Kind: TimelineFig, Timeline: &tl})
			if c := r.Headings["timeline"]; c != "" {
				add(Block{Kind: Small, Text: c})
			}
		}
		for _, d := range r.Dates {
			add(Block{Kind: Subheading, Text: d.Text + n.ref(d.Source)})
			for _, x := range d.Details {
				add(Block{Kind: Small, Text: x, Indent: 1})
			}
		}
	}
	for _, s := range []struct {
		key   string
		items []interview.ItemView
	}{{"rights", r.Rights}, {"options", r.Options}, {"actions", r.Actions}} {
		if len(s.items) == 0 {
			continue
		}
		add(Block{Kind: Heading, Text: r.Headings[s.key]})
		for _, it := range s.items {
			add(Block{Kind: Subheading, Text: it.Title})
			for _, x := range []string{it.Text, it.Gain, it.Cost, it.Lawyer} {
				if x != "" {
					add(Block{Kind: Para, Text: x})
				}
			}
			add(Block{Kind: Small, Text: l.ReadMore + ": " + it.TopicTitle})
		}
	}
	if len(r.Questions) > 0 {
		add(Block{Kind: Heading, Text: r.Headings["questions"]})
		for i, q := range r.Questions {
			add(Block{Kind: Subheading, Text: fmt.Sprintf("%d. %s", i+1, q.Text)})
			if q.Why != "" {
				add(Block{Kind: Small, Text: q.Why})
			}
			add(Block{Kind: WriteSpace, Lines: 2})
		}
	}
	p.Notes = n.list
	return p
}

// SheetQuestion is one question on the question sheet: its text and why it matters in the
// sheet's language, and the lawyer's answer as typed so far.
type SheetQuestion struct {
	Text, Why, Answer string
}

// Questions is the question sheet: every question, the lawyer's answer typed so far, and
// ruled lines under each to write on by hand.
func Questions(lang guidance.Lang, qs []SheetQuestion) Part {
	l := LabelsFor(lang)
	p := Part{Lang: lang, Title: l.Questions, NotAdvice: l.NotAdvice}
	for i, q := range qs {
		p.Blocks = append(p.Blocks, Block{Kind: Subheading, Text: fmt.Sprintf("%d. %s", i+1, q.Text)})
		if q.Why != "" {
			p.Blocks = append(p.Blocks, Block{Kind: Small, Text: q.Why})
		}
		if strings.TrimSpace(q.Answer) != "" {
			p.Blocks = append(p.Blocks, Block{Kind: Answer, Text: strings.TrimSpace(q.Answer)})
		}
		p.Blocks = append(p.Blocks, Block{Kind: WriteSpace, Lines: 4})
	}
	return p
}

// Topic is a library topic as a part: its summary and body, glossary and topic links as
// plain words, each citation marked [n] with the source, its version and the day it was
// last checked as endnote n. cites are the topic's sources (Library.Citations of
// t.Sources); a provision of another pack's jurisdiction is named with it.
func Topic(t guidance.Topic, cites []guidance.Citation) Part {
	p := Part{Lang: t.Lang, Title: t.Title, NotAdvice: LabelsFor(t.Lang).NotAdvice}
	c := newCiter(t.Lang, guidance.CitedFrom(t.Pack, cites))
	if t.Summary != "" {
		p.Blocks = append(p.Blocks, Block{Kind: Para, Text: t.Summary, Bold: true})
	}
	p.Blocks = append(p.Blocks, c.blocks(t.Body, 0)...)
	p.Notes = c.n.list
	return p
}

// citer turns content Markdown into blocks, each citation marked [n] with its endnote.
type citer struct {
	n       notes
	byID    map[string]guidance.Citation
	lang    guidance.Lang
	checked string
}

func newCiter(lang guidance.Lang, cites []guidance.Citation) *citer {
	c := &citer{byID: map[string]guidance.Citation{}, lang: lang, checked: " (checked %s)"}
	for _, x := range cites {
		c.byID[x.SourceID] = x
	}
	switch lang {
	case guidance.LangZhHans:
		c.checked = "（核对于%s）"
	case guidance.LangZhHant:
		c.checked = "（核對於%s）"
	case guidance.LangDe:
		c.checked = " (geprüft am %s)"
	}
	return c
}

// cite is the endnote mark of source id, with the source, its version and the day it was
// last checked as the note; "" for a source not in cites.
func (c *citer) cite(id string) string {
	x, ok := c.byID[id]
	if !ok {
		return ""
	}
	return c.n.ref(x.Text + fmt.Sprintf(c.checked, c.lang.WriteDate(x.Checked)))
}

// inline is md as one line of plain words with its citation marks.
func (c *citer) inline(md string) string {
	var out []string
	for _, b := range c.blocks(md, 0) {
		out = append(out, b.Text)
	}
	return strings.Join(out, " ")
}

// blocks is md as blocks: headings, paragraphs and list items, links as plain words.
func (c *citer) blocks(md string, indent int) []Block {
	doc := content.Parse(md)
	var out []Block
	spans := func(ss []content.Span) string {
		var b strings.Builder
		for i, sp := range ss {
			b.WriteString(sp.Text)
			// a citation's mark goes after the last span of its link
			if sp.Link >= 0 && (i+1 == len(ss) || ss[i+1].Link != sp.Link) {
				if lk := doc.Links[sp.Link]; lk.Scheme == "src" {
					b.WriteString(c.cite(lk.Target))
				}
			}
		}
		return b.String()
	}
	var walk func(blocks []content.Block, indent int)
	walk = func(blocks []content.Block, indent int) {
		for _, b := range blocks {
			switch b.Kind {
			case content.BlockHeading:
				k := Heading
				if b.Level > 2 {
					k = Subheading
				}
				out = append(out, Block{Kind: k, Text: spans(b.Spans)})
			case content.BlockList:
				for i, item := range b.Items {
					for j, ib := range item {
						if j == 0 && (ib.Kind == content.BlockParagraph || ib.Kind == content.BlockCode) {
							k := Bullet
							if b.Ordered {
								k = Numbered
							}
							out = append(out, Block{Kind: k, Number: b.Start + i, Text: spans(ib.Spans), Indent: indent})
							continue
						}
						walk([]content.Block{ib}, indent+1)
					}
				}
			case content.BlockQuote:
				walk(b.Quoted, indent+1)
			case content.BlockRule:
			default:
				out = append(out, Block{Kind: Para, Text: spans(b.Spans), Indent: indent})
			}
		}
	}
	walk(doc.Blocks, indent)
	return out
}
