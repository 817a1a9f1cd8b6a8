package casefile

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
)

// fastKDF keeps tests quick; DefaultKDF is measured by BenchmarkUnlock.
func fastKDF() (KDF, error) {
	salt := make([]byte, 16)
	_, err := rand.Read(salt)
	return KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: salt}, err
}

// memStore is an in-memory Store for tests of the vault alone.
type memStore struct {
	cases map[int64]*Sealed
	next  int64
	fail  error
}

func newMemStore() *memStore { return &memStore{cases: map[int64]*Sealed{}} }

func (m *memStore) CreateCase(s *Sealed) (int64, error) {
	m.next++
	c := *s
	c.ID = m.next
	m.cases[m.next] = &c
	return m.next, nil
}

func (m *memStore) Cases() ([]Meta, error) {
	var out []Meta
	for _, c := range m.cases {
		out = append(out, c.Meta)
	}
	return out, nil
}

func (m *memStore) Case(id int64) (*Sealed, error) {
	c, ok := m.cases[id]
	if !ok {
		return nil, guidance.ErrNotFound
	}
	cp := *c
	cp.Data = append([]byte(nil), c.Data...)
	return &cp, nil
}

func (m *memStore) SaveCase(id int64, data []byte, updated time.Time) error {
	if m.fail != nil {
		return m.fail
	}
	m.cases[id].Data = append([]byte(nil), data...)
	m.cases[id].Updated = updated
	return nil
}

func (m *memStore) DeleteCase(id int64) error { delete(m.cases, id); return nil }

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newTestVault() (*Vault, *memStore, *clock) {
	st := newMemStore()
	c := &clock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	v := NewVault(st, c.now)
	v.NewKDF = fastKDF
	return v, st, c
}

func TestCreateSaveUnlock(t *testing.T) {
	v, _, _ := newTestVault()
	s, err := v.Create("Case A", []byte("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(func(d *Data) {
		d.Notes = "meeting on Friday"
		d.Questions = append(d.Questions, Question{ID: "1", Text: "Can he get bail?", Answer: "We will apply"})
		d.Checklist = map[string][]bool{"family-checklist": {true, false, true}}
	})
	if err != nil {
		t.Fatal(err)
	}
	id := s.Meta().ID
	s.Lock()
	if s.Data().Notes != "" {
		t.Error("locked session still holds data")
	}
	if err := s.Update(func(d *Data) {}); !errors.Is(err, ErrLocked) {
		t.Errorf("update after lock: %v", err)
	}
	s2, err := v.Unlock(id, []byte("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	d := s2.Data()
	if d.Notes != "meeting on Friday" || d.Questions[0].Answer != "We will apply" || !d.Checklist["family-checklist"][2] {
		t.Errorf("data after unlock: %+v", d)
	}
}

func TestWrongPassphraseSlowsDown(t *testing.T) {
	v, _, c := newTestVault()
	s, _ := v.Create("A", []byte("right"))
	id := s.Meta().ID
	for i := 1; i <= 3; i++ {
		if _, err := v.Unlock(id, []byte("wrong")); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("try %d: %v", i, err)
		}
	}
	_, err := v.Unlock(id, []byte("right"))
	var wait *WaitError
	if !errors.As(err, &wait) || wait.Until != c.t.Add(time.Second) {
		t.Fatalf("after 3 failures: %v", err)
	}
	c.t = c.t.Add(time.Second)
	if _, err := v.Unlock(id, []byte("wrong")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatal(err)
	}
	if _, err := v.Unlock(id, []byte("right")); !errors.As(err, &wait) || wait.Until != c.t.Add(2*time.Second) {
		t.Fatalf("after 4 failures: %v", err)
	}
	c.t = c.t.Add(2 * time.Second)
	if _, err := v.Unlock(id, []byte("right")); err != nil {
		t.Fatalf("right passphrase after waiting: %v", err)
	}
	// the count starts again after a success
	if _, err := v.Unlock(id, []byte("wrong")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatal(err)
	}
	if _, err := v.Unlock(id, []byte("right")); err != nil {
		t.Fatalf("one failure after success must not wait: %v", err)
	}
}

func TestDamagedDataNeverPanics(t *testing.T) {
	v, st, _ := newTestVault()
	s, _ := v.Create("A", []byte("pass"))
	s.Update(func(d *Data) { d.Notes = "x" })
	id := s.Meta().ID
	good := append([]byte(nil), st.cases[id].Data...)
	for name, data := range map[string][]byte{
		"flipped byte":  func() []byte { b := append([]byte(nil), good...); b[len(b)-1] ^= 1; return b }(),
		"cut short":     good[:len(good)/2],
		"empty":         nil,
		"garbage":       []byte("not sealed at all"),
		"wrong version": func() []byte { b := append([]byte(nil), good...); b[0] = 9; return b }(),
	} {
		st.cases[id].Data = data
		if _, err := v.Unlock(id, []byte("pass")); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: err = %v, want ErrDamaged", name, err)
		}
	}
	st.cases[id].Data = good
	st.cases[id].KDF.Memory = 1 << 31
	if _, err := v.Unlock(id, []byte("pass")); !errors.Is(err, ErrDamaged) {
		t.Errorf("absurd KDF parameters: %v", err)
	}
}

func TestSealedValueIsBoundToItsCaseFile(t *testing.T) {
	v, st, _ := newTestVault()
	a, _ := v.Create("A", []byte("pass"))
	a.Update(func(d *Data) { d.Notes = "from A" })
	b, _ := v.Create("B", []byte("pass"))
	// copying A's sealed data into B must not open, even with the same passphrase
	st.cases[b.Meta().ID].Data = st.cases[a.Meta().ID].Data
	if _, err := v.Unlock(b.Meta().ID, []byte("pass")); !errors.Is(err, ErrDamaged) {
		t.Errorf("swapped data opened: %v", err)
	}
}

func TestFailedSaveKeepsTheChange(t *testing.T) {
	v, st, _ := newTestVault()
	s, _ := v.Create("A", []byte("pass"))
	st.fail = errors.New("disk full")
	if err := s.Update(func(d *Data) { d.Notes = "typed while the disk was full" }); err == nil {
		t.Fatal("save to a full disk reported no error")
	}
	if s.Data().Notes != "typed while the disk was full" {
		t.Fatal("change lost after a failed save")
	}
	st.fail = nil
	if err := s.Update(func(d *Data) {}); err != nil {
		t.Fatal(err)
	}
	s2, err := v.Unlock(s.Meta().ID, []byte("pass"))
	if err != nil || s2.Data().Notes != "typed while the disk was full" {
		t.Errorf("after the disk recovered: %v %q", err, s2.Data().Notes)
	}
}

func TestGuestSessionStoresNothing(t *testing.T) {
	g := Guest()
	if err := g.Update(func(d *Data) { d.Notes = "secret" }); err != nil {
		t.Fatal(err)
	}
	if g.Data().Notes != "secret" || !g.Guest() {
		t.Error("guest session lost its data")
	}
	g.Lock()
	if g.Data().Notes != "" {
		t.Error("guest data kept after lock")
	}
}

func TestExportImport(t *testing.T) {
	v, _, _ := newTestVault()
	s, _ := v.Create("Clinic case 7", []byte("pass phrase"))
	s.Update(func(d *Data) { d.Notes = "bring the receipts"; d.Answers = map[string]string{"stage": "review"} })
	var buf bytes.Buffer
	if err := s.Export(&buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("bring the receipts")) {
		t.Fatal("export holds plaintext")
	}
	v2, st2, _ := newTestVault()
	imp, err := v2.Import(bytes.NewReader(buf.Bytes()), []byte("pass phrase"))
	if err != nil {
		t.Fatal(err)
	}
	if imp.Data().Notes != "bring the receipts" || imp.Meta().Name != "Clinic case 7" || len(st2.cases) != 1 {
		t.Errorf("imported: %+v %+v", imp.Meta(), imp.Data())
	}
	// the imported file opens again with the same passphrase
	if _, err := v2.Unlock(imp.Meta().ID, []byte("pass phrase")); err != nil {
		t.Error(err)
	}

	file := buf.Bytes()
	header := bytes.IndexByte(file[len(exportMagic):], '\n') + len(exportMagic)
	tests := map[string]struct {
		data []byte
		pass string
		want error
	}{
		"wrong passphrase": {file, "nope", ErrWrongPassphrase},
		"not a case file":  {[]byte("PK\x03\x04 a zip file"), "pass phrase", ErrNotCaseFile},
		"empty":            {nil, "pass phrase", ErrNotCaseFile},
		"truncated":        {file[:len(file)-10], "pass phrase", ErrDamaged},
		"header only":      {file[:header+1], "pass phrase", ErrDamaged},
		"name changed": {bytes.Replace(file, []byte("Clinic case 7"), []byte("Clinic case 8"), 1),
			"pass phrase", ErrDamaged},
		"body byte flipped": {func() []byte { b := append([]byte(nil), file...); b[len(b)-5] ^= 0x40; return b }(),
			"pass phrase", ErrDamaged},
	}
	for name, tt := range tests {
		v3, st3, _ := newTestVault()
		_, err := v3.Import(bytes.NewReader(tt.data), []byte(tt.pass))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", name, err, tt.want)
		}
		if len(st3.cases) != 0 {
			t.Errorf("%s: something was imported", name)
		}
	}
}

func FuzzImport(f *testing.F) {
	v, _, _ := newTestVault()
	s, _ := v.Create("A", []byte("p"))
	s.Update(func(d *Data) { d.Notes = "n" })
	var buf bytes.Buffer
	s.Export(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(exportMagic + "{}\n"))
	f.Add([]byte(exportMagic + `{"v":1,"kdf":{"t":1,"m":8192,"p":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA=="}}` + "\n"))
	want := s.Meta()
	f.Fuzz(func(t *testing.T, data []byte) {
		st := newMemStore()
		vv := NewVault(st, time.Now)
		sess, err := vv.Import(bytes.NewReader(data), []byte("p"))
		// Only an intact export may import; anything else must fail. (Compared by what it
		// holds, not byte for byte: under -fuzz each worker process makes its own export,
		// with its own salt and nonces, and gets the seeds of the first process.)
		if err == nil {
			got := sess.Meta()
			if got.Name != want.Name || !got.Created.Equal(want.Created) || !got.Updated.Equal(want.Updated) || sess.Data().Notes != "n" {
				t.Errorf("changed file imported: %q", fmt.Sprint(got))
			}
		}
		if err != nil && len(st.cases) != 0 {
			t.Error("failed import left a case file behind")
		}
	})
}

func TestPIN(t *testing.T) {
	h, err := HashPIN("4711")
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPIN("4711", h) || CheckPIN("4712", h) || CheckPIN("4711", "garbage") || CheckPIN("", h) {
		t.Error("PIN check wrong")
	}
	if _, err := HashPIN(""); err == nil {
		t.Error("empty PIN accepted")
	}
}
