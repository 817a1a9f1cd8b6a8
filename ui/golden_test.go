package ui

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// Markup goldens (theme names and sizes, not pixels; fyne's test.AssertRendersToMarkup).
// When a change to a screen is meant, look at ui/testdata/failed/<name>, then copy it over
// the master.

// TestTopicMarkupZh renders a zh-Hans topic body (testdata/topic_zh.md, fixed so that
// content edits do not move it) in a narrow column: links inside Chinese text and one
// split over two lines, lines broken between characters, punctuation kept off the start
// of lines, and the reviewers' marker never shown.
func TestTopicMarkupZh(t *testing.T) {
	test.NewTempApp(t)
	body, err := os.ReadFile("testdata/topic_zh.md")
	if err != nil {
		t.Fatal(err)
	}
	p := renderProse(string(body), nil, nil)
	w := test.NewTempWindow(t, p.content)
	w.Resize(fyne.NewSize(300, 700))
	test.AssertRendersToMarkup(t, "topic_zh.xml", w.Canvas())
}

// TestPlanMarkup is the plan for one family. It follows the walkthrough's words in
// assets/content/cn/*/interview.toml: after changing them, look at
// testdata/failed/plan_en.xml and copy it over the master.
func TestPlanMarkup(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	createCase(t, u, "Plan", "correct horse battery")
	u.tabs.SelectIndex(tabSituation)
	walk(t, u.situation, map[string]string{"role": "family", "stage": "review", "custody": "bail", "counsel": "duty-lawyer-only"})
	test.Tap(u.situation.showPlan)
	shoot(t, u, "golden-plan_en")
	test.AssertRendersToMarkup(t, "plan_en.xml", u.win.Canvas())
}

func TestChooserMarkup(t *testing.T) {
	u := newTestUI(t, "", "zh_CN.UTF-8")
	shoot(t, u, "golden-chooser")
	test.AssertRendersToMarkup(t, "chooser.xml", u.win.Canvas())
}

// TestHighContrastMarkup is Settings in the high-contrast look: thicker input borders and
// separators.
func TestHighContrastMarkup(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabSettings)
	u.settings.look.SetSelected(tr(t, guidance.LangEn).T(msgThemeContrast))
	shoot(t, u, "golden-settings_contrast_en")
	test.AssertRendersToMarkup(t, "settings_contrast_en.xml", u.win.Canvas())
}
