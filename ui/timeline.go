package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/interview"
)

// newTimeline draws a plan's timeline (interview.Timeline computes where everything
// goes): the stages of the case as a strip with the current one marked, then one row per
// key date, each its label above a track with the counted period as a solid line, the
// extensions the law allows as a light band, a tick at the usual date and today as an
// upright line. Labels are flowText, so they wrap at 200 % text; every colour is the
// theme's, so the picture follows the light, dark and high-contrast themes.
func newTimeline(tl interview.Timeline, caption string) fyne.CanvasObject {
	box := container.NewVBox()
	var cells []fyne.CanvasObject
	for _, s := range tl.Stages {
		bg := canvas.NewRectangle(color.Transparent)
		bg.StrokeColor = theme.Color(theme.ColorNameForeground)
		bg.StrokeWidth = 1
		name := wrapped(s.Name)
		if s.Current {
			bg.FillColor = theme.Color(theme.ColorNamePrimary)
			name.SetColor(theme.ColorNameForegroundOnPrimary)
			name.SetBold(true)
		}
		cells = append(cells, container.NewStack(bg, container.NewPadded(name)))
	}
	if len(cells) > 0 {
		box.Add(container.NewGridWithColumns(len(cells), cells...))
	}
	box.Add(newTimelineTrack(tl, interview.TimelineRow{}, true))
	for _, r := range tl.Rows {
		label := wrapped(r.Label)
		label.SetBold(true)
		box.Add(label)
		box.Add(newTimelineTrack(tl, r, false))
	}
	if caption != "" {
		c := wrapped(caption)
		c.SetSize(theme.SizeNameCaptionText)
		box.Add(c)
	}
	return box
}

// timelineTrack is one row of the timeline: the axis, the period, the band, the ticks and
// their dates, and today; or, as the header, only today's label.
type timelineTrack struct {
	widget.BaseWidget
	tl     interview.Timeline
	row    interview.TimelineRow
	header bool
}

func newTimelineTrack(tl interview.Timeline, row interview.TimelineRow, header bool) *timelineTrack {
	t := &timelineTrack{tl: tl, row: row, header: header}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer draws the track.
func (t *timelineTrack) CreateRenderer() fyne.WidgetRenderer {
	r := &trackRenderer{t: t}
	r.axis = canvas.NewLine(color.Black)
	r.period = canvas.NewLine(color.Black)
	r.band = canvas.NewRectangle(color.Black)
	r.normal = canvas.NewLine(color.Black)
	r.longest = canvas.NewLine(color.Black)
	r.today = canvas.NewLine(color.Black)
	r.normalText = canvas.NewText(t.row.NormalDate, color.Black)
	r.longestText = canvas.NewText(t.row.LongestDate, color.Black)
	r.todayText = canvas.NewText(t.tl.TodayLabel, color.Black)
	r.todayText.TextStyle.Bold = true
	r.applyTheme()
	return r
}

type trackRenderer struct {
	t                                    *timelineTrack
	axis, period, normal, longest, today *canvas.Line
	band                                 *canvas.Rectangle
	normalText, longestText, todayText   *canvas.Text
}

func (r *trackRenderer) textSize() float32 { return theme.SizeForWidget(theme.SizeNameText, r.t) }

func (r *trackRenderer) applyTheme() {
	fg := theme.ColorForWidget(theme.ColorNameForeground, r.t)
	accent := theme.ColorForWidget(theme.ColorNamePrimary, r.t)
	if r.t.row.FileBy {
		accent = theme.ColorForWidget(theme.ColorNameError, r.t)
	}
	r.axis.StrokeColor = theme.ColorForWidget(theme.ColorNameDisabled, r.t)
	r.axis.StrokeWidth = 1
	r.period.StrokeColor, r.period.StrokeWidth = accent, 4
	r.normal.StrokeColor, r.normal.StrokeWidth = accent, 3
	r.longest.StrokeColor, r.longest.StrokeWidth = accent, 2
	band := color.NRGBAModel.Convert(accent).(color.NRGBA)
	band.A = 0x50
	r.band.FillColor = band
	r.band.StrokeColor, r.band.StrokeWidth = accent, 1
	r.today.StrokeColor = theme.ColorForWidget(theme.ColorNameError, r.t)
	r.today.StrokeWidth = 2
	for _, x := range []*canvas.Text{r.normalText, r.longestText} {
		x.Color, x.TextSize = fg, r.textSize()
	}
	r.todayText.Color, r.todayText.TextSize = r.today.StrokeColor, r.textSize()
}

func (r *trackRenderer) Destroy() {}

func (r *trackRenderer) MinSize() fyne.Size {
	ts := r.textSize()
	if r.t.header {
		return fyne.NewSize(0, r.todayText.MinSize().Height+ts/2)
	}
	return fyne.NewSize(0, ts*3.4)
}

func (r *trackRenderer) Objects() []fyne.CanvasObject {
	if r.t.header {
		return []fyne.CanvasObject{r.today, r.todayText}
	}
	objs := []fyne.CanvasObject{r.axis}
	if r.t.row.Longest > r.t.row.Normal {
		objs = append(objs, r.band, r.longest)
	}
	objs = append(objs, r.period, r.normal, r.today, r.normalText)
	if r.t.row.LongestDate != "" {
		objs = append(objs, r.longestText)
	}
	return objs
}

func (r *trackRenderer) Refresh() {
	r.applyTheme()
	r.Layout(r.t.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

// Layout places everything by the row's fractions of the axis.
func (r *trackRenderer) Layout(size fyne.Size) {
	ts := r.textSize()
	pad := ts / 2
	x := func(f float64) float32 { return pad + float32(f)*(size.Width-2*pad) }
	place := func(t *canvas.Text, at float32, y float32) {
		w := t.MinSize().Width
		left := at - w/2
		left = max(0, min(left, size.Width-w))
		t.Move(fyne.NewPos(left, y))
		t.Resize(t.MinSize())
	}
	line := func(l *canvas.Line, x1, y1, x2, y2 float32) {
		l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
	}
	tx := x(r.t.tl.Today)
	if r.t.header {
		line(r.today, tx, r.todayText.MinSize().Height, tx, size.Height)
		place(r.todayText, tx, 0)
		return
	}
	mid := ts * 0.9
	line(r.axis, x(0), mid, x(1), mid)
	line(r.period, x(r.t.row.From), mid, x(r.t.row.Normal), mid)
	line(r.normal, x(r.t.row.Normal), mid-ts*0.6, x(r.t.row.Normal), mid+ts*0.6)
	line(r.longest, x(r.t.row.Longest), mid-ts*0.5, x(r.t.row.Longest), mid+ts*0.5)
	r.band.Move(fyne.NewPos(x(r.t.row.Normal), mid-ts*0.35))
	r.band.Resize(fyne.NewSize(x(r.t.row.Longest)-x(r.t.row.Normal), ts*0.7))
	line(r.today, tx, 0, tx, mid+ts*0.6) // stops above the dates, so it never crosses them
	place(r.normalText, x(r.t.row.Normal), mid+ts*0.7)
	// the longest date only where it does not run into the usual one
	gap := x(r.t.row.Longest) - x(r.t.row.Normal)
	r.longestText.Hidden = gap < (r.normalText.MinSize().Width+r.longestText.MinSize().Width)/2+pad
	place(r.longestText, x(r.t.row.Longest), mid+ts*0.7)
}
