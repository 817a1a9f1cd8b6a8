package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

// caseScreen shows the open case file or guest session: notes and questions for the
// lawyer with the lawyer's answers. Every change is saved at once (sealed with the
// passphrase); a guest session is never saved.
type caseScreen struct {
	*env
	u        *UI
	content  fyne.CanvasObject
	status   *flowText
	notes    *entry
	newQ     *entry
	addQ     *widget.Button
	list     *fyne.Container
	rows     []*questionRow
	export   *widget.Button
	del      *widget.Button
	lastSave error
}

type questionRow struct {
	asked  *widget.Check
	answer *entry
	remove *widget.Button
	up     *widget.Button
}

func newCaseScreen(e *env, u *UI) *caseScreen {
	s := &caseScreen{env: e, u: u}
	d := u.session.Data()
	s.status = wrapped("")
	s.notes = u.newMultiLineEntry()
	s.notes.Wrapping = fyne.TextWrapWord
	s.notes.SetMinRowsVisible(6)
	s.notes.SetPlaceHolder(e.tr.T(msgCaseNotesHint))
	s.notes.SetText(d.Notes)
	s.notes.OnChanged = func(text string) { s.save(func(d *casefile.Data) { d.Notes = text }) }

	s.newQ = u.newEntry()
	s.newQ.SetPlaceHolder(e.tr.T(msgCaseNewQuestion))
	s.addQ = widget.NewButtonWithIcon(e.tr.T(msgCaseAddQuestion), theme.ContentAddIcon(), s.onAdd)
	s.newQ.OnSubmitted = func(string) { s.onAdd() }
	s.newQ.OnChanged = func(string) { u.idle.touch(u.now()) }
	s.list = container.NewVBox()
	s.fillQuestions(d)

	box := container.NewVBox(s.status,
		widget.NewCard(e.tr.T(msgCaseNotes), "", s.notes),
		widget.NewCard(e.tr.T(msgCaseQuestions), "", container.NewVBox(s.list, container.NewBorder(nil, nil, nil, s.addQ, s.newQ))),
	)
	if !u.session.Guest() {
		s.export = widget.NewButtonWithIcon(e.tr.T(msgCaseExport), theme.DocumentSaveIcon(), s.onExport)
		s.del = widget.NewButtonWithIcon(e.tr.T(msgCaseDelete), theme.DeleteIcon(), s.onDelete)
		s.del.Importance = widget.DangerImportance
		box.Add(container.NewHBox(s.export, s.del))
		s.status.SetText(e.tr.T(msgCaseSaved))
	} else {
		s.status.SetText(e.tr.T(msgCaseGuestSaved))
	}
	s.content = container.NewVScroll(container.NewPadded(box))
	return s
}

// save applies a change and saves it; a failed save keeps the change and says so.
func (s *caseScreen) save(fn func(*casefile.Data)) {
	s.u.idle.touch(s.u.now())
	err := s.u.session.Update(fn)
	if err != nil {
		fyne.LogError("save case file", err)
		s.status.color = theme.ColorNameError
		s.status.SetText(s.tr.T(msgCaseSaveFailed))
	} else if s.lastSave != nil {
		s.status.color = theme.ColorNameForeground
		s.status.SetText(s.tr.T(msgCaseSaved))
	}
	s.lastSave = err
}

func (s *caseScreen) onAdd() {
	text := s.newQ.Text
	if text == "" {
		return
	}
	s.save(func(d *casefile.Data) {
		d.Questions = append(d.Questions, casefile.Question{ID: newQuestionID(d.Questions), Text: text})
	})
	s.newQ.SetText("")
	s.fillQuestions(s.u.session.Data())
}

func newQuestionID(qs []casefile.Question) string {
	max := 0
	for _, q := range qs {
		if n, err := strconv.Atoi(q.ID); err == nil && n > max {
			max = n
		}
	}
	return strconv.Itoa(max + 1)
}

// fillQuestions lists the questions with the lawyer's answer beside each.
func (s *caseScreen) fillQuestions(d casefile.Data) {
	s.list.Objects = nil
	s.rows = nil
	for i, q := range d.Questions {
		text := q.Text
		if q.BankID != "" {
			if bq, err := s.lib.Question(q.BankID, s.lang); err == nil {
				text = bq.Text
			}
		}
		id := q.ID
		row := &questionRow{}
		row.asked = widget.NewCheck(s.tr.T(msgCaseAsked), func(on bool) {
			s.save(func(d *casefile.Data) { findQuestion(d, id).Asked = on })
		})
		row.asked.SetChecked(q.Asked)
		row.answer = s.u.newMultiLineEntry()
		row.answer.Wrapping = fyne.TextWrapWord
		row.answer.SetPlaceHolder(s.tr.T(msgCaseAnswerHint))
		row.answer.SetText(q.Answer)
		row.answer.OnChanged = func(a string) { s.save(func(d *casefile.Data) { findQuestion(d, id).Answer = a }) }
		row.remove = widget.NewButtonWithIcon(s.tr.T(msgCaseRemove), theme.DeleteIcon(), func() {
			s.save(func(d *casefile.Data) { removeQuestion(d, id) })
			s.fillQuestions(s.u.session.Data())
		})
		row.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() {
			s.save(func(d *casefile.Data) { moveQuestionUp(d, id) })
			s.fillQuestions(s.u.session.Data())
		})
		if i == 0 {
			row.up.Disable()
		}
		s.rows = append(s.rows, row)
		title := wrapped(fmt.Sprintf("%d. %s", i+1, text))
		title.bold = true
		s.list.Add(container.NewBorder(nil, nil, nil, container.NewHBox(row.up, row.remove), container.NewVBox(title, row.asked, row.answer)))
		s.list.Add(widget.NewSeparator())
	}
	s.list.Refresh()
}

func findQuestion(d *casefile.Data, id string) *casefile.Question {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			return &d.Questions[i]
		}
	}
	return &casefile.Question{} // removed meanwhile: the change goes nowhere
}

func removeQuestion(d *casefile.Data, id string) {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			d.Questions = append(d.Questions[:i], d.Questions[i+1:]...)
			return
		}
	}
}

func moveQuestionUp(d *casefile.Data, id string) {
	for i := 1; i < len(d.Questions); i++ {
		if d.Questions[i].ID == id {
			d.Questions[i-1], d.Questions[i] = d.Questions[i], d.Questions[i-1]
			return
		}
	}
}

func (s *caseScreen) onExport() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		err = s.u.session.Export(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		msg := s.tr.T(msgCaseExported)
		if err != nil {
			fyne.LogError("export case file", err)
			msg = s.tr.T(msgCaseExportFailed)
			_ = storage.Delete(w.URI()) // leave no half-written copy behind
		}
		dialog.NewCustom(s.tr.T(msgCaseExport), s.tr.T(msgClose), wrapped(msg), s.win).Show()
	}, s.win)
	d.SetFileName("case-file.pleaguide")
	d.Show()
}

func (s *caseScreen) onDelete() {
	m := s.u.session.Meta()
	yes := widget.NewButtonWithIcon(s.tr.T(msgCaseDelete), theme.DeleteIcon(), nil)
	yes.Importance = widget.DangerImportance
	no := widget.NewButton(s.tr.T(msgCancel), nil)
	dlg := dialog.NewCustomWithoutButtons(s.tr.T(msgCaseDelete), container.NewVBox(wrapped(s.tr.T(msgCaseDeleteAsk, "Name", m.Name)), container.NewHBox(layout.NewSpacer(), no, yes)), s.win)
	no.OnTapped = dlg.Hide
	yes.OnTapped = func() {
		dlg.Hide()
		s.u.lockSession()
		if err := s.u.deps.Vault.Delete(m.ID); err != nil {
			fyne.LogError("delete case file", err)
		}
		s.u.build()
	}
	s.u.deleteConfirm = yes
	dlg.Show()
}

// ticks reads checklist ticks from the open session, or from memory when none is open.
func (u *UI) ticksFor(topic string) []bool {
	if u.session != nil {
		return u.session.Data().Checklist[topic]
	}
	return u.ticks[topic]
}

// setTick records a checklist tick in the open session (saved unless guest), or in memory.
func (u *UI) setTick(topic string, i int, on bool) {
	set := func(m map[string][]bool) {
		for len(m[topic]) <= i {
			m[topic] = append(m[topic], false)
		}
		m[topic][i] = on
	}
	if u.session != nil {
		err := u.session.Update(func(d *casefile.Data) {
			if d.Checklist == nil {
				d.Checklist = map[string][]bool{}
			}
			set(d.Checklist)
		})
		if err != nil {
			fyne.LogError("save checklist", err)
		}
		return
	}
	set(u.ticks)
}
