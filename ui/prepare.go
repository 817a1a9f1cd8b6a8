package ui

import (
	"errors"
	"fmt"
	"image/color"
	"net/url"
	"slices"
	"strconv"
	"strings"

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
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// prepareScreen is the Prepare screen: the facts, the circumstances, the recommendation
// and the illustration of how the guidance works a sentence out, the views for the
// hearing and the checks before signing. Every change is saved at once in the case file
// (in memory in a guest session). The rules are in guidance/prepare; the texts that state
// the law come from content.
type prepareScreen struct {
	*env
	session *session
	set     *prepare.Set
	ws      *prepare.Workspace
	content fyne.CanvasObject
	status  *flow.Text

	factList *fyne.Container
	facts    []*factRow
	newFact  *entry
	addFact  *button

	circs []*circRow

	penalty    *widget.Select
	months     *entry
	monthsTo   *entry
	probation  *widget.Check
	probMonths *entry
	fine       *entry
	propNote   *entry
	propError  *flow.Text

	crime    *widget.Select
	base     *entry
	figList  *fyne.Container
	figures  []*figureRow
	result   *fyne.Container
	resultTx *flow.Text // the range in words, or what is wrong; tests read it

	accept *entry
	asks   map[string]*widget.Check
	other  *entry
	why    *entry

	checks []*checkRow

	d   prepareDeps
	pdf *button // "Save as PDF…" (or "Print as PDF" when the clinic never saves)
}

// prepareDeps is what the Prepare screen needs from the shell besides the session.
type prepareDeps struct {
	sets map[guidance.Lang]*prepare.Set // every content language's set, for a bilingual PDF
	pdf  *pdfSaver                      // nil: no PDF
}

type factRow struct {
	text   *entry
	stance *widget.RadioGroup
	note   *entry
	remove *button
}

type circRow struct {
	id       string
	mark     *widget.Select
	evidence *entry
}

type figureRow struct {
	id       string
	low, hi  *entry
	name     string
	readOnly bool // the guidance gives no percentage: shown, not entered
}

type checkRow struct {
	id      string
	answer  *widget.RadioGroup
	warning fyne.CanvasObject
}

func newPrepareScreen(e *env, s *session, set *prepare.Set, d prepareDeps) *prepareScreen {
	p := &prepareScreen{env: e, session: s, set: set, asks: map[string]*widget.Check{}, d: d}
	if set == nil {
		p.content = container.NewPadded(wrapped(e.tr.T(msgPrepareMissing)))
		return p
	}
	p.ws = s.data().Prepare.Clone()
	if p.ws == nil {
		p.ws = &prepare.Workspace{}
	}
	p.status = wrapped(e.tr.T(msgPrepareIntro))
	if s.guest() {
		p.status.SetText(e.tr.T(msgPrepareGuest))
	}
	top := []fyne.CanvasObject{heading(e.tr.T(msgPrepareHeading)), p.status}
	if d.pdf != nil {
		p.pdf = d.pdf.button("prepare.pdf", p.pdfParts)
		top = append(top, container.NewHBox(p.pdf))
	}
	box := container.NewVBox(append(top,
		card(e.tr.T(msgPrepareFacts), p.buildFacts()),
		card(e.tr.T(msgPrepareCircs), p.buildCircumstances()),
		card(e.tr.T(msgPrepareProposal), p.buildProposal()),
		card(e.tr.T(msgPrepareIllus), p.buildIllustration()),
		card(e.tr.T(msgPrepareViews), p.buildViews()),
		card(e.tr.T(msgPrepareSign), p.buildChecks()),
	)...)
	p.content = container.NewVScroll(container.NewPadded(box))
	return p
}

// save keeps the workspace in the session; a failed save keeps the text and says so.
func (p *prepareScreen) save() {
	ws := p.ws.Clone()
	if err := p.session.update(func(d *casefile.Data) { d.Prepare = ws }); err != nil {
		fyne.LogError("save case file", err)
		p.status.SetColor(theme.ColorNameError)
		p.status.SetText(p.tr.T(msgCaseSaveFailed))
	}
}

// pdfParts is the prepared page in each of langs, for the PDF: the workspace as saved,
// the illustration as the screen works it out (the circumstances marked "applies").
func (p *prepareScreen) pdfParts(langs []guidance.Lang) ([]export.Part, error) {
	var parts []export.Part
	for _, l := range langs {
		set := p.d.sets[l]
		if set == nil {
			if l != p.lang {
				continue // no Prepare content in the other language: one language only
			}
			set = p.set
		}
		cites, err := p.lib.Citations(export.PrepareSources(set), l)
		if err != nil {
			return nil, fmt.Errorf("citations: %w", err)
		}
		in := export.PrepareInput{Set: set, Work: p.ws.Clone(), Illustration: p.illustrationInput(), Cites: cites}
		if t, err := p.lib.Topic(set.ChecklistTopic, l); err == nil {
			in.Checklist = t.Body
		}
		parts = append(parts, export.Prepare(in))
	}
	return parts, nil
}

// onLink opens terms, topics and sources from the texts.
func (p *prepareScreen) onLink(u *url.URL) {
	switch u.Scheme {
	case "term":
		p.nav.showTerm(u.Opaque)
	case "topic":
		p.nav.openTopic(u.Opaque)
	case "src":
		cites, err := p.lib.Citations([]string{u.Opaque}, p.lang)
		if err != nil || len(cites) == 0 {
			return
		}
		c := cites[0]
		d := dialog.NewCustom(p.tr.T(msgLibrarySources), p.tr.T(msgClose),
			wrapped(p.tr.T(msgLibrarySource, "Citation", c.Text, "Version", p.tr.date(c.Version), "Checked", p.tr.date(c.Checked))), p.win)
		d.Resize(fyne.NewSize(480, 0))
		d.Show()
	}
}

// listSep separates the items of a list run into one line.
func (p *prepareScreen) listSep() string {
	if p.lang.IsChinese() {
		return "；"
	}
	return "; "
}

func (p *prepareScreen) prose(md string) fyne.CanvasObject {
	return renderProse(md, p.onLink, nil).content
}

// ---- 1. facts

func (p *prepareScreen) buildFacts() fyne.CanvasObject {
	p.factList = container.NewVBox()
	p.newFact = p.fields.newEntry()
	p.newFact.SetPlaceHolder(p.tr.T(msgPrepareFactHint))
	p.newFact.OnSubmitted = func(string) { p.onAddFact() }
	p.addFact = newButtonWithIcon(p.tr.T(msgPrepareFactAdd), theme.ContentAddIcon(), p.onAddFact)
	p.fillFacts()
	return container.NewVBox(p.prose(p.set.Texts["facts"]), p.factList, container.NewBorder(nil, nil, nil, p.addFact, p.newFact))
}

func (p *prepareScreen) stances() []string {
	return []string{p.tr.T(msgPrepareAdmit), p.tr.T(msgPrepareDispute), p.tr.T(msgPrepareUnsure)}
}

func (p *prepareScreen) fillFacts() {
	p.factList.Objects, p.facts = nil, nil
	values := []prepare.Stance{prepare.Admit, prepare.Dispute, prepare.Unsure}
	for i, f := range p.ws.Facts {
		i := i
		r := &factRow{text: p.fields.newEntry(), note: p.fields.newEntry()}
		r.text.SetText(f.Text)
		r.text.OnChanged = func(s string) { p.ws.Facts[i].Text = s; p.save() }
		r.note.SetPlaceHolder(p.tr.T(msgPrepareFactNote))
		r.note.SetText(f.Note)
		r.note.OnChanged = func(s string) { p.ws.Facts[i].Note = s; p.save() }
		labels := p.stances()
		r.stance = widget.NewRadioGroup(labels, nil)
		r.stance.Horizontal = true
		if k := slices.Index(values, f.Stance); k >= 0 {
			r.stance.SetSelected(labels[k])
		}
		r.stance.OnChanged = func(s string) {
			p.ws.Facts[i].Stance = ""
			if k := slices.Index(labels, s); k >= 0 {
				p.ws.Facts[i].Stance = values[k]
			}
			p.save()
		}
		r.remove = newButtonWithIcon(p.tr.T(msgPrepareRemove), theme.DeleteIcon(), func() { p.onRemoveFact(i) })
		p.facts = append(p.facts, r)
		p.factList.Add(container.NewBorder(nil, nil, nil, r.remove, container.NewVBox(r.text, r.stance, r.note)))
		p.factList.Add(widget.NewSeparator())
	}
	p.factList.Refresh()
}

func (p *prepareScreen) onAddFact() {
	text := strings.TrimSpace(p.newFact.Text)
	if text == "" {
		return
	}
	p.ws.Facts = append(p.ws.Facts, prepare.Fact{Text: text})
	p.newFact.SetText("")
	p.save()
	p.fillFacts()
}

func (p *prepareScreen) onRemoveFact(i int) {
	if i < len(p.ws.Facts) {
		p.ws.Facts = append(p.ws.Facts[:i], p.ws.Facts[i+1:]...)
		p.save()
		p.fillFacts()
	}
}

// ---- 2. circumstances

func (p *prepareScreen) marks() ([]string, []prepare.Mark) {
	return []string{p.tr.T(msgPrepareApplies), p.tr.T(msgPrepareMay), p.tr.T(msgPrepareNo), p.tr.T(msgPrepareAsk)},
		[]prepare.Mark{prepare.Applies, prepare.MayApply, prepare.DoesNot, prepare.AskLawyer}
}

func (p *prepareScreen) buildCircumstances() fyne.CanvasObject {
	box := container.NewVBox()
	labels, values := p.marks()
	for _, c := range p.set.Circumstances {
		c := c
		r := &circRow{id: c.ID, mark: widget.NewSelect(labels, nil), evidence: p.fields.newEntry()}
		r.mark.PlaceHolder = p.tr.T(msgPrepareMarkHint)
		if k := slices.Index(values, p.ws.Marks[c.ID]); k >= 0 {
			r.mark.SetSelected(labels[k])
		}
		r.mark.OnChanged = func(s string) { p.onMark(c.ID, s) }
		r.evidence.SetPlaceHolder(p.tr.T(msgPrepareWeHave))
		r.evidence.SetText(p.ws.Evidence[c.ID])
		r.evidence.OnChanged = func(s string) {
			if p.ws.Evidence == nil {
				p.ws.Evidence = map[string]string{}
			}
			p.ws.Evidence[c.ID] = s
			if s == "" {
				delete(p.ws.Evidence, c.ID)
			}
			p.save()
		}
		p.circs = append(p.circs, r)
		name := wrapped(c.Name)
		name.SetBold(true)
		band := wrapped(p.set.BandText(&c))
		band.SetColor(theme.ColorNamePrimary)
		more := newButtonWithIcon(p.tr.T(msgPrepareReadMore), theme.InfoIcon(), func() { p.nav.openTopic(c.Topic) })
		more.Importance = widget.LowImportance
		links := container.NewHBox(more)
		if len(c.Checklist) > 0 && p.set.ChecklistTopic != "" {
			list := newButtonWithIcon(p.tr.T(msgPrepareChecklist), theme.ListIcon(), func() { p.nav.openTopic(p.set.ChecklistTopic) })
			list.Importance = widget.LowImportance
			links.Add(list)
		}
		box.Add(container.NewVBox(name, band, p.prose(c.Explanation),
			wrapped(p.tr.T(msgPrepareShows, "List", strings.Join(c.Shows, p.listSep()))), r.mark, r.evidence, links))
		box.Add(widget.NewSeparator())
	}
	return box
}

func (p *prepareScreen) onMark(id, label string) {
	labels, values := p.marks()
	if p.ws.Marks == nil {
		p.ws.Marks = map[string]prepare.Mark{}
	}
	if k := slices.Index(labels, label); k >= 0 {
		p.ws.Marks[id] = values[k]
	} else {
		delete(p.ws.Marks, id)
	}
	// only circumstances marked "applies" enter the illustration
	if p.ws.Marks[id] != prepare.Applies {
		p.ws.Illustration.Figures = slices.DeleteFunc(p.ws.Illustration.Figures, func(f prepare.Figure) bool { return f.ID == id })
	}
	p.save()
	if p.figList != nil {
		p.fillFigures()
		p.showResult()
	}
}

// ---- 3. the recommendation and the illustration

func (p *prepareScreen) penalties() ([]string, []prepare.Penalty) {
	return []string{p.tr.T(msgPrepareFixedTerm), p.tr.T(msgPrepareDetention), p.tr.T(msgPrepareSurveil)},
		[]prepare.Penalty{prepare.FixedTerm, prepare.Detention, prepare.Surveillance}
}

func (p *prepareScreen) numberEntry(hint string, v int, set func(n int, ok bool)) *entry {
	return p.parsedEntry(hint, v, set, func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	})
}

// monthsEntry is a field for a term: it takes months ("18") and the term as the family
// heard it ("1年6个月", "1 year 6 months"), see prepare.ParseMonths.
func (p *prepareScreen) monthsEntry(hint string, v int, set func(n int, ok bool)) *entry {
	return p.parsedEntry(hint, v, set, prepare.ParseMonths)
}

func (p *prepareScreen) parsedEntry(hint string, v int, set func(n int, ok bool), parse func(string) (int, bool)) *entry {
	e := p.fields.newEntry()
	e.SetPlaceHolder(hint)
	if v != 0 {
		e.SetText(strconv.Itoa(v))
	}
	e.OnChanged = func(s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			set(0, true)
			return
		}
		set(parse(s))
	}
	return e
}

func (p *prepareScreen) buildProposal() fyne.CanvasObject {
	pr := &p.ws.Proposal
	labels, values := p.penalties()
	p.penalty = widget.NewSelect(labels, nil)
	p.penalty.PlaceHolder = p.tr.T(msgPreparePenalty)
	if k := slices.Index(values, pr.Penalty); k >= 0 {
		p.penalty.SetSelected(labels[k])
	}
	p.penalty.OnChanged = func(s string) {
		pr.Penalty = ""
		if k := slices.Index(labels, s); k >= 0 {
			pr.Penalty = values[k]
		}
		p.onProposalChanged(true)
	}
	num := func(hint *i18n.Message, v int, dst *int, months bool) *entry {
		set := func(n int, ok bool) {
			if ok {
				*dst = n
			}
			p.onProposalChanged(ok)
		}
		if months {
			return p.monthsEntry(p.tr.T(hint), v, set)
		}
		return p.numberEntry(p.tr.T(hint), v, set)
	}
	p.months = num(msgPrepareMonths, pr.Months, &pr.Months, true)
	p.monthsTo = num(msgPrepareMonthsTo, pr.MonthsTo, &pr.MonthsTo, true)
	p.probMonths = num(msgPrepareProbMonths, pr.ProbationMonths, &pr.ProbationMonths, true)
	p.fine = num(msgPrepareFine, pr.Fine, &pr.Fine, false)
	p.probation = widget.NewCheck(p.tr.T(msgPrepareProbation), nil)
	p.probation.SetChecked(pr.Probation)
	p.probation.OnChanged = func(on bool) { pr.Probation = on; p.onProposalChanged(true) }
	p.propNote = p.fields.newEntry()
	p.propNote.SetPlaceHolder(p.tr.T(msgPrepareNoteHint))
	p.propNote.SetText(pr.Note)
	p.propNote.OnChanged = func(s string) { pr.Note = s; p.save() }
	p.propError = wrapped("")
	p.propError.SetColor(theme.ColorNameError)
	return container.NewVBox(p.penalty, labelled(p.months), labelled(p.monthsTo), p.probation, labelled(p.probMonths),
		labelled(p.fine), p.propNote, p.propError)
}

func (p *prepareScreen) onProposalChanged(numbersOK bool) {
	p.save()
	if p.propError == nil {
		return
	}
	msg := ""
	if !numbersOK {
		msg = p.tr.T(msgPrepareBadNumber)
	} else if err := (&prepare.Workspace{Proposal: p.ws.Proposal}).Check(p.set); err != nil {
		var ie *prepare.InputError
		if errors.As(err, &ie) {
			switch ie.Code {
			case prepare.ErrTermRange:
				msg = p.tr.T(msgPrepareBadTerm, "Min", ie.Min, "Max", ie.Max)
			case prepare.ErrMonthsOrder:
				msg = p.tr.T(msgPrepareBadRange)
			case prepare.ErrProbationPenalty:
				msg = p.tr.T(msgPrepareBadProb)
			case prepare.ErrProbationPeriod:
				msg = p.tr.T(msgPrepareBadPeriod)
			case prepare.ErrBadValue:
				msg = p.tr.T(msgPrepareChoosePenalty)
			default:
				msg = p.tr.T(msgPrepareBadNumber)
			}
		}
	}
	p.propError.SetText(msg)
}

func (p *prepareScreen) buildIllustration() fyne.CanvasObject {
	in := &p.ws.Illustration
	var names []string
	for _, c := range p.set.Crimes {
		names = append(names, c.Name)
	}
	p.crime = widget.NewSelect(names, nil)
	p.crime.PlaceHolder = p.tr.T(msgPrepareCrime)
	if c := p.set.Crime(in.Crime); c != nil {
		p.crime.SetSelected(c.Name)
	}
	p.crime.OnChanged = func(s string) {
		in.Crime = ""
		for _, c := range p.set.Crimes {
			if c.Name == s {
				in.Crime = c.ID
			}
		}
		p.save()
		p.showResult()
	}
	p.base = p.monthsEntry(p.tr.T(msgPrepareBase), in.BaseMonths, func(n int, ok bool) {
		if ok {
			in.BaseMonths = n
		} else {
			in.BaseMonths = -1
		}
		p.save()
		p.showResult()
	})
	p.figList = container.NewVBox()
	p.result = container.NewVBox()
	p.resultTx = wrapped("")
	p.fillFigures()
	p.showResult()
	return container.NewVBox(p.crime, labelled(p.base), wrapped(p.tr.T(msgPrepareFigures)), p.figList, p.result)
}

// fillFigures lists a low and high figure for every circumstance marked "applies".
func (p *prepareScreen) fillFigures() {
	p.figList.Objects, p.figures = nil, nil
	in := &p.ws.Illustration
	for _, c := range p.set.Circumstances {
		if p.ws.Marks[c.ID] != prepare.Applies {
			continue
		}
		c := c
		r := &figureRow{id: c.ID, name: c.Name, readOnly: !c.Guidance}
		p.figures = append(p.figures, r)
		if r.readOnly {
			p.figList.Add(wrapped(p.tr.T(msgPrepareErrNoPct, "Name", c.Name)))
			continue
		}
		var f prepare.Figure
		for _, x := range in.Figures {
			if x.ID == c.ID {
				f = x
			}
		}
		set := func(lo bool) func(n int, ok bool) {
			return func(n int, ok bool) {
				k := slices.IndexFunc(in.Figures, func(x prepare.Figure) bool { return x.ID == c.ID })
				if k < 0 {
					in.Figures = append(in.Figures, prepare.Figure{ID: c.ID})
					k = len(in.Figures) - 1
				}
				if !ok {
					n = -1
				}
				if lo {
					in.Figures[k].Low = n
				} else {
					in.Figures[k].High = n
				}
				p.save()
				p.showResult()
			}
		}
		r.low = p.numberEntry(p.tr.T(msgPrepareFrom), f.Low, set(true))
		r.hi = p.numberEntry(p.tr.T(msgPrepareTo), f.High, set(false))
		label := wrapped(c.Name)
		p.figList.Add(container.NewVBox(label, container.NewGridWithColumns(2, r.low, r.hi)))
	}
	if len(p.figures) == 0 {
		p.figList.Add(wrapped(p.tr.T(msgPrepareNoFigures)))
	}
	p.figList.Refresh()
}

// showResult works the illustration out and draws it, or says what is wrong.
func (p *prepareScreen) showResult() {
	p.result.Objects = nil
	in := p.illustrationInput()
	if !in.Started() {
		p.resultTx.SetText("")
		p.result.Refresh()
		return
	}
	res, err := prepare.Illustrate(p.set, in)
	if err != nil {
		p.resultTx.SetColor(theme.ColorNameError)
		p.resultTx.SetText(p.errorText(err, in))
		p.result.Add(p.resultTx)
		var ie *prepare.InputError
		if errors.As(err, &ie) && ie.Code == prepare.ErrNotCovered {
			if c := p.set.Crime(in.Crime); c != nil && c.Note != "" {
				p.result.Add(p.prose(c.Note))
			}
		}
		p.result.Refresh()
		return
	}
	p.resultTx.SetColor(theme.ColorNameForeground)
	p.resultTx.SetText(p.tr.T(msgPrepareResult, "Base", res.BaseMonths, "Low", fmt.Sprintf("%.1f", res.Low), "High", fmt.Sprintf("%.1f", res.High)))
	p.resultTx.SetBold(true)
	p.result.Add(newSentenceBar(res, p.barLabels(res)))
	p.result.Add(p.resultTx)
	for _, st := range res.Steps {
		name := p.set.Circumstance(st.ID).Name
		fig := fmt.Sprintf("%d %%", st.Low)
		if st.High != st.Low {
			fig = fmt.Sprintf("%d–%d %%", st.Low, st.High)
		}
		switch st.Kind {
		case prepare.StepFirst:
			p.result.Add(wrapped(p.tr.T(msgPrepareFirstStep, "Name", name, "Fig", fig)))
		case prepare.StepAdded:
			sign := "−"
			if st.Direction == prepare.Up {
				sign = "+"
			}
			p.result.Add(wrapped(p.tr.T(msgPrepareAddedStep, "Name", name, "Fig", sign+fig)))
		default:
			p.result.Add(container.NewVBox(wrapped(name), p.prose(p.set.Texts[string(st.Kind)])))
		}
	}
	if res.PleaCap > 0 {
		p.result.Add(wrapped(p.tr.T(msgPrepareCap, "Cap", res.PleaCap)))
	}
	if c := p.set.Crime(in.Crime); c != nil && c.Note != "" {
		p.result.Add(p.prose(c.Note))
	}
	for _, key := range []string{"several-first", "unchecked", "not-shown", "minimum"} {
		if (key == "several-first" && !res.SeveralFirst) || (key == "unchecked" && !res.Unchecked) || (key == "not-shown" && res.PleaCap == 0) {
			continue
		}
		p.result.Add(p.prose(p.set.Texts[key]))
	}
	caption := p.prose(p.set.Texts["caption"])
	p.result.Add(container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground)), container.NewPadded(caption)))
	p.result.Refresh()
}

// illustrationInput is the illustration as worked out: every circumstance marked
// "applies" that the guidance gives a percentage for (prepare.Workspace.MarkedInput).
func (p *prepareScreen) illustrationInput() prepare.Input { return p.ws.MarkedInput(p.set) }

func (p *prepareScreen) errorText(err error, in prepare.Input) string {
	var ie *prepare.InputError
	if !errors.As(err, &ie) {
		return err.Error()
	}
	name := ""
	if c := p.set.Circumstance(ie.ID); c != nil {
		name = c.Name
	}
	if name == "" && strings.HasPrefix(ie.Field, "circumstances[") {
		var i int
		if _, e := fmt.Sscanf(ie.Field, "circumstances[%d]", &i); e == nil && i < len(in.Figures) {
			if c := p.set.Circumstance(in.Figures[i].ID); c != nil {
				name = c.Name
			}
		}
	}
	switch ie.Code {
	case prepare.ErrBaseZero, prepare.ErrBaseNegative, prepare.ErrBaseTooLong:
		return p.tr.T(msgPrepareErrBase, "Max", prepare.MaxBaseMonths)
	case prepare.ErrNoCrime, prepare.ErrUnknownCrime, prepare.ErrNotCovered:
		return p.tr.T(msgPrepareErrCrime)
	case prepare.ErrNegative:
		return p.tr.T(msgPrepareErrNegative, "Name", name)
	case prepare.ErrOrder:
		return p.tr.T(msgPrepareErrOrder, "Name", name)
	case prepare.ErrBeyondBand:
		return p.tr.T(msgPrepareErrBand, "Name", name, "Min", ie.Min, "Max", ie.Max)
	case prepare.ErrBeyondLimit:
		return p.tr.T(msgPrepareErrLimit, "Name", name, "Max", ie.Max)
	case prepare.ErrGroup:
		other := ""
		if c := p.set.Circumstance(ie.ID); c != nil {
			other = c.Name
		}
		this := ""
		var i int
		if _, e := fmt.Sscanf(ie.Field, "circumstances[%d]", &i); e == nil && i < len(in.Figures) {
			if c := p.set.Circumstance(in.Figures[i].ID); c != nil {
				this = c.Name
			}
		}
		return p.tr.T(msgPrepareErrGroup, "Name", this, "Other", other)
	case prepare.ErrNotForCrime:
		return p.tr.T(msgPrepareErrNotFor, "Name", name)
	case prepare.ErrNoPercentage:
		return p.tr.T(msgPrepareErrNoPct, "Name", name)
	case prepare.ErrBelowZero:
		return p.tr.T(msgPrepareErrZero)
	}
	return p.tr.T(msgPrepareBadNumber)
}

// barLabels are the scale labels of the bar: the base sentence, and the low and high end
// of the illustrated range, in months with one decimal at most.
func (p *prepareScreen) barLabels(res prepare.Result) [3]string {
	months := func(m float64) string {
		return p.tr.T(msgPrepareBarMonths, "N", strings.TrimSuffix(strconv.FormatFloat(m, 'f', 1, 64), ".0"))
	}
	return [3]string{p.tr.T(msgPrepareBarBase, "N", res.BaseMonths), months(res.Low), months(res.High)}
}

// sentenceBar draws the base sentence as a full bar and the illustrated range on it: solid
// up to the low end, lighter from the low to the high end, on a scale in months: the base
// sentence named above its end; 0, the low and the high end below.
type sentenceBar struct {
	widget.BaseWidget
	res    prepare.Result
	labels [3]string // base, low, high
}

func newSentenceBar(r prepare.Result, labels [3]string) *sentenceBar {
	b := &sentenceBar{res: r, labels: labels}
	b.ExtendBaseWidget(b)
	return b
}

func (b *sentenceBar) CreateRenderer() fyne.WidgetRenderer {
	base := canvas.NewRectangle(color.Transparent)
	base.StrokeColor = theme.Color(theme.ColorNameForeground)
	base.StrokeWidth = 1
	solid := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	light := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	r := &barRenderer{b: b, base: base, solid: solid, light: light}
	for i, s := range []string{b.labels[0], "0", b.labels[1], b.labels[2]} {
		r.texts[i] = canvas.NewText(s, theme.Color(theme.ColorNameForeground))
		r.texts[i].TextStyle.Bold = i != 1
		r.ticks[i] = canvas.NewLine(theme.Color(theme.ColorNameForeground))
	}
	r.applyTheme()
	return r
}

type barRenderer struct {
	b                  *sentenceBar
	base, solid, light *canvas.Rectangle
	texts              [4]*canvas.Text // base, 0, low, high
	ticks              [4]*canvas.Line // at the base's end, 0, low, high
}

// barHeight is the height of the bar itself, between its labels.
func (r *barRenderer) barHeight() float32 { return theme.SizeForWidget(theme.SizeNameText, r.b) * 2 }

func (r *barRenderer) Layout(s fyne.Size) {
	top := max(float64(r.b.res.BaseMonths), r.b.res.High)
	if top <= 0 {
		return
	}
	w := float64(s.Width)
	x := func(m float64) float32 { return float32(m / top * w) }
	th := r.texts[0].MinSize().Height
	bh := r.barHeight()
	y := th + 2
	r.base.Move(fyne.NewPos(0, y))
	r.base.Resize(fyne.NewSize(x(float64(r.b.res.BaseMonths)), bh))
	r.solid.Move(fyne.NewPos(0, y))
	r.solid.Resize(fyne.NewSize(x(r.b.res.Low), bh))
	r.light.Move(fyne.NewPos(x(r.b.res.Low), y))
	r.light.Resize(fyne.NewSize(max(x(r.b.res.High)-x(r.b.res.Low), 2), bh))
	place := func(t *canvas.Text, at, y, left float32) float32 {
		tw := t.MinSize().Width
		l := max(left, min(at-tw/2, s.Width-tw))
		t.Move(fyne.NewPos(l, y))
		t.Resize(t.MinSize())
		return l + tw
	}
	tick := func(l *canvas.Line, at, y1, y2 float32) {
		l.Position1, l.Position2 = fyne.NewPos(at, y1), fyne.NewPos(at, y2)
	}
	// the base sentence above the end of its bar
	place(r.texts[0], x(float64(r.b.res.BaseMonths)), 0, 0)
	tick(r.ticks[0], x(float64(r.b.res.BaseMonths)), y-2, y)
	below := y + bh + 4
	gap := r.texts[1].TextSize // between two labels, so they read as two
	end := place(r.texts[1], 0, below, 0)
	tick(r.ticks[1], 0, y+bh, below)
	end = place(r.texts[2], x(r.b.res.Low), below, end+gap)
	tick(r.ticks[2], x(r.b.res.Low), y+bh, below)
	// the high end beside the low one, or a line lower where there is no room
	hy := below
	if hw := r.texts[3].MinSize().Width; max(end+gap, x(r.b.res.High)-hw/2)+hw > s.Width {
		hy, end = below+th, 0
	}
	place(r.texts[3], x(r.b.res.High), hy, end+gap)
	tick(r.ticks[3], x(r.b.res.High), y+bh, hy)
}

// MinSize leaves room for a line of labels above the bar and two below (the high end
// goes on the second when it does not fit beside the low one).
func (r *barRenderer) MinSize() fyne.Size {
	th := r.texts[0].MinSize().Height
	w := r.texts[1].MinSize().Width + r.texts[2].MinSize().Width + 2*r.texts[1].TextSize
	return fyne.NewSize(max(120, w, r.texts[0].MinSize().Width), th*3+r.barHeight()+6)
}

func (r *barRenderer) Refresh() {
	r.applyTheme()
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

// applyTheme takes the colours and the caption size from the theme, so the bar follows
// the light, dark and high-contrast looks and the text size.
func (r *barRenderer) applyTheme() {
	fg := theme.ColorForWidget(theme.ColorNameForeground, r.b)
	r.solid.FillColor = theme.ColorForWidget(theme.ColorNamePrimary, r.b)
	r.light.FillColor = theme.ColorForWidget(theme.ColorNameSelection, r.b)
	r.base.StrokeColor = fg
	size := theme.SizeForWidget(theme.SizeNameCaptionText, r.b)
	for i := range r.texts {
		r.texts[i].Color, r.texts[i].TextSize = fg, size
		r.ticks[i].StrokeColor, r.ticks[i].StrokeWidth = fg, 1
	}
}

func (r *barRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.light, r.solid, r.base}
	for i := range r.texts {
		objs = append(objs, r.ticks[i], r.texts[i])
	}
	return objs
}
func (r *barRenderer) Destroy() {}

// ---- 4. views, 5. before signing

func (p *prepareScreen) buildViews() fyne.CanvasObject {
	v := &p.ws.Views
	text := func(hint *i18n.Message, val string, dst *string) *entry {
		e := p.fields.newMultiLineEntry()
		e.SetMinRowsVisible(2)
		e.SetPlaceHolder(p.tr.T(hint))
		e.SetText(val)
		e.OnChanged = func(s string) { *dst = s; p.save() }
		return e
	}
	p.accept = text(msgPrepareAccept, v.Accept, &v.Accept)
	p.other = text(msgPrepareOther, v.Other, &v.Other)
	p.why = text(msgPrepareWhy, v.Why, &v.Why)
	asks := container.NewVBox(wrapped(p.tr.T(msgPrepareAsks)))
	labels := map[string]*i18n.Message{"lower-term": msgPrepareAskLower, "probation": msgPrepareAskProb,
		"non-prosecution": msgPrepareAskNP, "bail": msgPrepareAskBail, "procedure": msgPrepareAskProc}
	for _, a := range prepare.Asks {
		a := a
		c := widget.NewCheck(p.tr.T(labels[a]), nil)
		c.SetChecked(slices.Contains(v.Asks, a))
		c.OnChanged = func(on bool) {
			v.Asks = slices.DeleteFunc(v.Asks, func(x string) bool { return x == a })
			if on {
				v.Asks = append(v.Asks, a)
				slices.SortFunc(v.Asks, func(x, y string) int { return slices.Index(prepare.Asks, x) - slices.Index(prepare.Asks, y) })
			}
			p.save()
		}
		p.asks[a] = c
		asks.Add(c)
	}
	return container.NewVBox(p.prose(p.set.Texts["views"]), p.accept, asks, p.other, p.why)
}

func (p *prepareScreen) buildChecks() fyne.CanvasObject {
	box := container.NewVBox()
	labels := []string{p.tr.T(msgPrepareYes), p.tr.T(msgPrepareNot)}
	values := []prepare.Answer{prepare.Yes, prepare.No}
	for _, ch := range p.set.Checks {
		ch := ch
		r := &checkRow{id: ch.ID, answer: widget.NewRadioGroup(labels, nil)}
		r.answer.Horizontal = true
		warning := container.NewVBox(p.prose(p.set.Texts["warning"]))
		r.warning = warning
		if k := slices.Index(values, p.ws.Checks[ch.ID]); k >= 0 {
			r.answer.SetSelected(labels[k])
		}
		if p.ws.Checks[ch.ID] != prepare.No {
			warning.Hide()
		}
		r.answer.OnChanged = func(s string) {
			if p.ws.Checks == nil {
				p.ws.Checks = map[string]prepare.Answer{}
			}
			delete(p.ws.Checks, ch.ID)
			if k := slices.Index(labels, s); k >= 0 {
				p.ws.Checks[ch.ID] = values[k]
			}
			if p.ws.Checks[ch.ID] == prepare.No {
				warning.Show()
			} else {
				warning.Hide()
			}
			p.save()
		}
		more := newButtonWithIcon(p.tr.T(msgPrepareReadMore), theme.InfoIcon(), func() { p.nav.openTopic(ch.Topic) })
		more.Importance = widget.LowImportance
		p.checks = append(p.checks, r)
		box.Add(container.NewVBox(p.prose(ch.Text), r.answer, warning, container.NewHBox(more)))
		box.Add(widget.NewSeparator())
	}
	return box
}
