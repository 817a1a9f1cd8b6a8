package speech

import (
	"context"
	"sync"

	"github.com/pleaguide/pleaguide/guidance"
)

// Speaker reads one piece of text aloud and returns when it is read, or as soon as ctx is
// cancelled. *Engine is one; tests use a fake.
type Speaker interface {
	Speak(ctx context.Context, lang guidance.Lang, text string) error
}

// State is what a Player is doing.
type State int

// A Player is idle, reading, or paused at a sentence.
const (
	Idle State = iota
	Reading
	Paused
)

// Player reads a list of sentences aloud one after the other. Pause stops the sentence
// being read at once and Resume reads it again from its beginning; Stop ends at once.
// Its methods may be called from any goroutine.
type Player struct {
	sp       Speaker
	has      func(guidance.Lang) bool // the engine has a voice for the language; nil: not known
	onChange func()

	mu        sync.Mutex
	state     State
	lang      guidance.Lang
	sentences []string
	at        int   // the sentence being read, or to read on Resume
	err       error // why the last reading ended early
	cancel    context.CancelFunc
	run       int // counts readings started, so that an old one stops touching the state
	done      chan struct{}
}

// voiced is a Speaker that says which languages it has a voice for (*Engine does).
type voiced interface {
	Voice(lang guidance.Lang) (Voice, bool)
}

// NewPlayer reads with sp. When sp says which voices it has (as *Engine does), Chinese
// words in other text and Latin words in Chinese text are read with their own language's
// voice (Parts). onChange is called, from any goroutine, after every change of
// State or of the sentence being read; it must not call the Player's other methods except
// State and Err (a UI hands it on to its own goroutine and reads State there).
func NewPlayer(sp Speaker, onChange func()) *Player {
	if onChange == nil {
		onChange = func() {}
	}
	p := &Player{sp: sp, onChange: onChange}
	if v, ok := sp.(voiced); ok {
		p.has = func(l guidance.Lang) bool { _, ok := v.Voice(l); return ok }
	}
	return p
}

// State is what the player is doing and the sentence it is at (-1 when idle).
func (p *Player) State() (State, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state == Idle {
		return Idle, -1
	}
	return p.state, p.at
}

// Err is why the last reading ended before its end (the engine failed), or nil.
func (p *Player) Err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

// Play reads sentences in lang from the first, stopping whatever was being read.
func (p *Player) Play(lang guidance.Lang, sentences []string) {
	p.mu.Lock()
	p.stopLocked()
	p.lang, p.sentences, p.at, p.err = lang, sentences, 0, nil
	if len(sentences) > 0 {
		p.startLocked()
	}
	p.mu.Unlock()
	p.onChange()
}

// Pause stops the sentence being read at once; Resume reads it again.
func (p *Player) Pause() {
	p.mu.Lock()
	if p.state != Reading {
		p.mu.Unlock()
		return
	}
	p.stopLocked()
	p.state = Paused
	p.mu.Unlock()
	p.onChange()
}

// Resume goes on reading after Pause, from the beginning of the sentence it stopped in.
func (p *Player) Resume() {
	p.mu.Lock()
	if p.state != Paused {
		p.mu.Unlock()
		return
	}
	p.startLocked()
	p.mu.Unlock()
	p.onChange()
}

// Stop ends the reading at once: the engine is killed mid-word.
func (p *Player) Stop() {
	p.mu.Lock()
	if p.state == Idle {
		p.mu.Unlock()
		return
	}
	p.stopLocked()
	p.state = Idle
	p.mu.Unlock()
	p.onChange()
}

// Wait returns when the reading under way (if any) has ended, stopped or paused; tests use it.
func (p *Player) Wait() {
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done != nil {
		<-done
	}
}

// stopLocked cancels the reading under way; its goroutine then changes nothing.
func (p *Player) stopLocked() {
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
	p.run++
}

// startLocked reads from p.at on in a goroutine of its own.
func (p *Player) startLocked() {
	ctx, cancel := context.WithCancel(context.Background())
	p.run++
	run, lang, sentences, from := p.run, p.lang, p.sentences, p.at
	p.cancel, p.state, p.done = cancel, Reading, make(chan struct{})
	done := p.done
	go func() {
		defer close(done)
		defer cancel()
		for i := from; i < len(sentences); i++ {
			if !p.moveTo(run, i) {
				return
			}
			if err := p.speak(ctx, lang, sentences[i]); err != nil {
				if ctx.Err() == nil {
					p.finish(run, err)
				}
				return
			}
		}
		p.finish(run, nil)
	}()
}

// speak reads one sentence, piece by piece when it mixes Chinese and Latin text.
func (p *Player) speak(ctx context.Context, lang guidance.Lang, sentence string) error {
	if p.has == nil {
		return p.sp.Speak(ctx, lang, sentence)
	}
	for _, part := range Parts(lang, sentence, p.has) {
		if err := p.sp.Speak(ctx, part.Lang, part.Text); err != nil {
			return err
		}
	}
	return nil
}

// moveTo records that reading run is at sentence i; false if run was stopped.
func (p *Player) moveTo(run, i int) bool {
	p.mu.Lock()
	if run != p.run {
		p.mu.Unlock()
		return false
	}
	changed := p.at != i
	p.at = i
	p.mu.Unlock()
	if changed {
		p.onChange()
	}
	return true
}

// finish ends reading run, with the engine's error if it failed.
func (p *Player) finish(run int, err error) {
	p.mu.Lock()
	if run != p.run {
		p.mu.Unlock()
		return
	}
	p.state, p.err, p.cancel = Idle, err, nil
	p.mu.Unlock()
	p.onChange()
}
