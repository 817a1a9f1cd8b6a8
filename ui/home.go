package ui

import (
	"bytes"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// homeChecked is when the facts on Home (12348, legal aid) were last checked.
var homeChecked = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// maxImport is the largest case file import reads; real ones are a few kilobytes.
const maxImport = 32 << 20

// homeDeps is what Home needs besides the env.
type homeDeps struct {
	notices   []guidance.Notice
	clinic    guidance.Clinic
	session   *session
	vault     *casefile.Vault // nil: case files cannot be saved
	situation bool            // the walkthrough is available
	lockedFor time.Duration   // auto-lock just closed the case file after this idle time

	onJurisdiction func(pack string) // the reader chose another jurisdiction
}

// homeScreen says what the app is, that it is not legal advice, and where free help is;
// it starts the walkthrough and opens case files.
type homeScreen struct {
	*env
	session *session
	content fyne.CanvasObject
	notices []*flow.Text
	start   *button // My situation; nil without the walkthrough
	cases   *casesCard
	locked  *flow.Text // why the case file closed, after auto-lock; nil otherwise

	jurisdiction *jurisdictionPicker // nil with one pack only
}

func newHomeScreen(e *env, d homeDeps) *homeScreen {
	s := &homeScreen{env: e, session: d.session}
	box := container.NewVBox()
	if d.lockedFor > 0 {
		s.locked = wrapped(e.tr.T(msgIdleLocked, "Minutes", int(d.lockedFor.Minutes())))
		s.locked.SetColor(theme.ColorNameWarning)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, s.locked))
	}
	for _, n := range d.notices {
		l := wrapped(noticeText(e.tr, n))
		l.SetColor(theme.ColorNameWarning)
		s.notices = append(s.notices, l)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l))
	}
	if d.clinic.Name != "" {
		lines := container.NewVBox()
		for _, v := range []string{d.clinic.Address, d.clinic.Phone} {
			if v != "" {
				lines.Add(wrapped(v))
			}
		}
		box.Add(card(d.clinic.Name, lines))
	}
	box.Add(heading(e.tr.T(msgHomeHeading)))
	box.Add(wrapped(e.tr.T(msgHomeIntro)))
	if len(e.packs) > 1 {
		s.jurisdiction = newJurisdictionPicker(e, d.onJurisdiction)
		box.Add(s.jurisdiction.content)
	}
	switch {
	case !d.situation && e.pack != "" && e.pack != defaultJurisdiction:
		// another jurisdiction's dates are never counted by a walkthrough not written for it
		box.Add(wrapped(e.tr.T(msgHomeSituationNotHere)))
	case d.situation:
		s.start = newButtonWithIcon(e.tr.T(msgSituationStart), theme.HelpIcon(), s.onStart)
		s.start.Importance = widget.HighImportance
		box.Add(tall(s.start))
	}
	help, _ := freeHelp(e, false)
	box.Add(card(e.tr.T(msgHomeHelpHeading), help))
	s.cases = newCasesCard(e, d.session, d.vault, d.clinic.AlwaysGuest)
	box.Add(s.cases.content)
	box.Add(container.NewVBox(
		newButtonWithIcon(e.tr.T(msgHomeOpenLibrary), theme.DocumentIcon(), func() { e.nav.selectTab(tabLibrary) }).wrapping(),
		newButtonWithIcon(e.tr.T(msgHomeOpenSearch), theme.SearchIcon(), func() { e.nav.selectTab(tabSearch) }).wrapping(),
	))
	box.Add(wrapped(e.tr.T(msgHomeQuickExitHelp)))
	s.content = newVScroll(container.NewPadded(box))
	return s
}

// onStart starts (or continues) the walkthrough: in the open case file, or else in a new
// guest session.
// onStart opens the walkthrough. With nothing open, it first asks where the answers go
// (see casesCard.askWhere), unless nothing can be saved here anyway.
func (s *homeScreen) onStart() {
	toSituation := func() { s.nav.selectTab(tabSituation) }
	if s.session.isOpen() {
		toSituation()
		return
	}
	s.cases.askWhere(toSituation)
}

func noticeText(tr *translator, n guidance.Notice) string {
	switch n.Kind {
	case guidance.NoticeDamagedDB:
		return tr.T(msgNoticeDamagedDB, "Path", n.Path)
	case guidance.NoticeNewerDB:
		return tr.T(msgNoticeNewerDB)
	case guidance.NoticeNoStore:
		return tr.T(msgNoticeNoStore, "Path", n.Path)
	case guidance.NoticeNoDataDir:
		return tr.T(msgNoticeNoDataDir)
	case guidance.NoticeContentRejected:
		return tr.T(msgNoticeContentRejected)
	default:
		return tr.T(msgNoticeContentMissing)
	}
}

// casesCard is Home's entry to case files: the list of case files, a new one, a guest
// session, and importing one from a file.
type casesCard struct {
	*env
	session *session
	vault   *casefile.Vault
	content fyne.CanvasObject

	// handles for tests; nil when not shown
	goTo       *button // while a case file is open
	guest      *button
	newCase    *button
	importFile *button
	cases      map[int64]*button
	create     *createDialog     // the last create dialog shown
	unlock     *passphraseDialog // the last unlock dialog shown
	importPass *passphraseDialog // the last import dialog shown
	where      *whereDialog      // the last "where should your answers go" dialog shown

	alwaysGuest bool // the clinic never saves
}

func newCasesCard(e *env, s *session, vault *casefile.Vault, alwaysGuest bool) *casesCard {
	c := &casesCard{env: e, session: s, vault: vault, alwaysGuest: alwaysGuest}
	box := container.NewVBox()
	c.content = card(e.tr.T(msgCasesHeading), box)
	if s.isOpen() {
		msg := e.tr.T(msgCasesGuestNow)
		if !s.guest() {
			msg = e.tr.T(msgCasesOpenNow, "Name", s.meta().Name)
		}
		c.goTo = newButtonWithIcon(e.tr.T(msgCasesGoTo), theme.NavigateNextIcon(), func() { e.nav.selectTab(tabMyCase) })
		box.Add(wrapped(msg))
		box.Add(c.goTo.wrapping())
		return c
	}
	c.guest = newButtonWithIcon(e.tr.T(msgCasesGuest), theme.VisibilityOffIcon(), c.onGuest)
	if alwaysGuest {
		c.guest.SetText(e.tr.T(msgCasesStart))
		c.guest.Importance = widget.HighImportance
		box.Add(wrapped(e.tr.T(msgCasesAlwaysGst)))
		box.Add(c.guest.wrapping())
		return c
	}
	box.Add(wrapped(e.tr.T(msgCasesIntro)))
	if vault == nil {
		box.Add(wrapped(e.tr.T(msgCasesNoStore)))
		box.Add(c.guest.wrapping())
		return c
	}
	cases, err := vault.Cases()
	if err != nil {
		fyne.LogError("list case files", err)
	}
	c.cases = map[int64]*button{}
	for _, m := range cases {
		b := newButtonWithIcon(m.Name+" — "+e.tr.T(msgCasesLastUsed, "Date", e.tr.date(m.Updated.Local())), theme.FolderIcon(), func() { c.onOpenCase(m) })
		b.wrapping()
		c.cases[m.ID] = b
		box.Add(b)
	}
	c.newCase = newButtonWithIcon(e.tr.T(msgCasesNew), theme.ContentAddIcon(), c.onNewCase)
	c.newCase.Importance = widget.HighImportance
	c.importFile = newButtonWithIcon(e.tr.T(msgCasesImport), theme.FolderOpenIcon(), c.onImport)
	box.Add(container.NewVBox(c.newCase.wrapping(), c.guest.wrapping(), c.importFile.wrapping()))
	return c
}

func (c *casesCard) onGuest() { c.session.open(casefile.Guest()) }

func (c *casesCard) onNewCase() { c.newCaseThen(nil) }

// onOpenCase asks for the passphrase of case file m.
func (c *casesCard) onOpenCase(m casefile.Meta) { c.openCaseThen(m, nil) }

// opener opens a case file and then moves on (then may be nil).
func (c *casesCard) opener(then func()) func(*casefile.Session) {
	return func(cs *casefile.Session) {
		c.session.open(cs)
		if then != nil {
			then()
		}
	}
}

func (c *casesCard) newCaseThen(then func()) {
	c.create = newCreateDialog(c.env, c.vault.Create, c.opener(then))
	c.create.show()
}

func (c *casesCard) openCaseThen(m casefile.Meta, then func()) {
	c.unlock = newPassphraseDialog(c.env, c.tr.T(msgUnlockTitle, "Name", m.Name),
		func(pass []byte) (*casefile.Session, error) { return c.vault.Unlock(m.ID, pass) },
		unlockProblem, c.opener(then))
	c.unlock.show()
}

// askWhere asks where the walkthrough's answers should go — a case file, a new one, or
// nowhere — opens that, and then moves on. Where nothing can be saved (no case files on
// this computer, or a clinic that never saves) there is nothing to ask: a visit that
// saves nothing starts, and every screen says so.
func (c *casesCard) askWhere(then func()) {
	if c.vault == nil || c.alwaysGuest {
		c.opener(then)(casefile.Guest())
		return
	}
	cases, err := c.vault.Cases()
	if err != nil {
		fyne.LogError("list case files", err)
	}
	c.where = newWhereDialog(c.env, cases,
		func(m casefile.Meta) { c.openCaseThen(m, then) },
		func() { c.newCaseThen(then) },
		func() { c.opener(then)(casefile.Guest()) })
	c.where.show()
}

// onImport lets the reader pick an exported case file, for example on a USB stick.
func (c *casesCard) onImport() {
	dialog.NewFileOpen(c.onImportPicked, c.win).Show()
}

// onImportPicked reads the picked file and asks for its passphrase.
func (c *casesCard) onImportPicked(r fyne.URIReadCloser, err error) {
	if err != nil || r == nil {
		return
	}
	data, err := io.ReadAll(io.LimitReader(r, maxImport))
	r.Close()
	if err != nil {
		fyne.LogError("read case file to import", err)
		dialog.NewCustom(c.tr.T(msgCasesImport), c.tr.T(msgClose), wrapped(c.tr.T(msgCaseImportFailed)), c.win).Show()
		return
	}
	c.importPass = newPassphraseDialog(c.env, c.tr.T(msgCasesImport),
		func(pass []byte) (*casefile.Session, error) { return c.vault.Import(bytes.NewReader(data), pass) },
		importProblem, c.session.open)
	c.importPass.show()
}
