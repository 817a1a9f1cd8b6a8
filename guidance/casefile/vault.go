package casefile

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"sync"
	"time"
)

// Store keeps sealed case files; guidance/sqlite implements it.
type Store interface {
	CreateCase(s *Sealed) (int64, error)
	Cases() ([]Meta, error)
	Case(id int64) (*Sealed, error)
	SaveCase(id int64, data []byte, updated time.Time) error
	DeleteCase(id int64) error
}

// WaitError says a passphrase may not be tried again before Until, after repeated
// failures.
type WaitError struct{ Until time.Time }

func (e *WaitError) Error() string {
	return fmt.Sprintf("too many wrong passphrases: try again after %s", e.Until.Format(time.TimeOnly))
}

// Vault opens and creates case files in a store, and slows down repeated wrong
// passphrases: after the third wrong try in a row the next must wait 1 s, then 2, 4, …
// up to 60 s.
type Vault struct {
	store Store
	now   func() time.Time
	// NewKDF makes the key-derivation parameters of new case files; DefaultKDF unless a
	// test needs faster ones.
	NewKDF func() (KDF, error)

	mu       sync.Mutex
	failures map[int64]int
	until    map[int64]time.Time
}

// NewVault makes a vault over store; now is the clock (time.Now outside tests).
func NewVault(store Store, now func() time.Time) *Vault {
	return &Vault{store: store, now: now, NewKDF: DefaultKDF, failures: map[int64]int{}, until: map[int64]time.Time{}}
}

// Cases lists the case files, most recently used first.
func (v *Vault) Cases() ([]Meta, error) { return v.store.Cases() }

// Create makes a new case file and opens it.
func (v *Vault) Create(name string, passphrase []byte) (*Session, error) {
	kdf, err := v.NewKDF()
	if err != nil {
		return nil, err
	}
	s, key, err := NewSealed(name, passphrase, kdf, v.now())
	if err != nil {
		return nil, err
	}
	id, err := v.store.CreateCase(s)
	if err != nil {
		key.Wipe()
		return nil, fmt.Errorf("create case file: %w", err)
	}
	s.ID = id
	return &Session{vault: v, sealed: s, key: key}, nil
}

// Unlock opens case file id with passphrase.
func (v *Vault) Unlock(id int64, passphrase []byte) (*Session, error) {
	v.mu.Lock()
	if until := v.until[id]; v.now().Before(until) {
		v.mu.Unlock()
		return nil, &WaitError{Until: until}
	}
	v.mu.Unlock()
	s, err := v.store.Case(id)
	if err != nil {
		return nil, fmt.Errorf("open case file %d: %w", id, err)
	}
	key, err := s.Unlock(passphrase)
	if errors.Is(err, ErrWrongPassphrase) {
		v.failed(id)
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	d, err := s.OpenData(key)
	if err != nil {
		key.Wipe()
		return nil, err
	}
	v.mu.Lock()
	delete(v.failures, id)
	delete(v.until, id)
	v.mu.Unlock()
	return &Session{vault: v, sealed: s, key: key, data: d}, nil
}

func (v *Vault) failed(id int64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.failures[id]++
	if n := v.failures[id]; n >= 3 {
		wait := min(time.Second<<(n-3), time.Minute)
		v.until[id] = v.now().Add(wait)
	}
}

// Import stores an exported case file (see Import) and opens it.
func (v *Vault) Import(r io.Reader, passphrase []byte) (*Session, error) {
	s, key, d, err := Import(r, passphrase)
	if err != nil {
		return nil, err
	}
	id, err := v.store.CreateCase(s)
	if err != nil {
		key.Wipe()
		return nil, fmt.Errorf("import case file: %w", err)
	}
	s.ID = id
	return &Session{vault: v, sealed: s, key: key, data: d}, nil
}

// Delete removes case file id from the store.
func (v *Vault) Delete(id int64) error { return v.store.DeleteCase(id) }

// Guest starts a session that is never written anywhere: "use without saving".
func Guest() *Session { return &Session{guest: true} }

// Session is an open case file, or a guest session. Its data lives in memory until Lock.
type Session struct {
	vault  *Vault
	sealed *Sealed
	key    *Key
	guest  bool

	mu   sync.Mutex
	data Data
}

// Guest reports whether nothing of this session is saved.
func (s *Session) Guest() bool { return s.guest }

// Meta describes the case file (zero for a guest session).
func (s *Session) Meta() Meta {
	if s.sealed == nil {
		return Meta{}
	}
	return s.sealed.Meta
}

// Data returns a copy of the session's data.
func (s *Session) Data() Data {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data.clone()
}

// Answers returns a copy of mainland China's walkthrough answers only, without copying
// the rest.
func (s *Session) Answers() map[string]string { return s.AnswersFor(AnswersPack) }

// AnswersFor returns a copy of the walkthrough answers of jurisdiction pack only.
func (s *Session) AnswersFor(pack string) map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	a := maps.Clone(s.data.AnswersFor(pack))
	if a == nil {
		a = map[string]string{}
	}
	return a
}

// Update changes the data with fn and, unless this is a guest session, seals and saves it
// in one transaction. If saving fails the change stays in memory, so nothing typed is lost,
// and the error says why; the next Update saves everything.
func (s *Session) Update(fn func(*Data)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.key == nil && !s.guest {
		return ErrLocked
	}
	fn(&s.data)
	if s.guest {
		return nil
	}
	if err := s.sealed.SealData(s.key, s.data); err != nil {
		return err
	}
	now := s.vault.now()
	if err := s.vault.store.SaveCase(s.sealed.ID, s.sealed.Data, now); err != nil {
		return fmt.Errorf("save case file: %w", err)
	}
	s.sealed.Updated = now
	return nil
}

// ErrLocked is returned when a locked session is used.
var ErrLocked = errors.New("case file is locked")

// Export writes the case file as one encrypted file (see Export).
func (s *Session) Export(w io.Writer) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.guest || s.key == nil {
		return ErrLocked
	}
	return Export(w, s.sealed, s.key)
}

// Lock wipes the key and forgets the data.
func (s *Session) Lock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.key.Wipe()
	s.key = nil
	s.data = Data{}
	s.guest = false
}

func (d Data) clone() Data {
	c := Data{Notes: d.Notes}
	c.Questions = append([]Question(nil), d.Questions...)
	if d.Checklist != nil {
		c.Checklist = map[string][]bool{}
		for k, v := range d.Checklist {
			c.Checklist[k] = append([]bool(nil), v...)
		}
	}
	if d.Answers != nil {
		c.Answers = map[string]string{}
		for k, v := range d.Answers {
			c.Answers[k] = v
		}
	}
	if d.AnswersIn != nil {
		c.AnswersIn = map[string]map[string]string{}
		for pack, a := range d.AnswersIn {
			c.AnswersIn[pack] = maps.Clone(a)
		}
	}
	c.Prepare = d.Prepare.Clone()
	return c
}
