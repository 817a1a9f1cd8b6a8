package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/ui/flow"
)

// button is the app's push button. Fyne's own presses only on Space and shows focus as a
// tint that vanishes on a blue (primary) button; this one also presses on Enter and draws
// a ring in the text colour just outside itself while it has the focus, on every kind of button.
//
// A button set to wrap (a full-width one: see tall) breaks its label over lines instead
// of asking for the width of the whole label, which at 200 % text pushed the window wider
// than the screen.
type button struct {
	widget.Button
	focused bool
	wrap    bool
}

// wrapping makes the label wrap; only for buttons given the full width of their column.
func (b *button) wrapping() *button {
	b.wrap = true
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// newButton makes a button with a label, like widget.NewButton.
func newButton(label string, tapped func()) *button {
	return newButtonWithIcon(label, nil, tapped)
}

// newButtonWithIcon makes a button with a label and an icon, like
// widget.NewButtonWithIcon.
func newButtonWithIcon(label string, icon fyne.Resource, tapped func()) *button {
	b := &button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and Return as well as on Space, and passes Escape
// and F1 on to the window.
func (b *button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	default:
		if passesOn(ev.Name) {
			passOn(b, ev)
			return
		}
		b.Button.TypedKey(ev)
	}
}

// FocusGained shows the ring.
func (b *button) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
}

// FocusLost hides the ring.
func (b *button) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

// CreateRenderer draws Fyne's button with the focus ring on top.
func (b *button) CreateRenderer() fyne.WidgetRenderer {
	r := &buttonRenderer{WidgetRenderer: b.Button.CreateRenderer(), b: b, ring: canvas.NewRectangle(color.Transparent)}
	if b.wrap {
		r.label = wrapped(b.Text)
		r.label.SetBold(true)
	}
	r.applyTheme()
	return r
}

type buttonRenderer struct {
	fyne.WidgetRenderer
	b     *button
	ring  *canvas.Rectangle
	label *flow.Text // the wrapping label, in place of Fyne's; nil unless b.wrap
}

func (r *buttonRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	if r.label == nil {
		return append(objs, r.ring)
	}
	out := make([]fyne.CanvasObject, 0, len(objs)+2)
	for _, o := range objs {
		if _, ok := o.(*widget.RichText); !ok { // Fyne's one-line label
			out = append(out, o)
		}
	}
	return append(out, r.label, r.ring)
}

// iconSpace is the room the icon takes before a wrapping label.
func (r *buttonRenderer) iconSpace() (x, icon float32) {
	th := r.b.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	if r.b.Icon == nil {
		return pad / 2, 0
	}
	icon = th.Size(theme.SizeNameInlineIcon)
	return pad + icon, icon
}

func (r *buttonRenderer) MinSize() fyne.Size {
	min := r.WidgetRenderer.MinSize()
	if r.label == nil {
		return min
	}
	x, _ := r.iconSpace()
	pad := r.b.Theme().Size(theme.SizeNameInnerPadding)
	l := r.label.MinSize()
	return fyne.NewSize(x+l.Width+pad, fyne.Max(min.Height, l.Height+pad))
}

func (r *buttonRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	if r.label != nil {
		x, icon := r.iconSpace()
		pad := r.b.Theme().Size(theme.SizeNameInnerPadding)
		r.label.Move(fyne.NewPos(x, 0))
		r.label.Resize(fyne.NewSize(s.Width-x-pad/2, s.Height))
		h := r.label.MinSize().Height
		r.label.Move(fyne.NewPos(x, (s.Height-h)/2))
		r.label.Resize(fyne.NewSize(s.Width-x-pad/2, h))
		for _, o := range r.WidgetRenderer.Objects() {
			if img, ok := o.(*canvas.Image); ok && icon > 0 {
				img.Move(fyne.NewPos(pad, (s.Height-icon)/2))
			}
		}
	}
	// just outside the button, in the padding round it, so that it stands against the
	// page whatever colour the button is
	out := r.b.Theme().Size(theme.SizeNameInputBorder) * 2
	r.ring.Move(fyne.NewPos(-out, -out))
	r.ring.Resize(s.AddWidthHeight(2*out, 2*out))
}

func (r *buttonRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.applyTheme()
	r.ring.Refresh()
	if r.label != nil {
		if r.label.String() != r.b.Text {
			r.label.SetText(r.b.Text)
		}
		r.label.Refresh()
	}
}

func (r *buttonRenderer) applyTheme() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.FillColor = color.Transparent
	r.ring.StrokeColor = color.Transparent
	if r.b.focused {
		r.ring.StrokeColor = th.Color(theme.ColorNameForeground, v)
	}
	r.ring.StrokeWidth = 2 * th.Size(theme.SizeNameInputBorder)
	r.ring.CornerRadius = th.Size(theme.SizeNameInputRadius)
	if r.label != nil {
		r.label.SetColor(theme.ColorNameForeground)
		switch {
		case r.b.Disabled():
			r.label.SetColor(theme.ColorNameDisabled)
		case r.b.Importance == widget.HighImportance:
			r.label.SetColor(theme.ColorNameForegroundOnPrimary)
		case r.b.Importance == widget.DangerImportance:
			r.label.SetColor(theme.ColorNameForegroundOnError)
		}
	}
}

// newButtonRow puts buttons side by side, as container.NewHBox does, but moves the ones
// that no longer fit onto a new line: at 200 % text a row of three buttons was wider than
// the window and pushed it past a 1280 px screen.
func newButtonRow(buttons ...fyne.CanvasObject) *fyne.Container {
	return container.New(&rowLayout{}, buttons...)
}

// rowLayout lays its objects out left to right at their MinSize, breaking lines where the
// width runs out; each object is as high as the highest on its line.
type rowLayout struct {
	width float32 // of the last layout, which decides the lines and so the height
}

func (l *rowLayout) lines(objects []fyne.CanvasObject, width float32, place bool) float32 {
	pad := theme.Padding()
	var y float32
	var line []fyne.CanvasObject
	var x, h float32
	flush := func() {
		if len(line) == 0 {
			return
		}
		if place {
			var at float32
			for _, o := range line {
				o.Move(fyne.NewPos(at, y))
				o.Resize(fyne.NewSize(o.MinSize().Width, h))
				at += o.MinSize().Width + pad
			}
		}
		y += h + pad
		line, x, h = nil, 0, 0
	}
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if len(line) > 0 && x+m.Width > width {
			flush()
		}
		line = append(line, o)
		x += m.Width + pad
		h = max(h, m.Height)
	}
	flush()
	return max(0, y-pad)
}

// Layout places the objects at the width given.
func (l *rowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.lines(objects, size.Width, true)
}

// MinSize is as wide as the widest object and as high as the lines at the last width (one
// line before the first layout).
func (l *rowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, all float32
	for _, o := range objects {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
			all += o.MinSize().Width + theme.Padding()
		}
	}
	width := l.width
	if width == 0 {
		width = all
	}
	return fyne.NewSize(w, l.lines(objects, width, false))
}
