// Package export writes what a family takes to the lawyer — the My situation plan, the
// question sheet with the lawyer's answers, and library topics — as PDF (A4 or US Letter,
// with subsets of TrueType fonts embedded, so Chinese prints on a computer without Chinese
// fonts) and as Markdown. A Doc holds one Part per language; a bilingual export is two
// parts one after the other. The package never imports Fyne.
package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// Kind says what a block is.
type Kind int

// The kinds of block a part holds.
const (
	Para        Kind = iota // a paragraph of body text
	Heading                 // a section heading
	Subheading              // the title of an item or a question
	Bullet                  // one item of a list
	Numbered                // one item of a numbered list (Number set)
	Small                   // a line in smaller, grey type: how a date was counted, "Read more"
	Warn                    // something to check, in red
	Answer                  // the lawyer's answer as typed, under its label
	WriteSpace              // ruled lines to write on by hand (Lines of them)
	Boxed                   // a fixed caption, in a shaded box
	Bar                     // the illustration's bar (Bar set); Text is not used
	TimelineFig             // the plan's timeline picture (Timeline set); Text is not used
)

// BarFigure is the illustration drawn as a bar: the base sentence as an outlined bar and
// the illustrated range on it, solid up to Low and lighter from Low to High, with the
// base and both ends labelled on a scale in months.
type BarFigure struct {
	Base, Low, High                float64 // months
	BaseLabel, LowLabel, HighLabel string
}

// Block is one block of a part.
type Block struct {
	Kind     Kind
	Text     string
	Bold     bool
	Number   int                 // Numbered: the number shown
	Lines    int                 // WriteSpace: how many lines
	Indent   int                 // 0 or 1: one step in, under a list item or a date
	Bar      *BarFigure          // Bar
	Timeline *interview.Timeline // TimelineFig
}

// Part is the export in one language: a title, its blocks, the sources as endnotes (each
// block refers to them as [n], counted from 1) and the line that says it is information,
// not legal advice, printed at the foot of every page of the part.
type Part struct {
	Lang      guidance.Lang
	Title     string
	Blocks    []Block
	Notes     []string
	NotAdvice string
}

// Doc is a whole export: its parts in order, the clinic's lines (name, address, phone)
// that head every page when clinic mode sets them, and the day it was made.
type Doc struct {
	Parts  []Part
	Header []string
	Made   time.Time
}

// Labels are the export's own words in one language.
type Labels struct {
	Plan      string // the plan's title
	Questions string // the question sheet's title
	Sources   string // the heading of the endnotes
	Answer    string // above the lawyer's answer as typed
	Write     string // above the lines to write on
	Page      string // "Page %d of %s"
	Made      string // "Made on %s"
	ReadMore  string // before a topic's title
	NotAdvice string // at the foot of a topic or a question sheet
}

var labels = map[bool]Labels{
	true: {
		Plan:      "我的情况：计划",
		Questions: "问律师的问题",
		Sources:   "出处",
		Answer:    "律师的回答（已记下的）：",
		Write:     "在这里写下律师的回答：",
		Page:      "第 %d 页，共 %s 页",
		Made:      "制作日期：%s",
		ReadMore:  "详细阅读",
		NotAdvice: "这里只是一般信息，不是法律意见。请带给律师看。",
	},
	false: {
		Plan:      "My situation: the plan",
		Questions: "Questions for the lawyer",
		Sources:   "Sources",
		Answer:    "The lawyer's answer (typed so far):",
		Write:     "Write the lawyer's answer here:",
		Page:      "Page %d of %s",
		Made:      "Made on %s",
		ReadMore:  "Read more",
		NotAdvice: "This is general information, not legal advice. Take it to the lawyer.",
	},
}

// LabelsFor gives the export's words in lang: Chinese for zh-Hans and zh-Hant, English
// otherwise (content exists in those two).
func LabelsFor(lang guidance.Lang) Labels { return labels[lang.IsChinese()] }

// FormatDay writes a day the way readers of lang expect.
func FormatDay(t time.Time, lang guidance.Lang) string {
	if lang.IsChinese() {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	}
	return t.Format("2 January 2006")
}

// Markdown writes the document as CommonMark: one section per part, each with its
// endnotes, and a rule between parts.
func Markdown(d Doc) []byte {
	var b strings.Builder
	for i, p := range d.Parts {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		l := LabelsFor(p.Lang)
		for _, h := range d.Header {
			fmt.Fprintf(&b, "%s  \n", mdEscape(h))
		}
		if len(d.Header) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(p.Title))
		fmt.Fprintf(&b, "*%s*\n\n", mdEscape(fmt.Sprintf(l.Made, FormatDay(d.Made, p.Lang))))
		prev := Para
		for _, bl := range p.Blocks {
			listy := bl.Kind == Bullet || bl.Kind == Numbered
			if (prev == Bullet || prev == Numbered) && !listy {
				b.WriteString("\n")
			}
			indent := strings.Repeat("   ", bl.Indent)
			text := mdEscape(bl.Text)
			if bl.Bold && text != "" {
				text = "**" + text + "**"
			}
			switch bl.Kind {
			case Heading:
				fmt.Fprintf(&b, "## %s\n\n", text)
			case Subheading:
				fmt.Fprintf(&b, "### %s\n\n", mdEscape(bl.Text))
			case Bullet:
				fmt.Fprintf(&b, "%s- %s\n", indent, text)
			case Numbered:
				fmt.Fprintf(&b, "%s%d. %s\n", indent, bl.Number, text)
			case Small:
				fmt.Fprintf(&b, "%s*%s*\n\n", indent, mdEscape(bl.Text))
			case Warn:
				fmt.Fprintf(&b, "%s> **%s**\n\n", indent, mdEscape(bl.Text))
			case Answer:
				fmt.Fprintf(&b, "%s**%s**\n\n%s> %s\n\n", indent, mdEscape(l.Answer), indent,
					strings.ReplaceAll(mdEscape(bl.Text), "\n", "\n"+indent+"> "))
			case Boxed:
				fmt.Fprintf(&b, "%s> %s\n\n", indent, text)
			case Bar:
				f := bl.Bar
				fmt.Fprintf(&b, "%s`%s`  \n%s0 · %s · %s · %s\n\n", indent, textBar(f, 40), indent,
					mdEscape(f.LowLabel), mdEscape(f.HighLabel), mdEscape(f.BaseLabel))
			case TimelineFig:
				// the dates are listed in words beside it; Markdown draws no picture
			case WriteSpace:
				fmt.Fprintf(&b, "%s%s\n\n", indent, mdEscape(l.Write))
				for range bl.Lines {
					fmt.Fprintf(&b, "%s\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n", indent)
				}
				b.WriteString("\n")
			default:
				fmt.Fprintf(&b, "%s%s\n\n", indent, text)
			}
			prev = bl.Kind
		}
		if prev == Bullet || prev == Numbered {
			b.WriteString("\n")
		}
		if len(p.Notes) > 0 {
			fmt.Fprintf(&b, "## %s\n\n", mdEscape(l.Sources))
			for n, note := range p.Notes {
				fmt.Fprintf(&b, "%d. %s\n", n+1, mdEscape(note))
			}
			b.WriteString("\n")
		}
		if p.NotAdvice != "" {
			fmt.Fprintf(&b, "*%s*\n", mdEscape(p.NotAdvice))
		}
	}
	return []byte(b.String())
}

// textBar draws a BarFigure in characters: '#' up to the low end, '=' from the low to the
// high end, '.' for the rest of the base sentence, the whole width being the larger of the
// base and the high end.
func textBar(f *BarFigure, width int) string {
	top := max(f.Base, f.High)
	if top <= 0 {
		return ""
	}
	lo := int(f.Low / top * float64(width))
	hi := int(f.High/top*float64(width) + 0.999)
	return "[" + strings.Repeat("#", lo) + strings.Repeat("=", max(hi-lo, 1)) + strings.Repeat(".", max(width-max(hi, lo+1), 0)) + "]"
}

// mdEscape keeps text from being read as Markdown.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)
	return r.Replace(s)
}
