package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

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
