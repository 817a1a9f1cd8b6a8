package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// calendar is My situation's date picker. Fyne's widget.Calendar titles the month with
// Go's English names ("November 2026") in every language, and Fyne has no word to
// translate it; this one writes the month as the interface language does (2026年11月,
// Dezember 2026), names the weekdays with the words of ui/fynewords, starts the week on
// Monday (as in China and Germany), and its days are the app's buttons (44 units, Enter
// presses them, the focus ring shows).
type calendar struct {
	tr         *translator
	content    fyne.CanvasObject
	title      *widget.Label
	prev, next *button
	header     *fyne.Container // the weekdays
	grid       *fyne.Container // the days
	month      time.Time       // the first day of the month shown
	picked     time.Time       // the day the picker opened at, shown blue
	days       map[int]*button // the month's days, by day of the month: tests tap them

	// OnChanged hears the day picked, at midnight in the location of the day it opened at.
	OnChanged func(time.Time)
}

// weekdays are Fyne's keys for the days of the week, Monday first.
var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

func newCalendar(tr *translator, at time.Time, changed func(time.Time)) *calendar {
	c := &calendar{tr: tr, picked: at, OnChanged: changed, header: container.NewGridWithColumns(7), grid: container.NewGridWithColumns(7)}
	c.prev = newButtonWithIcon("", theme.NavigateBackIcon(), func() { c.show(c.month.AddDate(0, -1, 0)) })
	c.next = newButtonWithIcon("", theme.NavigateNextIcon(), func() { c.show(c.month.AddDate(0, 1, 0)) })
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	// the weekdays apart from the days: a grid's rows are all as high as its highest cell
	c.content = container.NewBorder(container.NewVBox(container.NewBorder(nil, nil, c.prev, c.next, c.title), c.header), nil, nil, nil, c.grid)
	c.show(at)
	return c
}

// show lays out the month of at.
func (c *calendar) show(at time.Time) {
	c.month = time.Date(at.Year(), at.Month(), 1, 0, 0, 0, 0, at.Location())
	c.title.SetText(c.tr.month(c.month))
	var heads []fyne.CanvasObject
	for _, d := range weekdays {
		name := lang.X(d+".short", strings.ToUpper(d[:1])+d[1:3])
		// text without a label's padding: at 200 % the picker then fits a 720-high window
		head := canvas.NewText(name, theme.Color(theme.ColorNameForeground))
		head.Alignment, head.TextStyle, head.TextSize = fyne.TextAlignCenter, fyne.TextStyle{Bold: true}, theme.TextSize()
		heads = append(heads, head)
	}
	c.header.Objects = heads
	c.header.Refresh()
	cells := make([]fyne.CanvasObject, 0, 6*7)
	for range (int(c.month.Weekday()) + 6) % 7 { // Monday is 0
		cells = append(cells, canvas.NewRectangle(color.Transparent))
	}
	c.days = map[int]*button{}
	last := c.month.AddDate(0, 1, -1).Day()
	for d := 1; d <= last; d++ {
		day := time.Date(c.month.Year(), c.month.Month(), d, 0, 0, 0, 0, c.month.Location())
		b := newButton(strconv.Itoa(d), func() {
			if c.OnChanged != nil {
				c.OnChanged(day)
			}
		})
		if day.Year() == c.picked.Year() && day.YearDay() == c.picked.YearDay() {
			b.Importance = widget.HighImportance
		}
		c.days[d] = b
		cells = append(cells, b)
	}
	c.grid.Objects = cells
	c.grid.Refresh()
}

// month writes a month and its year the way the interface language does: 2026年11月 in
// Chinese, the month's name (Fyne's words in ui/fynewords) and the year otherwise.
func (t *translator) month(d time.Time) string {
	if t.lang.IsChinese() {
		return fmt.Sprintf("%d年%d月", d.Year(), int(d.Month()))
	}
	name := d.Month().String()
	return lang.X(strings.ToLower(name), name) + " " + strconv.Itoa(d.Year())
}
