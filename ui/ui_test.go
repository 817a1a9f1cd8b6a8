package ui

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
	"github.com/pleaguide/pleaguide/locales"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// newTestUI starts the interface on a temporary app over a store holding the real
// content packs. lang "" means first start.
func newTestUI(t testing.TB, lang guidance.Lang, systemLocales ...string) *UI {
	t.Helper()
	u, _ := newTestUIClock(t, lang, systemLocales...)
	return u
}

// newTestUIClock is newTestUI that also returns the clock the interface sees.
func newTestUIClock(t testing.TB, lang guidance.Lang, systemLocales ...string) (*UI, *testClock) {
	t.Helper()
	d, clk := newTestDeps(t, lang, systemLocales...)
	u := New(d)
	u.win.Resize(fyne.NewSize(1000, 700))
	return u, clk
}

// newTestDeps is what newTestUIClock gives New, for tests that change a part of it.
func newTestDeps(t testing.TB, lang guidance.Lang, systemLocales ...string) (Deps, *testClock) {
	t.Helper()
	a := test.NewTempApp(t)
	if lang != "" {
		a.Preferences().SetString(PrefLanguage, string(lang))
	}
	dir := t.TempDir()
	copyBuiltContent(t, dir)
	store, err := sqlite.Open(filepath.Join(dir, sqlite.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if _, err := store.SyncContent(assets.Content()); err != nil {
		t.Fatal(err)
	}
	b := NewMessages(locales.FS())
	clk := &testClock{t: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	vault := casefile.NewVault(store, clk.now)
	vault.NewKDF = fastKDF
	ivs := interview.NewSet(assets.Content())
	packs, err := store.Packs()
	if err != nil {
		t.Fatal(err)
	}
	prep, err := content.ReadCircumstances(assets.Content(), "cn", []guidance.Lang{guidance.LangZhHans, guidance.LangEn})
	if err != nil {
		t.Fatal(err)
	}
	cmp, problems := content.ReadCompare(assets.Content())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	if err := store.ConvertCompare(cmp); err != nil { // as cmd/pleaguide does
		t.Fatal(err)
	}
	return Deps{Prepare: func() map[guidance.Lang]*prepare.Set { return prep }, Compare: func() *guidance.Comparison { return cmp }, App: a, Library: store, Messages: b, Info: Info{Version: "test", DataDir: "/data"}, SystemLocales: systemLocales,
		ContentLanguages: guidance.PackLanguages(packs), Categories: guidance.CategoryNames(packs),
		Packs: packs, Scope: func(pack string) guidance.Library { return store.Jurisdiction(pack) },
		Vault: vault, Clinic: store, Now: clk.now, Interviews: ivs, ExportDir: filepath.Join(t.TempDir(), "exports"), AfterDraw: func(func()) {}}, clk
}

// builtContent is content.db built once from the shipped packs for every test of the
// package: building it (converting, linting, indexing four packs) takes seconds, and a
// test's store opens a copy of it, as the app opens the file it built at an earlier start.
var builtContent struct {
	once sync.Once
	data []byte
	err  error
}

// copyBuiltContent writes builtContent into dir as the content database; the folder it
// was built in is removed once the file is read.
func copyBuiltContent(t testing.TB, dir string) {
	t.Helper()
	builtContent.once.Do(func() {
		tmp, err := os.MkdirTemp("", "pleaguide-ui-content-")
		if err != nil {
			builtContent.err = err
			return
		}
		defer os.RemoveAll(tmp)
		s, err := sqlite.Open(filepath.Join(tmp, sqlite.FileName))
		if err != nil {
			builtContent.err = err
			return
		}
		if _, err := s.SyncContent(assets.Content()); err != nil {
			s.Close()
			builtContent.err = err
			return
		}
		if err := s.Close(); err != nil {
			builtContent.err = err
			return
		}
		builtContent.data, builtContent.err = os.ReadFile(filepath.Join(tmp, sqlite.ContentFileName))
	})
	if builtContent.err != nil {
		t.Fatal(builtContent.err)
	}
	if err := os.WriteFile(filepath.Join(dir, sqlite.ContentFileName), builtContent.data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// testClock is the clock the UI sees in tests.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

func fastKDF() (casefile.KDF, error) {
	return casefile.KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: []byte("0123456789abcdef")}, nil
}

// texts collects the visible strings under o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		switch v := obj.(type) {
		case *flow.Text:
			b.WriteString(v.String())
		case *canvas.Text:
			b.WriteString(v.Text)
		case *widget.Label:
			b.WriteString(v.Text)
		case *widget.Button:
			b.WriteString(v.Text)
		case *button:
			b.WriteString(v.Text)
		default:
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func tr(t *testing.T, lang guidance.Lang) *translator {
	t.Helper()
	b := NewMessages(locales.FS())
	if _, err := b.Load(lang); err != nil {
		t.Fatal(err)
	}
	return newTranslator(b, lang)
}

func TestFirstStartShowsLanguageChooser(t *testing.T) {
	u := newTestUI(t, "", "de_DE.UTF-8")
	if u.chooser == nil {
		t.Fatal("no language chooser on first start")
	}
	if u.chooser.icon.Resource != AppIcon {
		t.Error("the chooser builds an icon of its own instead of AppIcon")
	}
	for l, b := range u.chooser.buttons {
		if want := l == guidance.LangDe; (b.Importance == widget.HighImportance) != want {
			t.Errorf("button %s highlighted = %v, want %v", l, !want, want)
		}
	}
	test.Tap(u.chooser.buttons[guidance.LangZhHans])
	if got := u.deps.App.Preferences().String(PrefLanguage); got != "zh-Hans" {
		t.Errorf("chosen language saved as %q", got)
	}
	if u.tabs == nil || u.tabs.Items[tabLibrary].Text != tr(t, guidance.LangZhHans).T(msgNavLibrary) {
		t.Fatal("main screens not shown in the chosen language")
	}
	if u.tabs.Items[tabLibrary].Text == msgNavLibrary.Other {
		t.Error("Chinese library tab shows the English text")
	}
}

func TestUnknownLocaleDefaultsToEnglish(t *testing.T) {
	for _, locs := range [][]string{nil, {"C"}, {"POSIX"}, {"xx_YY.UTF-8"}, {""}} {
		u := newTestUI(t, "", locs...)
		if b := u.chooser.buttons[guidance.LangEn]; b.Importance != widget.HighImportance {
			t.Errorf("locales %q: English not preselected", locs)
		}
	}
}

func TestSwitchLanguageRedrawsOpenScreens(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.openTopic("plea-statement")
	enTitle := texts(u.library.pane)
	u.tabs.SelectIndex(tabSettings)

	u.settings.language.SetSelected(languageNames[guidance.LangZhHans])

	if got := u.deps.App.Preferences().String(PrefLanguage); got != "zh-Hans" {
		t.Errorf("language saved as %q", got)
	}
	zh := tr(t, guidance.LangZhHans)
	if u.tabs.Items[tabHome].Text != zh.T(msgNavHome) || u.tabs.SelectedIndex() != tabSettings {
		t.Errorf("tabs after switch: %q, selected %d", u.tabs.Items[tabHome].Text, u.tabs.SelectedIndex())
	}
	if u.library.current != "plea-statement" {
		t.Errorf("open topic lost: %q", u.library.current)
	}
	if u.glossary != nil {
		t.Error("a screen never opened should be built when first shown, not at once")
	}
	u.tabs.SelectIndex(tabLibrary)
	zhTitle := texts(u.library.pane)
	if zhTitle == enTitle || !strings.Contains(zhTitle, "具结书") {
		t.Errorf("topic not redrawn in Chinese:\n%s", zhTitle)
	}
	if !strings.Contains(texts(u.home.content), zh.T(msgHomeHelpHeading)) {
		t.Error("home not redrawn in Chinese")
	}
}

func TestOpenTopicTapTermShowsDefinition(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabLibrary)
	u.library.topicLinks["withdrawing-a-plea"].Tap()
	if u.library.current != "withdrawing-a-plea" {
		t.Fatalf("current topic %q", u.library.current)
	}
	pane := texts(u.library.pane)
	for _, want := range []string{"Sources", "Last checked: 2026-11-25", "checked 2026-11-25"} {
		if !strings.Contains(pane, want) {
			t.Errorf("topic pane lacks %q", want)
		}
	}
	link := u.library.link("term:plea-statement-doc")
	if link == nil {
		t.Fatal("topic has no link to the plea statement term")
	}
	test.Tap(link)
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("tapping a term showed nothing")
	}
	term, err := u.deps.Library.Term("plea-statement-doc", guidance.LangEn)
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(top); !strings.Contains(got, term.Definition) || !strings.Contains(got, term.Term) {
		t.Errorf("dialog does not show %q: %q", term.Definition, got)
	}
}

func TestPreviousNext(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabLibrary)
	first := u.library.topics[0].ID
	u.openTopic(first)
	if !u.library.prev.Disabled() {
		t.Error("Previous enabled on the first topic")
	}
	test.Tap(u.library.next)
	if u.library.current != u.library.topics[1].ID {
		t.Errorf("Next opened %q, want %q", u.library.current, u.library.topics[1].ID)
	}
	test.Tap(u.library.prev)
	if u.library.current != first {
		t.Errorf("Previous opened %q, want %q", u.library.current, first)
	}
	u.openTopic(u.library.topics[len(u.library.topics)-1].ID)
	if !u.library.next.Disabled() {
		t.Error("Next enabled on the last topic")
	}
}

func TestGlossaryFilterAndSort(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.tabs.SelectIndex(tabGlossary)
	all := append([]string(nil), u.glossary.shown...)
	if len(all) < 20 {
		t.Fatalf("glossary shows %d terms", len(all))
	}
	test.Type(u.glossary.filter, "具结")
	if len(u.glossary.shown) == 0 || len(u.glossary.shown) >= len(all) {
		t.Errorf("filter 具结 shows %d of %d", len(u.glossary.shown), len(all))
	}
	for _, id := range u.glossary.shown {
		tm, _ := u.deps.Library.Term(id, guidance.LangZhHans)
		if termRank(tm, "具结") < 0 {
			t.Errorf("term %s shown but does not match", id)
		}
	}
	u.glossary.filter.SetText("zzzz")
	if len(u.glossary.shown) != 0 || !strings.Contains(texts(u.glossary.list), "zzzz") {
		t.Error("no-match message missing")
	}
}

func TestSearchOpensTopic(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	u.tabs.SelectIndex(tabSearch)
	test.Type(u.search.entry, "签了具结书还能反悔吗")
	if len(u.search.hits) == 0 {
		t.Fatal("no hits")
	}
	answer, ok := u.search.res.Answer()
	if !ok || (answer.ID != "withdrawing-a-plea" && answer.ID != "changing-your-mind-before-trial") {
		t.Errorf("answer %s (%v), want a passage on withdrawing", answer.ID, ok)
	}
	u.search.cards[0].Tapped(nil)
	if u.tabs.SelectedIndex() != tabLibrary || u.library.current != answer.ID {
		t.Errorf("tapping the answer: tab %d, topic %q", u.tabs.SelectedIndex(), u.library.current)
	}
}

func TestTextSizeAndTheme(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	u.tabs.SelectIndex(tabSettings)
	base := theme.DefaultTheme().Size(theme.SizeNameText)
	u.settings.size.SetSelected(percent(1.5))
	th := u.deps.App.Settings().Theme()
	if got := th.Size(theme.SizeNameText); got != base*1.5 {
		t.Errorf("text size %v, want %v", got, base*1.5)
	}
	u.settings.look.SetSelected(tr(t, guidance.LangEn).T(msgThemeContrast))
	th = u.deps.App.Settings().Theme()
	if c := th.Color(theme.ColorNameBackground, theme.VariantLight); c != highContrast[theme.ColorNameBackground] {
		t.Errorf("high contrast background = %v", c)
	}
	if got := u.deps.App.Preferences().String(PrefTheme); got != lookContrast {
		t.Errorf("look saved as %q", got)
	}
}

func TestHomeMarkup(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	shoot(t, u, "golden-home_en")
	test.AssertRendersToMarkup(t, "home_en.xml", u.win.Canvas())
}

func TestHomeNotices(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefLanguage, "en")
	store, err := sqlite.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	b := NewMessages(locales.FS())
	u := New(Deps{App: a, Library: store, Messages: b, Notices: []guidance.Notice{{Kind: guidance.NoticeDamagedDB, Path: "/x/pleaguide.db.damaged-1"}}})
	if got := texts(u.home.content); !strings.Contains(got, "/x/pleaguide.db.damaged-1") {
		t.Errorf("damaged-database notice missing: %q", got)
	}
	u.tabs.SelectIndex(tabLibrary)
	if got := texts(u.library.content); !strings.Contains(got, msgLibraryEmpty.Other) {
		t.Errorf("empty library not explained: %q", got)
	}
}

// walkOf is the walkthrough of pack that u shows, read as the app reads it.
func walkOf(t *testing.T, u *UI, pack string) *interview.Interview {
	t.Helper()
	iv, err := u.deps.Interviews.Get(pack)
	if err != nil {
		t.Fatal(err)
	}
	return iv
}

// TestEveryMessageFileLoads: the app reads a language's words only when it is first shown,
// so a broken message file would not show at start; each one is read here.
func TestEveryMessageFileLoads(t *testing.T) {
	m := NewMessages(locales.FS())
	for _, l := range guidance.UILanguages {
		b, err := m.Load(l)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if again, _ := m.Load(l); again != b {
			t.Errorf("%s: read twice", l)
		}
		if got := newTranslator(m, l).T(msgNavSettings); got == "" || (l != guidance.LangEn && got == msgNavSettings.Other) {
			t.Errorf("%s: Settings is %q, want its own words", l, got)
		}
	}
	if _, err := m.Load("fr"); err == nil {
		t.Error("a language the interface does not have loaded")
	}
}
