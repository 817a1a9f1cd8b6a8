package ui

import (
	"errors"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

// Keys of clinic-mode settings, kept in the database (they are not personal data).
const (
	SettingClinicPIN     = "clinic.pin"
	SettingAlwaysGuest   = "clinic.always-guest"
	SettingRetentionDays = "clinic.retention-days"
	SettingClinicName    = "clinic.name"
	SettingClinicAddress = "clinic.address"
	SettingClinicPhone   = "clinic.phone"
)

// PrefAutoLock is the idle time, in minutes, after which an open case file locks.
const PrefAutoLock = "case.auto-lock-minutes"

var autoLockChoices = []int{1, 2, 5, 10, 15, 30}

const minPassphrase = 8

// Settings stores clinic-mode settings; guidance/sqlite implements it.
type Settings interface {
	Setting(key string) (string, error)
	SetSetting(key, value string) error
}

// setting reads a clinic setting; without a store every setting is empty.
func (u *UI) setting(key string) string {
	if u.deps.Settings == nil {
		return ""
	}
	v, err := u.deps.Settings.Setting(key)
	if err != nil {
		fyne.LogError("read setting "+key, err)
	}
	return v
}

func (u *UI) alwaysGuest() bool { return u.setting(SettingAlwaysGuest) == "1" }

// openSession makes s the open case file (or guest session) and shows it.
func (u *UI) openSession(s *casefile.Session) {
	u.session = s
	u.ticks = map[string][]bool{}
	u.idle.touch(u.now())
	u.build()
	u.tabs.SelectIndex(tabMyCase)
}

// lockSession locks the open case file and forgets everything a visitor did: ticks,
// searches, the glossary filter, and app text left on the clipboard.
func (u *UI) lockSession() {
	if u.session != nil {
		u.clearClipboard(u.session.Data())
		u.session.Lock()
		u.session = nil
	}
	u.ticks = map[string][]bool{}
	u.state = navState{}
	u.idle.reset()
	ClearExports(u.deps.ExportDir)
	overlays := u.win.Canvas().Overlays()
	for top := overlays.Top(); top != nil; top = overlays.Top() {
		overlays.Remove(top)
	}
}

// ClearExports deletes the printable plans written for the visit (they are plain text).
// main also calls it at start and at exit, so a crash leaves nothing for the next visitor.
func ClearExports(dir string) {
	if dir == "" {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				fyne.LogError("delete export", err)
			}
		}
	}
}

// clearClipboard empties the clipboard if it holds text the visitor typed in the app.
func (u *UI) clearClipboard(d casefile.Data) {
	cb := u.deps.App.Clipboard()
	if cb == nil {
		return
	}
	c := strings.TrimSpace(cb.Content())
	if c == "" {
		return
	}
	texts := []string{d.Notes}
	for _, q := range d.Questions {
		texts = append(texts, q.Text, q.Answer)
	}
	for _, a := range d.Answers {
		texts = append(texts, a)
	}
	for _, t := range texts {
		if t != "" && (strings.Contains(t, c) || strings.Contains(c, t)) {
			cb.SetContent("")
			return
		}
	}
}

// quickExit hides everything at once behind a neutral screen and locks the case file.
func (u *UI) quickExit() {
	u.lockSession()
	resume := widget.NewButton(u.tr.T(msgNeutralResume), func() { u.build() })
	u.neutral = resume
	title := canvas.NewText(u.tr.T(msgNeutral), theme.Color(theme.ColorNameForeground))
	title.TextSize = theme.TextHeadingSize()
	u.win.SetContent(container.NewCenter(container.NewVBox(title, resume)))
}

// done ends a visit: locks, clears, and returns to Home.
func (u *UI) done() {
	u.lockSession()
	u.build()
}

// topBar holds what must always be in reach: the open case file's name, "I'm done" and
// the quick exit.
func (u *UI) topBar() fyne.CanvasObject {
	exit := widget.NewButtonWithIcon(u.tr.T(msgQuickExit), theme.LogoutIcon(), u.quickExit)
	exit.Importance = widget.DangerImportance
	u.exitButton = exit
	items := []fyne.CanvasObject{}
	if u.session != nil {
		name := u.tr.T(msgCaseGuestTitle)
		if !u.session.Guest() {
			name = u.session.Meta().Name
		}
		items = append(items, widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	items = append(items, layout.NewSpacer())
	if u.session != nil {
		u.doneButton = widget.NewButtonWithIcon(u.tr.T(msgDone), theme.ConfirmIcon(), u.done)
		items = append(items, u.doneButton)
	}
	items = append(items, exit)
	return container.NewHBox(items...)
}

// caseCard is Home's entry to case files.
func (u *UI) caseCard() fyne.CanvasObject {
	u.newCaseButton, u.caseButtons, u.guestButton = nil, nil, nil
	box := container.NewVBox()
	if u.session != nil {
		msg := u.tr.T(msgCasesGuestNow)
		if !u.session.Guest() {
			msg = u.tr.T(msgCasesOpenNow, "Name", u.session.Meta().Name)
		}
		box.Add(wrapped(msg))
		box.Add(container.NewHBox(widget.NewButtonWithIcon(u.tr.T(msgCasesGoTo), theme.NavigateNextIcon(), func() { u.tabs.SelectIndex(tabMyCase) })))
		return widget.NewCard(u.tr.T(msgCasesHeading), "", box)
	}
	guest := widget.NewButtonWithIcon(u.tr.T(msgCasesGuest), theme.VisibilityOffIcon(), func() { u.openSession(casefile.Guest()) })
	u.guestButton = guest
	if u.alwaysGuest() {
		guest.SetText(u.tr.T(msgCasesStart))
		guest.Importance = widget.HighImportance
		box.Add(wrapped(u.tr.T(msgCasesAlwaysGst)))
		box.Add(container.NewHBox(guest))
		return widget.NewCard(u.tr.T(msgCasesHeading), "", box)
	}
	box.Add(wrapped(u.tr.T(msgCasesIntro)))
	u.caseButtons = map[int64]*widget.Button{}
	if u.deps.Vault == nil {
		box.Add(wrapped(u.tr.T(msgCasesNoStore)))
		box.Add(container.NewHBox(guest))
		return widget.NewCard(u.tr.T(msgCasesHeading), "", box)
	}
	cases, err := u.deps.Vault.Cases()
	if err != nil {
		fyne.LogError("list case files", err)
	}
	for _, m := range cases {
		b := widget.NewButtonWithIcon(m.Name+" — "+u.tr.T(msgCasesLastUsed, "Date", m.Updated.Local().Format("2006-01-02")), theme.FolderIcon(), func() { u.askUnlock(m) })
		b.Alignment = widget.ButtonAlignLeading
		u.caseButtons[m.ID] = b
		box.Add(b)
	}
	u.newCaseButton = widget.NewButtonWithIcon(u.tr.T(msgCasesNew), theme.ContentAddIcon(), u.askCreate)
	u.newCaseButton.Importance = widget.HighImportance
	box.Add(container.NewVBox(u.newCaseButton, guest,
		widget.NewButtonWithIcon(u.tr.T(msgCasesImport), theme.FolderOpenIcon(), u.askImport)))
	return widget.NewCard(u.tr.T(msgCasesHeading), "", box)
}

// clinicInfo is the clinic's name, address and phone, when set.
func (u *UI) clinicInfo() fyne.CanvasObject {
	name := u.setting(SettingClinicName)
	if name == "" {
		return nil
	}
	lines := container.NewVBox()
	for _, v := range []string{u.setting(SettingClinicAddress), u.setting(SettingClinicPhone)} {
		if v != "" {
			lines.Add(wrapped(v))
		}
	}
	return widget.NewCard(name, "", lines)
}

// form dialogs keep handles to their widgets so tests can fill them in.
type createForm struct {
	name, pass, pass2 *entry
	understand        *widget.Check
	message           *flowText
	create            *widget.Button
	dlg               dialog.Dialog
}

func (u *UI) askCreate() {
	f := &createForm{name: u.newEntry(), pass: u.newPasswordEntry(), pass2: u.newPasswordEntry()}
	f.name.SetPlaceHolder(u.tr.T(msgCreateName))
	f.pass.SetPlaceHolder(u.tr.T(msgCreatePass))
	f.pass2.SetPlaceHolder(u.tr.T(msgCreatePass2))
	f.message = wrapped("")
	f.message.color = theme.ColorNameError
	warning := wrapped(u.tr.T(msgCreateWarning))
	warning.color = theme.ColorNameWarning
	f.create = widget.NewButton(u.tr.T(msgCreate), nil)
	f.create.Importance = widget.HighImportance
	f.create.Disable()
	f.understand = widget.NewCheck(u.tr.T(msgCreateUnderstand), func(on bool) {
		if on {
			f.create.Enable()
		} else {
			f.create.Disable()
		}
	})
	cancel := widget.NewButton(u.tr.T(msgCancel), nil)
	body := container.NewVBox(f.name, wrapped(u.tr.T(msgCreateNameHint)), f.pass, f.pass2, warning, f.understand, f.message,
		container.NewHBox(layout.NewSpacer(), cancel, f.create))
	f.dlg = dialog.NewCustomWithoutButtons(u.tr.T(msgCreateTitle), body, u.win)
	cancel.OnTapped = f.dlg.Hide
	f.create.OnTapped = func() {
		name := strings.TrimSpace(f.name.Text)
		switch {
		case name == "":
			f.message.SetText(u.tr.T(msgCreateName))
		case len([]rune(f.pass.Text)) < minPassphrase:
			f.message.SetText(u.tr.T(msgCreateShort))
		case f.pass.Text != f.pass2.Text:
			f.message.SetText(u.tr.T(msgCreateMismatch))
		default:
			s, err := u.deps.Vault.Create(name, []byte(f.pass.Text))
			if err != nil {
				fyne.LogError("create case file", err)
				f.message.SetText(u.tr.T(msgCaseSaveFailed))
				return
			}
			f.dlg.Hide()
			u.openSession(s)
		}
	}
	f.dlg.Resize(fyne.NewSize(520, 0))
	u.createForm = f
	f.dlg.Show()
}

type unlockForm struct {
	pass    *entry
	message *flowText
	open    *widget.Button
	dlg     dialog.Dialog
}

func (u *UI) askUnlock(m casefile.Meta) {
	f := &unlockForm{pass: u.newPasswordEntry(), message: wrapped("")}
	f.message.color = theme.ColorNameError
	f.pass.SetPlaceHolder(u.tr.T(msgCreatePass))
	f.open = widget.NewButton(u.tr.T(msgUnlock), nil)
	f.open.Importance = widget.HighImportance
	cancel := widget.NewButton(u.tr.T(msgCancel), nil)
	f.dlg = dialog.NewCustomWithoutButtons(u.tr.T(msgUnlockTitle, "Name", m.Name),
		container.NewVBox(f.pass, f.message, container.NewHBox(layout.NewSpacer(), cancel, f.open)), u.win)
	cancel.OnTapped = f.dlg.Hide
	try := func() {
		s, err := u.deps.Vault.Unlock(m.ID, []byte(f.pass.Text))
		var wait *casefile.WaitError
		switch {
		case err == nil:
			f.dlg.Hide()
			u.openSession(s)
			return
		case errors.As(err, &wait):
			f.message.SetText(u.tr.T(msgUnlockWait, "Time", wait.Until.Local().Format(time.TimeOnly)))
		case errors.Is(err, casefile.ErrWrongPassphrase), errors.Is(err, casefile.ErrEmptyPassphrase):
			f.message.SetText(u.tr.T(msgUnlockWrong))
		default:
			fyne.LogError("open case file", err)
			f.message.SetText(u.tr.T(msgUnlockBroken))
		}
		f.pass.SetText("")
	}
	f.open.OnTapped = try
	f.pass.OnSubmitted = func(string) { try() }
	f.dlg.Resize(fyne.NewSize(480, 0))
	u.unlockForm = f
	f.dlg.Show()
	u.win.Canvas().Focus(f.pass)
}

func (u *UI) askImport() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		data, err := io.ReadAll(io.LimitReader(r, 32<<20))
		r.Close()
		if err != nil {
			dialog.NewCustom(u.tr.T(msgCasesImport), u.tr.T(msgClose), wrapped(u.tr.T(msgCaseImportFailed)), u.win).Show()
			return
		}
		u.askImportPassphrase(data)
	}, u.win)
	d.Show()
}

func (u *UI) askImportPassphrase(data []byte) {
	pass := u.newPasswordEntry()
	pass.SetPlaceHolder(u.tr.T(msgCreatePass))
	msg := wrapped("")
	msg.color = theme.ColorNameError
	open := widget.NewButton(u.tr.T(msgUnlock), nil)
	open.Importance = widget.HighImportance
	cancel := widget.NewButton(u.tr.T(msgCancel), nil)
	dlg := dialog.NewCustomWithoutButtons(u.tr.T(msgCasesImport), container.NewVBox(pass, msg, container.NewHBox(layout.NewSpacer(), cancel, open)), u.win)
	cancel.OnTapped = dlg.Hide
	open.OnTapped = func() {
		s, err := u.deps.Vault.Import(strings.NewReader(string(data)), []byte(pass.Text))
		switch {
		case err == nil:
			dlg.Hide()
			u.openSession(s)
		case errors.Is(err, casefile.ErrWrongPassphrase):
			msg.SetText(u.tr.T(msgUnlockWrong))
		default:
			msg.SetText(u.tr.T(msgCaseImportFailed))
		}
	}
	dlg.Resize(fyne.NewSize(480, 0))
	dlg.Show()
}

// clinicForm keeps the clinic settings' widgets for tests.
type clinicForm struct {
	pin                  *entry
	setPIN, open, save   *widget.Button
	message              *flowText
	alwaysGuest          *widget.Check
	retention            *entry
	name, address, phone *entry
}

// clinicCard is the clinic-mode part of Settings: nothing can be changed without the
// administrator PIN.
func (u *UI) clinicCard() fyne.CanvasObject {
	if u.deps.Settings == nil {
		return nil
	}
	f := &clinicForm{pin: u.newPasswordEntry(), message: wrapped("")}
	u.clinicForm = f
	box := container.NewVBox(wrapped(u.tr.T(msgClinicIntro)))
	f.pin.SetPlaceHolder(u.tr.T(msgClinicEnterPIN))
	stored := u.setting(SettingClinicPIN)
	if stored == "" {
		f.setPIN = widget.NewButton(u.tr.T(msgClinicSetPIN), func() {
			h, err := casefile.HashPIN(f.pin.Text)
			if err != nil {
				f.message.SetText(u.tr.T(msgClinicWrongPIN))
				return
			}
			if err := u.deps.Settings.SetSetting(SettingClinicPIN, h); err != nil {
				f.message.SetText(u.tr.T(msgCaseSaveFailed))
				return
			}
			u.build()
		})
		box.Add(container.NewBorder(nil, nil, nil, f.setPIN, f.pin))
	} else {
		f.open = widget.NewButton(u.tr.T(msgClinicOpen), nil)
		box.Add(container.NewBorder(nil, nil, nil, f.open, f.pin))
		form := container.NewVBox()
		box.Add(form)
		f.open.OnTapped = func() {
			if !casefile.CheckPIN(f.pin.Text, stored) {
				f.message.SetText(u.tr.T(msgClinicWrongPIN))
				return
			}
			f.pin.SetText("")
			f.message.SetText("")
			u.fillClinicForm(f, form)
		}
	}
	box.Add(f.message)
	return widget.NewCard(u.tr.T(msgClinic), "", box)
}

func (u *UI) fillClinicForm(f *clinicForm, form *fyne.Container) {
	f.alwaysGuest = widget.NewCheck(u.tr.T(msgClinicAlwaysGuest), nil)
	f.alwaysGuest.SetChecked(u.alwaysGuest())
	f.retention = u.newEntry()
	f.retention.SetText(u.setting(SettingRetentionDays))
	f.name, f.address, f.phone = u.newEntry(), u.newEntry(), u.newEntry()
	f.name.SetText(u.setting(SettingClinicName))
	f.address.SetText(u.setting(SettingClinicAddress))
	f.phone.SetText(u.setting(SettingClinicPhone))
	f.save = widget.NewButton(u.tr.T(msgSave), func() {
		days := strings.TrimSpace(f.retention.Text)
		if n, err := strconv.Atoi(days); days != "" && (err != nil || n < 0) {
			f.message.SetText(u.tr.T(msgClinicRetention))
			return
		}
		guest := ""
		if f.alwaysGuest.Checked {
			guest = "1"
		}
		for k, v := range map[string]string{
			SettingAlwaysGuest: guest, SettingRetentionDays: days, SettingClinicName: strings.TrimSpace(f.name.Text),
			SettingClinicAddress: strings.TrimSpace(f.address.Text), SettingClinicPhone: strings.TrimSpace(f.phone.Text),
		} {
			if err := u.deps.Settings.SetSetting(k, v); err != nil {
				f.message.SetText(u.tr.T(msgCaseSaveFailed))
				return
			}
		}
		u.build()
		u.tabs.SelectIndex(tabSettings)
		u.clinicForm.message.SetText(u.tr.T(msgClinicSaved))
	})
	f.save.Importance = widget.HighImportance
	form.Objects = []fyne.CanvasObject{
		f.alwaysGuest,
		widget.NewLabel(u.tr.T(msgClinicRetention)), f.retention,
		widget.NewLabel(u.tr.T(msgClinicName)), f.name,
		widget.NewLabel(u.tr.T(msgClinicAddress)), f.address,
		widget.NewLabel(u.tr.T(msgClinicPhone)), f.phone,
		container.NewHBox(f.save),
	}
	form.Refresh()
}

// idleWatch locks an open case file after a time without use, warning 30 s before.
type idleWatch struct {
	mu     sync.Mutex
	last   time.Time
	warned bool
	dlg    dialog.Dialog
	stay   *widget.Button
}

func (w *idleWatch) touch(now time.Time) {
	w.mu.Lock()
	w.last = now
	w.mu.Unlock()
}

func (w *idleWatch) reset() {
	w.mu.Lock()
	w.warned = false
	w.dlg, w.stay = nil, nil
	w.mu.Unlock()
}

func (u *UI) autoLockAfter() time.Duration {
	return time.Duration(u.deps.App.Preferences().IntWithFallback(PrefAutoLock, 5)) * time.Minute
}

// checkIdle runs every second: it warns, then locks.
func (u *UI) checkIdle(now time.Time) {
	if u.session == nil {
		return
	}
	w := u.idle
	w.mu.Lock()
	idle := now.Sub(w.last)
	warned := w.warned
	w.mu.Unlock()
	limit := u.autoLockAfter()
	switch {
	case idle >= limit:
		u.done()
	case idle >= limit-30*time.Second && !warned:
		w.mu.Lock()
		w.warned = true
		w.mu.Unlock()
		w.stay = widget.NewButton(u.tr.T(msgIdleStay), nil)
		w.stay.Importance = widget.HighImportance
		w.dlg = dialog.NewCustomWithoutButtons(u.tr.T(msgCasesHeading), container.NewVBox(wrapped(u.tr.T(msgIdleWarning)), w.stay), u.win)
		w.stay.OnTapped = func() {
			w.mu.Lock()
			w.warned = false
			w.mu.Unlock()
			w.touch(u.now())
			w.dlg.Hide()
		}
		w.dlg.Show()
	}
}

// StartTimers starts the once-a-second auto-lock check. main calls it; tests call
// checkIdle with their own clock instead.
func (u *UI) StartTimers() (stop func()) {
	t := time.NewTicker(time.Second)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case <-t.C:
				fyne.Do(func() { u.checkIdle(u.now()) })
			case <-quit:
				t.Stop()
				return
			}
		}
	}()
	return func() { close(quit) }
}

// activity is a see-through layer over the window while a case file is open: it notices
// the mouse moving, so that auto-lock counts idle time only.
type activity struct {
	widget.BaseWidget
	onActive func()
}

func newActivity(onActive func()) *activity {
	a := &activity{onActive: onActive}
	a.ExtendBaseWidget(a)
	return a
}

func (a *activity) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// MouseIn, MouseMoved and MouseOut count as use.
func (a *activity) MouseIn(*desktop.MouseEvent)    { a.onActive() }
func (a *activity) MouseMoved(*desktop.MouseEvent) { a.onActive() }
func (a *activity) MouseOut()                      {}
