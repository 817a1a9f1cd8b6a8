package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
)

// AppIcon is the app's icon: the window's (cmd/pleaguide sets it) and the chooser's, one
// resource read once from the embedded 256 px PNG.
var AppIcon fyne.Resource = fyne.NewStaticResource("pleaguide-256.png", assets.WindowIcon())

// chooserScreen is the first-start language chooser: one large button per language, the
// system's language preselected.
type chooserScreen struct {
	content  fyne.CanvasObject
	icon     *canvas.Image
	buttons  map[guidance.Lang]*button
	onChosen func(guidance.Lang)
}

func newChooserScreen(tr *translator, pre guidance.Lang, onChosen func(guidance.Lang)) *chooserScreen {
	s := &chooserScreen{buttons: map[guidance.Lang]*button{}, onChosen: onChosen}
	icon := canvas.NewImageFromResource(AppIcon)
	s.icon = icon
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewRichText(&widget.TextSegment{Text: tr.T(msgChooseLanguage), Style: widget.RichTextStyleHeading})
	title.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignCenter
	var buttons []fyne.CanvasObject
	for _, l := range guidance.UILanguages {
		b := newButton(languageNames[l], func() { s.onChosen(l) })
		if l == pre {
			b.Importance = widget.HighImportance
		}
		s.buttons[l] = b
		buttons = append(buttons, container.NewGridWrap(fyne.NewSize(280, 72), b))
	}
	grid := container.NewGridWithColumns(2, buttons...)
	hint := widget.NewLabelWithStyle(tr.T(msgChooseLanguageHint), fyne.TextAlignCenter, fyne.TextStyle{})
	s.content = container.NewCenter(container.NewVBox(icon, title, grid, hint))
	return s
}
