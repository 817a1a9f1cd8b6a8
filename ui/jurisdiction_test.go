package ui

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestJurisdictionChooser picks Taiwan on Home: the choice is kept, and the library,
// glossary and search show the Taiwan pack only; Settings shows the same choice.
func TestJurisdictionChooser(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	if u.home.jurisdiction == nil {
		t.Skip("the shipped content has one pack only")
	}
	if got := u.home.jurisdiction.choice.Selected; got != tr(t, guidance.LangEn).T(msgJurisdictionCN) {
		t.Fatalf("Home starts with %q, want mainland China", got)
	}
	u.home.jurisdiction.choice.SetSelected(tr(t, guidance.LangEn).T(msgJurisdictionTW))
	if got := u.deps.App.Preferences().String(PrefJurisdiction); got != "tw" {
		t.Fatalf("jurisdiction saved as %q", got)
	}
	u.ensure(tabLibrary)
	if len(u.library.topics) == 0 {
		t.Fatal("the Taiwan library is empty")
	}
	for _, tp := range u.library.topics {
		if tp.Pack != "tw" || tp.Lang != guidance.LangEn {
			t.Errorf("Taiwan library in English lists %s/%s of pack %s", tp.Lang, tp.ID, tp.Pack)
		}
	}
	u.ensure(tabGlossary)
	for _, tm := range u.glossary.terms {
		if tm.Pack != "tw" {
			t.Errorf("Taiwan glossary lists %s of pack %s", tm.ID, tm.Pack)
		}
	}
	u.ensure(tabSettings)
	if got := u.settings.jurisdiction.choice.Selected; got != tr(t, guidance.LangEn).T(msgJurisdictionTW) {
		t.Errorf("Settings shows %q, want Taiwan", got)
	}
	u.settings.jurisdiction.choice.SetSelected(tr(t, guidance.LangEn).T(msgJurisdictionCN))
	u.ensure(tabLibrary)
	for _, tp := range u.library.topics {
		if tp.Pack != "cn" {
			t.Fatalf("back in mainland China, the library lists %s of pack %s", tp.ID, tp.Pack)
		}
	}
}

// TestContentNotices: a 繁體中文 reader of the mainland pack is told the text is
// converted; of the Taiwan pack, told nothing; a Deutsch reader of the Taiwan pack, that
// it is shown in English. The notice heads the glossary and the open topic.
func TestContentNotices(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHant)
	if u.home.jurisdiction == nil {
		t.Skip("the shipped content has one pack only")
	}
	hant := tr(t, guidance.LangZhHant)
	e := u.env()
	if e.lang != guidance.LangZhHant || !e.converted {
		t.Fatalf("mainland pack in 繁體中文: lang %s, converted %v", e.lang, e.converted)
	}
	u.ensure(tabGlossary)
	if got := texts(u.glossary.content); !strings.Contains(got, hant.T(msgContentConverted)) {
		t.Errorf("the glossary does not say the text is converted:\n%s", firstLines(got, 5))
	}
	u.openTopic("plea-statement")
	if got := texts(u.library.pane); !strings.Contains(got, hant.T(msgContentConverted)) || !strings.Contains(got, "具結書") {
		t.Errorf("the topic is not converted, or does not say so:\n%s", firstLines(got, 5))
	}

	u.home.jurisdiction.choice.SetSelected(hant.T(msgJurisdictionTW))
	if e := u.env(); e.lang != guidance.LangZhHant || e.converted || contentNotice(e) != nil {
		t.Errorf("Taiwan pack in 繁體中文: lang %s, converted %v, notice shown", e.lang, e.converted)
	}

	u.setLanguage(guidance.LangDe)
	e = u.env()
	note := contentNotice(e)
	if e.lang != guidance.LangEn || note == nil || !strings.Contains(note.String(), "English") {
		t.Errorf("Taiwan pack in Deutsch: lang %s, notice %v", e.lang, note)
	}
	u.ensure(tabSearch)
	if got := texts(u.search.content); !strings.Contains(got, note.String()) {
		t.Errorf("search does not say the content is in English:\n%s", firstLines(got, 5))
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}
