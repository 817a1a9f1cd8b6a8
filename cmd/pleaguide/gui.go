package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/theme"
	"github.com/jeandeaual/go-locale"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/guidance/speech"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
	"github.com/pleaguide/pleaguide/locales"
	"github.com/pleaguide/pleaguide/ui"
)

// gui opens the app and returns when its window is closed, after closing the database.
func (c *cli) gui() (code int) {
	var started atomic.Bool // the window is up: a panic now is a bug, not a missing display
	defer func() {
		r := recover()
		switch {
		case r == nil:
		case !started.Load():
			// GLFW panics when there is no display to open a window on
			fmt.Fprintf(c.stderr, "pleaguide: cannot open a window (%v).\nIs a graphical desktop running? The command line works without one: pleaguide --help\n", r)
			code = 1
		default:
			// The case file was locked and the database closed by the deferred calls
			// below as the panic unwound. The trace holds code locations, no user text.
			fmt.Fprintf(c.stderr, "pleaguide: internal error: %v\n%s", r, debug.Stack())
			code = 2
		}
	}()
	a := app.NewWithID(appID)
	a.SetIcon(ui.AppIcon)
	dir, _ := dataDir(c.getenv) // "" when unknown: openLibrary then keeps all in memory
	// The fonts and the words of the interface language load while the database opens.
	// The rest is read when first shown: other languages' words, the walkthroughs, and the
	// Prepare and Compare screens' content.
	locs, _ := locale.GetLocales() // unknown or "C" locales give English, silently
	msgs := ui.NewMessages(locales.FS())
	var (
		wg     sync.WaitGroup
		msgErr error
	)
	wg.Add(2)
	go func() {
		// The first text measured loads the fonts and the system font index (tens of ms).
		// Measuring is not safe alongside other text work, so this finishes before the
		// window is built: it only overlaps reading files and the database.
		defer wg.Done()
		fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{})
		// Finding the first face checks the system font index by parsing the first font
		// file it lists in full (go-text/typesetting v0.2.1, fontscan's assertValid): on
		// Debian that is Noto Sans CJK Bold, some 22 MB dropped at once. The collector
		// had doubled its goal while they were live, so the heap grew to 47 MB before it
		// ran again. Collecting now, once they are garbage, keeps the start's peak
		// 10 MiB lower (VmHWM 184-189 → 174 MiB) for about 2 ms.
		runtime.GC()
		fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{Bold: true})
	}()
	go func() { defer wg.Done(); _, msgErr = msgs.Load(ui.StartLanguage(a.Preferences(), locs)) }()
	// Starting the windowing system (glfw.Init, about 25 ms of CPU and a round trip to
	// the display) needs the main goroutine, which has little else to do while the
	// loaders run; the window is only shown once its content is built.
	win := a.NewWindow("")
	store, notices := openLibrary(dir, c.packs, time.Now(), c.stderr)
	defer store.Close()
	wg.Wait()
	if msgErr != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", msgErr) // the message files are built in
		return 1
	}
	deps := c.uiDeps(a, store, dir, time.Now)
	deps.Window = win
	deps.Messages, deps.Notices, deps.SystemLocales = msgs, notices, locs
	deps.Interviews = interview.NewSet(c.packs)
	deps.CJKBold = ui.FindCJKBold()
	deps.Prepare, deps.Compare = c.prepareOnce(), c.compareOnce(store)
	u := ui.New(deps)
	stopTimers := u.StartTimers()
	defer stopTimers()
	defer u.Close()

	// The close button and a shutdown signal (Ctrl-C, SIGTERM) both start the quit, and
	// with it a watch: Fyne 2.7.1 can wait forever for its stopped run loop (README,
	// "Sometimes the app did not quit"), leaving a process nobody can see with the case
	// file open in its memory. The watch ends it.
	returned := make(chan struct{})
	defer close(returned)
	watch := sync.OnceFunc(func() {
		go exitIfStuck(returned, quitGrace, func() {
			fmt.Fprintln(c.stderr, "pleaguide: Fyne did not return after quitting; ending the app")
			ui.ClearExports(deps.ExportDir)
		}, os.Exit)
	})
	u.Window().SetCloseIntercept(func() { watch(); u.Window().Close() })
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		watch()
		fyne.Do(a.Quit)
	}()
	a.Lifecycle().SetOnStarted(func() {
		started.Store(true)
		go findSpeech(u)
	})
	u.Window().ShowAndRun()
	signal.Stop(sig)
	return 0
}

// quitGrace is how long after the quit starts ShowAndRun may take to return: it takes
// milliseconds when it returns at all, and a slow step on the UI goroutine (a PDF being
// written, a passphrase checked) finishes well within it.
const quitGrace = 5 * time.Second

// exitIfStuck waits for returned to close; if it has not after grace, it runs last and
// ends the process with exit(0). The app has quit as far as the reader can see: the
// window is gone. Nothing the UI goroutine owns is touched, since that goroutine may
// still be running: the case file's key and the answers go with the process's memory,
// SQLite's journal keeps the database whole, and last deletes the printed plans.
func exitIfStuck(returned <-chan struct{}, grace time.Duration, last func(), exit func(int)) {
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-returned:
		return
	case <-t.C:
	}
	select {
	case <-returned: // it returned as the timer fired: the way out runs as usual
		return
	default:
	}
	last()
	exit(0)
}

// uiDeps reads what the interface needs from the store once, and applies clinic mode's
// retention: old case files are deleted before anyone sees the list.
func (c *cli) uiDeps(a fyne.App, store *sqlite.Store, dir string, now func() time.Time) ui.Deps {
	status, err := store.ContentStatus()
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
	}
	packs, err := store.Packs()
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
	}
	deps := ui.Deps{
		App: a, Library: store, Now: now,
		ContentLanguages: guidance.PackLanguages(packs),
		Packs:            packs,
		Scope:            func(pack string) guidance.Library { return store.Jurisdiction(pack) },
		Categories:       guidance.CategoryNames(packs),
		Info:             ui.Info{Version: version(), DataDir: dir, Content: status},
	}
	if deps.Info.CheckedFrom, deps.Info.CheckedTo, err = store.CheckedRange(); err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
	}
	if store.Path() != ":memory:" { // case files and printing only where they can be kept
		deps.ExportDir = filepath.Join(dir, "exports")
		purgeOldCases(store, now(), c.stderr)
		deps.Vault = casefile.NewVault(store, now)
		deps.Clinic = store
	}
	return deps
}

// prepareOnce reads the Prepare screen's content the first time it is called: only that
// screen shows it, and only with a case file or visit open.
func (c *cli) prepareOnce() func() map[guidance.Lang]*prepare.Set {
	return sync.OnceValue(func() map[guidance.Lang]*prepare.Set {
		prep, err := content.ReadCircumstances(c.packs, preparePack, []guidance.Lang{guidance.LangZhHans, guidance.LangEn})
		if err != nil {
			// built in: a packaging error; the screen says it is unavailable
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return nil
		}
		return prep
	})
}

// compareOnce reads the comparison table the first time it is called. Reading and
// checking it takes 20-40 ms of CPU, and only the Compare screen shows it, so it is read
// when that screen is first opened rather than before the first frame.
func (c *cli) compareOnce(store *sqlite.Store) func() *guidance.Comparison {
	return sync.OnceValue(func() *guidance.Comparison {
		cmp, problems := content.ReadCompare(c.packs)
		if len(problems) > 0 {
			// built in: a packaging error; the screen says it is unavailable
			fmt.Fprintf(c.stderr, "pleaguide: comparison table: %s\n", problems[0])
			return nil
		}
		if err := store.ConvertCompare(cmp); err != nil {
			// the zh-Hant citations of the mainland pack stay Simplified; the table still works
			fmt.Fprintf(c.stderr, "pleaguide: comparison table: %v\n", err)
		}
		return cmp
	})
}

// findSpeech looks for a speech engine and gives it to Listen. Listing the voices runs
// the engine once (about 0.1 s for espeak-ng, and PowerShell can take a second), so it
// runs once the window is up rather than before it; a missing engine is not an error:
// Listen is not shown.
func findSpeech(u *ui.UI) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if voice, err := speech.Detect(ctx); err == nil && voice != nil {
		fyne.Do(func() { u.SetSpeech(voice) })
	}
}
