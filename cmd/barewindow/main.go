// Command barewindow opens an empty Fyne window of the same size as Plea Guide's, built
// from the same Fyne version. scripts/bench.sh times Plea Guide's cold start against it.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.pleaguide.barewindow")
	w := a.NewWindow("Bare Fyne window")
	w.SetContent(widget.NewLabel("bare"))
	w.Resize(fyne.NewSize(1040, 720))
	w.ShowAndRun()
}
