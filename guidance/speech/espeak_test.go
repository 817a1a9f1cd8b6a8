package speech

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
)

// linuxEngine is this computer's espeak-ng. It is skipped where espeak-ng is missing, but
// not in CI (CI is set), whose set-up installs it: there the Linux path is always tested.
func linuxEngine(t *testing.T) *Engine {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("espeak-ng is missing in CI: scripts/setup.sh installs espeak-ng and espeak-ng-data")
		}
		t.Skip("espeak-ng is not installed here (apt-get install espeak-ng espeak-ng-data, or scripts/setup.sh)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e, err := detect(ctx, "linux", exec.LookPath)
	if err != nil {
		t.Fatalf("espeak-ng is installed but detect failed: %v", err)
	}
	return e
}

// TestEspeakSpeaksChineseAndEnglish speaks a Chinese and an English sentence through the
// same command the app runs, to a WAV file instead of the loudspeaker, and checks that
// what comes out is speech-like: long enough and not silent.
func TestEspeakSpeaksChineseAndEnglish(t *testing.T) {
	e := linuxEngine(t)
	for _, tc := range []struct {
		lang guidance.Lang
		text string
	}{
		{guidance.LangZhHans, "你可以要求见律师。"},
		{guidance.LangEn, "You can ask to see a lawyer."},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			v, ok := e.Voice(tc.lang)
			if !ok {
				t.Fatalf("no %s voice among %d (espeak-ng-data installed?)", tc.lang, len(e.Voices))
			}
			wav := filepath.Join(t.TempDir(), "out.wav")
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := e.command(ctx, v, tc.text, wav).Run(); err != nil {
				t.Fatalf("espeak-ng -v %s -w: %v", v.Name, err)
			}
			secs, rms := measureWAV(t, wav)
			t.Logf("%s (voice %s): %.2f s, RMS %.0f", tc.lang, v.Name, secs, rms)
			if secs <= 0.3 {
				t.Errorf("%.2f s of sound, want more than 0.3 s", secs)
			}
			if rms < 300 { // of 32768; espeak-ng's speech is about 2000-4000, silence 0
				t.Errorf("RMS %.0f: silent", rms)
			}
		})
	}
}

// TestEspeakReadsChineseAsChinese: the voice chosen for Chinese turns characters into
// Mandarin phonemes, not into pinyin that the English rules read ("ni three"), which is
// what espeak-ng 1.51's cmn voice does.
func TestEspeakReadsChineseAsChinese(t *testing.T) {
	e := linuxEngine(t)
	for _, lang := range []guidance.Lang{guidance.LangZhHans, guidance.LangZhHant} {
		v, ok := e.Voice(lang)
		if !ok {
			t.Fatalf("no voice for %s", lang)
		}
		text := map[guidance.Lang]string{guidance.LangZhHans: "你可以请律师。", guidance.LangZhHant: "你可以請律師。"}[lang]
		cmd := exec.Command(e.Path, "-q", "-x", "-b", "1", "-v", v.Name, "--stdin")
		cmd.Stdin = strings.NewReader(text)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("espeak-ng -x: %v", err)
		}
		if ph := string(out); strings.Contains(ph, "(en)") || strings.TrimSpace(ph) == "" {
			t.Errorf("%s with voice %s: phonemes %q switch to English", lang, v.Name, ph)
		}
	}
}

// TestEspeakStopsAtOnce cancels a long reading and checks that Speak returns at once with
// the context's error. Where the computer has no sound card, espeak-ng ends by itself
// almost at once; the test then says so and checks only that nothing failed.
func TestEspeakStopsAtOnce(t *testing.T) {
	e := linuxEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	text := strings.Repeat("This sentence goes on for a long time so that there is time to stop it. ", 20)
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	err := e.Speak(ctx, guidance.LangEn, text)
	took := time.Since(start)
	switch {
	case errors.Is(err, context.Canceled):
		if took > 1500*time.Millisecond {
			t.Errorf("stopped after %v, want at once after 300 ms", took)
		}
	case err == nil && took < 300*time.Millisecond:
		t.Logf("espeak-ng finished in %v: no sound device here, nothing to stop", took)
	default:
		t.Errorf("Speak = %v after %v", err, took)
	}
	cancel()
}

// measureWAV reads a 16-bit PCM WAV file: its length in seconds and the RMS of its samples.
func measureWAV(t *testing.T, path string) (secs, rms float64) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		t.Fatalf("%s is not a WAV file (%d bytes)", path, len(b))
	}
	var rate, channels, bits int
	var data []byte
	for i := 12; i+8 <= len(b); {
		id, size := string(b[i:i+4]), int(binary.LittleEndian.Uint32(b[i+4:i+8]))
		body := b[i+8:]
		if size > len(body) || size < 0 {
			size = len(body) // a header written before the length was known
		}
		switch id {
		case "fmt ":
			if size < 16 || binary.LittleEndian.Uint16(body[0:2]) != 1 {
				t.Fatalf("not PCM")
			}
			channels = int(binary.LittleEndian.Uint16(body[2:4]))
			rate = int(binary.LittleEndian.Uint32(body[4:8]))
			bits = int(binary.LittleEndian.Uint16(body[14:16]))
		case "data":
			data = body[:size]
		}
		i += 8 + size + size%2
	}
	if bits != 16 || rate == 0 || channels == 0 {
		t.Fatalf("format: %d bits, %d Hz, %d channels; want 16-bit PCM", bits, rate, channels)
	}
	n := len(data) / 2
	if n == 0 {
		return 0, 0
	}
	var sum float64
	for i := 0; i < n; i++ {
		s := float64(int16(binary.LittleEndian.Uint16(data[2*i:])))
		sum += s * s
	}
	return float64(n/channels) / float64(rate), math.Sqrt(sum / float64(n))
}
