package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// settingsDeps is what Settings needs besides the env.
type settingsDeps struct {
	prefs  fyne.Preferences
	info   Info
	clinic ClinicStore     // nil: no clinic mode (nothing can be saved)
	saved  guidance.Clinic // the clinic settings as last saved

	onLanguage      func(guidance.Lang)   // the reader chose another interface language
	onLook          func()                // text size or colours changed
	onClinicChanged func(guidance.Clinic) // clinic settings were saved
	onJurisdiction  func(pack string)     // the reader chose another jurisdiction
}

// settingsScreen holds the interface language, text size, colours, auto-lock time and
// clinic mode, and says what the app is and where its data lives.
type settingsScreen struct {
	*env
	d         settingsDeps
	content   fyne.CanvasObject
	language  *widget.RadioGroup
	size      *widget.RadioGroup
	look      *widget.RadioGroup
	lockAfter *widget.Select
	clinic    *clinicCard // nil without clinic mode
	checked   *flow.Text  // when the content was last checked; nil without topics

	jurisdiction *jurisdictionPicker // nil with one pack only
}

// looks are the colour choices in the order shown.
var looks = []string{lookSystem, lookLight, lookDark, lookContrast}

func percent(scale float64) string { return fmt.Sprintf("%d %%", int(scale*100+0.5)) }

func newSettingsScreen(e *env, d settingsDeps) *settingsScreen {
	s := &settingsScreen{env: e, d: d}

	var langOpts []string
	for _, l := range guidance.UILanguages {
		langOpts = append(langOpts, languageNames[l])
	}
	s.language = widget.NewRadioGroup(langOpts, nil)
	s.language.SetSelected(languageNames[e.tr.lang])
	s.language.OnChanged = s.onLanguageChanged

	var sizeOpts []string
	for _, sc := range textScales {
		sizeOpts = append(sizeOpts, percent(sc))
	}
	s.size = widget.NewRadioGroup(sizeOpts, nil)
	s.size.Horizontal = true
	s.size.SetSelected(percent(d.prefs.FloatWithFallback(PrefTextScale, 1)))
	s.size.OnChanged = s.onTextSizeChanged

	var lookOpts []string
	for _, l := range looks {
		lookOpts = append(lookOpts, s.lookName(l))
	}
	s.look = widget.NewRadioGroup(lookOpts, nil)
	s.look.SetSelected(s.lookName(d.prefs.StringWithFallback(PrefTheme, lookSystem)))
	s.look.OnChanged = s.onLookChanged

	var lockOpts []string
	for _, m := range autoLockChoices {
		lockOpts = append(lockOpts, e.tr.N(msgMinutes, m))
	}
	s.lockAfter = widget.NewSelect(lockOpts, nil)
	s.lockAfter.SetSelected(e.tr.N(msgMinutes, d.prefs.IntWithFallback(PrefAutoLock, defaultAutoLock)))
	s.lockAfter.OnChanged = s.onAutoLockChanged

	about := container.NewVBox(
		wrapped(e.tr.T(msgSettingsVersion, "Version", d.info.Version)),
		wrapped(e.tr.T(msgSettingsData, "Path", d.info.DataDir)),
		wrapped(e.tr.T(msgSettingsContent, "Topics", d.info.Content.Topics, "Terms", d.info.Content.Terms, "Questions", d.info.Content.Questions)),
	)
	if !d.info.CheckedTo.IsZero() {
		s.checked = wrapped(e.tr.T(msgSettingsChecked, "From", e.tr.date(d.info.CheckedFrom), "To", e.tr.date(d.info.CheckedTo)))
		about.Add(s.checked)
	}
	about.Add(wrapped(e.tr.T(msgSettingsPrivacy)))
	box := container.NewVBox(
		card(e.tr.T(msgSettingsLanguage), s.language),
	)
	if len(e.packs) > 1 {
		s.jurisdiction = newJurisdictionPicker(e, d.onJurisdiction)
		box.Add(s.jurisdiction.content)
	}
	box.Add(card(e.tr.T(msgSettingsTextSize), s.size))
	box.Add(card(e.tr.T(msgSettingsTheme), s.look))
	box.Add(card(e.tr.T(msgSettingsAutoLock), s.lockAfter))
	if d.clinic != nil {
		s.clinic = newClinicCard(e, d.clinic, d.saved, d.onClinicChanged)
		box.Add(s.clinic.content)
	}
	box.Add(card(e.tr.T(msgSettingsAbout), about))
	s.content = newVScroll(container.NewPadded(box))
	return s
}

func (s *settingsScreen) lookName(l string) string {
	switch l {
	case lookLight:
		return s.tr.T(msgThemeLight)
	case lookDark:
		return s.tr.T(msgThemeDark)
	case lookContrast:
		return s.tr.T(msgThemeContrast)
	default:
		return s.tr.T(msgThemeSystem)
	}
}

func (s *settingsScreen) onLanguageChanged(name string) {
	for _, l := range guidance.UILanguages {
		if languageNames[l] == name && l != s.tr.lang {
			s.d.onLanguage(l)
		}
	}
}

func (s *settingsScreen) onTextSizeChanged(v string) {
	for _, sc := range textScales {
		if percent(sc) == v {
			s.d.prefs.SetFloat(PrefTextScale, sc)
			s.d.onLook()
		}
	}
}

func (s *settingsScreen) onLookChanged(v string) {
	for _, l := range looks {
		if s.lookName(l) == v {
			s.d.prefs.SetString(PrefTheme, l)
			s.d.onLook()
		}
	}
}

func (s *settingsScreen) onAutoLockChanged(v string) {
	for _, m := range autoLockChoices {
		if s.tr.N(msgMinutes, m) == v {
			s.d.prefs.SetInt(PrefAutoLock, m)
		}
	}
}
