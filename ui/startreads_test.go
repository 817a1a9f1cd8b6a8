package ui

import (
	"io/fs"
	"sort"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/locales"
)

// readsFS records which files were read (not only looked at: Has may stat a file).
type readsFS struct {
	fs.FS
	mu   sync.Mutex
	read map[string]bool
}

func newReadsFS(f fs.FS) *readsFS { return &readsFS{FS: f, read: map[string]bool{}} }

func (r *readsFS) Open(name string) (fs.File, error) {
	f, err := r.FS.Open(name)
	if err != nil {
		return nil, err
	}
	return &readsFile{File: f, name: name, r: r}, nil
}

func (r *readsFS) names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for n := range r.read {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

type readsFile struct {
	fs.File
	name string
	r    *readsFS
}

func (f *readsFile) Read(b []byte) (int, error) {
	f.r.mu.Lock()
	f.r.read[f.name] = true
	f.r.mu.Unlock()
	return f.File.Read(b)
}

// TestStartReadsOnlyWhatHomeShows: before the first frame the interface reads the words
// of its own language (and English, the fallback) and no walkthrough or Prepare content;
// each is read when first shown. Reading them all at start cost about 27 ms of CPU and
// 10 MB of garbage (README, "Where the start goes").
func TestStartReadsOnlyWhatHomeShows(t *testing.T) {
	d, _ := newTestDeps(t, guidance.LangDe)
	words, walks := newReadsFS(locales.FS()), newReadsFS(assets.Content())
	d.Messages, d.Interviews = NewMessages(words), interview.NewSet(walks)
	prepared := 0
	prep := d.Prepare
	d.Prepare = func() map[guidance.Lang]*prepare.Set { prepared++; return prep() }
	u := New(d)
	if got := words.names(); len(got) != 2 || got[0] != "active.de.toml" || got[1] != "active.en.toml" {
		t.Errorf("at start the words read were %v, want active.de.toml and active.en.toml", got)
	}
	if got := walks.names(); len(got) != 0 {
		t.Errorf("at start walkthrough files were read: %v", got)
	}
	if u.home.start == nil {
		t.Fatal("Home offers no walkthrough for the mainland pack")
	}
	if prepared != 0 {
		t.Errorf("Prepare's content read %d times at start", prepared)
	}

	u.setLanguage(guidance.LangZhHans)
	if got := words.names(); len(got) != 3 || got[2] != "active.zh-Hans.toml" {
		t.Errorf("after choosing 简体中文 the words read were %v", got)
	}
	test.Tap(u.home.cases.guest)
	u.tabs.SelectIndex(tabSituation)
	u.ensure(tabSituation)
	if got := walks.names(); len(got) == 0 {
		t.Error("My situation read no walkthrough")
	}
	for _, n := range walks.names() {
		if n[:3] != "cn/" {
			t.Errorf("My situation for the mainland read %s", n)
		}
	}
	u.tabs.SelectIndex(tabPrepare)
	u.ensure(tabPrepare)
	if prepared != 1 {
		t.Errorf("opening Prepare read its content %d times, want once", prepared)
	}
}
