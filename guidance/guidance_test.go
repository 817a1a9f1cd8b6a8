package guidance

import (
	"testing"
	"time"
)

func TestWriteDate(t *testing.T) {
	d := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	for l, want := range map[Lang]string{LangZhHans: "2026年3月5日", LangZhHant: "2026年3月5日", LangDe: "05.03.2026", LangEn: "2026-03-05"} {
		if got := l.WriteDate(d); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
}
