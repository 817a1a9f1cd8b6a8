package ui

import (
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// BenchmarkNew measures building the main window's screens, Plea Guide's own share of
// start-up (Fyne's window and GL set-up are timed by scripts/bench.sh).
func BenchmarkNew(b *testing.B) {
	u := newTestUI(b, guidance.LangEn)
	for b.Loop() {
		u.build()
	}
}
