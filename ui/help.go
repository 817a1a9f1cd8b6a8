package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// helpTopics are the library topics Help links to for free help; a topic the content
// lacks is left out.
var helpTopics = []struct {
	id  string
	msg *i18n.Message
}{
	{"duty-lawyer-and-legal-aid", msgHelpReadDutyLawyer},
	{"hiring-a-lawyer", msgHelpReadHiring},
}

// helpScreen is Help (F1, and an entry in the navigation on every screen): how to use the
// app, its keyboard keys, and where to get free help (issue 14 item 13).
type helpScreen struct {
	*env
	content fyne.CanvasObject
	reads   []*button // "Read more" buttons, in order
}

func newHelpScreen(e *env) *helpScreen {
	s := &helpScreen{env: e}
	box := container.NewVBox(heading(e.tr.T(msgHelpHowHeading)))
	for _, m := range []*i18n.Message{msgHelpHowStart, msgHelpHowLibrary, msgHelpHowSearch, msgHelpHowCases, msgHelpHowExit, msgHelpHowNotAdvice} {
		box.Add(wrapped(e.tr.T(m)))
	}
	keys := container.NewVBox()
	for _, m := range []*i18n.Message{msgHelpKeyTab, msgHelpKeyEnter, msgHelpKeyBack, msgHelpKeyFind, msgHelpKeyExit, msgHelpKeyHelp} {
		keys.Add(wrapped(e.tr.T(m)))
	}
	box.Add(card(e.tr.T(msgHelpKeysHeading), keys))
	free := container.NewVBox(
		wrapped(e.tr.T(msgHomeHelp12348)),
		wrapped(e.tr.T(msgHelpDutyLawyer)),
		wrapped(e.tr.T(msgHomeHelpLegalAid)),
		widget.NewLabel(e.tr.T(msgHomeChecked, "Date", e.tr.date(homeChecked))),
	)
	for _, t := range helpTopics {
		if _, err := e.lib.Topic(t.id, e.lang); err != nil {
			continue
		}
		b := newButtonWithIcon(e.tr.T(t.msg), theme.DocumentIcon(), s.onRead(t.id)).wrapping()
		s.reads = append(s.reads, b)
		free.Add(b)
	}
	box.Add(card(e.tr.T(msgHelpFreeHeading), free))
	s.content = newVScroll(container.NewPadded(box))
	return s
}

// onRead opens topic id in the library.
func (s *helpScreen) onRead(id string) func() {
	return func() { s.nav.openTopic(id) }
}
