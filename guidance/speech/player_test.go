package speech

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
)

// fakeEngine stands for a speech program: each Speak says which text it started, then
// waits until the test lets it finish (release) or it is killed (ctx cancelled).
type fakeEngine struct {
	started chan string
	killed  chan string
	release chan error
}

func newFake() *fakeEngine {
	return &fakeEngine{started: make(chan string, 16), killed: make(chan string, 16), release: make(chan error)}
}

func (f *fakeEngine) Speak(ctx context.Context, _ guidance.Lang, text string) error {
	f.started <- text
	select {
	case <-ctx.Done():
		f.killed <- text
		return ctx.Err()
	case err := <-f.release:
		return err
	}
}

func receive(t *testing.T, ch chan string, what string) string {
	t.Helper()
	select {
	case s := <-ch:
		return s
	case <-time.After(2 * time.Second):
		t.Fatalf("no %s within 2 s", what)
		return ""
	}
}

func nothing(t *testing.T, ch chan string, what string) {
	t.Helper()
	select {
	case s := <-ch:
		t.Fatalf("%s %q, want none", what, s)
	case <-time.After(50 * time.Millisecond):
	}
}

// recorder keeps every state the player reported through onChange.
type recorder struct {
	mu   sync.Mutex
	p    *Player
	seen []int // the sentence at each report; -1 when idle
}

func (r *recorder) onChange() {
	_, at := r.p.State()
	r.mu.Lock()
	r.seen = append(r.seen, at)
	r.mu.Unlock()
}

func newPlayer(f *fakeEngine) (*Player, *recorder) {
	r := &recorder{}
	r.p = NewPlayer(f, r.onChange)
	return r.p, r
}

func wantState(t *testing.T, p *Player, state State, at int) {
	t.Helper()
	if s, i := p.State(); s != state || i != at {
		t.Fatalf("State() = %v, %d; want %v, %d", s, i, state, at)
	}
}

func TestPlayerReadsEverySentenceInOrder(t *testing.T) {
	f := newFake()
	p, r := newPlayer(f)
	p.Play(guidance.LangEn, []string{"a", "b", "c"})
	for i, want := range []string{"a", "b", "c"} {
		if got := receive(t, f.started, "sentence"); got != want {
			t.Fatalf("sentence %d = %q, want %q", i, got, want)
		}
		wantState(t, p, Reading, i)
		f.release <- nil
	}
	p.Wait()
	wantState(t, p, Idle, -1)
	if p.Err() != nil {
		t.Errorf("Err() = %v", p.Err())
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	want := []int{0, 1, 2, -1}
	if len(r.seen) != len(want) {
		t.Fatalf("reports %v, want %v", r.seen, want)
	}
	for i := range want {
		if r.seen[i] != want[i] {
			t.Fatalf("reports %v, want %v", r.seen, want)
		}
	}
}

func TestPlayerStopKillsTheSentenceBeingRead(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangZhHans, []string{"一。", "二。", "三。"})
	receive(t, f.started, "first sentence")
	f.release <- nil
	receive(t, f.started, "second sentence")
	p.Stop()
	wantState(t, p, Idle, -1)
	if got := receive(t, f.killed, "kill"); got != "二。" {
		t.Fatalf("killed %q, want the second sentence", got)
	}
	p.Wait()
	nothing(t, f.started, "started after Stop:")
	p.Stop() // a second Stop changes nothing
	wantState(t, p, Idle, -1)
}

func TestPlayerPauseAndResume(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangEn, []string{"a", "b", "c"})
	receive(t, f.started, "a")
	f.release <- nil
	receive(t, f.started, "b")
	p.Pause()
	wantState(t, p, Paused, 1)
	if got := receive(t, f.killed, "kill on pause"); got != "b" {
		t.Fatalf("pause killed %q, want b", got)
	}
	p.Wait()
	nothing(t, f.started, "started while paused:")
	p.Pause() // pausing again changes nothing
	wantState(t, p, Paused, 1)

	p.Resume()
	if got := receive(t, f.started, "resumed sentence"); got != "b" {
		t.Fatalf("resume read %q, want b again from its start", got)
	}
	wantState(t, p, Reading, 1)
	f.release <- nil
	if got := receive(t, f.started, "c"); got != "c" {
		t.Fatalf("then %q, want c", got)
	}
	f.release <- nil
	p.Wait()
	wantState(t, p, Idle, -1)
	p.Resume() // nothing to resume
	wantState(t, p, Idle, -1)
}

func TestPlayerStopWhilePaused(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangEn, []string{"a", "b"})
	receive(t, f.started, "a")
	p.Pause()
	p.Wait()
	p.Stop()
	wantState(t, p, Idle, -1)
	p.Resume()
	wantState(t, p, Idle, -1)
	nothing(t, f.started, "started after Stop:")
}

func TestPlayerEngineFailureEndsTheReading(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangEn, []string{"a", "b"})
	receive(t, f.started, "a")
	boom := errors.New("exit status 1")
	f.release <- boom
	p.Wait()
	wantState(t, p, Idle, -1)
	if !errors.Is(p.Err(), boom) {
		t.Errorf("Err() = %v, want the engine's error", p.Err())
	}
	nothing(t, f.started, "started after a failure:")
	// a new reading starts clean
	p.Play(guidance.LangEn, []string{"c"})
	receive(t, f.started, "c")
	if p.Err() != nil {
		t.Errorf("Err() after Play = %v", p.Err())
	}
	f.release <- nil
	p.Wait()
}

func TestPlayerPlayReplacesTheReadingUnderWay(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangEn, []string{"old 1", "old 2"})
	receive(t, f.started, "old 1")
	p.Play(guidance.LangEn, []string{"new 1"})
	if got := receive(t, f.killed, "kill of the old reading"); got != "old 1" {
		t.Fatalf("killed %q", got)
	}
	if got := receive(t, f.started, "new reading"); got != "new 1" {
		t.Fatalf("started %q, want new 1", got)
	}
	wantState(t, p, Reading, 0)
	f.release <- nil
	p.Wait()
	wantState(t, p, Idle, -1)
	nothing(t, f.started, "old reading went on:")
}

func TestPlayerNothingToRead(t *testing.T) {
	f := newFake()
	p, _ := newPlayer(f)
	p.Play(guidance.LangEn, nil)
	wantState(t, p, Idle, -1)
	nothing(t, f.started, "started:")
}

// voicedFake has an English and a Chinese voice and records what each is given.
type voicedFake struct {
	mu    sync.Mutex
	spoke []Part
}

func (f *voicedFake) Voice(l guidance.Lang) (Voice, bool) {
	return Voice{Name: string(l)}, l == guidance.LangEn || l == guidance.LangZhHans
}

func (f *voicedFake) Speak(_ context.Context, l guidance.Lang, text string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.spoke = append(f.spoke, Part{l, text})
	return nil
}

// TestPlayerReadsChineseWordsWithTheChineseVoice: an engine that says which voices it has
// gets the Chinese term of an English sentence in its Chinese voice, not "Chinese letter".
func TestPlayerReadsChineseWordsWithTheChineseVoice(t *testing.T) {
	f := &voicedFake{}
	p := NewPlayer(f, nil)
	p.Play(guidance.LangEn, []string{"The statement (具结书) is signed.", "Next."})
	p.Wait()
	want := []Part{{guidance.LangEn, "The statement ("}, {guidance.LangZhHans, "具结书)"}, {guidance.LangEn, "is signed."}, {guidance.LangEn, "Next."}}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.spoke) != len(want) {
		t.Fatalf("spoke %q, want %q", f.spoke, want)
	}
	for i := range want {
		if f.spoke[i] != want[i] {
			t.Fatalf("spoke %q, want %q", f.spoke, want)
		}
	}
}
