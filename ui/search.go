package ui

import (
	"image/color"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/textindex"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// searchLimit is how many hits are fetched; the count shown is the real total.
const searchLimit = 60

// groupShown is how many hits of a group are shown before "Show all".
const groupShown = 4

// searchScreen searches the guide as the reader types and shows the answer first: the
// passage that answers as a card (the sentence or two, its section and its source), then
// other passages, topics, glossary words and questions for the lawyer, each in its own
// group, so that a definition never pushes the answer out of view.
type searchScreen struct {
	*env
	content fyne.CanvasObject
	entry   *entry
	status  *flow.Text
	results *fyne.Container
	scroll  *scroller

	query string
	lang  guidance.Lang // the language searched: the content language, or the other one offered
	res   guidance.Results
	hits  []guidance.Hit
	cards []*hitCard // every hit shown, in order: tests tap them, Tab reaches them
	other *widget.Button

	onQueryChanged func(string)
}

func newSearchScreen(e *env) *searchScreen {
	s := &searchScreen{env: e, lang: e.lang}
	s.entry = e.fields.newEntry()
	s.entry.SetPlaceHolder(e.tr.T(msgSearchPlaceholder))
	s.entry.OnChanged = s.onQuery
	s.entry.OnSubmitted = s.onQuery
	s.status = wrapped(e.tr.T(msgSearchHint))
	s.results = container.NewVBox()
	top := container.NewVBox(s.entry, s.status)
	s.scroll = newVScroll(container.NewPadded(s.results))
	s.content = withNotice(e, container.NewBorder(container.NewPadded(top), nil, nil, nil, s.scroll))
	return s
}

func (s *searchScreen) kindName(k guidance.Kind) string {
	switch k {
	case guidance.KindTerm:
		return s.tr.T(msgKindTerm)
	case guidance.KindQuestion:
		return s.tr.T(msgKindQuestion)
	case guidance.KindPassage:
		return s.tr.T(msgSearchKindAnswer)
	default:
		return s.tr.T(msgKindTopic)
	}
}

func kindIcon(k guidance.Kind) fyne.Resource {
	switch k {
	case guidance.KindTerm:
		return theme.ListIcon()
	case guidance.KindQuestion:
		return theme.QuestionIcon()
	default:
		return theme.DocumentIcon()
	}
}

// onQuery searches the content language for what was typed.
func (s *searchScreen) onQuery(text string) {
	if s.onQueryChanged != nil {
		s.onQueryChanged(text)
	}
	s.query = text
	s.show(s.env.lang)
}

// show searches lang for the current query and lays out the results.
func (s *searchScreen) show(lang guidance.Lang) {
	s.lang = lang
	s.results.Objects = nil
	s.cards, s.hits, s.other = nil, nil, nil
	text := s.query
	res, err := s.lib.Search(text, lang, searchLimit)
	if err != nil {
		fyne.LogError("search", err) // the error never holds the query
	}
	s.res, s.hits = res, res.Hits
	blank := strings.TrimSpace(text) == ""
	status := ""
	switch {
	case blank:
		status = s.tr.T(msgSearchHint)
	case len(res.Hits) == 0 && !hasWords(text):
		status = s.tr.T(msgSearchNoWords)
	case len(res.Hits) == 0:
		status = s.tr.T(msgSearchNone, "Query", ellipsis(text, 40))
	default:
		status = s.tr.N(msgSearchCount, res.Total)
	}
	if utf8.RuneCountInString(text) > textindex.MaxQuery {
		status += " " + s.tr.T(msgSearchCut)
	}
	s.status.SetText(status)
	if lang != s.env.lang {
		s.results.Add(s.backButton())
	}
	if res.Other != "" {
		s.other = widget.NewButtonWithIcon(s.tr.T(msgSearchOther, "Lang", languageNames[res.Other], "Count", res.OtherTotal),
			theme.NavigateNextIcon(), func() { s.show(res.Other) })
		s.results.Add(s.other)
	}
	if !blank && len(res.Hits) == 0 {
		s.results.Add(wrapped(s.tr.T(msgSearchHotline)))
	}
	s.layoutHits(res)
	s.results.Refresh()
	s.scroll.ScrollToTop()
}

// layoutHits puts the answer card first, then the groups.
func (s *searchScreen) layoutHits(res guidance.Results) {
	if len(res.Hits) == 0 {
		return
	}
	groups := map[guidance.Kind][]guidance.Hit{}
	for _, h := range res.Hits {
		groups[h.Kind] = append(groups[h.Kind], h)
	}
	passages := groups[guidance.KindPassage]
	if answer, ok := res.Answer(); ok {
		s.results.Add(s.answerCard(answer))
		passages = passages[1:]
		s.group(msgSearchMore, passages)
		s.group(msgSearchTopics, groups[guidance.KindTopic])
	} else {
		// nothing answers well: the closest topics first, and where to ask
		note := wrapped(s.tr.T(msgSearchNoAnswer))
		note.SetBold(true)
		s.results.Add(note)
		s.group(msgSearchTopics, groups[guidance.KindTopic])
		s.results.Add(wrapped(s.tr.T(msgSearchHotline)))
		s.group(msgSearchMore, passages)
	}
	s.group(msgSearchWords, groups[guidance.KindTerm])
	s.group(msgSearchQuestions, groups[guidance.KindQuestion])
}

// answerCard shows the passage that answers: the sentence or two, where it is, its source.
func (s *searchScreen) answerCard(h guidance.Hit) fyne.CanvasObject {
	label := flow.New([]flow.Span{{Text: s.tr.T(msgSearchAnswer)}}, nil)
	label.SetColor(theme.ColorNamePrimary)
	label.SetBold(true)
	answer := flow.New(markedSpans(h.Answer, s.res.Words), nil)
	answer.SetSize(theme.SizeNameSubHeadingText)
	where := wrapped(place(h))
	where.SetBold(true)
	box := container.NewVBox(label, answer, where)
	if len(h.Sources) > 0 {
		cites, err := s.lib.Citations(h.Sources[:1], s.lang)
		if err != nil {
			fyne.LogError("citation for a search answer", err)
		}
		if len(cites) > 0 {
			src := wrapped(s.tr.T(msgSearchSource, "Citation", cites[0].From(s.pack).Text))
			src.SetColor(theme.ColorNamePlaceHolder)
			box.Add(src)
		}
	}
	open := flow.New([]flow.Span{{Text: s.tr.T(msgSearchOpen) + " →"}}, nil)
	open.SetColor(theme.ColorNameHyperlink)
	box.Add(open)
	card := newHitCard(box, func() { s.openHit(h) }, true)
	s.cards = append(s.cards, card)
	return card
}

// group adds a heading and the first hits of one kind, with "Show all" for the rest.
func (s *searchScreen) group(title *i18n.Message, hits []guidance.Hit) {
	if len(hits) == 0 {
		return
	}
	head := flow.New([]flow.Span{{Text: s.tr.T(title)}}, nil)
	head.SetSize(theme.SizeNameSubHeadingText)
	head.SetBold(true)
	s.results.Add(head)
	box := container.NewVBox()
	s.results.Add(box)
	add := func(list []guidance.Hit) {
		for _, h := range list {
			box.Add(s.hitRow(h))
		}
	}
	add(hits[:min(groupShown, len(hits))])
	if len(hits) > groupShown {
		var more *widget.Button
		more = widget.NewButton(s.tr.T(msgSearchShowAll, "Count", len(hits)), func() {
			box.Remove(more)
			add(hits[groupShown:])
		})
		box.Add(more)
	}
}

// hitRow is one hit in a group: its title (or section), its kind and a snippet.
func (s *searchScreen) hitRow(h guidance.Hit) fyne.CanvasObject {
	title := flow.New([]flow.Span{{Text: place(h)}}, nil)
	title.SetBold(true)
	title.SetColor(theme.ColorNameHyperlink)
	kind := flow.New([]flow.Span{{Text: s.kindName(h.Kind), Italic: true}}, nil)
	kind.SetColor(theme.ColorNamePlaceHolder)
	text := h.Snippet
	if h.Kind == guidance.KindPassage && h.Answer != "" {
		text = h.Answer
	}
	head := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(kindIcon(h.Kind))), nil, title)
	card := newHitCard(container.NewVBox(head, kind, flow.New(markedSpans(text, s.res.Words), nil)), func() { s.openHit(h) }, false)
	s.cards = append(s.cards, card)
	return card
}

// place names where a hit is: a passage as "topic › section".
func place(h guidance.Hit) string {
	if h.Kind == guidance.KindPassage && h.Heading != "" {
		return h.Title + " › " + h.Heading
	}
	return h.Title
}

func (s *searchScreen) backButton() fyne.CanvasObject {
	return widget.NewButtonWithIcon(s.tr.T(msgSearchBack, "Lang", languageNames[s.env.lang]), theme.NavigateBackIcon(), func() { s.show(s.env.lang) })
}

func (s *searchScreen) openHit(h guidance.Hit) {
	switch h.Kind {
	case guidance.KindTerm:
		s.nav.showTerm(h.ID)
	case guidance.KindQuestion:
		s.nav.showQuestion(h.ID)
	case guidance.KindPassage:
		s.nav.openPassage(h.ID, s.lang, h.Section, s.res.Words)
	default:
		s.nav.openPassage(h.ID, s.lang, -1, nil)
	}
}

// markedSpans is text as spans with the words marked.
func markedSpans(text string, words []string) []flow.Span {
	spans, _ := flow.MarkSpans([]flow.Span{{Text: text}}, words)
	return spans
}

// hasWords reports whether text holds any letter or digit to search for.
func hasWords(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// ellipsis cuts text to n runes for showing it back to the reader.
func ellipsis(text string, n int) string {
	if r := []rune(strings.TrimSpace(text)); len(r) > n {
		return string(r[:n]) + "…"
	}
	return strings.TrimSpace(text)
}

// hitCard is one search result: a block the reader taps, or reaches with Tab and opens
// with Enter or Space. The answer card is drawn with a border of the primary colour.
type hitCard struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
	answer  bool
	focused bool
	frame   *canvas.Rectangle
}

func newHitCard(content fyne.CanvasObject, onTap func(), answer bool) *hitCard {
	c := &hitCard{content: content, onTap: onTap, answer: answer}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer draws the content inside a frame that shows focus.
func (c *hitCard) CreateRenderer() fyne.WidgetRenderer {
	c.frame = canvas.NewRectangle(color.Transparent)
	c.frame.CornerRadius = theme.InputRadiusSize()
	c.style()
	return widget.NewSimpleRenderer(container.NewStack(c.frame, container.NewPadded(c.content)))
}

func (c *hitCard) style() {
	if c.frame == nil {
		return
	}
	c.frame.StrokeWidth, c.frame.StrokeColor, c.frame.FillColor = 0, color.Transparent, color.Transparent
	if c.answer {
		c.frame.StrokeWidth = 2
		c.frame.StrokeColor = theme.ColorForWidget(theme.ColorNamePrimary, c)
		c.frame.FillColor = theme.ColorForWidget(theme.ColorNameInputBackground, c)
	}
	if c.focused {
		c.frame.StrokeWidth = 3
		c.frame.StrokeColor = theme.ColorForWidget(theme.ColorNameFocus, c)
	}
	c.frame.Refresh()
}

// Refresh restyles the frame, for a theme change.
func (c *hitCard) Refresh() {
	c.style()
	c.BaseWidget.Refresh()
}

// Tapped opens the hit.
func (c *hitCard) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

// Cursor shows a pointing hand: the card opens when clicked.
func (c *hitCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// FocusGained shows the focus frame.
func (c *hitCard) FocusGained() { c.focused = true; c.style() }

// FocusLost hides the focus frame.
func (c *hitCard) FocusLost() { c.focused = false; c.style() }

// TypedRune ignores typed characters.
func (c *hitCard) TypedRune(rune) {}

// TypedKey opens the hit on Enter or Space.
func (c *hitCard) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		c.Tapped(nil)
	}
}
