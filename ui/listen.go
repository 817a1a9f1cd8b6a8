package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/speech"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// Speech is the speech engine Listen reads with (*speech.Engine); nil hides Listen.
type Speech interface {
	Speak(ctx context.Context, lang guidance.Lang, text string) error
	Voice(lang guidance.Lang) (speech.Voice, bool)
}

// listener is the window's one read-aloud player and the Listen control whose text it
// reads. Leaving a screen (another tab, another topic or question, the language switch,
// quick exit, the end of a visit) stops it.
type listener struct {
	engine Speech
	player *speech.Player
	cur    *listenControl // the control whose text was read last
}

func newListener(engine Speech) *listener {
	l := &listener{}
	l.use(engine)
	return l
}

// use makes engine the one Listen reads with, stopping any reading; nil hides Listen.
// Controls made before keep what they had.
func (l *listener) use(engine Speech) {
	l.stop()
	l.engine, l.player, l.cur = engine, nil, nil
	if engine != nil {
		l.player = speech.NewPlayer(engine, func() { fyne.Do(l.refresh) })
	}
}

// stop ends any reading at once.
func (l *listener) stop() {
	if l != nil && l.player != nil {
		l.player.Stop()
	}
}

// refresh shows the player's state on the control being read: its buttons, the sentence
// marked, and a line when the engine failed.
func (l *listener) refresh() {
	if c := l.cur; c != nil {
		state, at := l.player.State()
		c.show(state, at, l.player.Err())
	}
}

// listenControl is a screen's Listen / Pause / Go on button and its Stop button. What it
// reads is collected when Listen is pressed: the paragraphs of the screen, the sentence
// being read marked in them.
type listenControl struct {
	l       *listener
	tr      *translator
	lang    guidance.Lang
	read    func() []fyne.CanvasObject
	content fyne.CanvasObject
	play    *button // Listen, Pause or Go on
	stop    *button
	failed  *flow.Text

	sentences []readSentence
	paras     []readPara
	marked    int // the paragraph marked, or -1
	shown     int // the paragraph last scrolled into view, or -1

	// scroll is the screen's scroller: the paragraph being read is kept in view in it
	scroll *container.Scroll
}

// readPara is a paragraph read aloud: a flow.Text, whose spans are kept to put back after
// marking, or the label of a button (nil text), read but not marked.
type readPara struct {
	text  *flow.Text
	spans []flow.Span
	plain string
}

// readSentence is a sentence of paragraph para.
type readSentence struct {
	para int
	speech.Sentence
}

// control makes a Listen control reading, in lang, what read returns when Listen is
// pressed: the flow.Text paragraphs, labels and card titles under them, in order, and the
// labels of buttons among them (not of buttons inside them). It is nil, to be left out,
// when there is no engine or no voice for lang. Asking for one stops any reading: the
// screen it read is being replaced.
func (l *listener) control(tr *translator, lang guidance.Lang, read func() []fyne.CanvasObject) *listenControl {
	if l == nil {
		return nil
	}
	l.stop()
	if l.engine == nil {
		return nil
	}
	if _, ok := l.engine.Voice(lang); !ok {
		return nil
	}
	c := &listenControl{l: l, tr: tr, lang: lang, read: read, marked: -1, shown: -1}
	c.play = newButtonWithIcon(tr.T(msgListen), theme.VolumeUpIcon(), c.onPlay)
	c.stop = newButtonWithIcon(tr.T(msgListenStop), theme.MediaStopIcon(), c.onStop)
	c.stop.Disable()
	c.failed = wrapped("")
	c.failed.SetColor(theme.ColorNameError)
	c.failed.Hide()
	c.content = container.NewVBox(container.NewHBox(c.play, c.stop), c.failed)
	return c
}

// onPlay starts reading from the top, pauses, or goes on after a pause.
func (c *listenControl) onPlay() {
	p := c.l.player
	if c.l.cur == c {
		switch state, _ := p.State(); state {
		case speech.Reading:
			p.Pause()
			return
		case speech.Paused:
			p.Resume()
			return
		}
	}
	c.l.stop()
	c.l.cur = c
	c.collect()
	texts := make([]string, len(c.sentences))
	for i, s := range c.sentences {
		texts[i] = c.paras[s.para].String()[s.Start:s.End]
	}
	p.Play(c.lang, texts)
}

// onStop stops reading.
func (c *listenControl) onStop() {
	if c.l.cur == c {
		c.l.player.Stop()
	}
}

// String is the paragraph's text.
func (p readPara) String() string {
	if p.text != nil {
		return flowText(p.spans)
	}
	return p.plain
}

func flowText(spans []flow.Span) string {
	n := 0
	for _, s := range spans {
		n += len(s.Text)
	}
	b := make([]byte, 0, n)
	for _, s := range spans {
		b = append(b, s.Text...)
	}
	return string(b)
}

// collect reads the screen's paragraphs and cuts them into sentences.
func (c *listenControl) collect() {
	c.unmark()
	c.paras, c.sentences, c.shown = nil, nil, -1
	add := func(p readPara) {
		for _, s := range speech.Split(p.String()) {
			c.sentences = append(c.sentences, readSentence{para: len(c.paras), Sentence: s})
		}
		c.paras = append(c.paras, p)
	}
	var walk func(o fyne.CanvasObject, top bool)
	walk = func(o fyne.CanvasObject, top bool) {
		if o == nil || !o.Visible() {
			return
		}
		switch v := o.(type) {
		case *flow.Text:
			add(readPara{text: v, spans: v.Spans()})
		case *widget.Label:
			add(readPara{plain: v.Text})
		case *button:
			if top {
				add(readPara{plain: v.Text})
			}
		case *widget.Card:
			add(readPara{plain: v.Title})
			add(readPara{plain: v.Subtitle})
			walk(v.Content, false)
		case *fyne.Container:
			if v == c.content {
				return
			}
			for _, child := range v.Objects {
				walk(child, false)
			}
		}
	}
	for _, o := range c.read() {
		walk(o, true)
	}
}

// show draws state: the buttons, the sentence at marked, the failure line.
func (c *listenControl) show(state speech.State, at int, err error) {
	switch state {
	case speech.Reading:
		c.play.SetText(c.tr.T(msgListenPause))
		c.play.SetIcon(theme.MediaPauseIcon())
	case speech.Paused:
		c.play.SetText(c.tr.T(msgListenResume))
		c.play.SetIcon(theme.MediaPlayIcon())
	default:
		c.play.SetText(c.tr.T(msgListen))
		c.play.SetIcon(theme.VolumeUpIcon())
	}
	if state == speech.Idle {
		c.stop.Disable()
	} else {
		c.stop.Enable()
	}
	if err != nil && state == speech.Idle {
		c.failed.SetText(c.tr.T(msgListenFailed))
		c.failed.Show()
	} else {
		c.failed.Hide()
	}
	c.unmark()
	if at < 0 || at >= len(c.sentences) {
		return
	}
	s := c.sentences[at]
	if p := c.paras[s.para]; p.text != nil {
		p.text.SetSpans(flow.MarkRange(p.spans, s.Start, s.End))
		c.marked = s.para
		if s.para != c.shown {
			c.shown = s.para
			c.reveal(p.text)
		}
	}
}

// reveal scrolls the screen so that o, the paragraph being read, is in view when it is not:
// with a quarter of the view above it, so that the reader sees where it comes from.
func (c *listenControl) reveal(o fyne.CanvasObject) {
	if c.scroll == nil {
		return
	}
	y, ok := offsetIn(c.scroll.Content, o)
	if !ok {
		return
	}
	top, h := c.scroll.Offset.Y, c.scroll.Size().Height
	if y >= top && y+o.Size().Height <= top+h {
		return
	}
	c.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-h/4)))
}

// offsetIn is how far below the top of root o is, through containers and cards.
func offsetIn(root, o fyne.CanvasObject) (float32, bool) {
	if root == o {
		return 0, true
	}
	var kids []fyne.CanvasObject
	switch v := root.(type) {
	case *fyne.Container:
		kids = v.Objects
	case *widget.Card:
		kids = []fyne.CanvasObject{v.Content}
	}
	for _, k := range kids {
		if y, ok := offsetIn(k, o); ok {
			return k.Position().Y + y, true
		}
	}
	return 0, false
}

// unmark puts the marked paragraph's own spans back.
func (c *listenControl) unmark() {
	if c.marked >= 0 && c.marked < len(c.paras) {
		p := c.paras[c.marked]
		p.text.SetSpans(p.spans)
	}
	c.marked = -1
}

// questionReading is what Listen reads on a question: the question, its help and the
// answers to choose from.
func (s *situationScreen) questionReading(q interview.Question, title, help fyne.CanvasObject) []fyne.CanvasObject {
	read := []fyne.CanvasObject{title, help}
	opts := []string{interview.Unknown}
	if !q.IsDate() {
		opts = append(append([]string{}, q.Options...), interview.Unknown)
	}
	for _, o := range opts {
		if b := s.options[o]; b != nil {
			read = append(read, b)
		}
	}
	return read
}
