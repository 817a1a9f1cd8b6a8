package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// createDialog asks for a new case file's name and passphrase (twice), and for the
// reader's word that a forgotten passphrase is lost for good.
type createDialog struct {
	*env
	name, pass, pass2 *entry
	understand        *widget.Check
	message           *flow.Text
	create, cancel    *button
	dlg               dialog.Dialog

	createCase func(name string, passphrase []byte) (*casefile.Session, error)
	onCreated  func(*casefile.Session)
}

func newCreateDialog(e *env, create func(string, []byte) (*casefile.Session, error), onCreated func(*casefile.Session)) *createDialog {
	d := &createDialog{env: e, createCase: create, onCreated: onCreated,
		name: e.fields.newEntry(), pass: e.fields.newPasswordEntry(), pass2: e.fields.newPasswordEntry(), message: wrapped("")}
	d.name.SetPlaceHolder(e.tr.T(msgCreateName))
	d.pass.SetPlaceHolder(e.tr.T(msgCreatePass))
	d.pass2.SetPlaceHolder(e.tr.T(msgCreatePass2))
	d.message.SetColor(theme.ColorNameError)
	d.name.OnChanged, d.pass.OnChanged, d.pass2.OnChanged = d.onEdited, d.onEdited, d.onEdited
	warning := wrapped(e.tr.T(msgCreateWarning))
	warning.SetColor(theme.ColorNameWarning)
	d.create = newButton(e.tr.T(msgCreate), d.onSubmit)
	d.create.Importance = widget.HighImportance
	d.create.Disable()
	d.understand = widget.NewCheck(e.tr.T(msgCreateUnderstand), d.onUnderstood)
	d.cancel = newButton(e.tr.T(msgCancel), nil)
	body := container.NewVBox(d.name, wrapped(e.tr.T(msgCreateNameHint)), d.pass, d.pass2, warning, d.understand, d.message,
		container.NewHBox(layout.NewSpacer(), d.cancel, d.create))
	d.dlg = dialog.NewCustomWithoutButtons(e.tr.T(msgCreateTitle), body, e.win)
	d.cancel.OnTapped = d.dlg.Hide
	d.dlg.Resize(fyne.NewSize(520, 0))
	return d
}

func (d *createDialog) show() {
	d.dlg.Show()
	d.win.Canvas().Focus(d.name)
}

// onUnderstood enables Create only once the reader has confirmed the warning.
func (d *createDialog) onUnderstood(on bool) {
	if on {
		d.create.Enable()
	} else {
		d.create.Disable()
	}
}

// problem says what stops the case file from being made, or "" when nothing does.
func (d *createDialog) problem() string {
	switch {
	case strings.TrimSpace(d.name.Text) == "":
		return d.tr.T(msgCreateName)
	case casefile.ValidatePassphrase(d.pass.Text) != nil:
		return d.tr.T(msgCreateShort)
	case d.pass.Text != d.pass2.Text:
		return d.tr.T(msgCreateMismatch)
	}
	return ""
}

// onEdited keeps a shown problem up to date as the reader fixes it: the message goes
// away once the fields are right, rather than staying until the next try.
func (d *createDialog) onEdited(string) {
	if d.message.String() != "" {
		d.message.SetText(d.problem())
	}
}

func (d *createDialog) onSubmit() {
	if p := d.problem(); p != "" {
		d.message.SetText(p)
		return
	}
	s, err := d.createCase(strings.TrimSpace(d.name.Text), []byte(d.pass.Text))
	if err != nil {
		fyne.LogError("create case file", err)
		d.message.SetText(d.tr.T(msgCaseSaveFailed))
		return
	}
	d.dlg.Hide()
	d.onCreated(s)
}

// passphraseDialog asks for the passphrase that opens a case file: one kept on this
// computer (unlock) or one read from a file (import). open tries the passphrase; problem
// says in the reader's language why it did not work.
type passphraseDialog struct {
	*env
	pass         *entry
	message      *flow.Text
	open, cancel *button
	dlg          dialog.Dialog

	tryOpen  func(passphrase []byte) (*casefile.Session, error)
	problem  func(tr *translator, err error) string
	onOpened func(*casefile.Session)
}

func newPassphraseDialog(e *env, title string, open func([]byte) (*casefile.Session, error),
	problem func(*translator, error) string, onOpened func(*casefile.Session)) *passphraseDialog {
	d := &passphraseDialog{env: e, tryOpen: open, problem: problem, onOpened: onOpened,
		pass: e.fields.newPasswordEntry(), message: wrapped("")}
	d.message.SetColor(theme.ColorNameError)
	d.pass.SetPlaceHolder(e.tr.T(msgCreatePass))
	d.pass.OnSubmitted = func(string) { d.onSubmit() }
	d.open = newButton(e.tr.T(msgUnlock), d.onSubmit)
	d.open.Importance = widget.HighImportance
	d.cancel = newButton(e.tr.T(msgCancel), nil)
	d.dlg = dialog.NewCustomWithoutButtons(title,
		container.NewVBox(d.pass, d.message, container.NewHBox(layout.NewSpacer(), d.cancel, d.open)), e.win)
	d.cancel.OnTapped = d.dlg.Hide
	d.dlg.Resize(fyne.NewSize(480, 0))
	return d
}

func (d *passphraseDialog) show() {
	d.dlg.Show()
	d.win.Canvas().Focus(d.pass)
}

func (d *passphraseDialog) onSubmit() {
	s, err := d.tryOpen([]byte(d.pass.Text))
	if err != nil {
		d.message.SetText(d.problem(d.tr, err))
		d.pass.SetText("")
		return
	}
	d.dlg.Hide()
	d.onOpened(s)
}

// unlockProblem says why a case file on this computer did not open.
func unlockProblem(tr *translator, err error) string {
	var wait *casefile.WaitError
	switch {
	case errors.As(err, &wait):
		return tr.T(msgUnlockWait, "Time", wait.Until.Local().Format(time.TimeOnly))
	case errors.Is(err, casefile.ErrWrongPassphrase), errors.Is(err, casefile.ErrEmptyPassphrase):
		return tr.T(msgUnlockWrong)
	default:
		fyne.LogError("open case file", err)
		return tr.T(msgUnlockBroken)
	}
}

// importProblem says why a case file from a file did not open.
func importProblem(tr *translator, err error) string {
	switch {
	case errors.Is(err, casefile.ErrWrongPassphrase), errors.Is(err, casefile.ErrEmptyPassphrase):
		return tr.T(msgUnlockWrong)
	default:
		return tr.T(msgCaseImportFailed)
	}
}
