package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

// whereDialog asks, before the walkthrough starts, where its answers should go: into a
// case file that exists, into a new one, or nowhere (a visit that saves nothing). Nothing
// starts without this choice, so no one loses answers they thought were kept.
type whereDialog struct {
	dlg dialog.Dialog

	// handles for tests
	cases   map[int64]*button // "Put them in …", one per case file
	newCase *button
	noSave  *button
	cancel  *button
}

func newWhereDialog(e *env, cases []casefile.Meta, onOpenCase func(casefile.Meta), onNewCase, onNoSave func()) *whereDialog {
	w := &whereDialog{cases: map[int64]*button{}}
	choices := container.NewVBox()
	for _, m := range cases {
		b := newButtonWithIcon(e.tr.T(msgWhereOpen, "Name", m.Name), theme.FolderIcon(), func() {
			w.dlg.Hide()
			onOpenCase(m)
		})
		b.wrapping()
		w.cases[m.ID] = b
		choices.Add(b)
	}
	w.newCase = newButtonWithIcon(e.tr.T(msgWhereNew), theme.ContentAddIcon(), func() {
		w.dlg.Hide()
		onNewCase()
	})
	w.newCase.wrapping()
	if len(cases) == 0 {
		w.newCase.Importance = widget.HighImportance
	}
	w.noSave = newButtonWithIcon(e.tr.T(msgWhereNoSave), theme.VisibilityOffIcon(), func() {
		w.dlg.Hide()
		onNoSave()
	})
	w.noSave.wrapping()
	choices.Add(w.newCase)
	choices.Add(w.noSave)
	w.cancel = newButton(e.tr.T(msgCancel), nil)
	body := container.NewVBox(wrapped(e.tr.T(msgWhereIntro)), choices, container.NewHBox(layout.NewSpacer(), w.cancel))
	w.dlg = dialog.NewCustomWithoutButtons(e.tr.T(msgWhereTitle), body, e.win)
	w.cancel.OnTapped = w.dlg.Hide
	w.dlg.Resize(fyne.NewSize(520, 0))
	return w
}

func (w *whereDialog) show() { w.dlg.Show() }

// discardDialog asks once before "I'm done" throws away an unsaved visit that holds
// something: keep it in a new case file, finish without saving, or go back. Quick exit
// never asks: it must stay instant.
type discardDialog struct {
	dlg dialog.Dialog

	// handles for tests
	save    *button // nil when nothing can be saved on this computer
	discard *button
	back    *button
}

func newDiscardDialog(e *env, canSave bool, onSave, onDiscard func()) *discardDialog {
	d := &discardDialog{}
	msg := msgDiscardBody
	if !canSave {
		msg = msgDiscardBodyNoSave
	}
	buttons := container.NewVBox()
	if canSave {
		d.save = newButtonWithIcon(e.tr.T(msgDiscardSave), theme.DocumentSaveIcon(), func() {
			d.dlg.Hide()
			onSave()
		})
		d.save.Importance = widget.HighImportance
		buttons.Add(d.save)
	}
	d.discard = newButtonWithIcon(e.tr.T(msgDiscardGo), theme.DeleteIcon(), func() {
		d.dlg.Hide()
		onDiscard()
	})
	d.back = newButtonWithIcon(e.tr.T(msgDiscardBack), theme.NavigateBackIcon(), nil)
	buttons.Add(d.discard)
	buttons.Add(d.back)
	d.dlg = dialog.NewCustomWithoutButtons(e.tr.T(msgDiscardTitle), container.NewVBox(wrapped(e.tr.T(msg)), buttons), e.win)
	d.back.OnTapped = d.dlg.Hide
	d.dlg.Resize(fyne.NewSize(520, 0))
	return d
}

func (d *discardDialog) show() { d.dlg.Show() }
