package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
)

// glossaryScreen lists every term with its plain definition, in the reader's sort order,
// filtered as the reader types.
type glossaryScreen struct {
	*env
	content fyne.CanvasObject
	filter  *entry
	list    *fyne.Container
	terms   []guidance.Term
	shown   []string           // IDs of the terms shown, in order
	more    map[string]*button // "Read more" of the terms shown, by term ID

	onFilterChanged func(string)
}

func newGlossaryScreen(e *env) *glossaryScreen {
	s := &glossaryScreen{env: e}
	terms, err := e.lib.Terms(e.lang)
	if err != nil {
		fyne.LogError("list terms", err)
	}
	s.terms = terms
	s.filter = e.fields.newEntry()
	s.filter.SetPlaceHolder(e.tr.T(msgGlossaryFilter))
	s.filter.OnChanged = s.onFilter
	s.list = container.NewVBox()
	s.content = container.NewBorder(container.NewPadded(s.filter), nil, nil, nil, container.NewVScroll(s.list))
	s.onFilter("")
	return s
}

func matchesTerm(t guidance.Term, q string) bool {
	if q == "" {
		return true
	}
	if strings.Contains(strings.ToLower(t.Term), q) || strings.Contains(strings.ToLower(t.Definition), q) {
		return true
	}
	for _, a := range t.Also {
		if strings.Contains(strings.ToLower(a), q) {
			return true
		}
	}
	return false
}

func (s *glossaryScreen) onFilter(text string) {
	q := strings.ToLower(strings.TrimSpace(text))
	s.list.Objects = nil
	s.shown = nil
	s.more = map[string]*button{}
	for _, t := range s.terms {
		if !matchesTerm(t, q) {
			continue
		}
		s.shown = append(s.shown, t.ID)
		name := subheading(t.Term)
		row := container.NewVBox(name, wrapped(t.Definition))
		if t.Topic != "" {
			more := newButtonWithIcon(s.tr.T(msgTermReadMore), theme.NavigateNextIcon(), func() { s.nav.openTopic(t.Topic) })
			more.Importance = widget.LowImportance
			s.more[t.ID] = more
			row.Add(container.NewHBox(more))
		}
		s.list.Add(container.NewPadded(row))
		s.list.Add(widget.NewSeparator())
	}
	if len(s.shown) == 0 {
		s.list.Add(container.NewPadded(wrapped(s.tr.T(msgGlossaryNone, "Query", text))))
	}
	s.list.Refresh()
	if s.onFilterChanged != nil {
		s.onFilterChanged(text)
	}
}
