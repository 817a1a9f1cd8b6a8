package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// quickExitShortcut hides everything at once (see session.quickExit).
var quickExitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyX, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}

// findShortcut opens Search.
var findShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierControl}

// backShortcut does what Escape does: closes the dialog on top or goes back.
var backShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}

// passesOn says whether a focused widget gives key to the window: Escape closes a dialog
// or goes back and F1 opens Help, wherever the focus is.
func passesOn(key fyne.KeyName) bool { return key == fyne.KeyEscape || key == fyne.KeyF1 }

func isShortcut(s fyne.Shortcut, want *desktop.CustomShortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	return ok && cs.KeyName == want.KeyName && cs.Modifier == want.Modifier
}

// passOn gives a key that a focused widget does not use to the window, as if nothing had
// the focus: Escape closes a dialog or goes back wherever the focus is.
func passOn(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// entry is a text field that also hears the app's own shortcuts (quick exit, find) and
// Escape: Fyne gives a focused field every key and shortcut and passes none on to the
// window.
type entry struct {
	widget.Entry
	onExit, onFind, onBack func()
}

// TypedShortcut runs the quick exit and find for their shortcuts and leaves every other
// one to the field.
func (e *entry) TypedShortcut(s fyne.Shortcut) {
	switch {
	case isShortcut(s, quickExitShortcut) && e.onExit != nil:
		e.onExit()
	case isShortcut(s, findShortcut) && e.onFind != nil:
		e.onFind()
	case isShortcut(s, backShortcut) && e.onBack != nil:
		e.onBack()
	default:
		e.Entry.TypedShortcut(s)
	}
}

// TypedKey passes Escape and F1 on to the window and every other key to the field.
func (e *entry) TypedKey(ev *fyne.KeyEvent) {
	if passesOn(ev.Name) {
		passOn(e, ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// AcceptsTab is false for every field, the notes and answers too: Fyne gives a multi-line
// field every Tab as a tab character, so a reader using the keyboard alone could not
// leave it with Tab or Shift+Tab (WCAG 2.1.2, no keyboard trap). Nothing the app asks for
// needs a tab character.
func (e *entry) AcceptsTab() bool { return false }

func newField(f *fields, multiLine, password bool) *entry {
	e := &entry{onExit: f.onExit, onFind: f.onFind, onBack: f.onBack}
	e.MultiLine = multiLine
	e.Password = password
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// fields makes the app's text fields; each passes the quick-exit shortcut to onExit,
// Ctrl+F to onFind and Alt+Left to onBack.
type fields struct{ onExit, onFind, onBack func() }

// newEntry, newMultiLineEntry and newPasswordEntry make the app's text fields.
func (f *fields) newEntry() *entry          { return newField(f, false, false) }
func (f *fields) newMultiLineEntry() *entry { return newField(f, true, false) }
func (f *fields) newPasswordEntry() *entry  { return newField(f, false, true) }

// labelled shows a field's hint above it, as a line that wraps, instead of inside it: a
// long hint in a one-line field ("Term: months, or years and months (18, or 1 year 6
// months)") was cut off at 200 % text, and a hint inside the field is gone once the
// reader types, leaving the field without a label.
func labelled(e *entry) fyne.CanvasObject {
	hint := wrapped(e.PlaceHolder)
	e.SetPlaceHolder("")
	return container.NewVBox(hint, e)
}
