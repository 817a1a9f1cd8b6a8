package ui

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"

	"github.com/pleaguide/pleaguide/guidance"
)

// Fyne draws Chinese with a system font it finds for each character, always in the
// regular weight, while its own bold font covers only Latin letters and digits: a bold
// "不满18岁" came out with only "18" bold. In the Chinese interfaces bold text is drawn
// entirely with the system's Noto Sans CJK Bold instead, Latin and Chinese alike.

// cjkBoldFiles are where Linux distributions put Noto Sans CJK Bold (a collection).
var cjkBoldFiles = []string{
	"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",     // Debian, Ubuntu (fonts-noto-cjk)
	"/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",          // Arch
	"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",   // Fedora
	"/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Bold.ttc", // others
	"/usr/share/fonts/truetype/noto/NotoSansCJK-Bold.ttc",     // others
	"/usr/local/share/fonts/NotoSansCJK-Bold.ttc",             // installed by hand
}

// CJKBold is a system font collection holding Noto Sans CJK Bold; the face for a language
// is cut out of it the first time it is asked for.
type CJKBold struct {
	path  string
	mu    sync.Mutex
	faces map[string]fyne.Resource // by family
}

// FindCJKBold returns the system's Noto Sans CJK Bold, or nil when it is not installed
// (Chinese bold then falls back to Fyne's mixed weights).
func FindCJKBold() *CJKBold {
	for _, p := range cjkBoldFiles {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return &CJKBold{path: p, faces: map[string]fyne.Resource{}}
		}
	}
	return nil
}

// family is the face of the collection for an interface language.
func cjkFamily(l guidance.Lang) string {
	if l == guidance.LangZhHant {
		return "Noto Sans CJK TC"
	}
	return "Noto Sans CJK SC"
}

// Ready is the bold face for lang if it has been read already, else nil: the theme asks
// for fonts while drawing and must not wait a quarter of a second for the file.
func (c *CJKBold) Ready(l guidance.Lang) fyne.Resource {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.faces[cjkFamily(l)]
}

// Load reads the bold face for lang in the background and calls done (on the UI
// goroutine) once it can be drawn with; nothing happens when it was read before.
func (c *CJKBold) Load(l guidance.Lang, done func()) {
	if c == nil {
		return
	}
	c.mu.Lock()
	_, tried := c.faces[cjkFamily(l)]
	c.mu.Unlock()
	if tried {
		return
	}
	go func() {
		if c.Face(l) != nil {
			fyne.Do(done)
		}
	}()
}

// Face is the bold face for lang as a font file Fyne can read, or nil when it cannot be
// read (the error is logged once). It reads the file: use Load and Ready while drawing.
func (c *CJKBold) Face(l guidance.Lang) fyne.Resource {
	if c == nil {
		return nil
	}
	fam := cjkFamily(l)
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.faces[fam]; ok {
		return r
	}
	data, err := extractFace(c.path, fam)
	if err != nil {
		fyne.LogError("read Chinese bold font", err)
		c.faces[fam] = nil
		return nil
	}
	r := fyne.NewStaticResource(strings.ReplaceAll(fam, " ", "")+"-Bold.otf", data)
	c.faces[fam] = r
	return r
}

// extractFace copies the face named family out of the collection at path into a font
// file of its own: Fyne reads single fonts only.
func extractFace(path, family string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read font: %w", err)
	}
	defer f.Close()
	lds, err := ot.NewLoaders(f)
	if err != nil {
		return nil, fmt.Errorf("read font collection %s: %w", path, err)
	}
	for _, ld := range lds {
		if d, _ := font.Describe(ld, nil); d.Family == family {
			return sfnt(ld)
		}
	}
	return nil, fmt.Errorf("no face %q in %s", family, path)
}

// sfnt writes the tables of one face as a standalone OpenType file.
func sfnt(ld *ot.Loader) ([]byte, error) {
	tags := ld.Tables()
	sort.Slice(tags, func(i, j int) bool { return tags[i] < tags[j] })
	tables := make([][]byte, len(tags))
	for i, t := range tags {
		b, err := ld.RawTable(t)
		if err != nil {
			return nil, fmt.Errorf("font table %s: %w", t, err)
		}
		tables[i] = b
	}
	n := len(tags)
	entry, search := 0, 1
	for search*2 <= n {
		search *= 2
		entry++
	}
	head := 12 + 16*n
	var out bytes.Buffer
	w := func(v any) { _ = binary.Write(&out, binary.BigEndian, v) }
	w(uint32(ld.Type))
	w(uint16(n))
	w(uint16(search * 16))
	w(uint16(entry))
	w(uint16(n*16 - search*16))
	offset := head
	for i, t := range tags {
		w(uint32(t))
		w(checksum(tables[i]))
		w(uint32(offset))
		w(uint32(len(tables[i])))
		offset += (len(tables[i]) + 3) &^ 3
	}
	for _, b := range tables {
		out.Write(b)
		out.Write(make([]byte, (4-len(b)%4)%4))
	}
	return out.Bytes(), nil
}

func checksum(b []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		sum += binary.BigEndian.Uint32(b[i:])
	}
	if i < len(b) {
		var word [4]byte
		copy(word[:], b[i:])
		sum += binary.BigEndian.Uint32(word[:])
	}
	return sum
}
