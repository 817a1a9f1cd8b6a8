// Package ui turns the guidance domain into Fyne screens: the first-start language
// chooser, and the main window with Home, Library, Glossary, Search, Compare, Settings and
// Help, plus My case and My situation while a case file or guest session is open.
//
// UI is only the shell: the window, the tabs, the top bar, the language switch and the
// routing between screens. The open case file belongs to the session controller
// (session.go). Every screen is a struct that owns its widgets, keeps handles to them for
// tests and reacts in named onX methods; screens talk to each other only through the
// navigator and the callbacks the shell wires up.
//
// Every string goes through go-i18n (see messages.go); switching the language rebuilds
// the screens in place and keeps where the reader was.
package ui

import (
	"image/color"
	"os"
	"slices"
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
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// Info describes the running app for the Settings screen.
type Info struct {
	Version string
	DataDir string
	Content guidance.ContentStatus
	// CheckedFrom and CheckedTo are the oldest and the newest day a topic was last checked
	// against the official texts; zero when there are no topics.
	CheckedFrom, CheckedTo time.Time
}

// ClinicStore keeps the clinic settings; guidance/sqlite implements it. Both calls work
// on all settings at once, in one transaction.
type ClinicStore interface {
	Clinic() (guidance.Clinic, error)
	SetClinic(guidance.Clinic) error
}

// Deps is what the interface needs from main.
type Deps struct {
	App     fyne.App
	Library guidance.Library
	// Window is the window to show the app in, made by main before the content has
	// loaded so that the windowing system starts alongside (glfw.Init); nil: New makes one
	Window fyne.Window
	// ContentLanguages and Categories are read from the library once, at start: they do
	// not change while the app runs. Categories maps "pack/category" to its names.
	ContentLanguages []guidance.Lang
	Categories       map[string]map[guidance.Lang]string
	// Packs are the imported packs (without their items), one a jurisdiction; Scope gives
	// the library of one of them. With Scope nil, Library is shown whole.
	Packs         []guidance.Pack
	Scope         func(pack string) guidance.Library
	Vault         *casefile.Vault                       // nil when nothing can be saved: only guest sessions
	Clinic        ClinicStore                           // clinic-mode settings; nil when nothing can be saved
	Interviews    *interview.Set                        // the "My situation" walkthroughs, read when first shown; a pack without one offers none
	Prepare       func() map[guidance.Lang]*prepare.Set // the Prepare screen's content by content language, read when first shown; nil or nil map: it failed to load
	Compare       func() *guidance.Comparison           // read when Compare is first shown; nil or a nil table: it failed to load
	ExportDir     string                                // where printable plans are written; emptied when a visit ends
	Now           func() time.Time
	Messages      *Messages // the interface's words
	Notices       []guidance.Notice
	Info          Info
	SystemLocales []string // the system's locales, most preferred first, to preselect a language
	CJKBold       *CJKBold // the system's Chinese bold font; nil when there is none
	// PDFFonts finds the fonts a PDF embeds; nil: export.FindFonts on this computer
	PDFFonts func() (export.Fonts, error)
	// AfterDraw runs f on the UI goroutine once the window has drawn what is shown now
	// (about 150 ms later); nil: a timer and fyne.Do. Tests, where nothing is drawn and
	// fyne.Do would run f on the timer's goroutine, give one that does nothing.
	AfterDraw func(f func())
	// Speech reads aloud (Listen); nil when the computer has no speech engine or it is
	// not known yet (SetSpeech gives it later), and then Listen is not shown
	Speech Speech
}

// Tabs of the main window, in order.
const (
	tabHome = iota
	tabLibrary
	tabGlossary
	tabSearch
	tabCompare
	tabSettings
	tabHelp
	tabMyCase    // only while a case file or guest session is open
	tabSituation // likewise
	tabPrepare   // likewise
)

// navState is where the reader is; it survives a language switch.
type navState struct {
	tab            int
	topicID        string
	glossaryFilter string
	searchQuery    string
}

// UI is the shell: the window, its tabs and top bar, the language and the routing between
// screens.
type UI struct {
	deps    Deps
	win     fyne.Window
	tr      *translator
	state   navState
	session *session
	clinic  guidance.Clinic // as last saved; read once at start
	fields  *fields
	listen  *listener // reads aloud; stopped whenever the screen changes

	chooser *chooserScreen
	bar     *topBar
	discard *discardDialog // the last "your answers are not saved" dialog shown
	keep    *createDialog  // the last "keep them in a new case file" dialog shown
	neutral *button        // "New note" on the quick-exit cover: the way back
	back    []int          // the tabs shown before this one, for Escape
	tabs    *sideNav

	home      *homeScreen
	library   *libraryScreen
	glossary  *glossaryScreen
	search    *searchScreen
	compare   *compareScreen
	settings  *settingsScreen
	help      *helpScreen
	mycase    *caseScreen
	situation *situationScreen
	prepare   *prepareScreen
}

// New creates the main window. On first start (no language chosen yet) it shows the
// language chooser; otherwise the main screens. Printed plans left by a crash are deleted.
func New(d Deps) *UI {
	if d.Now == nil {
		d.Now = time.Now
	}
	u := &UI{deps: d, listen: newListener(d.Speech)}
	if d.Clinic != nil {
		c, err := d.Clinic.Clinic()
		if err != nil {
			fyne.LogError("read clinic settings", err)
		}
		u.clinic = c
	}
	lang := chosenLanguage(d.App.Preferences())
	shown := StartLanguage(d.App.Preferences(), d.SystemLocales)
	u.tr = newTranslator(d.Messages, shown)
	if err := useFyneWords(shown); err != nil {
		fyne.LogError("set the words of Fyne's dialogs", err)
	}
	u.applyTheme()
	if u.win = d.Window; u.win == nil {
		u.win = d.App.NewWindow("")
	}
	u.win.SetTitle(u.tr.T(msgAppTitle))
	u.win.Resize(fyne.NewSize(1040, 720))
	u.session = newSession(d.App, d.Vault, d.ExportDir, d.Now, u.win, u.tr)
	u.session.onOpened = u.onSessionOpened
	u.session.onEnded = u.onSessionEnded
	u.session.onHidden = u.onQuickExit
	u.session.askDiscard = u.onAskDiscard
	u.fields = &fields{onExit: u.session.quickExit, onFind: u.onFind, onBack: u.onBack}
	clearExports(d.ExportDir)
	if lang == "" {
		u.showChooser(shown)
	} else {
		u.build()
	}
	return u
}

// chosenLanguage is the interface language the reader chose, "" before the first choice.
func chosenLanguage(prefs fyne.Preferences) guidance.Lang {
	if l := guidance.Lang(prefs.String(PrefLanguage)); guidance.IsUILanguage(l) {
		return l
	}
	return ""
}

// StartLanguage is the language the window opens in: the one the reader chose, or before
// the first choice the closest to the system's locales (the language chooser shows it
// preselected). main reads its messages while the rest of the start runs.
func StartLanguage(prefs fyne.Preferences, systemLocales []string) guidance.Lang {
	if l := chosenLanguage(prefs); l != "" {
		return l
	}
	return guidance.MatchLanguage(systemLocales)
}

// SetSpeech gives Listen its engine: main looks for one after the first frame, since
// listing the voices runs a program (about 0.1 s for espeak-ng, longer for PowerShell's
// SAPI). Screens built from then on show Listen. Call it on the UI goroutine.
func (u *UI) SetSpeech(engine Speech) { u.listen.use(engine) }

// Window is the main window.
func (u *UI) Window() fyne.Window { return u.win }

// StartTimers starts the once-a-second auto-lock check. main calls it; tests call
// session.checkIdle with their own clock instead.
func (u *UI) StartTimers() (stop func()) { return u.session.startTimers() }

// Close ends the visit as the app exits: the case file is locked and printed plans are
// deleted.
func (u *UI) Close() {
	u.listen.stop()
	u.session.close()
	clearExports(u.deps.ExportDir)
}

// ClearExports deletes the printable plans written to dir (Deps.ExportDir). Close does it
// on the way out; main calls it when Fyne never returns from quitting, and Close cannot
// run.
func ClearExports(dir string) { clearExports(dir) }

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
	u.tr = newTranslator(u.deps.Messages, l)
	if err := useFyneWords(l); err != nil {
		fyne.LogError("set the words of Fyne's dialogs", err)
	}
	u.session.tr = u.tr
	u.applyTheme()
	u.win.SetTitle(u.tr.T(msgAppTitle))
	u.build()
}

// contentLang is the language content is shown in for the current interface language:
// the chosen jurisdiction's, or the closest it has.
func (u *UI) contentLang() guidance.Lang {
	if p, ok := u.jurisdiction(); ok {
		return guidance.ContentLang(u.tr.lang, p.Languages)
	}
	return guidance.ContentLang(u.tr.lang, u.deps.ContentLanguages)
}

// jurisdiction is the chosen pack (PrefJurisdiction), mainland China when none is chosen
// or the chosen one is gone; false when the packs are not known.
func (u *UI) jurisdiction() (guidance.Pack, bool) {
	want := u.deps.App.Preferences().StringWithFallback(PrefJurisdiction, defaultJurisdiction)
	for _, id := range []string{want, defaultJurisdiction} {
		for _, p := range u.deps.Packs {
			if p.ID == id {
				return p, true
			}
		}
	}
	if len(u.deps.Packs) > 0 {
		return u.deps.Packs[0], true
	}
	return guidance.Pack{}, false
}

// walkthroughPack is the pack whose "My situation" walkthrough is offered: the chosen
// jurisdiction, mainland China when the packs are not known.
func (u *UI) walkthroughPack() string {
	if p, ok := u.jurisdiction(); ok {
		return p.ID
	}
	return defaultJurisdiction
}

// walkthrough is the "My situation" walkthrough of the chosen jurisdiction, read the
// first time it is shown; nil when it has none or it fails to load (it is built in: a
// packaging error, and the screen says the walkthrough is unavailable).
func (u *UI) walkthrough() *interview.Interview {
	iv, err := u.deps.Interviews.Get(u.walkthroughPack())
	if err != nil {
		fyne.LogError("read the walkthrough", err)
	}
	return iv
}

// onJurisdictionChosen remembers the pack chosen on Home or in Settings and redraws every
// screen for it.
func (u *UI) onJurisdictionChosen(pack string) {
	if cur, ok := u.jurisdiction(); ok && cur.ID == pack {
		return
	}
	u.deps.App.Preferences().SetString(PrefJurisdiction, pack)
	u.state.topicID = "" // the open topic belongs to the other pack
	u.build()
}

func (u *UI) env() *env {
	e := &env{fields: u.fields, lib: u.deps.Library, tr: u.tr, lang: u.contentLang(), win: u.win, nav: u, listener: u.listen,
		packs: u.deps.Packs, afterDraw: u.deps.AfterDraw}
	if e.afterDraw == nil {
		e.afterDraw = afterDraw
	}
	if p, ok := u.jurisdiction(); ok {
		e.pack = p.ID
		e.converted = !p.Written(e.lang) && slices.Contains(p.Languages, e.lang)
		if u.deps.Scope != nil {
			e.lib = u.deps.Scope(p.ID)
		}
	}
	return e
}

// pdfDeps is what the plan's and My case's PDF export need from the shell. Fonts are
// looked for on the computer (none ships with the app); Deps.PDFFonts replaces the search.
func (u *UI) pdfDeps() pdfDeps {
	fonts := u.deps.PDFFonts
	if fonts == nil {
		fonts = func() (export.Fonts, error) { return export.FindFonts(os.Getenv) }
	}
	return pdfDeps{exportDir: u.deps.ExportDir, clinic: func() guidance.Clinic { return u.clinic },
		openURL: u.deps.App.OpenURL, now: u.deps.Now, fonts: fonts}
}

// build (re)creates the main window in the current language and restores navState.
// Only Home is built at once; the other screens are built the first time they are shown,
// which keeps start-up close to that of an empty window.
func (u *UI) build() {
	u.listen.stop()
	st := u.state
	u.library, u.glossary, u.search, u.compare, u.settings, u.help, u.mycase, u.situation, u.prepare = nil, nil, nil, nil, nil, nil, nil, nil, nil
	u.home = u.newHome()
	item := func(msg *i18n.Message, icon fyne.Resource) *container.TabItem {
		return container.NewTabItemWithIcon(u.tr.T(msg), icon, container.NewStack())
	}
	u.tabs = newSideNav(
		container.NewTabItemWithIcon(u.tr.T(msgNavHome), theme.HomeIcon(), u.home.content),
		item(msgNavLibrary, theme.DocumentIcon()),
		item(msgNavGlossary, theme.ListIcon()),
		item(msgNavSearch, theme.SearchIcon()),
		item(msgNavCompare, theme.GridIcon()),
		item(msgNavSettings, theme.SettingsIcon()),
		item(msgNavHelp, theme.QuestionIcon()),
	)
	if u.session.isOpen() {
		u.tabs.Append(item(msgNavMyCase, theme.AccountIcon()))
		u.tabs.Append(item(msgNavSituation, theme.HelpIcon()))
		u.tabs.Append(item(msgNavPrepare, theme.DocumentCreateIcon()))
	}
	u.back = nil
	u.tabs.OnSelected = func(*container.TabItem) {
		if i := u.tabs.SelectedIndex(); i != u.state.tab {
			u.listen.stop()
			u.back = append(u.back, u.state.tab)
			u.state.tab = i
		}
		u.ensure(u.state.tab)
		if u.state.tab == tabSearch && u.search != nil {
			u.win.Canvas().Focus(u.search.entry)
		}
	}
	u.bar = newTopBar(u.tr, u.session)
	var root fyne.CanvasObject = container.NewBorder(container.NewPadded(u.bar.content), nil, nil, nil, u.tabs.content)
	if u.session.isOpen() {
		root = container.NewStack(root, newActivity(u.session.touch))
	}
	u.win.SetContent(root)
	u.win.Canvas().AddShortcut(quickExitShortcut, func(fyne.Shortcut) { u.session.quickExit() })
	u.win.Canvas().AddShortcut(findShortcut, func(fyne.Shortcut) { u.onFind() })
	u.win.Canvas().AddShortcut(backShortcut, func(fyne.Shortcut) { u.onBack() })
	u.win.Canvas().SetOnTypedKey(u.onKey)
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

func (u *UI) newHome() *homeScreen {
	return newHomeScreen(u.env(), homeDeps{
		notices: u.deps.Notices, clinic: u.clinic, session: u.session, vault: u.deps.Vault,
		situation: u.deps.Interviews.Has(u.walkthroughPack()), lockedFor: u.session.lockedIdle,
		onJurisdiction: u.onJurisdictionChosen,
	})
}

// ensure builds the screen of tab if it has not been built yet.
func (u *UI) ensure(tab int) {
	var content fyne.CanvasObject
	switch {
	case tab == tabLibrary && u.library == nil:
		u.library = newLibraryScreen(u.env(), u.deps.Categories, tickStore{get: u.session.ticksFor, set: u.session.setTick})
		u.library.onOpened = func(id string) { u.state.topicID = id }
		content = u.library.content
	case tab == tabGlossary && u.glossary == nil:
		u.glossary = newGlossaryScreen(u.env())
		u.glossary.filter.SetText(u.state.glossaryFilter)
		u.glossary.onFilterChanged = func(s string) { u.state.glossaryFilter = s }
		content = u.glossary.content
	case tab == tabSearch && u.search == nil:
		u.search = newSearchScreen(u.env())
		u.search.entry.SetText(u.state.searchQuery)
		u.search.onQueryChanged = func(s string) { u.state.searchQuery = s }
		content = u.search.content
	case tab == tabCompare && u.compare == nil:
		var table *guidance.Comparison // read now, not before the first frame
		if u.deps.Compare != nil {
			table = u.deps.Compare()
		}
		u.compare = newCompareScreen(u.env(), table, newPDFSaver(u.env(), u.pdfDeps()))
		content = u.compare.content
	case tab == tabSettings && u.settings == nil:
		u.settings = newSettingsScreen(u.env(), settingsDeps{
			prefs: u.deps.App.Preferences(), info: u.deps.Info, clinic: u.deps.Clinic, saved: u.clinic,
			onLanguage: u.setLanguage, onLook: u.applyTheme, onClinicChanged: u.onClinicChanged,
			onJurisdiction: u.onJurisdictionChosen,
		})
		content = u.settings.content
	case tab == tabHelp && u.help == nil:
		u.help = newHelpScreen(u.env())
		content = u.help.content
	case tab == tabMyCase && u.mycase == nil && u.session.isOpen():
		u.mycase = newCaseScreen(u.env(), u.session, newPDFSaver(u.env(), u.pdfDeps()))
		content = u.mycase.content
	case tab == tabSituation && u.situation == nil && u.session.isOpen():
		iv := u.walkthrough()
		if iv == nil {
			content = container.NewPadded(wrapped(u.tr.T(msgSituationUnavailable)))
			break
		}
		u.situation = newSituationScreen(u.env(), situationDeps{
			session: u.session, iv: iv, exportDir: u.deps.ExportDir, now: u.deps.Now,
			clinic: func() guidance.Clinic { return u.clinic }, openURL: u.deps.App.OpenURL,
			onQuestionsChanged: u.onQuestionsChanged, pdf: newPDFSaver(u.env(), u.pdfDeps()),
		})
		content = u.situation.content
	case tab == tabPrepare && u.prepare == nil && u.session.isOpen():
		var sets map[guidance.Lang]*prepare.Set
		if u.deps.Prepare != nil {
			sets = u.deps.Prepare()
		}
		u.prepare = newPrepareScreen(u.env(), u.session, sets[u.contentLang()],
			prepareDeps{sets: sets, pdf: newPDFSaver(u.env(), u.pdfDeps())})
		content = u.prepare.content
	default:
		return
	}
	u.tabs.Items[tab].Content = content
	u.tabs.Refresh()
}

// onKey hears every key typed while nothing has the focus, and the keys focused buttons
// and fields pass on: any key keeps the case file open; F1 opens Help; Escape is onBack.
func (u *UI) onKey(ev *fyne.KeyEvent) {
	u.session.touch()
	if ev.Name == fyne.KeyF1 && u.tabs != nil {
		u.selectTab(tabHelp)
		return
	}
	if ev.Name == fyne.KeyEscape {
		u.onBack()
	}
}

// onBack (Escape, Alt+Left) closes the dialog or pop-up on top, and with none goes back
// to the screen shown before (Home at last).
func (u *UI) onBack() {
	if u.tabs == nil {
		return
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
		u.win.Canvas().Overlays().Remove(top)
		return
	}
	u.goBack()
}

// goBack shows the screen shown before this one.
func (u *UI) goBack() {
	for len(u.back) > 0 {
		prev := u.back[len(u.back)-1]
		u.back = u.back[:len(u.back)-1]
		if prev != u.state.tab && prev < len(u.tabs.Items) {
			u.state.tab = prev
			u.tabs.SelectIndex(prev)
			u.ensure(prev)
			return
		}
	}
	if u.state.tab != tabHome {
		u.state.tab = tabHome
		u.tabs.SelectIndex(tabHome)
	}
}

// onFind (Ctrl+F) opens Search with the cursor in its field.
func (u *UI) onFind() {
	if u.tabs == nil {
		return
	}
	u.tabs.SelectIndex(tabSearch)
	u.ensure(tabSearch)
	u.win.Canvas().Focus(u.search.entry)
}

// onSessionOpened shows the case file (or guest session) that was just opened.
func (u *UI) onSessionOpened() {
	u.build()
	u.tabs.SelectIndex(tabMyCase)
}

// onSessionEnded returns to Home when a visit ends (I'm done, auto-lock, deleted case
// file), forgetting where the visitor was.
func (u *UI) onSessionEnded() {
	u.state = navState{}
	u.build()
}

// onQuickExit hides everything at once behind a cover that says nothing about the app: an
// empty notes page with an ordinary title and icon, so the window and the taskbar look like
// any other program. Every screen is dropped; only "New note" brings the app back, at Home
// with the case file locked.
func (u *UI) onQuickExit() {
	u.listen.stop()
	u.state = navState{}
	u.tabs, u.home, u.library, u.glossary, u.search, u.compare, u.settings, u.help, u.mycase, u.situation, u.prepare = nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
	u.win.SetTitle(u.tr.T(msgNeutral))
	u.win.SetIcon(theme.DocumentIcon())
	page := widget.NewMultiLineEntry()
	page.SetPlaceHolder(u.tr.T(msgNeutralPlaceholder))
	page.Wrapping = fyne.TextWrapWord
	u.neutral = newButtonWithIcon(u.tr.T(msgNeutralResume), theme.DocumentCreateIcon(), u.onResume)
	u.neutral.Importance = widget.LowImportance
	u.win.SetContent(container.NewBorder(container.NewHBox(u.neutral), nil, nil, nil, page))
}

// onResume leaves the quick-exit cover: the app comes back at Home, as at a fresh start.
func (u *UI) onResume() {
	u.neutral = nil
	u.win.SetTitle(u.tr.T(msgAppTitle))
	u.win.SetIcon(u.deps.App.Icon())
	u.build()
}

// onAskDiscard asks once before "I'm done" throws away an unsaved visit: keep it in a new
// case file (when this computer can save one), finish anyway, or go back.
func (u *UI) onAskDiscard() {
	canSave := u.deps.Vault != nil && !u.clinic.AlwaysGuest
	u.discard = newDiscardDialog(u.env(), canSave, u.onKeepVisit, u.session.end)
	u.discard.show()
}

// onKeepVisit makes a new case file and moves the unsaved visit into it.
func (u *UI) onKeepVisit() {
	u.keep = newCreateDialog(u.env(), u.deps.Vault.Create, func(c *casefile.Session) {
		if err := u.session.keep(c); err != nil {
			fyne.LogError("keep unsaved visit", err)
			dialog.NewCustom(u.tr.T(msgDiscardSave), u.tr.T(msgClose), wrapped(u.tr.T(msgCaseSaveFailed)), u.win).Show()
		}
	})
	u.keep.show()
}

// onClinicChanged shows newly saved clinic settings on Home, and on every screen already
// built that offers to save: when the clinic now never saves, they offer only printing.
func (u *UI) onClinicChanged(c guidance.Clinic) {
	u.clinic = c
	u.home = u.newHome()
	u.tabs.Items[tabHome].Content = u.home.content
	if u.compare != nil && u.compare.saver != nil {
		u.compare.saver.followClinic()
	}
	if u.mycase != nil {
		u.mycase.followClinic()
	}
	if u.situation != nil && u.situation.d.pdf != nil {
		u.situation.d.pdf.followClinic()
	}
	if u.prepare != nil && u.prepare.d.pdf != nil {
		u.prepare.d.pdf.followClinic()
	}
	u.tabs.Refresh()
}

// onQuestionsChanged tells My case that the walkthrough added a question.
func (u *UI) onQuestionsChanged() {
	if u.mycase != nil {
		u.mycase.reload()
	}
}

// applyTheme sets the look and text size saved in preferences.
func (u *UI) applyTheme() {
	p := u.deps.App.Preferences()
	th := newAppTheme(p.StringWithFallback(PrefTheme, lookSystem), p.FloatWithFallback(PrefTextScale, 1))
	if u.tr != nil {
		th.lang = u.tr.lang
	}
	th.cjk = u.deps.CJKBold
	u.deps.App.Settings().SetTheme(th)
	if th.lang == guidance.LangZhHans || th.lang == guidance.LangZhHant {
		// until the Chinese bold face is read, bold is Fyne's; then draw again with it
		u.deps.CJKBold.Load(th.lang, u.applyTheme)
	}
}

// navigator is what screens use to move the reader around.
type navigator interface {
	openTopic(id string)
	openPassage(id string, lang guidance.Lang, section int, words []string)
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

// openPassage opens topic id in lang at section, with words highlighted there.
func (u *UI) openPassage(id string, lang guidance.Lang, section int, words []string) {
	u.ensure(tabLibrary)
	u.tabs.SelectIndex(tabLibrary)
	u.library.openAt(id, lang, section, words)
}

// showTerm shows a glossary term's plain definition in a dialog, with a link to the topic
// that explains it.
func (u *UI) showTerm(id string) {
	t, err := u.deps.Library.Term(id, u.contentLang())
	if err != nil {
		fyne.LogError("show term "+id, err)
		return
	}
	box := container.NewVBox(wrapped(t.Definition))
	d := dialog.NewCustom(t.Term, u.tr.T(msgClose), box, u.win)
	if t.Topic != "" && !(u.tabs.SelectedIndex() == tabLibrary && u.library != nil && u.library.current == t.Topic) {
		box.Add(newButtonWithIcon(u.tr.T(msgTermReadMore), theme.NavigateNextIcon(), func() {
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
	text.SetBold(true)
	box := container.NewVBox(text, widget.NewLabelWithStyle(u.tr.T(msgQuestionWhy), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), wrapped(q.Why))
	d := dialog.NewCustom(u.tr.T(msgKindQuestion), u.tr.T(msgClose), box, u.win)
	if q.Topic != "" {
		box.Add(newButtonWithIcon(u.tr.T(msgTermReadMore), theme.NavigateNextIcon(), func() {
			d.Hide()
			u.openTopic(q.Topic)
		}))
	}
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// topBar holds what must always be in reach: the open case file's name, "I'm done" and
// the quick exit.
type topBar struct {
	content fyne.CanvasObject
	exit    *button
	done    *button    // only while a case file or guest session is open
	unsaved *flow.Text // "Not saved: …", only in a visit that saves nothing
}

func newTopBar(tr *translator, s *session) *topBar {
	b := &topBar{exit: newButtonWithIcon(tr.T(msgQuickExit), theme.LogoutIcon(), s.quickExit)}
	b.exit.Importance = widget.DangerImportance
	right := container.NewHBox()
	var left, below fyne.CanvasObject
	switch {
	case s.guest():
		// on every screen of a visit that saves nothing, say so plainly, on a line of its
		// own under the buttons: beside them it was squeezed into a narrow column
		b.unsaved = wrapped(tr.T(msgGuestBanner))
		b.unsaved.SetColor(theme.ColorNameWarning)
		below = container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(theme.WarningIcon())), nil, b.unsaved)
	case s.isOpen():
		left = widget.NewLabelWithStyle(s.meta().Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	if s.isOpen() {
		b.done = newButtonWithIcon(tr.T(msgDone), theme.ConfirmIcon(), s.done)
		right.Add(b.done)
	}
	right.Add(b.exit)
	// the buttons keep their own height beside a name that wraps
	b.content = container.NewBorder(nil, nil, nil, container.NewVBox(right), left)
	if below != nil {
		b.content = container.NewVBox(b.content, below)
	}
	return b
}

// env is what every screen gets: content, translations, text fields and navigation.
type env struct {
	fields *fields
	lib    guidance.Library
	tr     *translator
	lang   guidance.Lang // content language
	win    fyne.Window
	nav    navigator

	listener *listener // for a screen's Listen control

	pack      string          // the jurisdiction shown (a pack ID); "" when packs are not known
	packs     []guidance.Pack // every jurisdiction, for the chooser
	converted bool            // lang is the pack's converted language (zh-Hant from zh-Hans)

	afterDraw func(f func()) // see Deps.AfterDraw
}

// afterDraw runs f on the UI goroutine about 150 ms from now, when the window has drawn
// (and so laid out) what it shows.
func afterDraw(f func()) {
	go func() {
		time.Sleep(150 * time.Millisecond)
		fyne.Do(f)
	}()
}

// wrapped is a paragraph of plain text that wraps between words and between Chinese
// characters (widget.Label breaks mixed Chinese and Latin text badly).
func wrapped(text string) *flow.Text {
	return flow.NewPlain(text)
}

// tall gives a button a large target: at least 56 units high, as wide as its container.
// Rows of large buttons are stacked, not put side by side, so that large text never pushes
// the window wider than the screen.
func tall(o fyne.CanvasObject) fyne.CanvasObject {
	if b, ok := o.(*button); ok {
		b.wrapping()
	}
	space := canvas.NewRectangle(color.Transparent)
	space.SetMinSize(fyne.NewSize(0, 56))
	return container.NewStack(space, o)
}

// card is a box with a title that wraps: a widget.Card's title is one line as wide as its
// text, which at 200 % text pushed the window wider than the screen.
func card(title string, content fyne.CanvasObject) *widget.Card {
	if title == "" {
		return widget.NewCard("", "", content)
	}
	h := wrapped(title)
	h.SetSize(theme.SizeNameSubHeadingText)
	h.SetBold(true)
	return widget.NewCard("", "", container.NewVBox(h, content))
}

// heading is a large bold heading.
func heading(text string) *flow.Text {
	h := wrapped(text)
	h.SetSize(theme.SizeNameHeadingText)
	h.SetBold(true)
	return h
}

// subheading is a bold subheading that wraps.
func subheading(text string) *flow.Text {
	h := wrapped(text)
	h.SetSize(theme.SizeNameSubHeadingText)
	h.SetBold(true)
	return h
}

// date writes a day the way the interface language does (guidance.Lang.WriteDate).
func (t *translator) date(d time.Time) string { return t.lang.WriteDate(d) }
