package casefile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// ErrNotCaseFile is returned when a file to import is not a Plea Guide case file.
var ErrNotCaseFile = errors.New("not a Plea Guide case file")

const (
	exportMagic   = "PLEAGUIDE-CASE-FILE\n"
	maxHeader     = 16 << 10
	maxExportSize = 16 << 20
)

// exportHeader is the first line after the magic: what is needed to unlock, in the clear.
// The whole header is bound to the sealed data, so changing any byte of it is detected.
type exportHeader struct {
	Version int       `json:"v"`
	Name    string    `json:"name"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	KDF     KDF       `json:"kdf"`
	Check   []byte    `json:"check"`
}

// Export writes one case file as a single encrypted file, with the same passphrase.
func Export(w io.Writer, s *Sealed, key *Key) error {
	d, err := s.OpenData(key)
	if err != nil {
		return err
	}
	h, err := json.Marshal(exportHeader{Version: 1, Name: s.Name, Created: s.Created, Updated: s.Updated, KDF: s.KDF, Check: s.Check})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	pt, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	body, err := key.Seal(exportAD(h), pt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString(exportMagic)
	buf.Write(h)
	buf.WriteByte('\n')
	buf.Write(body)
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func exportAD(header []byte) []byte { return append([]byte("export:"), header...) }

// Import reads an exported case file and unlocks it with passphrase. A file that is not a
// case file, is cut short, was changed, or does not open with the passphrase gives an error
// and nothing else. The result is ready to store, with the same passphrase.
func Import(r io.Reader, passphrase []byte) (*Sealed, *Key, Data, error) {
	var d Data
	data, err := io.ReadAll(io.LimitReader(r, maxExportSize+1))
	if err != nil {
		return nil, nil, d, fmt.Errorf("import: %w", err)
	}
	if len(data) > maxExportSize {
		return nil, nil, d, ErrNotCaseFile
	}
	if !bytes.HasPrefix(data, []byte(exportMagic)) {
		return nil, nil, d, ErrNotCaseFile
	}
	rest := data[len(exportMagic):]
	br := bufio.NewReader(bytes.NewReader(rest))
	line, err := br.ReadSlice('\n')
	if err != nil || len(line) > maxHeader {
		return nil, nil, d, ErrDamaged
	}
	header := line[:len(line)-1]
	body := rest[len(line):]
	var h exportHeader
	if err := json.Unmarshal(header, &h); err != nil || h.Version != 1 {
		return nil, nil, d, ErrDamaged
	}
	s := &Sealed{Meta: Meta{Name: h.Name, Created: h.Created, Updated: h.Updated}, KDF: h.KDF, Check: h.Check}
	key, err := s.Unlock(passphrase)
	if err != nil {
		return nil, nil, d, err
	}
	pt, err := key.Open(exportAD(header), body)
	if err != nil {
		key.Wipe()
		return nil, nil, d, ErrDamaged
	}
	if err := json.Unmarshal(pt, &d); err != nil {
		key.Wipe()
		return nil, nil, d, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if err := s.SealData(key, d); err != nil {
		key.Wipe()
		return nil, nil, d, err
	}
	return s, key, d, nil
}
