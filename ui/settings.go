package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
)

type settingsHandlers struct {
	onLanguage func(guidance.Lang)
	onLook     func()
}

// settingsScreen holds the interface language, text size and colours, and says what the
// app is and where its data lives.
type settingsScreen struct {
	*env
	content   fyne.CanvasObject
	language  *widget.RadioGroup
	size      *widget.RadioGroup
	look      *widget.RadioGroup
	lockAfter *widget.Select
}

func (s *settingsScreen) autoLock(prefs fyne.Preferences) fyne.CanvasObject {
	var opts []string
	for _, m := range autoLockChoices {
		opts = append(opts, s.tr.N(msgMinutes, m))
	}
	s.lockAfter = widget.NewSelect(opts, func(v string) {
		for _, m := range autoLockChoices {
			if s.tr.N(msgMinutes, m) == v {
				prefs.SetInt(PrefAutoLock, m)
			}
		}
	})
	s.lockAfter.SetSelected(s.tr.N(msgMinutes, prefs.IntWithFallback(PrefAutoLock, 5)))
	return s.lockAfter
}

func percent(scale float64) string { return fmt.Sprintf("%d %%", int(scale*100+0.5)) }

func newSettingsScreen(e *env, prefs fyne.Preferences, info Info, h settingsHandlers, clinic fyne.CanvasObject) *settingsScreen {
	s := &settingsScreen{env: e}

	var langOpts []string
	for _, l := range guidance.UILanguages {
		langOpts = append(langOpts, languageNames[l])
	}
	s.language = widget.NewRadioGroup(langOpts, nil)
	s.language.SetSelected(languageNames[e.tr.lang])
	s.language.OnChanged = func(name string) {
		for _, l := range guidance.UILanguages {
			if languageNames[l] == name && l != e.tr.lang {
				h.onLanguage(l)
			}
		}
	}

	var sizeOpts []string
	for _, sc := range textScales {
		sizeOpts = append(sizeOpts, percent(sc))
	}
	s.size = widget.NewRadioGroup(sizeOpts, nil)
	s.size.Horizontal = true
	s.size.SetSelected(percent(prefs.FloatWithFallback(PrefTextScale, 1)))
	s.size.OnChanged = func(v string) {
		for _, sc := range textScales {
			if percent(sc) == v {
				prefs.SetFloat(PrefTextScale, sc)
				h.onLook()
			}
		}
	}

	looks := []string{lookSystem, lookLight, lookDark, lookContrast}
	lookNames := map[string]string{
		lookSystem: e.tr.T(msgThemeSystem), lookLight: e.tr.T(msgThemeLight),
		lookDark: e.tr.T(msgThemeDark), lookContrast: e.tr.T(msgThemeContrast),
	}
	var lookOpts []string
	for _, l := range looks {
		lookOpts = append(lookOpts, lookNames[l])
	}
	s.look = widget.NewRadioGroup(lookOpts, nil)
	s.look.SetSelected(lookNames[prefs.StringWithFallback(PrefTheme, lookSystem)])
	s.look.OnChanged = func(v string) {
		for _, l := range looks {
			if lookNames[l] == v {
				prefs.SetString(PrefTheme, l)
				h.onLook()
			}
		}
	}

	about := container.NewVBox(
		wrapped(e.tr.T(msgSettingsVersion, "Version", info.Version)),
		wrapped(e.tr.T(msgSettingsData, "Path", info.DataDir)),
		wrapped(e.tr.T(msgSettingsContent, "Topics", info.Content.Topics, "Terms", info.Content.Terms, "Questions", info.Content.Questions)),
		wrapped(e.tr.T(msgSettingsPrivacy)),
	)
	box := container.NewVBox(
		widget.NewCard(e.tr.T(msgSettingsLanguage), "", s.language),
		widget.NewCard(e.tr.T(msgSettingsTextSize), "", s.size),
		widget.NewCard(e.tr.T(msgSettingsTheme), "", s.look),
		widget.NewCard(e.tr.T(msgSettingsAutoLock), "", s.autoLock(prefs)),
	)
	if clinic != nil {
		box.Add(clinic)
	}
	box.Add(widget.NewCard(e.tr.T(msgSettingsAbout), "", about))
	s.content = container.NewVScroll(container.NewPadded(box))
	return s
}
