package ui

import (
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

// PrefAutoLock is the idle time, in minutes, after which an open case file locks.
const PrefAutoLock = "case.auto-lock-minutes"

// defaultAutoLock is the idle time in minutes when none was chosen.
const defaultAutoLock = 5

var autoLockChoices = []int{1, 2, 5, 10, 15, 30}

// session is the visit: the open case file or guest session, the checklist ticks kept in
// memory when none is open, and the idle watch. It opens, locks, quick-exits and ends
// visits; the shell hears about each through onOpened, onEnded and onHidden. Screens that
// read or change the case file get the session, never the shell.
type session struct {
	app       fyne.App // its clipboard and the auto-lock preference
	vault     *casefile.Vault
	exportDir string
	now       func() time.Time
	win       fyne.Window
	tr        *translator // the current interface language; the shell keeps it up to date

	cur   *casefile.Session
	ticks map[string][]bool // checklist ticks when no case file is open, in memory only
	idle  idleWatch
	// lockedIdle is the idle time after which auto-lock last ended a visit, so that Home
	// can say why the case file closed; 0 once a visit opens or ends otherwise
	lockedIdle time.Duration

	onOpened func() // a case file or guest session was opened
	// askDiscard, when set, is asked before "I'm done" throws away an unsaved visit that
	// holds something; it ends the visit itself (end) or keeps it (keep).
	askDiscard func()
	onEnded    func() // the visit ended: I'm done, auto-lock, or the case file was deleted
	onHidden   func() // quick exit: everything must be hidden at once
}

func newSession(app fyne.App, vault *casefile.Vault, exportDir string, now func() time.Time, win fyne.Window, tr *translator) *session {
	return &session{app: app, vault: vault, exportDir: exportDir, now: now, win: win, tr: tr, ticks: map[string][]bool{}}
}

func (s *session) isOpen() bool        { return s.cur != nil }
func (s *session) guest() bool         { return s.cur != nil && s.cur.Guest() }
func (s *session) meta() casefile.Meta { return s.cur.Meta() }

// data is a copy of the open case file's data (zero when none is open).
func (s *session) data() casefile.Data {
	if s.cur == nil {
		return casefile.Data{}
	}
	return s.cur.Data()
}

// answers are mainland China's walkthrough answers in the open case file.
func (s *session) answers() map[string]string { return s.answersFor(casefile.AnswersPack) }

// answersFor are the open case file's answers to the walkthrough of jurisdiction pack.
func (s *session) answersFor(pack string) map[string]string {
	if s.cur == nil {
		return map[string]string{}
	}
	return s.cur.AnswersFor(pack)
}

// update changes the open case file with fn and saves it (a guest session only keeps it
// in memory). It counts as use for the auto-lock.
func (s *session) update(fn func(*casefile.Data)) error {
	s.touch()
	if s.cur == nil {
		return casefile.ErrLocked
	}
	return s.cur.Update(fn)
}

// open makes c the open case file (or guest session) and shows it.
func (s *session) open(c *casefile.Session) {
	if s.cur != nil && s.cur != c {
		s.lock()
	}
	s.cur = c
	s.lockedIdle = 0
	s.ticks = map[string][]bool{}
	s.touch()
	s.onOpened()
}

// lock locks the open case file and forgets everything a visitor did: ticks, printed
// plans, open dialogs, and app text left on the clipboard.
func (s *session) lock() {
	if s.cur != nil {
		s.clearClipboard(s.cur.Data())
		s.cur.Lock()
		s.cur = nil
	}
	s.ticks = map[string][]bool{}
	s.idle = idleWatch{}
	clearExports(s.exportDir)
	overlays := s.win.Canvas().Overlays()
	for top := overlays.Top(); top != nil; top = overlays.Top() {
		overlays.Remove(top)
	}
}

// close locks the open case file as the app exits (the window is gone: nothing is drawn).
func (s *session) close() {
	if s.cur != nil {
		s.cur.Lock()
		s.cur = nil
	}
	s.ticks = map[string][]bool{}
}

// done ends a visit: locks, clears, and returns to Home. An unsaved visit that holds
// something is not thrown away without asking once: askDiscard decides, and calls end.
func (s *session) done() {
	if s.guest() && !s.cur.Data().Empty() && s.askDiscard != nil {
		s.askDiscard()
		return
	}
	s.end()
}

// end locks, clears and returns to Home without asking.
func (s *session) end() {
	s.lock()
	s.onEnded()
}

// keep moves what an unsaved visit holds into the case file c, just created, and opens it.
func (s *session) keep(c *casefile.Session) error {
	d := s.data()
	if err := c.Update(func(to *casefile.Data) { *to = d }); err != nil {
		c.Lock()
		return err
	}
	s.open(c)
	return nil
}

// quickExit hides everything at once behind a neutral screen and locks the case file.
func (s *session) quickExit() {
	s.lock()
	s.onHidden()
}

// export writes the open case file as one encrypted file.
func (s *session) export(w io.Writer) error {
	if s.cur == nil {
		return casefile.ErrLocked
	}
	return s.cur.Export(w)
}

// deleteCase deletes the open case file for good and ends the visit.
func (s *session) deleteCase() error {
	if s.cur == nil || s.cur.Guest() {
		return casefile.ErrLocked
	}
	id := s.cur.Meta().ID
	s.lock()
	err := s.vault.Delete(id)
	s.onEnded()
	return err
}

// ticksFor reads checklist ticks from the open case file, or from memory when none is open.
func (s *session) ticksFor(topic string) []bool {
	if s.cur != nil {
		return s.cur.Data().Checklist[topic]
	}
	return s.ticks[topic]
}

// setTick records a checklist tick in the open case file (saved unless guest), or in memory.
func (s *session) setTick(topic string, i int, on bool) {
	if s.cur == nil {
		d := casefile.Data{Checklist: s.ticks}
		d.SetTick(topic, i, on)
		s.ticks = d.Checklist
		return
	}
	if err := s.update(func(d *casefile.Data) { d.SetTick(topic, i, on) }); err != nil {
		fyne.LogError("save checklist", err)
	}
}

// clearClipboard empties the clipboard if it holds text the visitor typed in the app.
func (s *session) clearClipboard(d casefile.Data) {
	cb := s.app.Clipboard()
	if cb == nil {
		return
	}
	if c := strings.TrimSpace(cb.Content()); c != "" && d.Mentions(c) {
		cb.SetContent("")
	}
}

// clearExports deletes the printable plans written for the visit (they are plain text).
// The shell also calls it at start and at exit, so a crash leaves nothing for the next
// visitor.
func clearExports(dir string) {
	if dir == "" {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				fyne.LogError("delete export", err)
			}
		}
	}
}

// idleWatch is the auto-lock's state. It is only touched on the main goroutine (the
// ticker's check runs inside fyne.Do), so it needs no lock.
type idleWatch struct {
	last   time.Time
	warned bool
	dlg    dialog.Dialog
	stay   *button // "I'm still here" in the warning
}

// touch counts as use: the idle time starts again.
func (s *session) touch() { s.idle.last = s.now() }

// autoLockAfter is the idle time the user chose in Settings.
func (s *session) autoLockAfter() time.Duration {
	return time.Duration(s.app.Preferences().IntWithFallback(PrefAutoLock, defaultAutoLock)) * time.Minute
}

// checkIdle runs every second: it warns 30 s before the chosen idle time, then locks.
func (s *session) checkIdle(now time.Time) {
	if s.cur == nil {
		return
	}
	idle := now.Sub(s.idle.last)
	limit := s.autoLockAfter()
	switch {
	case idle >= limit:
		s.lockedIdle = limit
		s.done()
	case idle >= limit-30*time.Second && !s.idle.warned:
		s.idle.warned = true
		s.idle.stay = newButton(s.tr.T(msgIdleStay), s.onStay)
		s.idle.stay.Importance = widget.HighImportance
		s.idle.dlg = dialog.NewCustomWithoutButtons(s.tr.T(msgIdleTitle), container.NewVBox(wrapped(s.tr.T(msgIdleWarning)), s.idle.stay), s.win)
		s.idle.dlg.Resize(fyne.NewSize(480, 0)) // wide enough that the sentence is not broken into a column
		s.idle.dlg.Show()
	}
}

// onStay is "I'm still here" in the auto-lock warning.
func (s *session) onStay() {
	s.idle.warned = false
	s.touch()
	s.idle.dlg.Hide()
}

// startTimers starts the once-a-second auto-lock check.
func (s *session) startTimers() (stop func()) {
	t := time.NewTicker(time.Second)
	quit := make(chan struct{})
	go func() {
		for {
			select {
			case <-t.C:
				fyne.Do(func() { s.checkIdle(s.now()) })
			case <-quit:
				t.Stop()
				return
			}
		}
	}()
	return func() { close(quit) }
}

// activity is a see-through layer over the window while a case file is open: it notices
// the mouse moving, so that auto-lock counts idle time only.
type activity struct {
	widget.BaseWidget
	onActive func()
}

func newActivity(onActive func()) *activity {
	a := &activity{onActive: onActive}
	a.ExtendBaseWidget(a)
	return a
}

func (a *activity) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// MouseIn, MouseMoved and MouseOut count as use.
func (a *activity) MouseIn(*desktop.MouseEvent)    { a.onActive() }
func (a *activity) MouseMoved(*desktop.MouseEvent) { a.onActive() }
func (a *activity) MouseOut()                      {}
