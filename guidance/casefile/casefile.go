// Package casefile holds what one family or one client enters — notes, their own
// questions for the lawyer with the lawyer's answers, checklist ticks, walkthrough answers —
// and keeps it encrypted at rest.
//
// A case file is sealed with a key derived from its passphrase by Argon2id; the contents
// are encrypted and authenticated with XChaCha20-Poly1305. The passphrase and the key are
// never stored. Only the display name (chosen by the user; no real name needed), the dates
// and the key-derivation parameters are stored in the clear, so the list of case files can
// be shown before one is opened.
package casefile

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// Errors a case file reports.
var (
	ErrWrongPassphrase = errors.New("wrong passphrase")
	ErrDamaged         = errors.New("case file data is damaged or was changed")
	ErrEmptyPassphrase = errors.New("passphrase is empty")
)

// KDF holds Argon2id parameters. They are stored with each case file, so they can be
// raised later without making older files unreadable.
type KDF struct {
	Time    uint32 `json:"t"`
	Memory  uint32 `json:"m"` // KiB
	Threads uint8  `json:"p"`
	Salt    []byte `json:"salt"`
}

// DefaultKDF is what new case files use: Argon2id with 3 passes over 64 MiB in 2 lanes —
// RFC 9106's second recommended option (t=3, m=64 MiB) with lanes matched to the 2-core
// machines the app runs on. Unlocking takes a few hundred milliseconds there
// (BenchmarkUnlock), inside the 1 s budget, and every guess at a passphrase costs an
// attacker the same memory and time.
func DefaultKDF() (KDF, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return KDF{}, fmt.Errorf("make salt: %w", err)
	}
	return KDF{Time: 3, Memory: 64 * 1024, Threads: 2, Salt: salt}, nil
}

func (k KDF) valid() bool {
	return k.Time >= 1 && k.Time <= 10 && k.Memory >= 8*1024 && k.Memory <= 256*1024 &&
		k.Threads >= 1 && k.Threads <= 16 && len(k.Salt) >= 16 && len(k.Salt) <= 64
}

// Key is a derived case-file key. Wipe it when the case file is locked.
type Key struct {
	k [chacha20poly1305.KeySize]byte
}

// DeriveKey derives the key for passphrase with k's parameters.
func DeriveKey(passphrase []byte, k KDF) (*Key, error) {
	if len(passphrase) == 0 {
		return nil, ErrEmptyPassphrase
	}
	if !k.valid() {
		return nil, fmt.Errorf("%w: key-derivation parameters out of range", ErrDamaged)
	}
	key := &Key{}
	copy(key.k[:], argon2.IDKey(passphrase, k.Salt, k.Time, k.Memory, k.Threads, chacha20poly1305.KeySize))
	return key, nil
}

// Wipe overwrites the key in memory.
func (k *Key) Wipe() {
	if k != nil {
		subtle.XORBytes(k.k[:], k.k[:], k.k[:])
	}
}

const sealVersion = 1

// Seal encrypts plaintext. ad (associated data) binds the ciphertext to its place, so a
// sealed value copied to another case file or field does not open.
func (k *Key) Seal(ad, plaintext []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(k.k[:])
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	out := make([]byte, 1+aead.NonceSize(), 1+aead.NonceSize()+len(plaintext)+aead.Overhead())
	out[0] = sealVersion
	if _, err := rand.Read(out[1:]); err != nil {
		return nil, fmt.Errorf("seal: make nonce: %w", err)
	}
	return aead.Seal(out, out[1:], plaintext, ad), nil
}

// Open decrypts a value made by Seal with the same ad. Anything else — another key,
// another place, a changed or cut byte — gives ErrDamaged, never a panic.
func (k *Key) Open(ad, sealed []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(k.k[:])
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	if len(sealed) < 1+aead.NonceSize()+aead.Overhead() || sealed[0] != sealVersion {
		return nil, ErrDamaged
	}
	nonce, ct := sealed[1:1+aead.NonceSize()], sealed[1+aead.NonceSize():]
	pt, err := aead.Open(nil, nonce, ct, ad)
	if err != nil {
		return nil, ErrDamaged
	}
	return pt, nil
}

// Question is a question the user wants to ask the lawyer, from the question bank or
// their own, with the lawyer's answer written beside it.
type Question struct {
	ID     string `json:"id"`               // stable within the case file
	BankID string `json:"bank,omitempty"`   // the question bank's ID, if taken from it
	Text   string `json:"text"`             // the user's own wording (empty for bank questions)
	Answer string `json:"answer,omitempty"` // what the lawyer said
	Asked  bool   `json:"asked,omitempty"`  // ticked when asked
}

// Data is everything personal in a case file.
type Data struct {
	Notes     string             `json:"notes,omitempty"`
	Questions []Question         `json:"questions,omitempty"`
	Checklist map[string][]bool  `json:"checklist,omitempty"` // topic ID → ticked items
	Answers   map[string]string  `json:"answers,omitempty"`   // mainland China's walkthrough: question → answer
	Prepare   *prepare.Workspace `json:"prepare,omitempty"`   // the Prepare screen, as typed
	// AnswersIn holds the walkthrough answers of every other jurisdiction, by pack ID
	// (question → answer): each walkthrough has its own questions, so one jurisdiction's
	// answers are never read as another's. Use AnswersFor and SetAnswerIn.
	AnswersIn map[string]map[string]string `json:"answers_in,omitempty"`
}

// AnswersPack is the jurisdiction whose walkthrough answers are in Data.Answers: mainland
// China's, the only walkthrough before there were others (older case files hold only it).
const AnswersPack = "cn"

// Meta is what is stored in the clear about a case file.
type Meta struct {
	ID      int64
	Name    string
	Created time.Time
	Updated time.Time
}

// Sealed is a case file as stored: its KDF parameters, a check value that tells a wrong
// passphrase from damage, and the sealed data.
type Sealed struct {
	Meta
	KDF   KDF
	Check []byte
	Data  []byte
}

var checkPlain = []byte("pleaguide case file")

func checkAD(kdf KDF) []byte { return append([]byte("check:"), kdf.Salt...) }
func dataAD(kdf KDF) []byte  { return append([]byte("data:"), kdf.Salt...) }

// NewSealed prepares a new case file with key-derivation parameters kdf (fresh salt
// included, see DefaultKDF): key, check value and empty data.
func NewSealed(name string, passphrase []byte, kdf KDF, now time.Time) (*Sealed, *Key, error) {
	key, err := DeriveKey(passphrase, kdf)
	if err != nil {
		return nil, nil, err
	}
	s := &Sealed{Meta: Meta{Name: name, Created: now, Updated: now}, KDF: kdf}
	if s.Check, err = key.Seal(checkAD(kdf), checkPlain); err != nil {
		return nil, nil, err
	}
	if err := s.SealData(key, Data{}); err != nil {
		return nil, nil, err
	}
	return s, key, nil
}

// Unlock derives the key from passphrase and checks it. It returns ErrWrongPassphrase when
// the passphrase does not match, ErrDamaged when the stored values are not intact.
func (s *Sealed) Unlock(passphrase []byte) (*Key, error) {
	key, err := DeriveKey(passphrase, s.KDF)
	if err != nil {
		return nil, err
	}
	got, err := key.Open(checkAD(s.KDF), s.Check)
	if err != nil || subtle.ConstantTimeCompare(got, checkPlain) != 1 {
		key.Wipe()
		return nil, ErrWrongPassphrase
	}
	return key, nil
}

// OpenData decrypts the data with an unlocked key.
func (s *Sealed) OpenData(key *Key) (Data, error) {
	var d Data
	pt, err := key.Open(dataAD(s.KDF), s.Data)
	if err != nil {
		return d, err
	}
	if err := json.Unmarshal(pt, &d); err != nil {
		return d, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return d, nil
}

// SealData encrypts d into s.Data.
func (s *Sealed) SealData(key *Key, d Data) error {
	pt, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode case file: %w", err)
	}
	s.Data, err = key.Seal(dataAD(s.KDF), pt)
	for i := range pt {
		pt[i] = 0
	}
	return err
}

// HashPIN makes a storable hash of a clinic administrator's PIN (Argon2id with a small
// cost: a PIN guards settings, not personal data).
func HashPIN(pin string) (string, error) {
	if pin == "" {
		return "", ErrEmptyPassphrase
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("make salt: %w", err)
	}
	h := argon2.IDKey([]byte(pin), salt, 1, 16*1024, 1, 32)
	b, err := json.Marshal(struct{ Salt, Hash []byte }{salt, h})
	return string(b), err
}

// CheckPIN reports whether pin matches a hash made by HashPIN.
func CheckPIN(pin, stored string) bool {
	var v struct{ Salt, Hash []byte }
	if json.Unmarshal([]byte(stored), &v) != nil || len(v.Salt) == 0 || len(v.Hash) != 32 {
		return false
	}
	return subtle.ConstantTimeCompare(argon2.IDKey([]byte(pin), v.Salt, 1, 16*1024, 1, 32), v.Hash) == 1
}
