package interview

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// SVG draws the timeline as an inline SVG for the printed plan: the stage strip, then one
// row per key date, with today as a dashed upright line. It scales with the page and
// uses shapes as well as colours (solid line, band, dashes), so it still reads when
// printed in black and white.
func (tl Timeline) SVG() template.HTML {
	if len(tl.Rows) == 0 {
		return ""
	}
	const (
		w, pad       = 720.0, 12.0
		stripH, rowH = 34.0, 60.0
		top          = stripH + 28
	)
	x := func(f float64) float64 { return pad + f*(w-2*pad) }
	h := top + rowH*float64(len(tl.Rows)) + 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f %.0f" width="100%%" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif">`, w, h, html.EscapeString(tl.TodayLabel))
	// the stages of the case
	sw := (w - 2*pad) / float64(max(len(tl.Stages), 1))
	for i, s := range tl.Stages {
		fill, weight, colour := "#ffffff", "normal", "#333333"
		if s.Current {
			fill, weight, colour = "#1a56db", "bold", "#ffffff"
		}
		fmt.Fprintf(&b, `<rect x="%.1f" y="2" width="%.1f" height="%.0f" fill="%s" stroke="#555555"/>`, pad+float64(i)*sw, sw, stripH-4, fill)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" font-size="13" text-anchor="middle" font-weight="%s" fill="%s">%s</text>`, pad+float64(i)*sw+sw/2, stripH/2+5, weight, colour, html.EscapeString(s.Name))
	}
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="#c00000" stroke-width="2" stroke-dasharray="6 4"/>`, x(tl.Today), top-6, x(tl.Today), h-4)
	for i, r := range tl.Rows {
		y := top + rowH*float64(i)
		colour := "#1a56db"
		if r.FileBy {
			colour = "#b00020"
		}
		fmt.Fprintf(&b, `<text paint-order="stroke" stroke="#ffffff" stroke-width="5" stroke-linejoin="round" x="%.0f" y="%.0f" font-size="14" font-weight="bold" fill="#111111">%s</text>`, pad, y+14, html.EscapeString(r.Label))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="#999999" stroke-width="1"/>`, x(0), y+30, x(1), y+30)
		if r.Longest > r.Normal {
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.0f" width="%.1f" height="12" fill="%s" fill-opacity="0.25" stroke="%s" stroke-dasharray="3 2"/>`, x(r.Normal), y+24, x(r.Longest)-x(r.Normal), colour, colour)
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="%s" stroke-width="1.5"/>`, x(r.Longest), y+20, x(r.Longest), y+40, colour)
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="%s" stroke-width="4"/>`, x(r.From), y+30, x(r.Normal), y+30, colour)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.0f" x2="%.1f" y2="%.0f" stroke="%s" stroke-width="2.5"/>`, x(r.Normal), y+18, x(r.Normal), y+42, colour)
		fmt.Fprintf(&b, `<text paint-order="stroke" stroke="#ffffff" stroke-width="5" stroke-linejoin="round" x="%.1f" y="%.0f" font-size="13" text-anchor="%s" fill="#111111">%s</text>`, x(r.Normal), y+55, anchor(r.Normal), html.EscapeString(r.NormalDate))
		if r.LongestDate != "" && (x(r.Longest)-x(r.Normal)) > 90 {
			fmt.Fprintf(&b, `<text paint-order="stroke" stroke="#ffffff" stroke-width="5" stroke-linejoin="round" x="%.1f" y="%.0f" font-size="13" text-anchor="%s" fill="#333333">%s</text>`, x(r.Longest), y+55, anchor(r.Longest), html.EscapeString(r.LongestDate))
		}
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" font-size="13" font-weight="bold" text-anchor="%s" fill="#c00000">%s</text>`, x(tl.Today), top-10, anchor(tl.Today), html.EscapeString(tl.TodayLabel))
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // every text above is escaped
}

// anchor keeps a label near an end of the axis inside the picture.
func anchor(f float64) string {
	switch {
	case f < 0.12:
		return "start"
	case f > 0.88:
		return "end"
	}
	return "middle"
}
