package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// homeChecked is when the facts on Home (12348, legal aid) were last checked.
const homeChecked = "2026-11-25"

// homeScreen says what the app is, that it is not legal advice, and where free help is.
type homeScreen struct {
	content fyne.CanvasObject
	notices []*flowText
}

func newHomeScreen(e *env, notices []Notice, clinic, situation, cases fyne.CanvasObject) *homeScreen {
	s := &homeScreen{}
	box := container.NewVBox()
	for _, n := range notices {
		l := wrapped(noticeText(e.tr, n))
		l.color = theme.ColorNameWarning
		s.notices = append(s.notices, l)
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l))
	}
	if clinic != nil {
		box.Add(clinic)
	}
	box.Add(heading(e.tr.T(msgHomeHeading)))
	box.Add(wrapped(e.tr.T(msgHomeIntro)))
	help := container.NewVBox(
		wrapped(e.tr.T(msgHomeHelp12348)),
		wrapped(e.tr.T(msgHomeHelpLegalAid)),
		widget.NewLabel(e.tr.T(msgHomeChecked, "Date", homeChecked)),
	)
	if situation != nil {
		box.Add(situation)
	}
	box.Add(widget.NewCard(e.tr.T(msgHomeHelpHeading), "", help))
	if cases != nil {
		box.Add(cases)
	}
	box.Add(container.NewVBox(
		widget.NewButtonWithIcon(e.tr.T(msgHomeOpenLibrary), theme.DocumentIcon(), func() { e.nav.selectTab(tabLibrary) }),
		widget.NewButtonWithIcon(e.tr.T(msgHomeOpenSearch), theme.SearchIcon(), func() { e.nav.selectTab(tabSearch) }),
	))
	s.content = container.NewVScroll(container.NewPadded(box))
	return s
}

func noticeText(tr *translator, n Notice) string {
	switch n.Kind {
	case NoticeDamagedDB:
		return tr.T(msgNoticeDamagedDB, "Path", n.Path)
	case NoticeNewerDB:
		return tr.T(msgNoticeNewerDB)
	case NoticeNoStore:
		return tr.T(msgNoticeNoStore, "Path", n.Path)
	case NoticeContentRejected:
		return tr.T(msgNoticeContentRejected)
	default:
		return tr.T(msgNoticeContentMissing)
	}
}
