// Package ui turns the guidance domain into Fyne screens: the first-start language
// chooser, and the main window with Home, Library, Glossary, Search and Settings.
//
// Every string goes through go-i18n (see messages.go); switching the language rebuilds
// the screens in place and keeps where the reader was.
package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// NoticeKind names something that went wrong at start-up and that the user must be told.
type NoticeKind int

// Start-up notices.
const (
	NoticeDamagedDB       NoticeKind = iota + 1 // the database was damaged and moved aside
	NoticeNewerDB                               // the database is from a newer version and was left alone
	NoticeNoStore                               // the data folder cannot be written
	NoticeContentRejected                       // new content failed its checks; the last good content is shown
	NoticeContentMissing                        // no usable content at all
)

// Notice is one start-up message; Path is the file or folder it concerns, if any.
type Notice struct {
	Kind NoticeKind
	Path string
}

// Info describes the running app for the Settings screen.
type Info struct {
	Version string
	DataDir string
	Content guidance.ContentStatus
}

// Deps is what the interface needs from main.
type Deps struct {
	App           fyne.App
	Library       guidance.Library
	Vault         *casefile.Vault      // nil when nothing can be saved: only guest sessions
	Settings      Settings             // clinic-mode settings; nil when nothing can be saved
	Interview     *interview.Interview // the "My situation" walkthrough; nil if it failed to load
	ExportDir     string               // where printable plans are written; emptied when a visit ends
	Now           func() time.Time
	Bundle        *i18n.Bundle
	Notices       []Notice
	Info          Info
	SystemLocales []string // the system's locales, most preferred first, to preselect a language
}

// Tabs of the main window, in order.
const (
	tabHome = iota
	tabLibrary
	tabGlossary
	tabSearch
	tabSettings
	tabMyCase    // only while a case file or guest session is open
	tabSituation // likewise
)

// navState is where the reader is; it survives a language switch.
type navState struct {
	tab            int
	topicID        string
	glossaryFilter string
	searchQuery    string
}

// UI is the app's window and its screens.
type UI struct {
	deps  Deps
	win   fyne.Window
	tr    *translator
	env   *env
	state navState
	ticks map[string][]bool // checklist ticks when no case file is open, in memory only

	session   *casefile.Session // the open case file or guest session, if any
	idle      *idleWatch
	mycase    *caseScreen
	situation *situationScreen

	// handles for tests
	exitButton, doneButton, guestButton, newCaseButton, neutral, deleteConfirm, situationStart *widget.Button
	caseButtons                                                                                map[int64]*widget.Button
	createForm                                                                                 *createForm
	unlockForm                                                                                 *unlockForm
	clinicForm                                                                                 *clinicForm

	chooser  *chooserScreen
	tabs     *container.AppTabs
	home     *homeScreen
	library  *libraryScreen
	glossary *glossaryScreen
	search   *searchScreen
	settings *settingsScreen
}

// New creates the main window. On first start (no language chosen yet) it shows the
// language chooser; otherwise the main screens.
func New(d Deps) *UI {
	if d.Now == nil {
		d.Now = time.Now
	}
	u := &UI{deps: d, ticks: map[string][]bool{}, idle: &idleWatch{}}
	prefs := d.App.Preferences()
	u.applyTheme()
	lang := guidance.Lang(prefs.String(PrefLanguage))
	if !isUILanguage(lang) {
		lang = ""
	}
	shown := lang
	if shown == "" {
		shown = MatchLanguage(d.SystemLocales)
	}
	u.tr = newTranslator(d.Bundle, shown)
	u.win = d.App.NewWindow(u.tr.T(msgAppTitle))
	u.win.Resize(fyne.NewSize(1040, 720))
	if lang == "" {
		u.showChooser(shown)
	} else {
		u.build()
	}
	return u
}

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

func (u *UI) now() time.Time { return u.deps.Now() }

func isUILanguage(l guidance.Lang) bool {
	for _, x := range guidance.UILanguages {
		if x == l {
			return true
		}
	}
	return false
}

func (u *UI) showChooser(pre guidance.Lang) {
	u.chooser = newChooserScreen(u.tr, pre, u.onLanguageChosen)
	u.win.SetContent(u.chooser.content)
	u.win.Canvas().Focus(u.chooser.buttons[pre])
}

func (u *UI) onLanguageChosen(l guidance.Lang) {
	u.chooser = nil
	u.setLanguage(l)
}

// setLanguage switches the interface language, remembers it and redraws every screen in
// place.
func (u *UI) setLanguage(l guidance.Lang) {
	u.deps.App.Preferences().SetString(PrefLanguage, string(l))
	u.tr = newTranslator(u.deps.Bundle, l)
	u.win.SetTitle(u.tr.T(msgAppTitle))
	u.build()
}

// contentLang is the language content is shown in for the current interface language.
func (u *UI) contentLang() guidance.Lang {
	langs, err := u.deps.Library.ContentLanguages()
	if err != nil {
		langs = nil
	}
	return guidance.ContentLang(u.tr.lang, langs)
}

// build (re)creates the main window in the current language and restores navState.
// Only Home is built at once; the other screens are built the first time they are shown,
// which keeps start-up close to that of an empty window.
func (u *UI) build() {
	st := u.state
	u.env = &env{fields: u, lib: u.deps.Library, tr: u.tr, lang: u.contentLang(), win: u.win, nav: u}
	u.library, u.glossary, u.search, u.settings, u.mycase, u.situation = nil, nil, nil, nil, nil, nil
	u.home = newHomeScreen(u.env, u.deps.Notices, u.clinicInfo(), u.situationButton(), u.caseCard())
	item := func(msg *i18n.Message, icon fyne.Resource) *container.TabItem {
		return container.NewTabItemWithIcon(u.tr.T(msg), icon, container.NewStack())
	}
	u.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(u.tr.T(msgNavHome), theme.HomeIcon(), u.home.content),
		item(msgNavLibrary, theme.DocumentIcon()),
		item(msgNavGlossary, theme.ListIcon()),
		item(msgNavSearch, theme.SearchIcon()),
		item(msgNavSettings, theme.SettingsIcon()),
	)
	if u.session != nil {
		u.tabs.Append(item(msgNavMyCase, theme.AccountIcon()))
		u.tabs.Append(item(msgNavSituation, theme.HelpIcon()))
	}
	u.tabs.SetTabLocation(container.TabLocationLeading)
	u.tabs.OnSelected = func(*container.TabItem) {
		u.state.tab = u.tabs.SelectedIndex()
		u.ensure(u.state.tab)
	}
	var root fyne.CanvasObject = container.NewBorder(container.NewPadded(u.topBar()), nil, nil, nil, u.tabs)
	if u.session != nil {
		root = container.NewStack(root, newActivity(func() { u.idle.touch(u.now()) }))
	}
	u.win.SetContent(root)
	u.win.Canvas().AddShortcut(quickExitShortcut, func(fyne.Shortcut) { u.quickExit() })
	u.win.Canvas().SetOnTypedKey(func(*fyne.KeyEvent) { u.idle.touch(u.now()) })
	u.state = st
	if st.tab >= len(u.tabs.Items) {
		st.tab = tabHome
	}
	if st.topicID != "" {
		u.ensure(tabLibrary)
		u.library.open(st.topicID)
	}
	u.tabs.SelectIndex(st.tab)
	u.ensure(st.tab)
}

// ensure builds the screen of tab if it has not been built yet.
func (u *UI) ensure(tab int) {
	var content fyne.CanvasObject
	switch {
	case tab == tabLibrary && u.library == nil:
		u.library = newLibraryScreen(u.env, tickStore{get: u.ticksFor, set: u.setTick})
		u.library.onOpened = func(id string) { u.state.topicID = id }
		content = u.library.content
	case tab == tabGlossary && u.glossary == nil:
		u.glossary = newGlossaryScreen(u.env)
		u.glossary.filter.SetText(u.state.glossaryFilter)
		u.glossary.onFilterChanged = func(s string) { u.state.glossaryFilter = s }
		content = u.glossary.content
	case tab == tabSearch && u.search == nil:
		u.search = newSearchScreen(u.env)
		u.search.entry.SetText(u.state.searchQuery)
		u.search.onQueryChanged = func(s string) { u.state.searchQuery = s }
		content = u.search.content
	case tab == tabSettings && u.settings == nil:
		u.settings = newSettingsScreen(u.env, u.deps.App.Preferences(), u.deps.Info, settingsHandlers{
			onLanguage: u.setLanguage,
			onLook:     u.applyTheme,
		}, u.clinicCard())
		content = u.settings.content
	case tab == tabMyCase && u.mycase == nil && u.session != nil:
		u.mycase = newCaseScreen(u.env, u)
		content = u.mycase.content
	case tab == tabSituation && u.situation == nil && u.session != nil:
		if u.deps.Interview == nil {
			content = container.NewPadded(wrapped(u.tr.T(msgSituationUnavailable)))
			break
		}
		u.situation = newSituationScreen(u.env, u)
		content = u.situation.content
	default:
		return
	}
	u.tabs.Items[tab].Content = content
	u.tabs.Refresh()
}

// applyTheme sets the look and text size saved in preferences.
func (u *UI) applyTheme() {
	p := u.deps.App.Preferences()
	u.deps.App.Settings().SetTheme(newAppTheme(p.StringWithFallback(PrefTheme, lookSystem), p.FloatWithFallback(PrefTextScale, 1)))
}

// navigator is what screens use to move the reader around.
type navigator interface {
	openTopic(id string)
	showTerm(id string)
	showQuestion(id string)
	selectTab(tab int)
}

func (u *UI) selectTab(tab int) { u.tabs.SelectIndex(tab) }

func (u *UI) openTopic(id string) {
	u.ensure(tabLibrary)
	u.library.open(id)
	u.tabs.SelectIndex(tabLibrary)
}

// showTerm shows a glossary term's plain definition in a dialog, with a link to the topic
// that explains it.
func (u *UI) showTerm(id string) {
	lang := u.contentLang()
	t, err := u.deps.Library.Term(id, lang)
	if err != nil {
		fyne.LogError("show term "+id, err)
		return
	}
	box := container.NewVBox(wrapped(t.Definition))
	d := dialog.NewCustom(t.Term, u.tr.T(msgClose), box, u.win)
	if t.Topic != "" && !(u.tabs.SelectedIndex() == tabLibrary && u.library != nil && u.library.current == t.Topic) {
		box.Add(widget.NewButtonWithIcon(u.tr.T(msgTermReadMore), theme.NavigateNextIcon(), func() {
			d.Hide()
			u.openTopic(t.Topic)
		}))
	}
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// showQuestion shows a question for the lawyer with why it matters.
func (u *UI) showQuestion(id string) {
	q, err := u.deps.Library.Question(id, u.contentLang())
	if err != nil {
		fyne.LogError("show question "+id, err)
		return
	}
	text := wrapped(q.Text)
	text.bold = true
	box := container.NewVBox(text, widget.NewLabelWithStyle(u.tr.T(msgQuestionWhy), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), wrapped(q.Why))
	d := dialog.NewCustom(u.tr.T(msgKindQuestion), u.tr.T(msgClose), box, u.win)
	if q.Topic != "" {
		box.Add(widget.NewButtonWithIcon(u.tr.T(msgTermReadMore), theme.NavigateNextIcon(), func() {
			d.Hide()
			u.openTopic(q.Topic)
		}))
	}
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// env is what every screen gets: content, translations and navigation.
type env struct {
	fields interface {
		newEntry() *entry
		newMultiLineEntry() *entry
		newPasswordEntry() *entry
	}
	lib  guidance.Library
	tr   *translator
	lang guidance.Lang // content language
	win  fyne.Window
	nav  navigator
}

// wrapped is a paragraph of plain text that wraps between words and between Chinese
// characters (widget.Label breaks mixed Chinese and Latin text badly).
func wrapped(text string) *flowText {
	return newFlowText([]span{{text: text}}, nil)
}

// tall gives a button a large target: at least 56 units high, as wide as its container.
// Rows of large buttons are stacked, not put side by side, so that large text never pushes
// the window wider than the screen.
func tall(o fyne.CanvasObject) fyne.CanvasObject {
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(0, 56))
	return container.NewStack(space, o)
}

// heading is a large bold heading.
func heading(text string) *flowText {
	h := wrapped(text)
	h.size = theme.SizeNameHeadingText
	h.bold = true
	return h
}

func formatDate(d interface{ Format(string) string }) string { return d.Format("2006-01-02") }
