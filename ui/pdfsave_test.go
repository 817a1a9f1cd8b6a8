package ui

import (
	"bytes"
	"errors"
	"net/url"
	"os"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/export"
)

// pdfFontsOrSkip gives the fonts PDF export embeds, or skips: scripts/setup.sh installs them.
func pdfFontsOrSkip(t *testing.T) export.Fonts {
	t.Helper()
	f, err := export.FindFonts(os.Getenv)
	if err != nil {
		t.Skipf("no font for PDF export (%v): run scripts/setup.sh", err)
	}
	return f
}

// TestPlanPDFNeverSaveOnlyPrints: when the clinic never saves, the plan offers "Print as
// PDF", not "Save as PDF…"; the PDF (here in both languages) is a temporary copy in the
// export folder, opened in the viewer, and quick exit deletes it.
func TestPlanPDFNeverSaveOnlyPrints(t *testing.T) {
	pdfFontsOrSkip(t)
	u := newTestUI(t, guidance.LangEn)
	u.clinic.AlwaysGuest = true
	startWithoutSaving(t, u)
	s := u.situation
	walk(t, s, map[string]string{"role": "accused"})
	test.Tap(s.showPlan)
	var opened string
	s.d.pdf.d.openURL = func(l *url.URL) error { opened = l.Path; return nil }
	if s.pdf.Text != "Print as PDF" {
		t.Fatalf("never-save plan offers %q", s.pdf.Text)
	}
	test.Tap(s.pdf)
	p := s.d.pdf
	if p.both == nil || p.goOn == nil {
		t.Fatalf("no choice of paper and languages: %q", p.message)
	}
	p.both.SetChecked(true)
	test.Tap(p.goOn)
	if p.written == "" || opened == "" {
		t.Fatalf("nothing written or opened: %q", p.message)
	}
	data, err := os.ReadFile(p.written)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("temporary copy: %v", err)
	}
	test.Tap(u.bar.exit)
	if _, err := os.Stat(p.written); !os.IsNotExist(err) {
		t.Errorf("the PDF to print is still there after quick exit: %v", err)
	}
}

// TestQuestionSheetPDF: My case offers "Save as PDF…" for the questions with the lawyer's
// answers; without a font it says so instead of failing silently.
func TestQuestionSheetPDF(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	startWithoutSaving(t, u)
	u.tabs.SelectIndex(tabMyCase)
	c := u.mycase
	test.Type(c.newQ, "开庭前还能不能见他？")
	test.Tap(c.addQ)
	test.Type(c.rows[0].answer, "可以，提前预约。")
	if c.pdf == nil || c.pdf.Text != "另存为 PDF…" {
		t.Fatalf("My case offers no PDF: %v", c.pdf)
	}
	c.pdfs.d.fonts = func() (export.Fonts, error) { return export.Fonts{}, errors.New("none") }
	test.Tap(c.pdf)
	if c.pdfs.message != c.tr.T(msgPDFNoFont) {
		t.Errorf("without a font: %q", c.pdfs.message)
	}

	c.pdfs.d.fonts = func() (export.Fonts, error) { return pdfFontsOrSkip(t), nil }
	parts, err := c.sheetParts([]guidance.Lang{guidance.LangZhHans})
	if err != nil || len(parts) != 1 || len(parts[0].Blocks) == 0 {
		t.Fatalf("sheet: %v %+v", err, parts)
	}
	found := false
	for _, b := range parts[0].Blocks {
		if b.Kind == export.Answer && b.Text == "可以，提前预约。" {
			found = true
		}
	}
	if !found {
		t.Errorf("the lawyer's typed answer is not on the sheet: %+v", parts[0].Blocks)
	}
}
