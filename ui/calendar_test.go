package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestCalendarSpeaksTheAppLanguage: the date picker's month title and weekdays are in the
// interface language, not Go's English (issue 14, item 5), it turns the months, a tapped
// day reaches OnChanged, and its buttons are 44 units.
func TestCalendarSpeaksTheAppLanguage(t *testing.T) {
	t.Cleanup(func() {
		if err := useFyneWords(guidance.LangEn); err != nil {
			t.Error(err)
		}
	})
	day := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang                          guidance.Lang
		title, next, back, firstShort string
	}{
		{guidance.LangZhHans, "2026年11月", "2026年12月", "2026年10月", "一"},
		{guidance.LangZhHant, "2026年11月", "2026年12月", "2026年10月", "一"},
		{guidance.LangEn, "November 2026", "December 2026", "October 2026", "Mon"},
		{guidance.LangDe, "November 2026", "Dezember 2026", "Oktober 2026", "Mo"},
	} {
		t.Run(string(tt.lang), func(t *testing.T) {
			test.NewTempApp(t)
			if err := useFyneWords(tt.lang); err != nil {
				t.Fatal(err)
			}
			var got time.Time
			c := newCalendar(tr(t, tt.lang), day, func(d time.Time) { got = d })
			w := test.NewTempWindow(t, c.content)
			w.Resize(fyne.NewSize(480, 480))
			if c.title.Text != tt.title {
				t.Errorf("title %q, want %q", c.title.Text, tt.title)
			}
			if s := texts(c.content); !strings.Contains(s, tt.title+"\n") {
				t.Errorf("calendar does not show %q:\n%s", tt.title, firstLines(s, 9))
			}
			if l, ok := c.header.Objects[0].(*canvas.Text); !ok || l.Text != tt.firstShort {
				t.Errorf("the week starts with %v, want %q", c.header.Objects[0], tt.firstShort)
			}
			// 1 November 2026 is a Sunday: six empty cells before it, Monday first
			if n := len(c.grid.Objects) - len(c.days); n != 6 {
				t.Errorf("%d cells before the 1st, want 6", n)
			}
			test.Tap(c.days[9])
			if !got.Equal(time.Date(2026, 11, 9, 0, 0, 0, 0, time.UTC)) {
				t.Errorf("tapping 9 gave %v", got)
			}
			test.Tap(c.next)
			if c.title.Text != tt.next || len(c.days) != 31 {
				t.Errorf("after next: %q with %d days", c.title.Text, len(c.days))
			}
			test.Tap(c.prev)
			test.Tap(c.prev)
			if c.title.Text != tt.back || len(c.days) != 31 {
				t.Errorf("two months back: %q with %d days", c.title.Text, len(c.days))
			}
			for _, p := range smallTargets(placedIn(c.content)) {
				t.Errorf("%s is %.0f×%.0f", describe(p.obj), p.obj.Size().Width, p.obj.Size().Height)
			}
		})
	}
}
