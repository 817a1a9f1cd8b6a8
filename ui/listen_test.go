package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/speech"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// fakeSpeech stands for the speech engine: each sentence waits until the test lets it
// finish or it is killed, and says which.
type fakeSpeech struct {
	voices  map[guidance.Lang]bool
	started chan string
	killed  chan string
	release chan error
}

func newFakeSpeech(langs ...guidance.Lang) *fakeSpeech {
	f := &fakeSpeech{voices: map[guidance.Lang]bool{}, started: make(chan string, 64), killed: make(chan string, 64), release: make(chan error)}
	for _, l := range langs {
		f.voices[l] = true
	}
	return f
}

func (f *fakeSpeech) Voice(lang guidance.Lang) (speech.Voice, bool) {
	return speech.Voice{Name: "fake", Lang: string(lang)}, f.voices[lang]
}

func (f *fakeSpeech) Speak(ctx context.Context, _ guidance.Lang, text string) error {
	f.started <- text
	select {
	case <-ctx.Done():
		f.killed <- text
		return ctx.Err()
	case err := <-f.release:
		return err
	}
}

func (f *fakeSpeech) next(t *testing.T) string {
	t.Helper()
	select {
	case s := <-f.started:
		return s
	case <-time.After(3 * time.Second):
		t.Fatal("nothing read aloud within 3 s")
		return ""
	}
}

func (f *fakeSpeech) wasKilled(t *testing.T) string {
	t.Helper()
	select {
	case s := <-f.killed:
		return s
	case <-time.After(3 * time.Second):
		t.Fatal("the sentence being read was not stopped")
		return ""
	}
}

// readToEnd lets every sentence (or piece of one) finish until the reading ends, and
// returns what was read after the one being read now.
func (f *fakeSpeech) readToEnd(t *testing.T, u *UI) []string {
	t.Helper()
	var read []string
	f.release <- nil
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		select {
		case s := <-f.started:
			read = append(read, s)
			f.release <- nil
			continue
		default:
		}
		if state, _ := u.listen.player.State(); state == speech.Idle {
			u.listen.player.Wait()
			return read
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the reading does not end")
	return nil
}

// withSpeech gives u a read-aloud engine and builds its screens again.
func withSpeech(u *UI, f *fakeSpeech) {
	u.listen = newListener(f)
	u.build()
}

// marked is the text of the marked spans of p.
func marked(p *flow.Text) string {
	var b strings.Builder
	for _, s := range p.Spans() {
		if s.Mark {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// openFirstTopic opens the library's first topic.
func openFirstTopic(t *testing.T, u *UI) {
	t.Helper()
	u.ensure(tabLibrary)
	if len(u.library.topics) == 0 {
		t.Fatal("no topics")
	}
	u.openTopic(u.library.topics[0].ID)
}

func TestListenIsHiddenWithoutAnEngineOrAVoice(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHans)
	openFirstTopic(t, u)
	startWithoutSaving(t, u)
	if u.library.listen != nil || u.situation.listen != nil {
		t.Error("Listen shown with no speech engine")
	}
	// an engine with an English voice only: nothing to read Chinese with
	withSpeech(u, newFakeSpeech(guidance.LangEn))
	openFirstTopic(t, u)
	if u.library.listen != nil {
		t.Error("Listen shown on a Chinese topic with no Chinese voice")
	}
	u.setLanguage(guidance.LangEn)
	openFirstTopic(t, u)
	if u.library.listen == nil {
		t.Error("no Listen on an English topic with an English voice")
	}
}

// TestListenReadsATopicAndMarksTheSentence: the title first, then the summary with the
// sentence being read marked; Stop kills the sentence and puts the text back.
func TestListenReadsATopicAndMarksTheSentence(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	f := newFakeSpeech(guidance.LangEn)
	withSpeech(u, f)
	openFirstTopic(t, u)
	c := u.library.listen
	if c == nil {
		t.Fatal("no Listen on the topic")
	}
	if c.play.Text != "Listen" || !c.stop.Disabled() {
		t.Fatalf("before reading: %q, stop disabled %v", c.play.Text, c.stop.Disabled())
	}
	topic := u.library.topics[0]
	test.Tap(c.play)
	if got := f.next(t); got != topic.Title {
		t.Fatalf("read %q first, want the title %q", got, topic.Title)
	}
	if c.play.Text != "Pause" || c.stop.Disabled() {
		t.Errorf("while reading: %q, stop disabled %v", c.play.Text, c.stop.Disabled())
	}
	f.release <- nil
	second := f.next(t)
	para := c.paras[c.sentences[1].para].text
	if para == nil || !strings.HasPrefix(para.String(), second) {
		t.Fatalf("second sentence %q is not the start of the summary", second)
	}
	if got := marked(para); got != second {
		t.Errorf("marked %q, want the sentence being read %q", got, second)
	}
	if got := marked(c.paras[0].text); got != "" {
		t.Errorf("the title is still marked: %q", got)
	}
	test.Tap(c.stop)
	if got := f.wasKilled(t); got != second {
		t.Errorf("Stop killed %q", got)
	}
	if c.play.Text != "Listen" || !c.stop.Disabled() || marked(para) != "" {
		t.Errorf("after Stop: %q, stop disabled %v, marked %q", c.play.Text, c.stop.Disabled(), marked(para))
	}
	select {
	case s := <-f.started:
		t.Errorf("read %q after Stop", s)
	case <-time.After(50 * time.Millisecond):
	}
}

// TestListenPausesAndGoesOnInAQuestion reads a walkthrough question, its help and its
// answers; Pause stops at once and Go on reads the sentence again.
func TestListenPausesAndGoesOnInAQuestion(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	f := newFakeSpeech(guidance.LangEn)
	withSpeech(u, f)
	startWithoutSaving(t, u)
	s := u.situation
	c := s.listen
	if c == nil {
		t.Fatal("no Listen on the question")
	}
	test.Tap(c.play)
	first := f.next(t)
	test.Tap(c.play) // Pause
	if got := f.wasKilled(t); got != first {
		t.Fatalf("Pause stopped %q, want %q", got, first)
	}
	u.listen.player.Wait()
	if c.play.Text != "Go on" || c.stop.Disabled() {
		t.Errorf("paused: %q, stop disabled %v", c.play.Text, c.stop.Disabled())
	}
	test.Tap(c.play) // Go on
	if got := f.next(t); got != first {
		t.Fatalf("Go on read %q, want %q again", got, first)
	}
	read := append([]string{first}, f.readToEnd(t, u)...)
	if c.play.Text != "Listen" {
		t.Errorf("after the end: %q", c.play.Text)
	}
	if last, unknown := read[len(read)-1], s.options["unknown"].Text; last != unknown {
		t.Errorf("the last thing read is %q, want the answer %q", last, unknown)
	}
	all := strings.Join(read, " ")
	for _, o := range s.options {
		if !strings.Contains(all, o.Text) {
			t.Errorf("answer %q not read; read %q", o.Text, all)
		}
	}
	if strings.Contains(all, s.back.Text) || strings.Contains(all, c.play.Text) {
		t.Errorf("read the screen's own buttons: %q", all)
	}
}

// TestListenStopsWhenTheScreenChanges: another tab, another question, the quick exit and
// the end of the visit all stop the reading at once.
func TestListenStopsWhenTheScreenChanges(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	f := newFakeSpeech(guidance.LangEn)
	withSpeech(u, f)
	openFirstTopic(t, u)
	test.Tap(u.library.listen.play)
	f.next(t)
	u.tabs.SelectIndex(tabGlossary)
	f.wasKilled(t)

	startWithoutSaving(t, u)
	test.Tap(u.situation.listen.play)
	f.next(t)
	test.Tap(u.situation.options["unknown"]) // the next question
	f.wasKilled(t)
	test.Tap(u.situation.listen.play)
	f.next(t)
	test.Tap(u.situation.review) // the review of the answers
	f.wasKilled(t)
	test.Tap(u.situation.change["role"])

	walk(t, u.situation, map[string]string{"role": "accused"})
	test.Tap(u.situation.showPlan)
	c := u.situation.listen
	if c == nil {
		t.Fatal("no Listen on the plan")
	}
	test.Tap(c.play)
	f.next(t)
	f.release <- nil
	f.next(t)
	u.session.quickExit()
	f.wasKilled(t)
	if state, _ := u.listen.player.State(); state != speech.Idle {
		t.Errorf("still %v after the quick exit", state)
	}
}

func TestListenByKeyboardAndAFailingEngine(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	f := newFakeSpeech(guidance.LangEn)
	withSpeech(u, f)
	openFirstTopic(t, u)
	c := u.library.listen
	focusByTab(t, u, c.play)
	c.play.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.next(t)
	focusByTab(t, u, c.stop)
	c.stop.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	f.wasKilled(t)

	c.play.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.next(t)
	f.release <- context.DeadlineExceeded // the engine failed
	u.listen.player.Wait()
	if !c.failed.Visible() || c.failed.String() != msgListenFailed.Other {
		t.Errorf("failure line %v %q", c.failed.Visible(), c.failed.String())
	}
	if c.play.Text != "Listen" {
		t.Errorf("after a failure: %q", c.play.Text)
	}
}

// TestListenKeepsTheSentenceInView: reading down a long topic scrolls the reading pane so
// that the paragraph being read is on the screen.
func TestListenKeepsTheSentenceInView(t *testing.T) {
	u := newTestUI(t, guidance.LangEn)
	f := newFakeSpeech(guidance.LangEn)
	withSpeech(u, f)
	openFirstTopic(t, u)
	u.win.Resize(fyne.NewSize(1000, 500))
	c := u.library.listen
	scroll := &u.library.scroll.Scroll
	test.Tap(c.play)
	f.next(t)
	below := -1 // the first sentence in a paragraph below the pane's bottom edge
	for i, s := range c.sentences {
		if p := c.paras[s.para].text; p != nil {
			if y, ok := offsetIn(scroll.Content, p); ok && y > scroll.Size().Height {
				below = i
				break
			}
		}
	}
	if below < 0 {
		t.Fatal("the first topic fits in the pane: no test")
	}
	for _, at := u.listen.player.State(); at < below; _, at = u.listen.player.State() {
		f.release <- nil
		f.next(t)
	}
	p := c.paras[c.sentences[below].para].text
	y, _ := offsetIn(scroll.Content, p)
	if top := scroll.Offset.Y; y < top || y+p.Size().Height > top+scroll.Size().Height {
		t.Errorf("paragraph at %.0f, pane shows %.0f to %.0f", y, top, top+scroll.Size().Height)
	}
	test.Tap(c.stop)
	f.wasKilled(t)
}
