package ui

import (
	"embed"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/pleaguide/pleaguide/guidance"
)

// fyneWords holds the words of Fyne's own widgets (the file dialogs' Save, Cancel and
// Open, an entry's Copy and Paste, the weekday names) in the four interface languages.
//
//go:embed fynewords/*.json
var fyneWords embed.FS

// fyneLocales are the languages Fyne 2.7.1 ships words for (fyne.io/fyne/v2/lang/
// translations). Fyne picks among them by the computer's language, not the app's, so a
// Chinese interface on an English computer would show English buttons in every file
// dialog (issue 14 item 10).
var fyneLocales = []fyne.Locale{
	"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans",
	"zh-Hant",
}

// useFyneWords makes Fyne's own widgets speak l: Fyne has no call to choose its language,
// so the words of l are given to every language Fyne might pick for this computer. It is
// called whenever the interface language is set.
func useFyneWords(l guidance.Lang) error {
	data, err := fyneWords.ReadFile("fynewords/" + string(l) + ".json")
	if err != nil {
		return fmt.Errorf("fyne words for %s: %w", l, err)
	}
	for _, loc := range fyneLocales {
		if err := lang.AddTranslationsForLocale(data, loc); err != nil {
			return fmt.Errorf("fyne words for %s as %s: %w", l, loc, err)
		}
	}
	return nil
}
