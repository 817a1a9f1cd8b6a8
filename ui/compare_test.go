package ui

import (
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// newCompareUI is the interface with the built-in comparison table, on the Compare screen.
func newCompareUI(t *testing.T, lang guidance.Lang) *UI {
	t.Helper()
	u := newTestUI(t, lang)
	u.selectTab(tabCompare)
	if u.compare == nil {
		t.Fatal("Compare was not built")
	}
	return u
}

func TestCompareShowsEveryRowInEveryLanguage(t *testing.T) {
	for _, lang := range guidance.UILanguages {
		u := newCompareUI(t, lang)
		shown := texts(u.compare.content)
		for _, r := range u.compare.table.Rows {
			for _, j := range []string{"cn", "us", "de", "tw"} {
				if cell := r.Cells[j].Text[lang]; !strings.Contains(shown, cell) {
					t.Errorf("%s: row %s, cell %s not shown: %q", lang, r.ID, j, cell)
				}
			}
			if !strings.Contains(shown, r.ForYou.Text[lang]) {
				t.Errorf("%s: row %s: for-you not shown", lang, r.ID)
			}
		}
		if !strings.Contains(shown, u.tr.T(msgCompareForYou)) || strings.Contains(shown, "{{") {
			t.Errorf("%s: labels missing or not filled in", lang)
		}
	}
}

func TestComparePicksAtLeastTwoColumns(t *testing.T) {
	u := newCompareUI(t, guidance.LangEn)
	c := u.compare
	c.checks["us"].SetChecked(false)
	c.checks["tw"].SetChecked(false)
	if got := strings.Join(c.shown, ","); got != "cn,de" {
		t.Fatalf("shown = %s, want cn,de", got)
	}
	if _, ok := c.cells["appeal"]["us"]; ok {
		t.Error("an unticked column is still drawn")
	}
	// the last two stay: unticking one is refused and says why
	c.checks["de"].SetChecked(false)
	if got := strings.Join(c.shown, ","); got != "cn,de" || !c.checks["de"].Checked || !c.hint.Visible() {
		t.Errorf("after unticking one of two: shown %s, de ticked %v, hint shown %v", got, c.checks["de"].Checked, c.hint.Visible())
	}
	c.checks["tw"].SetChecked(true)
	if got := strings.Join(c.shown, ","); got != "cn,de,tw" || c.hint.Visible() {
		t.Errorf("after ticking tw: shown %s (table order), hint %v", got, c.hint.Visible())
	}
}

func TestCompareCellOpensItsTopic(t *testing.T) {
	u := newCompareUI(t, guidance.LangZhHans)
	row := u.compare.table.Rows[0]
	topic := row.Cells["cn"].Topic
	if topic == "" {
		t.Fatal("the first cn cell names no topic")
	}
	cell := u.compare.cells[row.ID]["cn"]
	if len(cell.Links()) != 1 {
		t.Fatalf("the cell is not one link: %d links", len(cell.Links()))
	}
	// keyboard: focus the link and press Enter
	u.win.Canvas().Focus(cell.Links()[0])
	cell.Links()[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.tabs.SelectedIndex() != tabLibrary || u.state.topicID != topic {
		t.Errorf("Enter on the cell: tab %d, topic %q; want the library at %q", u.tabs.SelectedIndex(), u.state.topicID, topic)
	}
	// a cell without a topic is plain text, not a link
	plain := 0
	for _, r := range u.compare.table.Rows {
		for j, cell := range r.Cells {
			if cell.Topic == "" {
				plain++
				if links := u.compare.cells[r.ID][j].Links(); len(links) != 0 {
					t.Errorf("row %s, cell %s has no topic but %d links", r.ID, j, len(links))
				}
			}
		}
	}
	if plain == 0 {
		t.Log("every cell names a topic: the plain-cell check did not run")
	}
}

func TestCompareColumnsWrapWhenNarrow(t *testing.T) {
	u := newCompareUI(t, guidance.LangEn)
	l := &columnsLayout{ems: cellEms}
	cells := []fyne.CanvasObject{wrapped("a"), wrapped("b"), wrapped("c"), wrapped("d")}
	wide, narrow := l.perLine(cells, 4000), l.perLine(cells, 300)
	if wide != 4 || narrow != 1 {
		t.Errorf("columns per line: %d at 4000, %d at 300; want 4 and 1", wide, narrow)
	}
	// at 200 % text on a narrow window every cell still gets the full width it needs
	u.deps.App.Preferences().SetFloat(PrefTextScale, 2)
	u.applyTheme()
	u.build()
	u.selectTab(tabCompare)
	u.win.Resize(fyne.NewSize(700, 700))
	cell := u.compare.cells["who-negotiates"]["cn"]
	if w := cell.Size().Width; w < 300 {
		t.Errorf("cell width %.0f at 200 %% on a 700-wide window: squeezed", w)
	}
	// and every check box gets the width its label needs
	for j, ck := range u.compare.checks {
		if ck.Size().Width < ck.MinSize().Width {
			t.Errorf("check box %s: %.0f wide, needs %.0f", j, ck.Size().Width, ck.MinSize().Width)
		}
	}
}

// A Germany cell opens its topic even in the Chinese interface: the de pack is written in
// German and English, so the library shows the English text and says so.
func TestCompareCellOpensATopicInAnotherLanguage(t *testing.T) {
	u := newCompareUI(t, guidance.LangZhHans)
	var row, topic string
	for _, r := range u.compare.table.Rows {
		if c := r.Cells["de"]; c.Topic != "" {
			row, topic = r.ID, c.Topic
			break
		}
	}
	if topic == "" {
		t.Skip("no Germany cell names a topic")
	}
	u.compare.cells[row]["de"].Tap()
	if u.tabs.SelectedIndex() != tabLibrary || u.library.current != topic {
		t.Errorf("tap on the Germany cell: tab %d, topic %q; want the library at %q", u.tabs.SelectedIndex(), u.library.current, topic)
	}
}

// pdfText is the text layer of a PDF and its page count, by poppler's pdftotext and
// pdfinfo (scripts/setup.sh --test installs them).
func pdfText(t *testing.T, data []byte) (text string, pages int) {
	t.Helper()
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not found: install poppler-utils (scripts/setup.sh --test)", tool)
		}
	}
	file := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command("pdfinfo", file).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	pages, _ = strconv.Atoi(string(m[1]))
	return string(out), pages
}

// "Save as PDF…" on Compare makes the table with the columns ticked on the screen, in the
// interface language and, if asked, in the other one after it; as PDF or as Markdown.
func TestComparePDF(t *testing.T) {
	pdfFontsOrSkip(t)
	u := newCompareUI(t, guidance.LangEn)
	c := u.compare
	c.checks["us"].SetChecked(false)
	c.checks["tw"].SetChecked(false) // cn and de are left
	if c.save == nil || c.save.Text != msgPDFSave.Other {
		t.Fatalf("Compare offers no PDF: %v", c.save)
	}
	s := c.saver
	save := func(both bool, format string) {
		t.Helper()
		test.Tap(c.save)
		if s.goOn == nil || s.format == nil || s.both == nil {
			t.Fatalf("no choice of format, paper and languages: %q", s.message)
		}
		s.format.SetSelected(format)
		s.both.SetChecked(both)
		test.Tap(s.goOn)
	}

	save(false, msgExportPDF.Other)
	text, onePages := pdfText(t, s.pdf)
	for _, want := range []string{"How other places handle guilty pleas", "1. Who negotiates?", "14. ",
		"Mainland China:", "Germany:", "What this means for you in mainland China",
		"StPO", "not legal advice"} {
		if !strings.Contains(text, want) {
			t.Errorf("English PDF lacks %q", want)
		}
	}
	for _, not := range []string{"United States (federal):", "Taiwan:"} {
		if strings.Contains(text, not) {
			t.Errorf("English PDF has the unticked column %q", not)
		}
	}

	save(true, msgExportPDF.Other)
	text, twoPages := pdfText(t, s.pdf)
	if !strings.Contains(text, "其他地方怎么处理认罪") || !strings.Contains(text, "德国") {
		t.Errorf("the second language (简体中文) is not in the PDF")
	}
	if onePages < 4 || twoPages < onePages+onePages/2 {
		t.Errorf("pages: %d in English, %d in English and 简体中文; want at least 4, and the second language adding at least half again", onePages, twoPages)
	}
	t.Logf("cn and de: %d pages in English, %d with 简体中文 after it", onePages, twoPages)

	save(false, msgExportMarkdown.Other)
	md := string(s.md)
	for _, want := range []string{"# How other places handle guilty pleas", "### 1. Who negotiates?", "- Mainland China: ", "- Germany: "} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if strings.Contains(md, "- Taiwan: ") || strings.Contains(md, "%!") {
		t.Error("Markdown has an unticked column or an unfilled placeholder")
	}
}

// In a clinic that never saves, Compare only prints: the PDF is a temporary copy opened in
// the viewer, with no Markdown to choose, in 繁體中文 with the mainland's law cited in
// Traditional characters, and quick exit deletes it.
func TestComparePDFNeverSaveOnlyPrints(t *testing.T) {
	pdfFontsOrSkip(t)
	u := newTestUI(t, guidance.LangZhHant)
	u.clinic.AlwaysGuest = true
	u.selectTab(tabCompare)
	c := u.compare
	if c.save == nil || c.save.Text != u.tr.T(msgPDFPrint) {
		t.Fatalf("never-save Compare offers %v", c.save)
	}
	var opened string
	c.saver.d.openURL = func(l *url.URL) error { opened = l.Path; return nil }
	test.Tap(c.save)
	if c.saver.format != nil {
		t.Error("never-save offers Markdown, which cannot be printed")
	}
	test.Tap(c.saver.goOn)
	if c.saver.written == "" || opened != c.saver.written {
		t.Fatalf("nothing written or opened: %q", c.saver.message)
	}
	data, err := os.ReadFile(c.saver.written)
	if err != nil {
		t.Fatal(err)
	}
	text, pages := pdfText(t, data)
	for _, want := range []string{"其他地方怎麼處理認罪", "中國大陸", "臺灣", "中華人民共和國刑事訴訟法"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF to print lacks %q", want)
		}
	}
	if strings.Contains(text, "刑事诉讼法") {
		t.Error("the 繁體中文 PDF cites the mainland's law in Simplified characters")
	}
	t.Logf("four columns in 繁體中文: %d pages", pages)
	test.Tap(u.bar.exit)
	if _, err := os.Stat(c.saver.written); !os.IsNotExist(err) {
		t.Errorf("the PDF to print is still there after quick exit: %v", err)
	}
}
