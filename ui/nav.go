package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// sideNav is the main window's navigation: a column of buttons beside the screen they
// show. Fyne's AppTabs cannot be reached with Tab, and at large text moves the last tabs
// into a "⋮" menu that hides the current one; these buttons take the focus like any other
// (Enter and Space press them), and a column that no longer fits scrolls.
type sideNav struct {
	Items      []*container.TabItem
	OnSelected func(*container.TabItem)

	buttons  []*button
	column   *fyne.Container
	stack    *fyne.Container
	content  fyne.CanvasObject
	selected int
}

func newSideNav(items ...*container.TabItem) *sideNav {
	n := &sideNav{column: container.NewVBox(), stack: container.NewStack()}
	for _, it := range items {
		n.Append(it)
	}
	// the column comes first among the children, so Tab reaches it before the screen
	side := newVScroll(n.column)
	n.content = container.New(layout.NewBorderLayout(nil, nil, side, nil), side, n.stack)
	n.show()
	return n
}

// Append adds a screen at the end.
func (n *sideNav) Append(it *container.TabItem) {
	i := len(n.Items)
	n.Items = append(n.Items, it)
	b := newButtonWithIcon(it.Text, it.Icon, func() { n.SelectIndex(i) })
	b.Alignment = widget.ButtonAlignLeading
	n.buttons = append(n.buttons, b)
	n.column.Add(b)
	n.mark()
}

// SelectIndex shows screen i and tells OnSelected.
func (n *sideNav) SelectIndex(i int) {
	if i < 0 || i >= len(n.Items) {
		return
	}
	n.selected = i
	n.mark()
	n.show()
	if n.OnSelected != nil {
		n.OnSelected(n.Items[i])
	}
}

// SelectedIndex is the screen shown.
func (n *sideNav) SelectedIndex() int { return n.selected }

// Refresh shows the selected screen's content again, after it was built or replaced.
func (n *sideNav) Refresh() { n.show() }

func (n *sideNav) show() {
	if n.selected >= len(n.Items) {
		return
	}
	n.stack.Objects = []fyne.CanvasObject{n.Items[n.selected].Content}
	n.stack.Refresh()
}

// mark shows which screen is open: its button is the blue one.
func (n *sideNav) mark() {
	for i, b := range n.buttons {
		imp := widget.LowImportance
		if i == n.selected {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
}

// wheelStep is how many times farther than Fyne's a scroll wheel notch moves a page:
// Fyne moves about 25 px, a line of small text, and a long topic took dozens of notches.
const wheelStep = 3

// scroller is a vertical scroll that moves a readable amount per wheel notch.
type scroller struct {
	container.Scroll
}

// newVScroll is container.NewVScroll with a larger wheel step.
func newVScroll(content fyne.CanvasObject) *scroller {
	s := &scroller{}
	s.Content = content
	s.Direction = container.ScrollVerticalOnly
	s.ExtendBaseWidget(s)
	return s
}

// Scrolled moves wheelStep times Fyne's distance.
func (s *scroller) Scrolled(ev *fyne.ScrollEvent) {
	e := *ev
	e.Scrolled = fyne.NewDelta(ev.Scrolled.DX*wheelStep, ev.Scrolled.DY*wheelStep)
	s.Scroll.Scrolled(&e)
}
