package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/deadline"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// situationScreen is the "My situation" walkthrough: one question at a time, a review of
// all answers, and the plan. Answers are saved in the open case file as they are given
// (or kept in memory in a guest session).
type situationScreen struct {
	*env
	d       situationDeps
	session *session
	iv      *interview.Interview
	content *fyne.Container
	mode    string // "question", "review" or "plan"
	current string // the question shown

	// handles for tests
	progress     *widget.ProgressBar
	progressText *flow.Text // "3 answered, about 7 to go", under the bar
	options      map[string]*button
	date         *entry
	useDate      *button
	pickDate     *button   // opens the calendar
	calendar     *calendar // the open date picker, for tests
	back         *button
	review       *button
	showPlan     *button
	change       map[string]*button
	addQ         map[string]*button
	topics       map[string]*button
	plan         interview.Rendered
	print        *button
	printGo      *button       // "Print" in the notice about the temporary copy
	printPath    *widget.Label // where the page is, when nothing could open it
	printSave    *button       // "Save a copy…" when nothing could open it
	printed      string        // the last page written
	pdf          *button       // "Save as PDF…" (or "Print as PDF" when the clinic never saves)

	listen *listenControl // reads the question or the plan aloud; nil when nothing can
}

// situationDeps is what the walkthrough needs besides the env.
type situationDeps struct {
	session   *session
	iv        *interview.Interview
	exportDir string // where printed plans go; "" disables printing
	now       func() time.Time
	clinic    func() guidance.Clinic // the clinic's details for printed plans
	openURL   func(*url.URL) error
	pdf       *pdfSaver // saves or prints the plan as PDF

	onQuestionsChanged func() // a question from the plan was added to the case file
}

func newSituationScreen(e *env, d situationDeps) *situationScreen {
	if l := d.iv.Lang(e.lang); l != e.lang {
		e.lang, e.converted = l, false // the walkthrough has no words in it: the notice says so
	}
	s := &situationScreen{env: e, d: d, session: d.session, iv: d.iv, content: container.NewStack()}
	if q, ok := s.iv.Next(s.answers()); ok {
		s.showQuestion(q.ID)
	} else {
		s.showPlanView()
	}
	return s
}

// answers are the open case file's answers to this jurisdiction's walkthrough: another
// jurisdiction's answers are kept apart in the case file and never read here.
func (s *situationScreen) answers() interview.Answers { return s.session.answersFor(s.walkPack()) }

// walkPack is the jurisdiction whose walkthrough this is: the chosen one, or mainland
// China when the packs are not known.
func (s *situationScreen) walkPack() string {
	if s.pack == "" {
		return casefile.AnswersPack
	}
	return s.pack
}

func (s *situationScreen) set(content fyne.CanvasObject) {
	s.listener.stop() // the question, review or plan being read is replaced
	scroll := newVScroll(container.NewPadded(content))
	if s.listen != nil {
		s.listen.scroll = &scroll.Scroll // keeps the sentence being read in view
	}
	s.content.Objects = []fyne.CanvasObject{withNotice(s.env, scroll)}
	s.content.Refresh()
}

// answer records an answer (saved at once) and moves on: to the next open question, or
// to the review when every question that applies is answered.
func (s *situationScreen) answer(id, value string) {
	err := s.session.update(func(d *casefile.Data) { d.SetAnswerIn(s.walkPack(), id, value) })
	if err != nil {
		fyne.LogError("save answer", err)
	}
	if q, ok := s.iv.Next(s.answers()); ok {
		s.showQuestion(q.ID)
		return
	}
	s.showReview()
}

func (s *situationScreen) showQuestion(id string) {
	s.mode, s.current = "question", id
	a := s.answers()
	var q interview.Question
	for _, x := range s.iv.Questions {
		if x.ID == id {
			q = x
		}
	}
	qt := s.iv.QuestionText(id, s.lang, a["role"])
	done, total := s.iv.Progress(a)
	// Later answers can bring in questions that did not apply before, so the count of
	// what is left is "about" and the bar carries no text: white on its light blue was
	// 2:1. The line under it is ordinary text on the page.
	s.progress = widget.NewProgressBar()
	s.progress.Max = float64(total)
	s.progress.SetValue(float64(done))
	s.progress.TextFormatter = func() string { return "" }
	s.progressText = wrapped(s.tr.T(msgSituationProgress, "Done", done, "Left", total-done))
	title := wrapped(qt.Text)
	title.SetSize(theme.SizeNameSubHeadingText)
	title.SetBold(true)
	help := flow.New([]flow.Span{{Text: qt.Help, Italic: true}}, nil)
	box := container.NewVBox(s.progress, s.progressText, title, help)
	s.listen = s.listener.control(s.tr, s.lang, func() []fyne.CanvasObject { return s.questionReading(q, title, help) })
	if s.listen != nil {
		box.Add(s.listen.content)
	}
	s.options = map[string]*button{}
	if q.IsDate() {
		s.date = s.fields.newEntry()
		hint := s.tr.T(msgSituationDateHint)
		if t := s.iv.Texts[s.lang]; t != nil && t.General["date-hint"] != "" {
			hint = t.General["date-hint"] // the pack's own, in the language of its questions (10.11.2026 in Germany)
		}
		s.date.SetPlaceHolder(hint)
		if v := a[id]; v != "" && v != interview.Unknown {
			s.date.SetText(v)
		}
		msg := wrapped("")
		msg.SetColor(theme.ColorNameError)
		s.useDate = newButtonWithIcon(s.tr.T(msgSituationUseDate), theme.ConfirmIcon(), func() {
			// dates as people write them: 2026年11月10日, 2026/11/10, 11月10日, full-width digits
			d, err := deadline.Read(s.date.Text, deadline.DateOf(s.d.now()))
			if err != nil {
				msg.SetText(s.iv.DateProblem(err, s.lang))
				return
			}
			s.answer(id, d.String())
		})
		s.useDate.Importance = widget.HighImportance
		s.date.OnSubmitted = func(string) { s.useDate.OnTapped() }
		s.pickDate = newButtonWithIcon(s.tr.T(msgSituationPickDate), theme.CalendarIcon(), s.onPickDate)
		unknown := newButton(qt.Unknown, func() { s.answer(id, interview.Unknown) })
		s.options[interview.Unknown] = unknown
		box.Add(container.NewBorder(nil, nil, nil, s.useDate, s.date))
		box.Add(msg)
		box.Add(container.NewHBox(s.pickDate))
		box.Add(tall(unknown))
	} else {
		var buttons []fyne.CanvasObject
		for _, o := range append(append([]string{}, q.Options...), interview.Unknown) {
			b := newButton(qt.Options[o], func() { s.answer(id, o) })
			if a[id] == o {
				b.Importance = widget.HighImportance
			}
			s.options[o] = b
			buttons = append(buttons, b)
		}
		for _, b := range buttons {
			box.Add(tall(b))
		}
	}
	s.back = newButtonWithIcon(s.tr.T(msgSituationBack), theme.NavigateBackIcon(), s.onBack)
	if s.previous(id) == "" {
		s.back.Disable()
	}
	s.review = newButtonWithIcon(s.tr.T(msgSituationReview), theme.ListIcon(), s.showReview)
	box.Add(container.NewHBox(s.back, layout.NewSpacer(), s.review))
	s.set(box)
}

// onPickDate shows a calendar at the typed date (or today); picking a day writes it in
// the date field, where it can still be changed before it is used.
func (s *situationScreen) onPickDate() {
	start := deadline.DateOf(s.d.now())
	if d, err := deadline.Read(s.date.Text, start); err == nil {
		start = d
	}
	var dlg *dialog.CustomDialog
	s.calendar = newCalendar(s.tr, start.T(), func(t time.Time) {
		s.date.SetText(deadline.DateOf(t).String())
		if dlg != nil {
			dlg.Hide()
		}
	})
	dlg = dialog.NewCustom(s.tr.T(msgSituationPickDate), s.tr.T(msgClose), s.calendar.content, s.win)
	dlg.Show()
}

// previous is the question before id among those that apply ("" for the first).
func (s *situationScreen) previous(id string) string {
	prev := ""
	for _, q := range s.iv.Active(s.answers()) {
		if q.ID == id {
			return prev
		}
		prev = q.ID
	}
	return prev
}

// onBack shows the previous question; its answer stays until it is changed.
func (s *situationScreen) onBack() {
	if p := s.previous(s.current); p != "" {
		s.showQuestion(p)
	}
}

func (s *situationScreen) answerText(q interview.Question, v string, role string) string {
	qt := s.iv.QuestionText(q.ID, s.lang, role)
	switch {
	case v == "":
		return "—"
	case v == interview.Unknown && q.IsDate():
		return qt.Unknown
	case q.IsDate():
		if d, err := deadline.ParseDate(v); err == nil {
			return interview.FormatDate(d, s.lang)
		}
		return v
	default:
		return qt.Options[v]
	}
}

// showReview lists every answer with a way to change it.
func (s *situationScreen) showReview() {
	s.mode = "review"
	a := s.answers()
	box := container.NewVBox(heading(s.tr.T(msgSituationReviewTitle)))
	s.change = map[string]*button{}
	for _, q := range s.iv.Active(a) {
		qt := s.iv.QuestionText(q.ID, s.lang, a["role"])
		change := newButtonWithIcon(s.tr.T(msgSituationChange), theme.DocumentCreateIcon(), func() { s.showQuestion(q.ID) })
		s.change[q.ID] = change
		text := wrapped(qt.Text)
		text.SetBold(true)
		box.Add(container.NewBorder(nil, nil, nil, change, container.NewVBox(text, wrapped(s.answerText(q, a[q.ID], a["role"])))))
		box.Add(widget.NewSeparator())
	}
	s.showPlan = newButtonWithIcon(s.tr.T(msgSituationSeePlan), theme.NavigateNextIcon(), s.showPlanView)
	s.showPlan.Importance = widget.HighImportance
	if q, ok := s.iv.Next(a); ok {
		box.Add(container.NewHBox(newButton(s.tr.T(msgSituationContinue), func() { s.showQuestion(q.ID) }), s.showPlan))
	} else {
		box.Add(container.NewHBox(s.showPlan))
	}
	s.set(box)
}

// showPlanView shows the plan for the current answers: what to check, where the case is,
// the key dates, rights, options and actions, questions for the lawyer, then the buttons.
func (s *situationScreen) showPlanView() {
	s.mode = "plan"
	bank, err := s.lib.Questions(s.lang)
	if err != nil {
		fyne.LogError("question bank", err)
	}
	p := s.iv.Plan(s.answers(), deadline.DateOf(s.d.now()), s.iv.Cal(), bank)
	r, err := s.iv.Render(p, s.lang, s.lib)
	if err != nil {
		fyne.LogError("render plan", err)
		s.set(wrapped(s.tr.T(msgSituationUnavailable))) // the walkthrough lacks words in this language: a packaging error
		return
	}
	s.plan = r
	s.addQ, s.topics = map[string]*button{}, map[string]*button{}
	box := container.NewVBox(heading(s.tr.T(msgSituationPlanTitle)))
	s.listen = s.listener.control(s.tr, s.lang, func() []fyne.CanvasObject { return box.Objects })
	if s.listen != nil {
		box.Add(s.listen.content)
	}
	if len(r.Notes) > 0 {
		box.Add(card(r.Headings["check"], planNotes(r.Notes)))
	}
	box.Add(card(r.Headings["where"], planRoad(r.Road)))
	if len(r.Dates) > 0 {
		box.Add(card(r.Headings["dates"], planDates(r)))
	}
	for _, sec := range []struct {
		key   string
		items []interview.ItemView
	}{{"rights", r.Rights}, {"options", r.Options}, {"actions", r.Actions}} {
		if len(sec.items) > 0 {
			box.Add(card(r.Headings[sec.key], s.planItems(sec.items, r.Headings["read-more"])))
		}
	}
	if len(r.Questions) > 0 {
		box.Add(card(r.Headings["questions"], s.planQuestions(r.Questions)))
	}
	for _, f := range r.Footer {
		box.Add(wrapped(f))
	}
	box.Add(s.planButtons())
	s.set(box)
}

// planNotes are the plan's warnings: answers that need checking.
func planNotes(notes []string) *fyne.Container {
	box := container.NewVBox()
	for _, n := range notes {
		l := wrapped(n)
		l.SetColor(theme.ColorNameWarning)
		box.Add(l)
	}
	return box
}

// planRoad is the road of the procedure, the current stage marked.
func planRoad(road []interview.StageView) *fyne.Container {
	box := container.NewVBox()
	for _, st := range road {
		name := wrapped(st.Name + " — " + st.Who)
		icon := theme.RadioButtonIcon()
		if st.Current {
			name.SetBold(true)
			name.SetColor(theme.ColorNamePrimary)
			icon = theme.NavigateNextIcon()
		}
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(icon), nil, name))
	}
	return box
}

// planDates is the timeline, then each key date with what moves it and its source.
func planDates(r interview.Rendered) *fyne.Container {
	box := container.NewVBox(newTimeline(r.Timeline, r.Headings["timeline"]), widget.NewSeparator())
	for _, d := range r.Dates {
		t := wrapped(d.Text)
		t.SetBold(true)
		box.Add(t)
		for _, x := range d.Details {
			box.Add(wrapped(x))
		}
		if d.Source != "" {
			box.Add(flow.New([]flow.Span{{Text: d.Source, Italic: true}}, nil))
		}
		box.Add(widget.NewSeparator())
	}
	return box
}

// planItems lists rights, options or actions, each with what it may gain and cost, what
// only the lawyer can judge, and a Read more button (kept in s.topics) for its topic.
func (s *situationScreen) planItems(items []interview.ItemView, readMore string) *fyne.Container {
	box := container.NewVBox()
	for _, it := range items {
		t := wrapped(it.Title)
		t.SetBold(true)
		box.Add(t)
		box.Add(wrapped(it.Text))
		for _, x := range []string{it.Gain, it.Cost, it.Lawyer} {
			if x != "" {
				box.Add(wrapped("• " + x))
			}
		}
		more := newButtonWithIcon(readMore, theme.NavigateNextIcon(), func() { s.nav.openTopic(it.Topic) })
		more.Importance = widget.LowImportance
		s.topics[it.ID] = more
		box.Add(container.NewHBox(more))
		box.Add(widget.NewSeparator())
	}
	return box
}

// planQuestions lists the questions for the lawyer, each with an Add button (kept in
// s.addQ) that says when the question is in the case file already.
func (s *situationScreen) planQuestions(qs []interview.QuestionView) *fyne.Container {
	have := s.session.data()
	box := container.NewVBox()
	for _, q := range qs {
		add := newButtonWithIcon(s.tr.T(msgSituationAddQuestion), theme.ContentAddIcon(), nil)
		add.OnTapped = func() { s.onAddQuestion(q.ID, add) }
		if have.HasBankQuestion(q.ID) {
			s.markAdded(add)
		}
		s.addQ[q.ID] = add
		text := wrapped(q.Text)
		text.SetBold(true)
		box.Add(container.NewBorder(nil, nil, nil, add, container.NewVBox(text, wrapped(q.Why))))
		box.Add(widget.NewSeparator())
	}
	return box
}

// planButtons are Review answers, Print and Save as PDF.
func (s *situationScreen) planButtons() *fyne.Container {
	s.review = newButtonWithIcon(s.tr.T(msgSituationReview), theme.ListIcon(), s.showReview)
	s.print = newButtonWithIcon(s.tr.T(msgSituationPrint), theme.DocumentPrintIcon(), s.onPrint)
	if s.d.exportDir == "" {
		s.print.Disable()
	}
	s.pdf = s.d.pdf.button("plan.pdf", s.planParts)
	return newButtonRow(s.review, s.print, s.pdf)
}

// onAddQuestion adds the bank's question id to the case file's questions for the lawyer.
func (s *situationScreen) onAddQuestion(id string, add *button) {
	err := s.session.update(func(d *casefile.Data) {
		if !d.HasBankQuestion(id) {
			d.AddQuestion(casefile.Question{BankID: id})
		}
	})
	if err != nil {
		fyne.LogError("add question", err)
		return
	}
	s.markAdded(add)
	s.d.onQuestionsChanged()
}

// markAdded says on the button that its question is in My case now: greyed out alone,
// it did not say whether the tap had worked.
func (s *situationScreen) markAdded(add *button) {
	add.SetText(s.tr.T(msgSituationAdded))
	add.SetIcon(theme.ConfirmIcon())
	add.Disable()
}

// onPrint says, before anything is written, that printing needs a temporary copy that is
// not encrypted and when it is deleted; the copy is written only when the visitor agrees.
func (s *situationScreen) onPrint() {
	msg := msgSituationPrintTemp
	if s.session.guest() {
		msg = msgSituationPrintTempGuest
	}
	var d dialog.Dialog
	s.printGo = newButtonWithIcon(s.tr.T(msgSituationPrintGo), theme.DocumentPrintIcon(), func() {
		d.Hide()
		s.writeAndOpen()
	})
	s.printGo.Importance = widget.HighImportance
	cancel := newButton(s.tr.T(msgCancel), func() { d.Hide() })
	body := container.NewVBox(wrapped(s.tr.T(msg, "Folder", s.d.exportDir)), container.NewHBox(layout.NewSpacer(), cancel, s.printGo))
	d = dialog.NewCustomWithoutButtons(s.tr.T(msgSituationPrint), body, s.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// writeAndOpen writes the plan as a page and opens it in the browser to print. The page is
// plain text on disk, so it is deleted when the visit ends (I'm done, quick exit, auto-lock)
// and when the app starts or closes. When nothing can open it, the visitor is told where it
// is instead of nothing happening.
func (s *situationScreen) writeAndOpen() {
	page, err := s.plan.HTML(s.tr.T(msgSituationPlanTitle), s.d.clinic().Lines())
	if err == nil {
		err = os.MkdirAll(s.d.exportDir, 0o700)
	}
	path := filepath.Join(s.d.exportDir, fmt.Sprintf("plan-%d.html", s.d.now().UnixNano()))
	if err == nil {
		err = os.WriteFile(path, page, 0o600)
	}
	if err != nil {
		dialog.NewCustom(s.tr.T(msgSituationPrint), s.tr.T(msgClose), wrapped(s.tr.T(msgCaseExportFailed)), s.win).Show()
		return
	}
	s.printed = path
	if err := s.d.openURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}); err != nil {
		s.showNoViewer(path, page)
	}
}

// showNoViewer tells the visitor that the plan could not be opened, where the page is, and
// (unless the clinic never saves) offers to save a copy somewhere else.
func (s *situationScreen) showNoViewer(path string, page []byte) {
	s.printPath = widget.NewLabel(path)
	s.printPath.Wrapping = fyne.TextWrapBreak
	s.printPath.Selectable = true
	body := container.NewVBox(wrapped(s.tr.T(msgSituationPrintNoViewer)), s.printPath, wrapped(s.tr.T(msgSituationPrintNoViewerAfter)))
	d := dialog.NewCustom(s.tr.T(msgSituationPrint), s.tr.T(msgClose), body, s.win)
	if !s.d.clinic().AlwaysGuest {
		s.printSave = newButtonWithIcon(s.tr.T(msgSituationPrintSaveCopy), theme.DocumentSaveIcon(), func() {
			d.Hide()
			s.onSaveCopy(page)
		})
		body.Add(s.printSave)
	}
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// onSaveCopy saves the printable page where the visitor chooses. That copy is theirs: the
// app says it is not encrypted and will not delete it.
func (s *situationScreen) onSaveCopy(page []byte) {
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		_, err = w.Write(page)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		msg := msgSituationPrintSaved
		if err != nil {
			msg = msgCaseExportFailed
		}
		dialog.NewCustom(s.tr.T(msgSituationPrint), s.tr.T(msgClose), wrapped(s.tr.T(msg)), s.win).Show()
	}, s.win)
	save.SetFileName("plan.html")
	save.Show()
}

// planParts renders the plan again in each of langs, for the PDF.
func (s *situationScreen) planParts(langs []guidance.Lang) ([]export.Part, error) {
	var parts []export.Part
	for _, l := range langs {
		bank, err := s.lib.Questions(l)
		if err != nil {
			return nil, fmt.Errorf("question bank: %w", err)
		}
		p := s.iv.Plan(s.answers(), deadline.DateOf(s.d.now()), s.iv.Cal(), bank)
		r, err := s.iv.Render(p, l, s.lib)
		if err != nil {
			return nil, fmt.Errorf("render plan: %w", err)
		}
		parts = append(parts, export.Plan(r))
	}
	return parts, nil
}
