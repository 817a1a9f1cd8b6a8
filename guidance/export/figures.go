package export

import (
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// colours of the figures, as RGB
var (
	blue   = [3]int{26, 86, 219}
	paleBl = [3]int{170, 192, 235}
	red    = [3]int{176, 0, 32}
	paleRd = [3]int{240, 190, 198}
	grey   = [3]int{150, 150, 150}
	ink    = [3]int{20, 20, 20}
	white  = [3]int{255, 255, 255}
)

func (w *pdfWriter) fill(c [3]int)   { w.pdf.SetFillColor(c[0], c[1], c[2]) }
func (w *pdfWriter) stroke(c [3]int) { w.pdf.SetDrawColor(c[0], c[1], c[2]) }
func (w *pdfWriter) ink(c [3]int)    { w.pdf.SetTextColor(c[0], c[1], c[2]) }

// label draws text at size with its baseline at y, centred on x but kept between left and
// right; it returns where the text starts and ends.
func (w *pdfWriter) label(text string, x, y, left, right, size float64, bold bool) (float64, float64) {
	toks := w.tokens(text)
	w.measure(toks, size, bold)
	var tw float64
	for _, t := range toks {
		tw += t.w
	}
	x0 := max(left, min(x-tw/2, right-tw))
	w.drawLine(toks, x0, y, size, bold)
	return x0, x0 + tw
}

func (w *pdfWriter) textWidth(text string, size float64, bold bool) float64 {
	toks := w.tokens(text)
	w.measure(toks, size, bold)
	var tw float64
	for _, t := range toks {
		tw += t.w
	}
	return tw
}

// timeline draws the plan's timeline (interview.Timeline has placed everything): the
// stages of the case as a strip with the current one filled, today's label, and one row
// per key date: its label, the axis, the counted period as a thick line, the extensions
// the law allows as a band with a dashed edge, a tick at the usual date and at the last,
// their dates, and today as a dashed red upright line. Shapes as well as colours, so it
// reads in black and white.
func (w *pdfWriter) timeline(tl *interview.Timeline, indent float64) {
	if tl == nil || len(tl.Rows) == 0 {
		return
	}
	const (
		tsize   = 8.5
		pad     = 2.0
		trackH  = 11.0
		cellPad = 1.2
	)
	lh := tsize * ptToMM * 1.35
	x0 := margin + indent
	width := w.lineWidth() - indent
	right := x0 + width
	x := func(f float64) float64 { return x0 + pad + f*(width-2*pad) }

	// the strip of stages
	var stripH float64
	cells := make([][][]tok, len(tl.Stages))
	sw := width / float64(max(len(tl.Stages), 1))
	for i, s := range tl.Stages {
		cells[i] = w.breakLines(w.tokens(s.Name), tsize, sw-2*cellPad, s.Current)
		stripH = max(stripH, float64(len(cells[i]))*lh+2*cellPad)
	}
	rowH := func(r interview.TimelineRow) float64 {
		return float64(len(w.breakLines(w.tokens(r.Label), tsize, width, true)))*lh + trackH
	}
	need := stripH + lh + 3
	if len(tl.Rows) > 0 {
		need += rowH(tl.Rows[0])
	}
	if w.y+need > w.bottom() {
		w.newPage()
	}
	w.pdf.SetLineWidth(0.25)
	for i, s := range tl.Stages {
		cx := x0 + float64(i)*sw
		style := "D"
		w.stroke(grey)
		w.ink(ink)
		if s.Current {
			w.fill(blue)
			style = "FD"
			w.ink(white)
		}
		w.pdf.Rect(cx, w.y, sw, stripH, style)
		ly := w.y + cellPad + (stripH-2*cellPad-float64(len(cells[i]))*lh)/2
		for _, ln := range cells[i] {
			var lw float64
			for _, t := range ln {
				lw += t.w
			}
			w.drawLine(ln, cx+(sw-lw)/2, ly+lh*0.75, tsize, s.Current)
			ly += lh
		}
	}
	w.ink(ink)
	w.y += stripH + 1.5
	// today, above the rows
	w.ink(red)
	w.label(tl.TodayLabel, x(tl.Today), w.y+lh*0.75, x0, right, tsize, true)
	w.ink(ink)
	w.y += lh + 0.5
	for _, r := range tl.Rows {
		if w.y+rowH(r) > w.bottom() {
			w.newPage()
		}
		accent, pale := blue, paleBl
		if r.FileBy {
			accent, pale = red, paleRd
		}
		top := w.y
		w.ink(ink)
		w.paragraph(r.Label, tsize, true, indent, 0)
		mid := w.y + 3.2
		// today, from the top of the row through the track
		w.stroke(red)
		w.pdf.SetLineWidth(0.45)
		w.pdf.SetDashPattern([]float64{1.5, 1}, 0)
		w.pdf.Line(x(tl.Today), top, x(tl.Today), mid+2.5)
		w.pdf.SetDashPattern(nil, 0)
		w.stroke(grey)
		w.pdf.SetLineWidth(0.25)
		w.pdf.Line(x(0), mid, x(1), mid)
		if r.Longest > r.Normal {
			w.fill(pale)
			w.stroke(accent)
			w.pdf.SetDashPattern([]float64{0.8, 0.6}, 0)
			w.pdf.Rect(x(r.Normal), mid-1.4, x(r.Longest)-x(r.Normal), 2.8, "FD")
			w.pdf.SetDashPattern(nil, 0)
			w.pdf.SetLineWidth(0.4)
			w.pdf.Line(x(r.Longest), mid-2.2, x(r.Longest), mid+2.2)
		}
		w.stroke(accent)
		w.pdf.SetLineWidth(1.1)
		w.pdf.Line(x(r.From), mid, x(r.Normal), mid)
		w.pdf.SetLineWidth(0.6)
		w.pdf.Line(x(r.Normal), mid-2.6, x(r.Normal), mid+2.6)
		dy := mid + 2.8 + tsize*ptToMM
		_, end := w.label(r.NormalDate, x(r.Normal), dy, x0, right, tsize, false)
		if r.LongestDate != "" && r.Longest > r.Normal {
			// the last date only where it does not run into the usual one
			lw := w.textWidth(r.LongestDate, tsize, false)
			if lx := max(x0, min(x(r.Longest)-lw/2, right-lw)); lx > end+2 {
				w.ink([3]int{70, 70, 70})
				w.drawLine(w.tokens(r.LongestDate), lx, dy, tsize, false)
				w.ink(ink)
			}
		}
		w.y = top + rowH(r)
	}
	w.stroke(grey)
	w.pdf.SetLineWidth(0.2)
	w.y += 2
}
