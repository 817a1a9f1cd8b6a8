package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// caseScreen shows the open case file or guest session: notes and questions for the
// lawyer with the lawyer's answers. Every change is saved at once (sealed with the
// passphrase); a guest session is never saved.
type caseScreen struct {
	*env
	session  *session
	content  fyne.CanvasObject
	status   *flow.Text
	notes    *entry
	newQ     *entry
	addQ     *button
	list     *fyne.Container
	rows     []*questionRow
	export   *button // nil in a guest session
	pdfs     *pdfSaver
	pdf      *button // the question sheet as PDF, with the lawyer's answers typed so far
	del      *button // nil in a guest session
	lastSave error

	deleteDlg     dialog.Dialog
	deleteConfirm *button // "Delete" in the confirmation, once asked
	exportMessage string  // what the last export said, for tests
}

// questionRow is one question with its controls.
type questionRow struct {
	id     string
	asked  *widget.Check
	answer *entry
	remove *button
	up     *button
}

func newCaseScreen(e *env, s *session, pdfs *pdfSaver) *caseScreen {
	c := &caseScreen{env: e, session: s, pdfs: pdfs}
	d := s.data()
	c.status = wrapped("")
	c.notes = e.fields.newMultiLineEntry()
	c.notes.SetMinRowsVisible(6)
	c.notes.SetPlaceHolder(e.tr.T(msgCaseNotesHint))
	c.notes.SetText(d.Notes)
	c.notes.OnChanged = c.onNotesChanged

	c.newQ = e.fields.newEntry()
	c.newQ.SetPlaceHolder(e.tr.T(msgCaseNewQuestion))
	c.addQ = newButtonWithIcon(e.tr.T(msgCaseAddQuestion), theme.ContentAddIcon(), c.onAdd)
	c.newQ.OnSubmitted = func(string) { c.onAdd() }
	c.newQ.OnChanged = func(string) { s.touch() }
	c.list = container.NewVBox()
	c.fillQuestions(d)

	box := container.NewVBox(c.status,
		card(e.tr.T(msgCaseNotes), c.notes),
		card(e.tr.T(msgCaseQuestions), container.NewVBox(c.list, container.NewBorder(nil, nil, nil, c.addQ, c.newQ))),
	)
	c.pdf = pdfs.button("questions.pdf", c.sheetParts)
	box.Add(container.NewHBox(c.pdf))
	if !s.guest() {
		c.export = newButtonWithIcon(e.tr.T(msgCaseExport), theme.DocumentSaveIcon(), c.onExport)
		c.del = newButtonWithIcon(e.tr.T(msgCaseDelete), theme.DeleteIcon(), c.onDelete)
		c.del.Importance = widget.DangerImportance
		box.Add(newButtonRow(c.export, c.del))
		c.status.SetText(e.tr.T(msgCaseSaved))
		c.followClinic()
	} else {
		c.status.SetText(e.tr.T(msgCaseGuestSaved))
	}
	c.content = newVScroll(container.NewPadded(box))
	return c
}

// save applies a change and saves it; a failed save keeps the change and says so.
func (c *caseScreen) save(fn func(*casefile.Data)) {
	err := c.session.update(fn)
	if err != nil {
		fyne.LogError("save case file", err)
		c.status.SetColor(theme.ColorNameError)
		c.status.SetText(c.tr.T(msgCaseSaveFailed))
	} else if c.lastSave != nil {
		c.status.SetColor(theme.ColorNameForeground)
		c.status.SetText(c.tr.T(msgCaseSaved))
	}
	c.lastSave = err
}

// reload shows the questions again after they changed elsewhere (the plan adds some).
func (c *caseScreen) reload() { c.fillQuestions(c.session.data()) }

func (c *caseScreen) onNotesChanged(text string) {
	c.save(func(d *casefile.Data) { d.Notes = text })
}

func (c *caseScreen) onAdd() {
	text := c.newQ.Text
	if text == "" {
		return
	}
	c.save(func(d *casefile.Data) { d.AddQuestion(casefile.Question{Text: text}) })
	c.newQ.SetText("")
	c.reload()
}

func (c *caseScreen) onAsked(id string, on bool) {
	c.save(func(d *casefile.Data) {
		if q := d.Question(id); q != nil {
			q.Asked = on
		}
	})
}

func (c *caseScreen) onAnswerChanged(id, answer string) {
	c.save(func(d *casefile.Data) {
		if q := d.Question(id); q != nil {
			q.Answer = answer
		}
	})
}

func (c *caseScreen) onRemove(id string) {
	c.save(func(d *casefile.Data) { d.RemoveQuestion(id) })
	c.reload()
}

func (c *caseScreen) onMoveUp(id string) {
	c.save(func(d *casefile.Data) { d.MoveUp(id) })
	c.reload()
}

// fillQuestions lists the questions with the lawyer's answer beside each.
func (c *caseScreen) fillQuestions(d casefile.Data) {
	c.list.Objects = nil
	c.rows = nil
	for i, q := range d.Questions {
		text := q.Text
		if q.BankID != "" {
			if bq, err := c.lib.Question(q.BankID, c.lang); err == nil {
				text = bq.Text
			}
		}
		id := q.ID
		row := &questionRow{id: id}
		row.asked = widget.NewCheck(c.tr.T(msgCaseAsked), nil)
		row.asked.SetChecked(q.Asked)
		row.asked.OnChanged = func(on bool) { c.onAsked(id, on) }
		row.answer = c.fields.newMultiLineEntry()
		row.answer.SetPlaceHolder(c.tr.T(msgCaseAnswerHint))
		row.answer.SetText(q.Answer)
		row.answer.OnChanged = func(a string) { c.onAnswerChanged(id, a) }
		row.remove = newButtonWithIcon(c.tr.T(msgCaseRemove), theme.DeleteIcon(), func() { c.onRemove(id) })
		row.up = newButtonWithIcon("", theme.MoveUpIcon(), func() { c.onMoveUp(id) })
		if i == 0 {
			row.up.Disable()
		}
		c.rows = append(c.rows, row)
		title := wrapped(fmt.Sprintf("%d. %s", i+1, text))
		title.SetBold(true)
		// the buttons keep their own height at the top of the row, not the height of a long question
		buttons := container.NewVBox(container.NewHBox(row.up, row.remove))
		c.list.Add(container.NewBorder(nil, nil, nil, buttons, container.NewVBox(title, row.asked, row.answer)))
		c.list.Add(widget.NewSeparator())
	}
	c.list.Refresh()
}

// followClinic shows what the clinic's setting allows now: when it never saves, the
// question sheet is only printed and no copy of the case file is offered.
func (c *caseScreen) followClinic() {
	c.pdfs.followClinic()
	if c.export == nil {
		return
	}
	if c.pdfs.neverSave() {
		c.export.Hide()
	} else {
		c.export.Show()
	}
}

// onExport lets the reader pick where to save an encrypted copy (a USB stick, say); a
// clinic that never saves offers none.
func (c *caseScreen) onExport() {
	if c.pdfs.neverSave() {
		return
	}
	d := dialog.NewFileSave(c.onExportPicked, c.win)
	d.SetFileName("case-file.pleaguide")
	d.Show()
}

// onExportPicked writes the encrypted copy to w and says how it went.
func (c *caseScreen) onExportPicked(w fyne.URIWriteCloser, err error) {
	if err != nil || w == nil {
		return
	}
	err = c.session.export(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	c.exportMessage = c.tr.T(msgCaseExported)
	if err != nil {
		fyne.LogError("export case file", err)
		c.exportMessage = c.tr.T(msgCaseExportFailed)
		_ = storage.Delete(w.URI()) // leave no half-written copy behind
	}
	dialog.NewCustom(c.tr.T(msgCaseExport), c.tr.T(msgClose), wrapped(c.exportMessage), c.win).Show()
}

// onDelete asks before deleting the case file for good.
func (c *caseScreen) onDelete() {
	m := c.session.meta()
	c.deleteConfirm = newButtonWithIcon(c.tr.T(msgCaseDelete), theme.DeleteIcon(), c.onDeleteConfirmed)
	c.deleteConfirm.Importance = widget.DangerImportance
	no := newButton(c.tr.T(msgCancel), nil)
	c.deleteDlg = dialog.NewCustomWithoutButtons(c.tr.T(msgCaseDelete),
		container.NewVBox(wrapped(c.tr.T(msgCaseDeleteAsk, "Name", m.Name)), container.NewHBox(layout.NewSpacer(), no, c.deleteConfirm)), c.win)
	no.OnTapped = c.deleteDlg.Hide
	c.deleteDlg.Show()
}

func (c *caseScreen) onDeleteConfirmed() {
	c.deleteDlg.Hide()
	if err := c.session.deleteCase(); err != nil {
		fyne.LogError("delete case file", err)
	}
}

// sheetParts is the question sheet in each of langs: the bank's questions in that language,
// the visitor's own as typed, each with the lawyer's answer typed so far.
func (c *caseScreen) sheetParts(langs []guidance.Lang) ([]export.Part, error) {
	d := c.session.data()
	var parts []export.Part
	for _, l := range langs {
		var qs []export.SheetQuestion
		for _, q := range d.Questions {
			sq := export.SheetQuestion{Text: q.Text, Answer: q.Answer}
			if q.BankID != "" {
				if bq, err := c.lib.Question(q.BankID, l); err == nil {
					sq.Text, sq.Why = bq.Text, bq.Why
				}
			}
			qs = append(qs, sq)
		}
		parts = append(parts, export.Questions(l, qs))
	}
	return parts, nil
}
