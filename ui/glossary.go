package ui

import (
	"sort"
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
	s.content = withNotice(e, container.NewBorder(container.NewPadded(s.filter), nil, nil, nil, newVScroll(s.list)))
	s.onFilter("")
	return s
}

// termRank says how well a term matches q: 0 the word itself (or one of its other
// names), 1 a word that starts with q, 2 a word that holds q, 3 only its definition;
// -1 no match. The filter lists better matches first, so typing 认罪 shows 认罪 before
// the terms whose definitions mention it.
func termRank(t guidance.Term, q string) int {
	if q == "" {
		return 0
	}
	best := -1
	for _, name := range append([]string{t.Term}, t.Also...) {
		n := strings.ToLower(name)
		r := -1
		switch {
		case n == q:
			r = 0
		case strings.HasPrefix(n, q):
			r = 1
		case strings.Contains(n, q):
			r = 2
		}
		if r >= 0 && (best < 0 || r < best) {
			best = r
		}
	}
	if best < 0 && strings.Contains(strings.ToLower(t.Definition), q) {
		best = 3
	}
	return best
}

func (s *glossaryScreen) onFilter(text string) {
	q := strings.ToLower(strings.TrimSpace(text))
	s.list.Objects = nil
	s.shown = nil
	s.more = map[string]*button{}
	var matched []guidance.Term
	var ranks []int
	for _, t := range s.terms {
		if r := termRank(t, q); r >= 0 {
			matched = append(matched, t)
			ranks = append(ranks, r)
		}
	}
	order := make([]int, len(matched))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ranks[order[a]] < ranks[order[b]] })
	for _, i := range order {
		t := matched[i]
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
