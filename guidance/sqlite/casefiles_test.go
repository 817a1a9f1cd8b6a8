package sqlite

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance/casefile"
)

func fastKDF() (casefile.KDF, error) {
	salt := make([]byte, 16)
	_, err := rand.Read(salt)
	return casefile.KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: salt}, err
}

func testVault(s *Store) *casefile.Vault {
	v := casefile.NewVault(s, time.Now)
	v.NewKDF = fastKDF
	return v
}

// TestNoPlaintextOnDisk writes a marker into every personal field, in a saved case file
// and in a guest session, closes the databases, and looks for the marker in every file
// under the data folder: the personal database, the content database and their journals.
func TestNoPlaintextOnDisk(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SyncContent(fixture(t)); err != nil {
		t.Fatal(err)
	}
	const marker = "MARKER-7f3a-认罪认罚-ZQX"
	fill := func(d *casefile.Data) {
		d.Notes = "notes " + marker
		d.Questions = []casefile.Question{{ID: "1", Text: "q " + marker, Answer: "a " + marker, BankID: "q-x"}}
		d.Checklist = map[string][]bool{"family-checklist": {true}}
		d.Answers = map[string]string{"stage": marker, marker: "key too"}
		d.Prepare = markedWorkspace(marker)
	}
	checkMarked(t, reflect.ValueOf(fill), marker)
	v := testVault(s)
	sess, err := v.Create("Case 1", []byte("pass "+marker))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ { // several saves: old versions pass through the WAL
		if err := sess.Update(fill); err != nil {
			t.Fatal(err)
		}
	}
	var exported bytes.Buffer
	if err := sess.Export(&exported); err != nil {
		t.Fatal(err)
	}
	sess.Lock()
	guest := casefile.Guest()
	guest.Update(fill)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "export.pleaguide"), exported.Bytes(), 0o600)
	files := map[string]bool{}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[d.Name()] = true
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, probe := range []string{marker, "MARKER-7f3a", "认罪认罚-ZQX"} {
			if bytes.Contains(data, []byte(probe)) {
				t.Errorf("%s contains %q", p, probe)
			}
		}
		return nil
	})
	if err != nil || !files[FileName] || !files[ContentFileName] {
		t.Fatalf("walked %v: %v", files, err)
	}
}

func TestDeleteCaseLeavesNoTrace(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	v := testVault(s)
	sess, _ := v.Create("Name-TO-DELETE-91", []byte("p"))
	sess.Update(func(d *casefile.Data) { d.Notes = "x" })
	keep, _ := v.Create("Other case", []byte("p"))
	if err := v.Delete(sess.Meta().ID); err != nil {
		t.Fatal(err)
	}
	cases, _ := v.Cases()
	if len(cases) != 1 || cases[0].ID != keep.Meta().ID {
		t.Errorf("cases after delete: %+v", cases)
	}
	s.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if bytes.Contains(data, []byte("Name-TO-DELETE-91")) {
			t.Errorf("%s still holds the deleted case file's name", e.Name())
		}
	}
}

func TestCaseStoreAndRetention(t *testing.T) {
	s := openTemp(t)
	v := testVault(s)
	a, _ := v.Create("A", []byte("p"))
	if _, err := s.Case(a.Meta().ID + 100); err == nil {
		t.Error("missing case read without error")
	}
	if err := s.SaveCase(a.Meta().ID+100, []byte("x"), time.Now()); err == nil {
		t.Error("saving a missing case reported no error")
	}
	n, err := s.DeleteCasesOlderThan(time.Now().AddDate(0, 0, 1))
	if err != nil || n != 1 {
		t.Errorf("retention deleted %d, %v", n, err)
	}
	if err := s.SetSetting("clinic.name", "Legal aid clinic"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Setting("clinic.name"); got != "Legal aid clinic" {
		t.Errorf("setting = %q", got)
	}
}

// TestCrashWriter is the child process of TestCrashDurability: it saves case-file changes
// in a loop and prints "ack N" after each one is committed.
func TestCrashWriter(t *testing.T) {
	dir := os.Getenv("PLEAGUIDE_CRASH_DIR")
	if dir == "" {
		t.Skip("run by TestCrashDurability")
	}
	s, err := Open(filepath.Join(dir, FileName))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	v := testVault(s)
	cases, _ := v.Cases()
	var sess *casefile.Session
	if len(cases) == 0 {
		sess, err = v.Create("crash", []byte("p"))
	} else {
		sess, err = v.Unlock(cases[0].ID, []byte("p"))
	}
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	for i := len(sess.Data().Questions) + 1; ; i++ {
		if err := sess.Update(func(d *casefile.Data) {
			d.Questions = append(d.Questions, casefile.Question{ID: strconv.Itoa(i), Text: strings.Repeat("x", i%300)})
		}); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Fprintf(w, "ack %d\n", i)
		w.Flush()
	}
}

// TestCrashDurability kills a writer with SIGKILL at random moments, many times, and
// checks that the database stays intact and holds every change acknowledged before a kill.
func TestCrashDurability(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	lastAck := 0
	const runs = 25
	for run := 0; run < runs; run++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashWriter$")
		cmd.Env = append(os.Environ(), "PLEAGUIDE_CRASH_DIR="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// the kill comes at a random moment after the writer's first commit of this run, not
		// after its start: on a loaded machine starting the process alone can take longer
		// than the whole window
		var timer *time.Timer
		guard := time.AfterFunc(30*time.Second, func() { cmd.Process.Signal(syscall.SIGKILL) }) // a writer that never commits
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if n, ok := strings.CutPrefix(line, "ack "); ok {
				lastAck, _ = strconv.Atoi(n)
				if timer == nil {
					ms, _ := rand.Int(rand.Reader, big.NewInt(150))
					timer = time.AfterFunc(time.Duration(ms.Int64())*time.Millisecond, func() { cmd.Process.Signal(syscall.SIGKILL) })
				}
			} else if strings.HasPrefix(line, "error") {
				t.Fatalf("writer: %s", line)
			}
		}
		guard.Stop()
		if timer != nil {
			timer.Stop()
		}
		cmd.Wait()
	}
	if lastAck == 0 {
		t.Fatal("the writer never acknowledged a write")
	}
	s, err := Open(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatalf("open after %d kills: %v", runs, err)
	}
	defer s.Close()
	if report, err := s.Integrity(); err != nil || report != "ok" {
		t.Fatalf("integrity after kills: %v %s", err, report)
	}
	cases, _ := s.Cases()
	sess, err := testVault(s).Unlock(cases[0].ID, []byte("p"))
	if err != nil {
		t.Fatal(err)
	}
	qs := sess.Data().Questions
	if len(qs) < lastAck {
		t.Fatalf("%d changes survived, %d were acknowledged", len(qs), lastAck)
	}
	for i, q := range qs {
		if q.ID != strconv.Itoa(i+1) {
			t.Fatalf("change %d is %q: lost or out of order", i+1, q.ID)
		}
	}
	t.Logf("%d kills, %d acknowledged changes, all present", runs, lastAck)
}

// BenchmarkUnlock measures opening a case file with the real key-derivation parameters
// (budget: 1 s).
func BenchmarkUnlock(b *testing.B) {
	s := openTemp(b)
	v := casefile.NewVault(s, time.Now)
	sess, err := v.Create("bench", []byte("a long passphrase"))
	if err != nil {
		b.Fatal(err)
	}
	id := sess.Meta().ID
	for b.Loop() {
		if _, err := v.Unlock(id, []byte("a long passphrase")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveAnswer measures saving one change to an open case file holding a typical
// amount of data (budget: 20 ms).
func BenchmarkSaveAnswer(b *testing.B) {
	s := openTemp(b)
	v := testVault(s)
	sess, _ := v.Create("bench", []byte("p"))
	sess.Update(func(d *casefile.Data) {
		d.Notes = strings.Repeat("notes ", 500)
		for i := 0; i < 80; i++ {
			d.Questions = append(d.Questions, casefile.Question{ID: strconv.Itoa(i), BankID: "q-x", Answer: strings.Repeat("a", 200)})
		}
	})
	i := 0
	for b.Loop() {
		i++
		if err := sess.Update(func(d *casefile.Data) { d.Notes = strconv.Itoa(i) }); err != nil {
			b.Fatal(err)
		}
	}
}
