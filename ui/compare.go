package ui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// compareScreen shows the comparison of plea systems: one card per question, with each
// chosen jurisdiction's answer, its sources and, beside it, what it means for a reader in
// mainland China. The reader picks the columns with check boxes (at least two). A cell
// with a topic is a link: tapping it, or Tab to it and Enter, opens the topic. The columns
// wrap onto new lines when the window is too narrow for them, so nothing is clipped at
// large text sizes. "Save as PDF…" makes the table with the columns shown, in the
// interface language (and another after it, if asked), as PDF or Markdown.
type compareScreen struct {
	*env
	table   *guidance.Comparison
	lang    guidance.Lang // the interface language: the table has text in all four
	content fyne.CanvasObject
	checks  map[string]*widget.Check // by jurisdiction, in table order on screen
	save    *button                  // "Save as PDF…" (or "Print as PDF"); nil without a saver
	saver   *pdfSaver
	hint    *flow.Text // "pick at least two", shown when the reader tries one
	rows    *fyne.Container
	cells   map[string]map[string]*flow.Text // row ID → jurisdiction → the cell's text
	shown   []string                         // the chosen jurisdictions, in table order
	setting bool                             // a check box is being set back by onPick
}

// newCompareScreen builds the screen over t; pdf, when not nil, makes its export.
func newCompareScreen(e *env, t *guidance.Comparison, pdf *pdfSaver) *compareScreen {
	c := &compareScreen{env: e, table: t, lang: e.tr.lang, checks: map[string]*widget.Check{}}
	if t == nil || len(t.Jurisdictions) == 0 {
		c.content = container.NewPadded(wrapped(e.tr.T(msgCompareUnavailable)))
		return c
	}
	c.shown = t.JurisdictionIDs()
	picks := container.New(&columnsLayout{})
	for _, j := range t.Jurisdictions {
		id := j.ID
		ck := widget.NewCheck(j.Name[c.lang], nil)
		ck.SetChecked(true)
		ck.OnChanged = func(on bool) { c.onPick(id, on) }
		c.checks[id] = ck
		picks.Add(ck)
	}
	c.hint = wrapped("")
	c.hint.Hide()
	c.rows = container.NewVBox()
	intro := wrapped(e.tr.T(msgCompareIntro))
	top := container.NewVBox(heading(e.tr.T(msgCompareTitle)), intro,
		wrapped(e.tr.T(msgComparePick)), picks, c.hint)
	if pdf != nil {
		c.saver = pdf.in(c.lang).withMarkdown()
		c.save = c.saver.button("compare.pdf", c.exportParts)
		top.Add(container.NewHBox(c.save))
	}
	c.content = newVScroll(container.NewPadded(container.NewVBox(top, c.rows)))
	c.build()
	return c
}

// onPick shows or hides a jurisdiction's column; the last two cannot be taken away.
func (c *compareScreen) onPick(id string, on bool) {
	if c.setting {
		return
	}
	if !on && len(c.shown) <= 2 {
		c.setting = true
		c.checks[id].SetChecked(true)
		c.setting = false
		c.hint.SetText(c.tr.T(msgCompareAtLeastTwo))
		c.hint.Show()
		return
	}
	c.hint.Hide()
	var shown []string
	for _, j := range c.table.JurisdictionIDs() {
		if (j == id && on) || (j != id && slices.Contains(c.shown, j)) {
			shown = append(shown, j)
		}
	}
	c.shown = shown
	c.build()
}

// exportParts is the table in each of langs with the columns shown on the screen.
func (c *compareScreen) exportParts(langs []guidance.Lang) ([]export.Part, error) {
	parts := make([]export.Part, 0, len(langs))
	for _, l := range langs {
		parts = append(parts, export.Compare(c.table, l, slices.Clone(c.shown), export.CompareWordsIn(l)))
	}
	return parts, nil
}

// onOpenCell opens the topic a cell names: in the library's language when the topic's pack
// is written in it, else in the first of the interface language, English, Simplified
// Chinese, Traditional Chinese and German it has (the library then says which), so a tap
// on a Germany cell in the Chinese interface still opens its topic, in English.
func (c *compareScreen) onOpenCell(topic string) {
	langs := []guidance.Lang{c.env.lang, c.lang, guidance.LangEn, guidance.LangZhHans, guidance.LangZhHant, guidance.LangDe}
	for i, l := range langs {
		if slices.Contains(langs[:i], l) {
			continue
		}
		if _, err := c.lib.Topic(topic, l); err != nil {
			continue
		}
		if l == c.env.lang {
			c.nav.openTopic(topic)
		} else {
			c.nav.openPassage(topic, l, -1, nil)
		}
		return
	}
	fyne.LogError("open topic "+topic, errNoTopicLanguage)
}

// errNoTopicLanguage: a cell names a topic the library has in no language (content lint
// makes sure the topic exists, so this is a packaging error).
var errNoTopicLanguage = errors.New("topic in no language")

// build lays out one card per row for the chosen jurisdictions.
func (c *compareScreen) build() {
	c.rows.RemoveAll()
	c.cells = map[string]map[string]*flow.Text{}
	names := map[string]string{}
	for _, j := range c.table.Jurisdictions {
		names[j.ID] = j.Name[c.lang]
	}
	for _, r := range c.table.Rows {
		c.cells[r.ID] = map[string]*flow.Text{}
		cols := make([]fyne.CanvasObject, 0, len(c.shown))
		for _, j := range c.shown {
			cell := r.Cells[j]
			name := wrapped(names[j])
			name.SetBold(true)
			var text *flow.Text
			if cell.Topic != "" {
				topic := cell.Topic
				text = flow.NewLink(cell.Text[c.lang], func() { c.onOpenCell(topic) })
			} else {
				text = wrapped(cell.Text[c.lang])
			}
			c.cells[r.ID][j] = text
			cols = append(cols, container.NewVBox(name, text, c.sources(cell.Sources)))
		}
		forYou := wrapped(c.tr.T(msgCompareForYou))
		forYou.SetBold(true)
		note := container.NewVBox(forYou, wrapped(r.ForYou.Text[c.lang]), c.sources(r.ForYou.Sources))
		body := container.NewVBox(container.New(&columnsLayout{ems: cellEms}, cols...), widget.NewSeparator(), note)
		c.rows.Add(card(r.Question[c.lang], body))
	}
	c.rows.Refresh()
}

// sources is a cell's provisions in small text, each with the day it was last checked.
func (c *compareScreen) sources(refs []guidance.SourceRef) fyne.CanvasObject {
	parts := make([]string, len(refs))
	for i, s := range refs {
		ct := s.Cite[c.lang]
		parts[i] = c.tr.T(msgCompareSource, "Citation", ct.Text, "Checked", c.tr.date(ct.Checked))
	}
	sep := "; "
	if c.lang.IsChinese() {
		sep = "；"
	}
	t := wrapped(strings.Join(parts, sep))
	t.SetSize(theme.SizeNameCaptionText)
	t.SetColor(theme.ColorNamePlaceHolder)
	return t
}

// columnsLayout puts its objects side by side in equal columns when each can be at least
// ems text heights wide (and as wide as the widest object needs), and otherwise wraps them
// onto as many lines as needed (one column at large text on a narrow window), so that
// nothing is squeezed or clipped.
type columnsLayout struct {
	ems   float32 // the narrowest column, in text sizes; 0: only the objects' own widths
	width float32 // of the last layout, which decides the lines and so the height
}

// cellEms is the narrowest cell of the table: about 14 Chinese characters.
const cellEms = 14

func (l *columnsLayout) column(objects []fyne.CanvasObject) float32 {
	w := l.ems * theme.TextSize()
	for _, o := range objects {
		w = max(w, o.MinSize().Width)
	}
	return w
}

func (l *columnsLayout) perLine(objects []fyne.CanvasObject, width float32) int {
	k := int((width + theme.Padding()) / (l.column(objects) + theme.Padding()))
	return max(1, min(len(objects), k))
}

func (l *columnsLayout) lines(objects []fyne.CanvasObject, width float32, place bool) float32 {
	pad := theme.Padding()
	k := l.perLine(objects, width)
	colW := (width - pad*float32(k-1)) / float32(k)
	var y float32
	for i := 0; i < len(objects); i += k {
		line := objects[i:min(i+k, len(objects))]
		var h float32
		for _, o := range line {
			if place {
				o.Resize(fyne.NewSize(colW, o.MinSize().Height)) // wrap at the column width first
			}
			h = max(h, o.MinSize().Height)
		}
		if place {
			for j, o := range line {
				o.Move(fyne.NewPos(float32(j)*(colW+pad), y))
				o.Resize(fyne.NewSize(colW, h))
			}
		}
		y += h + pad
	}
	return max(0, y-pad)
}

// Layout places the columns at the width given.
func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.lines(objects, size.Width, true)
}

// MinSize is one column wide and as high as the lines at the last width.
func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	col := l.column(objects)
	width := l.width
	if width == 0 {
		width = float32(len(objects)) * (col + theme.Padding())
	}
	return fyne.NewSize(col, l.lines(objects, width, false))
}
