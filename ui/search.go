package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/ui/flow"
)

const searchLimit = 30

// searchScreen searches topics, glossary terms and questions as the reader types.
type searchScreen struct {
	*env
	content fyne.CanvasObject
	entry   *entry
	status  *flow.Text
	results *fyne.Container
	hits    []guidance.Hit
	titles  []*flow.Text

	onQueryChanged func(string)
}

func newSearchScreen(e *env) *searchScreen {
	s := &searchScreen{env: e}
	s.entry = e.fields.newEntry()
	s.entry.SetPlaceHolder(e.tr.T(msgSearchPlaceholder))
	s.entry.OnChanged = s.onQuery
	s.entry.OnSubmitted = s.onQuery
	s.status = wrapped(e.tr.T(msgSearchHint))
	s.results = container.NewVBox()
	top := container.NewVBox(s.entry, s.status)
	s.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, container.NewVScroll(s.results))
	return s
}

func (s *searchScreen) kindName(k guidance.Kind) string {
	switch k {
	case guidance.KindTerm:
		return s.tr.T(msgKindTerm)
	case guidance.KindQuestion:
		return s.tr.T(msgKindQuestion)
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

func (s *searchScreen) onQuery(text string) {
	if s.onQueryChanged != nil {
		s.onQueryChanged(text)
	}
	s.results.Objects = nil
	s.titles = nil
	s.hits = nil
	res, err := s.lib.Search(text, s.lang, searchLimit)
	hits := res.Hits
	if err != nil {
		fyne.LogError("search", err)
	}
	switch {
	case len(hits) == 0 && strings.TrimSpace(text) != "":
		s.status.SetText(s.tr.T(msgSearchNone, "Query", text))
	case len(hits) == 0:
		s.status.SetText(s.tr.T(msgSearchHint))
	default:
		s.status.SetText(s.tr.N(msgSearchCount, len(hits)))
	}
	s.hits = hits
	for _, h := range hits {
		title := flow.NewLink(h.Title, func() { s.openHit(h) })
		title.SetBold(true)
		s.titles = append(s.titles, title)
		kind := widget.NewLabelWithStyle(s.kindName(h.Kind), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		head := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(kindIcon(h.Kind))), nil, title)
		s.results.Add(container.NewPadded(container.NewVBox(head, kind, wrapped(h.Snippet))))
	}
	s.results.Refresh()
}

func (s *searchScreen) openHit(h guidance.Hit) {
	switch h.Kind {
	case guidance.KindTerm:
		s.nav.showTerm(h.ID)
	case guidance.KindQuestion:
		s.nav.showQuestion(h.ID)
	default:
		s.nav.openTopic(h.ID)
	}
}
