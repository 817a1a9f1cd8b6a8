package export

// navy fills the bar up to the low end.
var navy = [3]int{31, 58, 95}

// bar draws the illustration: the base sentence as an outlined bar on a scale from 0, the
// illustrated range on it (solid up to the low end, lighter to the high end), the base
// sentence's label above its end and 0, the low and the high end labelled below.
func (w *pdfWriter) bar(f *BarFigure, indent float64) {
	const barH = 7.0
	lh := smallSize * ptToMM * leading
	need := lh + barH + 2*lh + 3
	if w.y+need > w.bottom() {
		w.newPage()
	}
	x0 := margin + indent
	width := w.lineWidth() - indent
	top := max(f.Base, f.High)
	if top <= 0 {
		return
	}
	x := func(m float64) float64 { return x0 + m/top*width }
	right := x0 + width
	// the base sentence, above the end of its bar
	w.ink(ink)
	w.label(f.BaseLabel, x(f.Base), w.y+lh*0.72, x0, right, smallSize, true)
	y := w.y + lh + 1
	w.pdf.SetLineWidth(0.3)
	w.fill(navy)
	w.pdf.Rect(x0, y, max(x(f.Low)-x0, 0.01), barH, "F")
	w.fill(paleBl)
	w.pdf.Rect(x(f.Low), y, max(x(f.High)-x(f.Low), 0.6), barH, "F")
	w.stroke(ink)
	w.pdf.Rect(x0, y, x(f.Base)-x0, barH, "D")
	// ticks and labels below: 0, the low end, the high end
	ty := y + barH
	w.pdf.SetLineWidth(0.25)
	for _, m := range []float64{0, f.Low, f.High} {
		w.pdf.Line(x(m), ty, x(m), ty+1.5)
	}
	base := ty + 1.5 + smallSize*ptToMM
	w.ink([3]int{60, 60, 60})
	_, end0 := w.label("0", x0, base, x0, right, smallSize, false)
	_, endLow := w.label(f.LowLabel, x(f.Low), base, end0+2, right, smallSize, true)
	hw := w.textWidth(f.HighLabel, smallSize, true)
	hx := max(x(f.High)-hw/2, endLow+3)
	if hx+hw > right {
		// no room beside the low end: one line lower
		w.label(f.HighLabel, x(f.High), base+lh, x0, right, smallSize, true)
		w.pdf.Line(x(f.High), ty+1.5, x(f.High), base+lh-smallSize*ptToMM-0.5)
	} else {
		w.drawLine(w.tokens(f.HighLabel), hx, base, smallSize, true)
	}
	w.ink(ink)
	w.y = base + lh + 2
}
