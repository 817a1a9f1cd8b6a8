package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// tourQuestion is a question with an answer card on Search, in each interface language.
var tourQuestion = map[guidance.Lang]string{
	guidance.LangZhHans: "审查起诉一般多长时间",
	guidance.LangEn:     "how long does review for prosecution take",
}

// tour shows every screen of the app in turn, at the window size the app opens with, and
// calls at with a short name for each: Home, the library's list and a topic, Search with
// an answer card, the glossary, a question for the lawyer, My case, My situation's first
// question and its plan, Prepare, Compare, Help, Settings (About is its last card), Home
// with a case file on it, and the passphrase dialog that opens it.
func tour(t *testing.T, u *UI, at func(name string)) {
	t.Helper()
	u.win.Resize(fyne.NewSize(1040, 720))
	visit := at
	at = func(name string) {
		t.Helper()
		settle(u)
		visit(name)
	}
	show := func(tab int, name string) {
		t.Helper()
		u.tabs.SelectIndex(tab)
		at(name)
	}
	show(tabHome, "home")
	show(tabLibrary, "library")
	u.library.open(u.library.topics[1].ID)
	at("topic")
	u.tabs.SelectIndex(tabSearch)
	u.search.entry.SetText(tourQuestion[u.tr.lang])
	if _, ok := u.search.res.Answer(); !ok {
		t.Fatalf("no answer card for %q", u.search.entry.Text)
	}
	at("search")
	show(tabGlossary, "glossary")
	qs, err := u.deps.Library.Questions(u.contentLang())
	if err != nil || len(qs) == 0 {
		t.Fatalf("questions: %d, %v", len(qs), err)
	}
	u.showQuestion(qs[0].ID)
	at("question")
	u.onBack()
	show(tabCompare, "compare")
	show(tabHelp, "help")
	show(tabSettings, "settings")
	settings := u.settings.content.(*scroller)
	settings.ScrollToBottom()
	at("about")
	settings.ScrollToTop()

	createCase(t, u, "Wang", "correct horse battery")
	test.Type(u.mycase.newQ, "Can he get bail?")
	test.Tap(u.mycase.addQ)
	show(tabMyCase, "mycase")
	show(tabSituation, "situation-question")
	walk(t, u.situation, map[string]string{"role": "family", "stage": "investigation", "custody": "criminal-detention", "detention-date": "2026-11-10"})
	test.Tap(u.situation.showPlan)
	at("situation-plan")
	show(tabPrepare, "prepare")
	test.Tap(u.bar.done)
	show(tabHome, "casefiles")
	for _, b := range u.home.cases.cases {
		test.Tap(b)
	}
	if u.home.cases.unlock == nil {
		t.Fatal("no passphrase dialog")
	}
	at("passphrase")
}

// settle lays out again everything the window shows, from the top, until sizes stop
// changing, as the real window does before it draws (Fyne's test canvas does not): a
// paragraph that gained a line when it was laid out pushes what is below it down.
func settle(u *UI) {
	var lay func(o fyne.CanvasObject)
	lay = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *fyne.Container:
			if v.Layout != nil {
				v.Layout.Layout(v.Objects, v.Size())
			}
			for _, k := range v.Objects {
				lay(k)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(v)
			r.Layout(v.Size())
			for _, k := range r.Objects() {
				lay(k)
			}
		}
	}
	for range 3 {
		lay(u.win.Content())
		for _, o := range u.win.Canvas().Overlays().List() {
			lay(o)
		}
	}
}

// shoot saves what the window shows as dir/name.png when PLEAGUIDE_SHOTS names a folder,
// for a person to look at; without it, nothing is written.
func shoot(t *testing.T, u *UI, name string) {
	t.Helper()
	dir := os.Getenv("PLEAGUIDE_SHOTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, u.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// placedObject is a visible object with its place on the canvas.
type placedObject struct {
	obj      fyne.CanvasObject
	pos      fyne.Position // absolute, on the canvas
	inScroll bool          // inside a scroll container's content
}

// placedIn walks every visible object under root, with where each is relative to root.
func placedIn(root fyne.CanvasObject) []placedObject {
	var out []placedObject
	var walkObj func(o fyne.CanvasObject, at fyne.Position, inScroll bool)
	walkObj = func(o fyne.CanvasObject, at fyne.Position, inScroll bool) {
		if o == nil || !o.Visible() {
			return
		}
		p := at.Add(o.Position())
		out = append(out, placedObject{obj: o, pos: p, inScroll: inScroll})
		var kids []fyne.CanvasObject
		switch v := o.(type) {
		case *fyne.Container:
			kids = v.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(v).Objects()
		}
		_, scroll := o.(*container.Scroll)
		if _, ok := o.(*scroller); ok {
			scroll = true
		}
		for _, k := range kids {
			walkObj(k, p, inScroll || scroll)
		}
	}
	walkObj(root, fyne.Position{}, false)
	return out
}

// visibleObjects is placedIn for the window's content and each of its overlays.
func visibleObjects(u *UI) []placedObject {
	out := placedIn(u.win.Content())
	for _, o := range u.win.Canvas().Overlays().List() {
		out = append(out, placedIn(o)...)
	}
	return out
}

// describe names an object for a failure message: its type and its words.
func describe(o fyne.CanvasObject) string {
	name := reflect.TypeOf(o).String()
	label := ""
	switch v := o.(type) {
	case *button:
		label = v.Text
	case *widget.Button:
		label = v.Text
	case *widget.Check:
		label = v.Text
	case *widget.Select:
		label = v.Selected
	case *entry:
		label = v.PlaceHolder
	case *flow.Text:
		label = v.String()
	case *flow.Link:
		label = v.Text()
	case *widget.Label:
		label = v.Text
	default:
		label = strings.TrimSpace(texts(o))
	}
	if r := []rune(label); len(r) > 40 {
		label = string(r[:40]) + "…"
	}
	return fmt.Sprintf("%s %q", name, label)
}
