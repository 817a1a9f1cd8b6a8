package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// clinicCard is the clinic-mode part of Settings: nothing can be changed without the
// administrator PIN, and a save writes every setting at once or none.
type clinicCard struct {
	*env
	store   ClinicStore
	saved   guidance.Clinic // as last read or saved
	content fyne.CanvasObject
	pinRow  *fyne.Container // the PIN field with Set PIN or Open
	form    *fyne.Container // the settings, shown once the PIN is entered

	// handles for tests
	pin                          *entry
	setPIN, open, save           *button // setPIN before a PIN exists, open after
	message                      *flow.Text
	alwaysGuest                  *widget.Check
	retention, name, addr, phone *entry

	onChanged func(guidance.Clinic) // the settings were saved
}

func newClinicCard(e *env, store ClinicStore, saved guidance.Clinic, onChanged func(guidance.Clinic)) *clinicCard {
	c := &clinicCard{env: e, store: store, saved: saved, onChanged: onChanged, message: wrapped(""), form: container.NewVBox()}
	c.pin = e.fields.newPasswordEntry()
	c.pin.SetPlaceHolder(e.tr.T(msgClinicEnterPIN))
	c.setPIN = newButton(e.tr.T(msgClinicSetPIN), c.onSetPIN)
	c.open = newButton(e.tr.T(msgClinicOpen), c.onOpen)
	c.pin.OnSubmitted = func(string) {
		if c.saved.PINHash == "" {
			c.onSetPIN()
		} else {
			c.onOpen()
		}
	}
	c.pinRow = container.NewStack()
	box := container.NewVBox(wrapped(e.tr.T(msgClinicIntro)), c.pinRow, c.form, c.message)
	c.content = card(e.tr.T(msgClinic), box)
	c.showPINRow()
	return c
}

// showPINRow offers to set a PIN while there is none, and to enter it afterwards.
func (c *clinicCard) showPINRow() {
	b := c.open
	if c.saved.PINHash == "" {
		b = c.setPIN
	}
	c.pinRow.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, b, c.pin)}
	c.pinRow.Refresh()
}

// onSetPIN sets the first administrator PIN.
func (c *clinicCard) onSetPIN() {
	h, err := casefile.HashPIN(c.pin.Text)
	if err != nil {
		c.message.SetText(c.tr.T(msgClinicWrongPIN))
		return
	}
	next := c.saved
	next.PINHash = h
	if err := c.store.SetClinic(next); err != nil {
		fyne.LogError("save clinic PIN", err)
		c.message.SetText(c.tr.T(msgCaseSaveFailed))
		return
	}
	c.saved = next
	c.pin.SetText("")
	c.message.SetText("")
	c.showPINRow()
	c.onChanged(next)
}

// onOpen shows the settings once the right PIN is entered.
func (c *clinicCard) onOpen() {
	if !casefile.CheckPIN(c.pin.Text, c.saved.PINHash) {
		c.message.SetText(c.tr.T(msgClinicWrongPIN))
		return
	}
	c.pin.SetText("")
	c.message.SetText("")
	c.alwaysGuest = widget.NewCheck(c.tr.T(msgClinicAlwaysGuest), nil)
	c.alwaysGuest.SetChecked(c.saved.AlwaysGuest)
	c.retention = c.fields.newEntry()
	if c.saved.RetentionDays > 0 {
		c.retention.SetText(strconv.Itoa(c.saved.RetentionDays))
	}
	c.name, c.addr, c.phone = c.fields.newEntry(), c.fields.newEntry(), c.fields.newEntry()
	c.name.SetText(c.saved.Name)
	c.addr.SetText(c.saved.Address)
	c.phone.SetText(c.saved.Phone)
	c.save = newButton(c.tr.T(msgSave), c.onSave)
	c.save.Importance = widget.HighImportance
	c.form.Objects = []fyne.CanvasObject{
		c.alwaysGuest,
		widget.NewLabel(c.tr.T(msgClinicRetention)), c.retention,
		widget.NewLabel(c.tr.T(msgClinicName)), c.name,
		widget.NewLabel(c.tr.T(msgClinicAddress)), c.addr,
		widget.NewLabel(c.tr.T(msgClinicPhone)), c.phone,
		container.NewHBox(c.save),
	}
	c.form.Refresh()
}

// onSave writes every clinic setting in one transaction and closes the form again, so the
// settings are not left open on a shared computer.
func (c *clinicCard) onSave() {
	days, err := guidance.ParseRetentionDays(c.retention.Text)
	if err != nil {
		c.message.SetText(c.tr.T(msgClinicRetention))
		return
	}
	next := guidance.Clinic{
		PINHash: c.saved.PINHash, AlwaysGuest: c.alwaysGuest.Checked, RetentionDays: days,
		Name: strings.TrimSpace(c.name.Text), Address: strings.TrimSpace(c.addr.Text), Phone: strings.TrimSpace(c.phone.Text),
	}
	if err := c.store.SetClinic(next); err != nil {
		fyne.LogError("save clinic settings", err)
		c.message.SetText(c.tr.T(msgCaseSaveFailed))
		return
	}
	c.saved = next
	c.form.Objects = nil
	c.form.Refresh()
	c.message.SetText(c.tr.T(msgClinicSaved))
	c.onChanged(next)
}
