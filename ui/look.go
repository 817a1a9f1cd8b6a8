package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/pleaguide/pleaguide/guidance"
)

// Preference keys. Only small interface settings live in Fyne Preferences; everything a
// user enters goes to the database.
const (
	PrefLanguage  = "ui.language"   // a guidance.Lang; empty until the user has chosen
	PrefTextScale = "ui.text-scale" // 1, 1.25, 1.5 or 2
	PrefTheme     = "ui.theme"      // one of the look* constants
)

// Looks the user can choose.
const (
	lookSystem   = "system"
	lookLight    = "light"
	lookDark     = "dark"
	lookContrast = "contrast"
)

var textScales = []float64{1, 1.25, 1.5, 2}

// appTheme wraps Fyne's default theme: it scales text and icons and can force a light,
// dark or high-contrast palette.
type appTheme struct {
	look  string
	scale float32
	lang  guidance.Lang // the interface language: Chinese gets its own bold and no italics
	cjk   *CJKBold      // nil: no Chinese bold font on this system
}

func newAppTheme(look string, scale float64) *appTheme {
	valid := false
	for _, s := range textScales {
		valid = valid || s == scale
	}
	if !valid {
		scale = 1
	}
	return &appTheme{look: look, scale: float32(scale)}
}

func (t *appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch t.look {
	case lookLight:
		v = theme.VariantLight
	case lookDark:
		v = theme.VariantDark
	case lookContrast:
		if c, ok := highContrast[n]; ok {
			return c
		}
		v = theme.VariantDark
	}
	if c, ok := clearer[v][n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

// clearer replaces the colours of Fyne's light and dark palettes that fall short of WCAG:
// the outline of an unticked box or an unselected radio button is 3:1 against the page
// (Fyne's is 1.3:1 in light, 1.6:1 in dark), and text on blue and red buttons, links,
// hints and warnings (the "not saved" line) are 4.5:1. TestThemeContrast checks every pair.
var clearer = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameInputBorder: color.NRGBA{0x76, 0x76, 0x76, 0xff},
		theme.ColorNamePrimary:     color.NRGBA{0x1a, 0x5f, 0xd8, 0xff},
		theme.ColorNameHyperlink:   color.NRGBA{0x17, 0x58, 0xc9, 0xff},
		theme.ColorNameError:       color.NRGBA{0xc6, 0x28, 0x28, 0xff},
		theme.ColorNamePlaceHolder: color.NRGBA{0x6a, 0x6a, 0x6a, 0xff},
		theme.ColorNameFocus:       color.NRGBA{0x1a, 0x5f, 0xd8, 0x7f},
		theme.ColorNameWarning:     color.NRGBA{0xa8, 0x52, 0x00, 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder: color.NRGBA{0x8a, 0x8a, 0x8e, 0xff},
		theme.ColorNamePrimary:     color.NRGBA{0x1a, 0x5f, 0xd8, 0xff},
		theme.ColorNameHyperlink:   color.NRGBA{0x6e, 0xa8, 0xff, 0xff},
		theme.ColorNameFocus:       color.NRGBA{0x1a, 0x5f, 0xd8, 0x7f},
	},
}

// highContrast is white and yellow on black, well above WCAG AAA contrast.
var highContrast = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          color.Black,
	theme.ColorNameForeground:          color.White,
	theme.ColorNameButton:              color.NRGBA{0x1a, 0x1a, 0x1a, 0xff},
	theme.ColorNameDisabledButton:      color.NRGBA{0x1a, 0x1a, 0x1a, 0xff},
	theme.ColorNameDisabled:            color.NRGBA{0xb0, 0xb0, 0xb0, 0xff},
	theme.ColorNameInputBackground:     color.Black,
	theme.ColorNameInputBorder:         color.White,
	theme.ColorNamePlaceHolder:         color.NRGBA{0xc8, 0xc8, 0xc8, 0xff},
	theme.ColorNamePrimary:             color.NRGBA{0xff, 0xd7, 0x00, 0xff},
	theme.ColorNameForegroundOnPrimary: color.Black,
	theme.ColorNameError:               color.NRGBA{0xff, 0x8a, 0x80, 0xff},
	theme.ColorNameForegroundOnError:   color.Black,
	theme.ColorNameFocus:               color.NRGBA{0xff, 0xd7, 0x00, 0xff},
	theme.ColorNameHover:               color.NRGBA{0x33, 0x33, 0x33, 0xff},
	theme.ColorNamePressed:             color.NRGBA{0x55, 0x55, 0x55, 0xff},
	theme.ColorNameHyperlink:           color.NRGBA{0xff, 0xff, 0x66, 0xff},
	theme.ColorNameSelection:           color.NRGBA{0x00, 0x3c, 0x8f, 0xff},
	theme.ColorNameSeparator:           color.White,
	theme.ColorNameHeaderBackground:    color.Black,
	theme.ColorNameMenuBackground:      color.Black,
	theme.ColorNameOverlayBackground:   color.Black,
	theme.ColorNameScrollBar:           color.White,
	theme.ColorNameShadow:              color.NRGBA{0xff, 0xff, 0xff, 0x40},
}

// Font draws Chinese interfaces without italics (Chinese has none, and slanted Latin
// letters among upright characters look broken) and their bold with a Chinese bold font,
// so that a bold line is bold throughout, not only in its Latin letters and digits.
func (t *appTheme) Font(s fyne.TextStyle) fyne.Resource {
	if t.lang == guidance.LangZhHans || t.lang == guidance.LangZhHant {
		s.Italic = false
		if s.Bold && !s.Monospace && !s.Symbol {
			if r := t.cjk.Ready(t.lang); r != nil {
				return r
			}
		}
	}
	return theme.DefaultTheme().Font(s)
}

func (t *appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// minTarget is the smallest a target may be, in both directions: 44 units, WCAG 2.2's
// 44 CSS pixels (2.5.5). TestTargetsAreLargeEnough holds every screen to it.
const minTarget = 44

// minHeight is an invisible strut that makes the row it is stacked in at least h high.
func minHeight(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}

// targetPadding is the inner padding of buttons, check boxes, radio items, selects and
// text fields: with a line of 100 % text (19 units) inside, 19 + 2 × 13 makes each at least
// 44 units high, the size WCAG 2.2 asks of a target (2.5.5). Fyne's 8 made them 35 or 36.
// Paragraphs (ui/flow) keep their own, smaller inset.
const targetPadding = 13

func (t *appTheme) Size(n fyne.ThemeSizeName) float32 {
	s := theme.DefaultTheme().Size(n)
	switch n {
	case theme.SizeNameInnerPadding:
		return targetPadding
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * t.scale
	case theme.SizeNameInputBorder, theme.SizeNameSeparatorThickness:
		if t.look == lookContrast {
			return s * 2
		}
	}
	return s
}
