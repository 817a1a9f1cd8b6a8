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
	free, reads := freeHelp(e, true)
	s.reads = reads
	box.Add(card(e.tr.T(msgHelpFreeHeading), free))
	s.content = newVScroll(container.NewPadded(box))
	return s
}

// freeHelp is the free help for the chosen jurisdiction, for Home and Help: for mainland
// China the 12348 hotline and legal aid (with the duty lawyer when full is set), for
// another jurisdiction a pointer to its pack's page on getting a lawyer, since 12348 and
// mainland legal aid do not serve a case there. It returns the "Read more" buttons in
// order.
func freeHelp(e *env, full bool) (*fyne.Container, []*button) {
	box := container.NewVBox()
	var reads []*button
	// read adds a "Read more" button for topic id, labelled by label(its title), when the
	// content has the topic
	read := func(id string, label func(title string) string) {
		t, err := e.lib.Topic(id, e.lang)
		if err != nil {
			return
		}
		b := newButtonWithIcon(label(t.Title), theme.DocumentIcon(), func() { e.nav.openTopic(id) }).wrapping()
		reads = append(reads, b)
		box.Add(b)
	}
	if e.pack != "" && e.pack != defaultJurisdiction {
		box.Add(wrapped(e.tr.T(msgHelpOtherPlace)))
		read(e.pack+"-getting-a-lawyer", func(title string) string { return e.tr.T(msgHelpReadTopic, "Title", title) })
		return box, reads
	}
	box.Add(wrapped(e.tr.T(msgHomeHelp12348)))
	if full {
		box.Add(wrapped(e.tr.T(msgHelpDutyLawyer)))
	}
	box.Add(wrapped(e.tr.T(msgHomeHelpLegalAid)))
	box.Add(widget.NewLabel(e.tr.T(msgHomeChecked, "Date", e.tr.date(homeChecked))))
	if full {
		for _, t := range helpTopics {
			read(t.id, func(string) string { return e.tr.T(t.msg) })
		}
	}
	return box, reads
}
