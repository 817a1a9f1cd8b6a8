package casefile

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// MinPassphrase is the shortest passphrase a new case file accepts, in characters.
const MinPassphrase = 8

// ErrShortPassphrase is returned for a new passphrase shorter than MinPassphrase.
var ErrShortPassphrase = errors.New("passphrase is too short")

// ValidatePassphrase checks a passphrase chosen for a new case file. It counts characters,
// not bytes, so a Chinese passphrase needs as many characters as a Latin one.
func ValidatePassphrase(passphrase string) error {
	if passphrase == "" {
		return ErrEmptyPassphrase
	}
	if len([]rune(passphrase)) < MinPassphrase {
		return ErrShortPassphrase
	}
	return nil
}

// AddQuestion appends q with a fresh ID (one more than the largest so far) and returns
// the ID. Take a question from the bank by setting BankID, or write one's own in Text.
func (d *Data) AddQuestion(q Question) string {
	n := 0
	for _, x := range d.Questions {
		if v, err := strconv.Atoi(x.ID); err == nil && v > n {
			n = v
		}
	}
	q.ID = strconv.Itoa(n + 1)
	d.Questions = append(d.Questions, q)
	return q.ID
}

// Question is the question with id, or nil when there is none (it was removed meanwhile).
func (d *Data) Question(id string) *Question {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			return &d.Questions[i]
		}
	}
	return nil
}

// HasBankQuestion reports whether the question bank's question bankID is in the list.
func (d *Data) HasBankQuestion(bankID string) bool {
	for _, q := range d.Questions {
		if q.BankID == bankID {
			return true
		}
	}
	return false
}

// RemoveQuestion takes out the question with id and reports whether it was there.
func (d *Data) RemoveQuestion(id string) bool {
	for i := range d.Questions {
		if d.Questions[i].ID == id {
			d.Questions = append(d.Questions[:i], d.Questions[i+1:]...)
			return true
		}
	}
	return false
}

// MoveUp swaps the question with id and the one before it, and reports whether it moved
// (the first question, or one that is gone, does not).
func (d *Data) MoveUp(id string) bool {
	for i := 1; i < len(d.Questions); i++ {
		if d.Questions[i].ID == id {
			d.Questions[i-1], d.Questions[i] = d.Questions[i], d.Questions[i-1]
			return true
		}
	}
	return false
}

// SetTick ticks (on) or unticks item i of the checklist topic. Negative items are ignored.
func (d *Data) SetTick(topic string, i int, on bool) {
	if i < 0 {
		return
	}
	if d.Checklist == nil {
		d.Checklist = map[string][]bool{}
	}
	for len(d.Checklist[topic]) <= i {
		d.Checklist[topic] = append(d.Checklist[topic], false)
	}
	d.Checklist[topic][i] = on
}

// SetAnswer records the answer to question id of mainland China's walkthrough.
func (d *Data) SetAnswer(id, value string) {
	if d.Answers == nil {
		d.Answers = map[string]string{}
	}
	d.Answers[id] = value
}

// SetAnswerIn records the answer to question id of the walkthrough of jurisdiction pack.
func (d *Data) SetAnswerIn(pack, id, value string) {
	if pack == AnswersPack {
		d.SetAnswer(id, value)
		return
	}
	if d.AnswersIn == nil {
		d.AnswersIn = map[string]map[string]string{}
	}
	if d.AnswersIn[pack] == nil {
		d.AnswersIn[pack] = map[string]string{}
	}
	d.AnswersIn[pack][id] = value
}

// AnswersFor is the walkthrough answers of jurisdiction pack (not a copy; nil when none).
func (d *Data) AnswersFor(pack string) map[string]string {
	if pack == AnswersPack {
		return d.Answers
	}
	return d.AnswersIn[pack]
}

// Mentions reports whether text is part of something typed into the case file, or holds
// it: the clipboard is emptied at the end of a visit when it does.
func (d *Data) Mentions(text string) bool {
	if text == "" {
		return false
	}
	texts := []string{d.Notes}
	for _, q := range d.Questions {
		texts = append(texts, q.Text, q.Answer)
	}
	for _, a := range d.Answers {
		texts = append(texts, a)
	}
	for _, answers := range d.AnswersIn {
		for _, a := range answers {
			texts = append(texts, a)
		}
	}
	texts = append(texts, d.Prepare.Texts()...)
	for _, t := range texts {
		if t != "" && (strings.Contains(t, text) || strings.Contains(text, t)) {
			return true
		}
	}
	return false
}

// Empty reports whether d holds nothing a visitor typed or chose: no note, no question, no
// walkthrough answer, nothing on the Prepare screen and no ticked checklist item. Leaving an unsaved visit that is not
// empty loses something, so the interface asks first.
func (d Data) Empty() bool {
	if strings.TrimSpace(d.Notes) != "" || len(d.Questions) > 0 || len(d.Answers) > 0 || !d.Prepare.Empty() {
		return false
	}
	for _, answers := range d.AnswersIn {
		if len(answers) > 0 {
			return false
		}
	}
	for _, ticks := range d.Checklist {
		if slices.Contains(ticks, true) {
			return false
		}
	}
	return true
}
