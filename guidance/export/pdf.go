package export

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"
)

// Paper is a page size.
type Paper string

// The page sizes an export can have.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ErrNoFont is returned when no font that a PDF can embed is found for Latin or for Chinese
// text. The PDF writer reads fonts from the computer at run time (none is shipped inside
// the app): on Debian or Ubuntu, fonts-dejavu-core and fonts-droid-fallback.
var ErrNoFont = errors.New("no TrueType font for the PDF (on Debian or Ubuntu install fonts-dejavu-core and fonts-droid-fallback)")

// Fonts are the TrueType (glyf) font files a PDF embeds subsets of: Regular and Bold for
// Latin text, CJK for every character Regular lacks. Bold may be empty (bold Latin is then
// drawn like bold Chinese: filled and outlined).
type Fonts struct {
	Regular, Bold, CJK string
}

// Where fonts are looked for, in order. fpdf subsets TrueType outlines only: OpenType/CFF
// fonts (Noto CJK, Source Han) and font collections (.ttc: WenQuanYi, Microsoft YaHei) are
// not usable.
var (
	regularFonts = []string{
		"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
		`C:\Windows\Fonts\arial.ttf`,
		"/System/Library/Fonts/Supplemental/Arial.ttf",
		"/Library/Fonts/Arial.ttf",
	}
	boldFonts = []string{
		"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
		`C:\Windows\Fonts\arialbd.ttf`,
		"/System/Library/Fonts/Supplemental/Arial Bold.ttf",
		"/Library/Fonts/Arial Bold.ttf",
	}
	cjkFonts = []string{
		"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
		`C:\Windows\Fonts\simhei.ttf`,
		"/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
		"/Library/Fonts/Arial Unicode.ttf",
	}
)

// FindFonts looks for the fonts in the places Debian, Windows and macOS put them. A path in
// $PLEAGUIDE_PDF_FONT (a TrueType font with Chinese characters) is tried first for CJK.
func FindFonts(getenv func(string) string) (Fonts, error) {
	first := func(paths []string) string {
		for _, p := range paths {
			if p != "" && isTrueType(p) {
				return p
			}
		}
		return ""
	}
	f := Fonts{
		Regular: first(regularFonts),
		Bold:    first(boldFonts),
		CJK:     first(append([]string{getenv("PLEAGUIDE_PDF_FONT")}, cjkFonts...)),
	}
	if f.Regular == "" || f.CJK == "" {
		return Fonts{}, ErrNoFont
	}
	return f, nil
}

// isTrueType reports whether the file at path starts like a TrueType font (not OpenType
// CFF, not a collection).
func isTrueType(path string) bool {
	fh, err := os.Open(filepath.Clean(path))
	if err != nil {
		return false
	}
	defer fh.Close()
	var magic [4]byte
	if _, err := fh.Read(magic[:]); err != nil {
		return false
	}
	return string(magic[:]) == "\x00\x01\x00\x00" || string(magic[:]) == "true"
}

// Characters that may not begin a line (closing punctuation) or end one (opening
// punctuation), in Chinese and Latin text.
const (
	noStart = "，。、；：？！）」』】》〉〕”’…·%,.;:?!)]}›»—～"
	noEnd   = "（「『【《〈〔“‘([{‹«"
)

// page geometry, in millimetres, and type sizes, in points
const (
	margin     = 18.0
	bodySize   = 10.5
	smallSize  = 9.0
	headSize   = 14.0
	subSize    = 11.5
	titleSize  = 18.0
	leading    = 1.55 // line height as a multiple of the type size
	ptToMM     = 25.4 / 72
	indentStep = 6.0
)

// pdfWriter lays out one document.
type pdfWriter struct {
	pdf    *fpdf.Fpdf
	latin  *sfnt.Font
	cjk    *sfnt.Font
	buf    sfnt.Buffer
	bold   bool // a real bold Latin font is loaded
	doc    Doc
	total  string // the number of pages, for the footer
	part   *Part
	y      float64
	pageW  float64
	pageH  float64
	widths map[string]float64
}

// tok is a piece of text that is measured and drawn in one font.
type tok struct {
	s     string
	cjk   bool // drawn with the CJK font
	space bool
	w     float64
}

// PDF writes d as a PDF on paper, embedding subsets of fonts. Text is laid out here, not by
// fpdf: lines break between Chinese characters and at spaces, never before closing or
// after opening punctuation, and each run of characters is drawn in the font that has it.
func PDF(d Doc, paper Paper, fonts Fonts) ([]byte, error) {
	// laid out twice: the first time to count the pages, so that "Page 1 of N" is measured
	// with its real N
	first, err := layout(d, paper, fonts, "")
	if err != nil {
		return nil, err
	}
	pdf, err := layout(d, paper, fonts, fmt.Sprint(first.PageCount()))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		return nil, fmt.Errorf("export: write PDF: %w", err)
	}
	return out.Bytes(), nil
}

// layout lays d out on pages; total is the number of pages to print in the footer.
func layout(d Doc, paper Paper, fonts Fonts, total string) (*fpdf.Fpdf, error) {
	if fonts.Regular == "" || fonts.CJK == "" {
		return nil, ErrNoFont
	}
	size := "A4"
	if paper == Letter {
		size = "Letter"
	} else if paper != A4 && paper != "" {
		return nil, fmt.Errorf("export: unknown paper size %q", paper)
	}
	data, err := os.ReadFile(fonts.Regular)
	if err != nil {
		return nil, fmt.Errorf("export: read font: %w", err)
	}
	latin, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("export: read font %s: %w", filepath.Base(fonts.Regular), err)
	}
	pdf := fpdf.New("P", "mm", size, "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin)
	pdf.SetCreator("Plea Guide", true)
	if len(d.Parts) > 0 {
		pdf.SetTitle(d.Parts[0].Title, true)
		pdf.SetLang(string(d.Parts[0].Lang))
	}
	pdf.SetCreationDate(d.Made)
	pdf.SetModificationDate(d.Made)
	pdf.AddUTF8FontFromBytes("latin", "", data)
	w := &pdfWriter{pdf: pdf, latin: latin, doc: d, total: total, widths: map[string]float64{}}
	if fonts.Bold != "" {
		bold, err := os.ReadFile(fonts.Bold)
		if err != nil {
			return nil, fmt.Errorf("export: read font: %w", err)
		}
		pdf.AddUTF8FontFromBytes("latin", "B", bold)
		w.bold = true
	}
	cjk, err := os.ReadFile(fonts.CJK)
	if err != nil {
		return nil, fmt.Errorf("export: read font: %w", err)
	}
	if w.cjk, err = sfnt.Parse(cjk); err != nil {
		return nil, fmt.Errorf("export: read font %s: %w", filepath.Base(fonts.CJK), err)
	}
	pdf.AddUTF8FontFromBytes("cjk", "", cjk)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("export: load fonts: %w", err)
	}
	w.pageW, w.pageH = pdf.GetPageSize()
	pdf.SetFooterFunc(w.footer)
	for i := range d.Parts {
		w.pdf.AddPage() // the footer of the page before is written here, in its part's words
		w.part = &d.Parts[i]
		w.top()
		w.writePart()
	}
	if len(d.Parts) == 0 {
		pdf.AddPage()
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("export: lay out: %w", err)
	}
	return pdf, nil
}

func (w *pdfWriter) lineWidth() float64 { return w.pageW - 2*margin }

// bottom is the lowest y a line of text may reach, above the footer.
func (w *pdfWriter) bottom() float64 { return w.pageH - margin - 8 }

// newPage starts a page of the same part.
func (w *pdfWriter) newPage() {
	w.pdf.AddPage()
	w.top()
}

// top writes the clinic's lines at the top of a new page.
func (w *pdfWriter) top() {
	w.y = margin
	if len(w.doc.Header) > 0 {
		w.pdf.SetTextColor(80, 80, 80)
		w.paragraph(strings.Join(w.doc.Header, " · "), smallSize, false, 0, 0)
		w.pdf.SetDrawColor(150, 150, 150)
		w.pdf.SetLineWidth(0.2)
		w.pdf.Line(margin, w.y+1, w.pageW-margin, w.y+1)
		w.y += 4
	}
	w.pdf.SetTextColor(20, 20, 20)
}

// footer writes the not-advice line, the day and the page number at the foot of a page.
func (w *pdfWriter) footer() {
	if w.part == nil {
		return
	}
	l := LabelsFor(w.part.Lang)
	y := w.pageH - margin
	w.pdf.SetDrawColor(150, 150, 150)
	w.pdf.SetLineWidth(0.2)
	w.pdf.Line(margin, y-4, w.pageW-margin, y-4)
	w.pdf.SetTextColor(80, 80, 80)
	left := w.part.NotAdvice
	right := fmt.Sprintf(l.Made, FormatDay(w.doc.Made, w.part.Lang)) + "   " + fmt.Sprintf(l.Page, w.pdf.PageNo(), w.total)
	rw := w.width(w.tokens(right), smallSize)
	// the not-advice line takes what room the right side leaves, on one or two lines
	save := w.y
	w.y = y - 3
	lines := w.breakLines(w.tokens(left), smallSize, w.lineWidth()-rw-6, false)
	for i, ln := range lines {
		if i == 2 {
			break
		}
		w.drawLine(ln, margin, w.y+smallSize*ptToMM, smallSize, false)
		w.y += smallSize * ptToMM * 1.3
	}
	w.drawLine(w.tokens(right), w.pageW-margin-rw, y-3+smallSize*ptToMM, smallSize, false)
	w.y = save
	w.pdf.SetTextColor(20, 20, 20)
}

func (w *pdfWriter) writePart() {
	p := w.part
	l := LabelsFor(p.Lang)
	w.pdf.SetTextColor(31, 58, 95)
	w.paragraph(p.Title, titleSize, true, 0, 2)
	w.pdf.SetTextColor(20, 20, 20)
	for _, b := range p.Blocks {
		indent := float64(b.Indent) * indentStep
		switch b.Kind {
		case Heading:
			// keep a heading with the first lines under it
			if w.y+headSize*ptToMM*leading+3*bodySize*ptToMM*leading > w.bottom() {
				w.newPage()
			} else {
				w.y += 3
			}
			w.pdf.SetTextColor(31, 58, 95)
			w.paragraph(b.Text, headSize, true, 0, 0)
			w.pdf.SetDrawColor(31, 58, 95)
			w.pdf.SetLineWidth(0.3)
			w.pdf.Line(margin, w.y, w.pageW-margin, w.y)
			w.y += 2
			w.pdf.SetTextColor(20, 20, 20)
		case Subheading:
			if w.y+4*bodySize*ptToMM*leading > w.bottom() {
				w.newPage()
			}
			w.y += 1
			w.paragraph(b.Text, subSize, true, indent, 1)
		case Bullet, Numbered:
			mark := "•"
			if b.Kind == Numbered {
				mark = fmt.Sprintf("%d.", b.Number)
			}
			w.ensure(bodySize)
			w.drawLine(w.tokens(mark), margin+indent, w.y+bodySize*ptToMM, bodySize, b.Bold)
			w.paragraph(b.Text, bodySize, b.Bold, indent+indentStep, 1)
		case Small:
			w.pdf.SetTextColor(90, 90, 90)
			w.paragraph(b.Text, smallSize, false, indent, 1.5)
			w.pdf.SetTextColor(20, 20, 20)
		case Warn:
			w.pdf.SetTextColor(170, 0, 0)
			w.paragraph(b.Text, bodySize, true, indent, 2)
			w.pdf.SetTextColor(20, 20, 20)
		case Answer:
			w.pdf.SetTextColor(90, 90, 90)
			w.paragraph(l.Answer, smallSize, false, indent, 0.5)
			w.pdf.SetTextColor(20, 20, 20)
			for _, line := range strings.Split(b.Text, "\n") {
				w.paragraph(line, bodySize, false, indent+3, 0)
			}
			w.y += 2
		case WriteSpace:
			w.writeSpace(b, indent, l)
		case Boxed:
			w.boxed(b.Text, indent)
		case Bar:
			w.bar(b.Bar, indent)
		case TimelineFig:
			w.timeline(b.Timeline, indent)
		default:
			w.paragraph(b.Text, bodySize, b.Bold, indent, 2)
		}
	}
	if len(p.Notes) > 0 {
		if w.y+headSize*ptToMM*leading+2*smallSize*ptToMM*leading > w.bottom() {
			w.newPage()
		} else {
			w.y += 4
		}
		w.pdf.SetTextColor(31, 58, 95)
		w.paragraph(l.Sources, subSize, true, 0, 1)
		w.pdf.SetTextColor(60, 60, 60)
		for n, note := range p.Notes {
			mark := fmt.Sprintf("[%d]", n+1)
			w.ensure(smallSize)
			w.drawLine(w.tokens(mark), margin, w.y+smallSize*ptToMM, smallSize, false)
			w.paragraph(note, smallSize, false, 9, 1)
		}
		w.pdf.SetTextColor(20, 20, 20)
	}
}

// writeSpace draws ruled lines to write on, moving to a new page rather than splitting
// them.
func (w *pdfWriter) writeSpace(b Block, indent float64, l Labels) {
	const gap = 9.0
	need := smallSize*ptToMM*leading + float64(b.Lines)*gap
	if w.y+need > w.bottom() {
		w.newPage()
	}
	w.pdf.SetTextColor(90, 90, 90)
	w.paragraph(l.Write, smallSize, false, indent, 0)
	w.pdf.SetTextColor(20, 20, 20)
	w.pdf.SetDrawColor(170, 170, 170)
	w.pdf.SetLineWidth(0.2)
	for range b.Lines {
		w.y += gap
		w.pdf.Line(margin+indent, w.y, w.pageW-margin, w.y)
	}
	w.y += 4
}

// boxed writes a fixed caption in small type on a shaded box, kept on one page.
func (w *pdfWriter) boxed(text string, indent float64) {
	const in = 2.5
	lh := smallSize * ptToMM * leading
	lines := w.breakLines(w.tokens(text), smallSize, w.lineWidth()-indent-2*in, false)
	h := float64(len(lines))*lh + 2*in
	if w.y+h > w.bottom() {
		w.newPage()
	}
	w.fill([3]int{236, 240, 246})
	w.stroke([3]int{190, 200, 215})
	w.pdf.SetLineWidth(0.2)
	w.pdf.Rect(margin+indent, w.y, w.lineWidth()-indent, h, "FD")
	y := w.y + in
	w.pdf.SetTextColor(40, 40, 40)
	for _, ln := range lines {
		w.drawLine(ln, margin+indent+in, y+lh*0.72, smallSize, false)
		y += lh
	}
	w.pdf.SetTextColor(20, 20, 20)
	w.y += h + 2
}

// ensure starts a new page when one more line of type size does not fit.
func (w *pdfWriter) ensure(size float64) {
	if w.y+size*ptToMM*leading > w.bottom() {
		w.newPage()
	}
}

// paragraph lays text out from the left margin plus indent, then leaves after millimetres.
func (w *pdfWriter) paragraph(text string, size float64, bold bool, indent, after float64) {
	lh := size * ptToMM * leading
	for _, ln := range w.breakLines(w.tokens(text), size, w.lineWidth()-indent, bold) {
		if w.y+lh > w.bottom() {
			w.newPage()
		}
		// baseline about three quarters down the line
		w.drawLine(ln, margin+indent, w.y+lh*0.72, size, bold)
		w.y += lh
	}
	w.y += after
}

// tokens cuts text into runs drawn in one font: a Latin word, a space, or one character
// the Latin font lacks (Chinese). Lines may break at spaces and around Chinese characters.
func (w *pdfWriter) tokens(text string) []tok {
	var out []tok
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			out = append(out, tok{s: word.String()})
			word.Reset()
		}
	}
	for _, r := range text {
		if sub, ok := stand[r]; ok && !w.has(w.cjk, r) {
			r = sub
		}
		switch {
		case r == '\n' || r == '\t' || unicode.IsSpace(r):
			flush()
			out = append(out, tok{s: " ", space: true})
		case !w.hasLatin(r):
			flush()
			out = append(out, tok{s: string(r), cjk: true})
		default:
			word.WriteRune(r)
		}
	}
	flush()
	return out
}

// stand are stand-ins for characters the CJK font may lack (Droid Sans Fallback has no
// 〈〉, the marks for a title inside a title).
var stand = map[rune]rune{'〈': '⟨', '〉': '⟩'}

func (w *pdfWriter) hasLatin(r rune) bool {
	if r < 0x80 {
		return true
	}
	return w.has(w.latin, r)
}

func (w *pdfWriter) has(f *sfnt.Font, r rune) bool {
	i, err := f.GlyphIndex(&w.buf, r)
	return err == nil && i != 0
}

// measure sets each token's width at size.
func (w *pdfWriter) measure(toks []tok, size float64, bold bool) {
	for i := range toks {
		t := &toks[i]
		key := fmt.Sprint(t.cjk, bold, size, t.s)
		if v, ok := w.widths[key]; ok {
			t.w = v
			continue
		}
		w.setFont(t.cjk, bold, size)
		t.w = w.pdf.GetStringWidth(t.s)
		w.widths[key] = t.w
	}
}

func (w *pdfWriter) width(toks []tok, size float64) float64 {
	w.measure(toks, size, false)
	var sum float64
	for _, t := range toks {
		sum += t.w
	}
	return sum
}

func (w *pdfWriter) setFont(cjk, bold bool, size float64) {
	switch {
	case cjk:
		w.pdf.SetFont("cjk", "", size)
	case bold && w.bold:
		w.pdf.SetFont("latin", "B", size)
	default:
		w.pdf.SetFont("latin", "", size)
	}
}

// breakAllowed reports whether a line may break between a and b.
func breakAllowed(a, b tok) bool {
	if a.space || b.space {
		return true
	}
	if !a.cjk && !b.cjk {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b.s)
	last, _ := utf8.DecodeLastRuneInString(a.s)
	return !strings.ContainsRune(noStart, first) && !strings.ContainsRune(noEnd, last)
}

// breakLines fills lines of at most max millimetres, greedily, keeping together what may not
// be broken (a closing mark with the character before it, an opening mark with the one
// after). Spaces at the start and end of a line are dropped.
func (w *pdfWriter) breakLines(toks []tok, size, max float64, bold bool) [][]tok {
	w.measure(toks, size, bold)
	// clusters: runs of tokens with no break allowed inside
	var clusters [][]tok
	for i, t := range toks {
		if i > 0 && !breakAllowed(toks[i-1], t) {
			clusters[len(clusters)-1] = append(clusters[len(clusters)-1], t)
			continue
		}
		clusters = append(clusters, []tok{t})
	}
	var lines [][]tok
	var line []tok
	var lw float64
	pendingSpace := false
	spaceW := 0.0
	for _, c := range clusters {
		if c[0].space {
			if len(line) > 0 {
				pendingSpace = true
				spaceW = c[0].w
			}
			continue
		}
		var cw float64
		for _, t := range c {
			cw += t.w
		}
		need := cw
		if pendingSpace {
			need += spaceW
		}
		if len(line) > 0 && lw+need > max {
			lines = append(lines, line)
			line, lw, pendingSpace = nil, 0, false
			need = cw
		}
		if len(line) == 0 && cw > max {
			// a word longer than the line: cut it where it overflows
			for _, piece := range w.cut(c, size, max, bold) {
				if len(line) > 0 {
					lines = append(lines, line)
				}
				line = piece
				lw = 0
				for _, t := range piece {
					lw += t.w
				}
			}
			continue
		}
		if pendingSpace {
			line = append(line, tok{s: " ", space: true, w: spaceW})
			pendingSpace = false
		}
		line = append(line, c...)
		lw += need
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// cut splits a cluster wider than max into pieces that fit, character by character.
func (w *pdfWriter) cut(c []tok, size, max float64, bold bool) [][]tok {
	var pieces [][]tok
	var cur []tok
	var cw float64
	for _, t := range c {
		for _, r := range t.s {
			rt := []tok{{s: string(r), cjk: t.cjk}}
			w.measure(rt, size, bold)
			if cw+rt[0].w > max && len(cur) > 0 {
				pieces = append(pieces, cur)
				cur, cw = nil, 0
			}
			cur = append(cur, rt[0])
			cw += rt[0].w
		}
	}
	if len(cur) > 0 {
		pieces = append(pieces, cur)
	}
	return pieces
}

// drawLine draws a laid-out line with its baseline at y. Chinese has no bold font: bold is
// drawn filled and outlined.
func (w *pdfWriter) drawLine(line []tok, x, y, size float64, bold bool) {
	w.measure(line, size, bold)
	for _, t := range line {
		if t.space {
			x += t.w
			continue
		}
		w.setFont(t.cjk, bold, size)
		fake := bold && (t.cjk || !w.bold)
		if fake {
			r, g, b := w.pdf.GetTextColor()
			w.pdf.SetDrawColor(r, g, b)
			w.pdf.SetLineWidth(size * ptToMM * 0.035)
			w.pdf.SetTextRenderingMode(2)
		}
		w.pdf.Text(x, y, t.s)
		if fake {
			w.pdf.SetTextRenderingMode(0)
		}
		x += t.w
	}
}
