package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// quickExitShortcut hides everything at once (see session.quickExit).
var quickExitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyX, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}

// entry is a text field that also hears the quick-exit shortcut: Fyne gives a focused
// field every shortcut and does not pass unknown ones on to the window.
type entry struct {
	widget.Entry
	onExit func()
}

// TypedShortcut runs the quick exit for its shortcut and leaves every other one to the
// field.
func (e *entry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.onExit != nil &&
		cs.KeyName == quickExitShortcut.KeyName && cs.Modifier == quickExitShortcut.Modifier {
		e.onExit()
		return
	}
	e.Entry.TypedShortcut(s)
}

func newField(onExit func(), multiLine, password bool) *entry {
	e := &entry{onExit: onExit}
	e.MultiLine = multiLine
	e.Password = password
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// fields makes the app's text fields; each passes the quick-exit shortcut to onExit.
type fields struct{ onExit func() }

// newEntry, newMultiLineEntry and newPasswordEntry make the app's text fields.
func (f *fields) newEntry() *entry          { return newField(f.onExit, false, false) }
func (f *fields) newMultiLineEntry() *entry { return newField(f.onExit, true, false) }
func (f *fields) newPasswordEntry() *entry  { return newField(f.onExit, false, true) }
