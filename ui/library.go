package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// libraryScreen lists topics by category and shows one topic: its text with tappable
// glossary terms, its sources with their last-checked dates, and previous/next.
type libraryScreen struct {
	*env
	content    fyne.CanvasObject
	topics     []guidance.Topic
	topicLinks map[string]*flow.Text
	topicIcons map[string]*widget.Icon
	pane       *fyne.Container
	scroll     *scroller

	// the open topic
	current     string
	currentPack string // its pack: a citation of another pack's source names that jurisdiction
	body        *prose
	prev        *button
	next        *button
	listen      *listenControl // nil when nothing can read aloud

	onOpened func(id string)
	// ticks are the boxes ticked in checklist topics: in the open case file, or in memory
	// when none is open (nothing a family enters is written to disk outside a case file)
	ticks tickStore
}

// tickStore reads and records checklist ticks.
type tickStore struct {
	get func(topic string) []bool
	set func(topic string, i int, on bool)
}

func newLibraryScreen(e *env, categories map[string]map[guidance.Lang]string, ticks tickStore) *libraryScreen {
	s := &libraryScreen{env: e, topicLinks: map[string]*flow.Text{}, topicIcons: map[string]*widget.Icon{}, ticks: ticks}
	topics, err := e.lib.Topics(e.lang)
	if err != nil {
		fyne.LogError("list topics", err)
	}
	s.topics = topics
	list := container.NewVBox()
	if len(topics) == 0 {
		list.Add(wrapped(e.tr.T(msgLibraryEmpty)))
	}
	lastCat := "\x00"
	for _, t := range topics {
		if t.Category != lastCat {
			lastCat = t.Category
			name := wrapped(categoryName(categories[t.Pack+"/"+t.Category], e.lang))
			name.SetColor(theme.ColorNamePrimary)
			name.SetSize(theme.SizeNameSubHeadingText)
			name.SetBold(true)
			list.Add(name)
		}
		link := flow.NewLink(t.Title, func() { s.open(t.ID) })
		icon := widget.NewIcon(theme.DocumentIcon())
		s.topicLinks[t.ID], s.topicIcons[t.ID] = link, icon
		// 44 high at least, the whole row the link's target (WCAG 2.2 target size)
		list.Add(container.NewStack(minHeight(minTarget), container.NewBorder(nil, nil, container.NewCenter(icon), nil, link)))
	}
	s.pane = container.NewVBox(wrapped(e.tr.T(msgLibraryPick)))
	s.scroll = newVScroll(container.NewPadded(s.pane))
	split := container.NewHSplit(newVScroll(list), s.scroll)
	split.Offset = 0.3
	s.content = split
	return s
}

// categoryName is a category's name in lang, or in English when it has none in lang.
func categoryName(names map[guidance.Lang]string, lang guidance.Lang) string {
	if n := names[lang]; n != "" {
		return n
	}
	return names[guidance.LangEn]
}

func (s *libraryScreen) index(id string) int {
	for i, t := range s.topics {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// open shows topic id.
func (s *libraryScreen) open(id string) { s.openAt(id, s.lang, -1, nil) }

// openAt shows topic id in lang scrolled to section (0 before the first heading, -1 the
// top), with words highlighted in that section: search takes the reader to the passage
// that answers.
func (s *libraryScreen) openAt(id string, lang guidance.Lang, section int, words []string) {
	t, err := s.lib.Topic(id, lang)
	if err != nil {
		fyne.LogError("open topic "+id, err)
		return
	}
	if old := s.topicLinks[s.current]; old != nil {
		old.SetBold(false)
		s.topicIcons[s.current].SetResource(theme.DocumentIcon())
	}
	s.current, s.currentPack = id, t.Pack
	if l := s.topicLinks[id]; l != nil {
		l.SetBold(true)
		s.topicIcons[id].SetResource(theme.NavigateNextIcon())
	}
	objs := []fyne.CanvasObject{heading(t.Title)}
	shown := *s.env
	shown.lang, shown.converted = lang, lang == s.lang && s.converted
	if note := contentNotice(&shown); note != nil {
		objs = append(objs, note)
	}
	sum := flow.New([]flow.Span{{Text: t.Summary, Italic: true}}, nil)
	var list *checklist
	if t.Checklist {
		list = &checklist{ticked: s.ticks.get(id), onChanged: func(i int, on bool) { s.ticks.set(id, i, on) }}
		hint := wrapped(s.tr.T(msgChecklistHint))
		hint.SetColor(theme.ColorNamePrimary)
		objs = append(objs, hint)
	}
	s.body = renderProse(t.Body, s.onLink, list)
	objs = append(objs, sum, s.body.content, widget.NewSeparator())
	title, body := objs[0], s.body.content
	if s.listen = s.listener.control(s.tr, lang, func() []fyne.CanvasObject { return []fyne.CanvasObject{title, sum, body} }); s.listen != nil {
		objs = append(objs[:1], append([]fyne.CanvasObject{s.listen.content}, objs[1:]...)...)
		s.listen.scroll = &s.scroll.Scroll
	}

	objs = append(objs, widget.NewLabelWithStyle(s.tr.T(msgLibrarySources), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	cites, err := s.lib.Citations(t.Sources, lang)
	if err != nil {
		fyne.LogError("citations for "+id, err)
	}
	cites = guidance.CitedFrom(t.Pack, cites)
	for _, c := range cites {
		objs = append(objs, wrapped("• "+s.tr.T(msgLibrarySource, "Citation", c.Text, "Version", s.tr.date(c.Version), "Checked", s.tr.date(c.Checked))))
	}
	objs = append(objs,
		widget.NewLabelWithStyle(s.tr.T(msgLibraryLastChecked, "Date", s.tr.date(t.Checked)), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		wrapped(s.tr.T(msgLibraryNotAdvice)),
	)

	// Previous and Next say which topic they open; they are stacked and wrap, so a long
	// title never widens the window
	i := s.index(id)
	s.prev = newButtonWithIcon(s.tr.T(msgLibraryPrevious), theme.NavigateBackIcon(), func() { s.open(s.topics[i-1].ID) }).wrapping()
	s.next = newButtonWithIcon(s.tr.T(msgLibraryNext), theme.NavigateNextIcon(), func() { s.open(s.topics[i+1].ID) }).wrapping()
	if i > 0 {
		s.prev.SetText(s.tr.T(msgLibraryPrevTopic, "Title", s.topics[i-1].Title))
	} else {
		s.prev.Disable()
	}
	if i >= 0 && i < len(s.topics)-1 {
		s.next.SetText(s.tr.T(msgLibraryNextTopic, "Title", s.topics[i+1].Title))
	} else {
		s.next.Disable()
	}
	objs = append(objs, s.next, s.prev)
	s.pane.Objects = objs
	s.pane.Refresh()
	s.scroll.ScrollToTop()
	if part := s.body.section(section); section >= 0 && len(part) > 0 {
		for _, f := range part {
			f.MarkWords(words)
		}
		s.scrollTo(part[0])
	}
	if s.onOpened != nil {
		s.onOpened(id)
	}
}

// scrollTo scrolls the open topic so that o (a paragraph or heading of its body) is at the
// top of the reading pane. A topic just shown is laid out only when it is first drawn, so
// the scroll is done again once that has happened.
func (s *libraryScreen) scrollTo(o fyne.CanvasObject) {
	do := func() {
		if s.body == nil || s.parentOf(o) == nil {
			return // another topic was opened meanwhile
		}
		s.scroll.Refresh()
		y := float32(0)
		for c := o; c != nil && c != s.scroll.Content; c = s.parentOf(c) {
			y += c.Position().Y
		}
		s.scroll.ScrollToOffset(fyne.NewPos(0, y))
	}
	do()
	s.afterDraw(do)
}

// parentOf finds the container in the reading pane that holds o, or nil.
func (s *libraryScreen) parentOf(o fyne.CanvasObject) fyne.CanvasObject {
	var find func(c fyne.CanvasObject) fyne.CanvasObject
	find = func(c fyne.CanvasObject) fyne.CanvasObject {
		box, ok := c.(*fyne.Container)
		if !ok {
			return nil
		}
		for _, child := range box.Objects {
			if child == o {
				return box
			}
			if p := find(child); p != nil {
				return p
			}
		}
		return nil
	}
	return find(s.scroll.Content)
}

// onLink handles a tapped link in a topic: term: shows the definition, topic: opens the
// topic, src: shows the source.
func (s *libraryScreen) onLink(u *url.URL) {
	switch u.Scheme {
	case "term":
		s.nav.showTerm(u.Opaque)
	case "topic":
		s.nav.openTopic(u.Opaque)
	case "src":
		cites, err := s.lib.Citations([]string{u.Opaque}, s.lang)
		if err != nil || len(cites) == 0 {
			return
		}
		c := cites[0].From(s.currentPack)
		d := dialog.NewCustom(s.tr.T(msgLibrarySources), s.tr.T(msgClose),
			wrapped(s.tr.T(msgLibrarySource, "Citation", c.Text, "Version", s.tr.date(c.Version), "Checked", s.tr.date(c.Checked))), s.win)
		d.Resize(fyne.NewSize(480, 0))
		d.Show()
	}
}

// link finds the first link to dest ("term:x") in the open topic; tests tap it.
func (s *libraryScreen) link(dest string) *flow.Link {
	if s.body == nil {
		return nil
	}
	for _, l := range s.body.links {
		if l.URL().String() == dest {
			return l
		}
	}
	return nil
}
