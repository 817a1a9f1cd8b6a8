package ui

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/pleaguide/pleaguide/guidance"
)

// Messages are the interface's words, read from the message files (active.<lang>.toml,
// the format of go-i18n) one language at a time: a language's file is read when that
// language is first shown. Reading all four at start cost 10 ms of CPU and 4 MB of
// garbage before the first frame, for three languages a reader seldom switches to.
// It is safe for use from several goroutines.
type Messages struct {
	fsys    fs.FS
	mu      sync.Mutex
	bundles map[guidance.Lang]*i18n.Bundle
}

// NewMessages reads message files from fsys when they are first needed.
func NewMessages(fsys fs.FS) *Messages {
	return &Messages{fsys: fsys, bundles: map[guidance.Lang]*i18n.Bundle{}}
}

// Load reads the messages of l (and English, the fallback for a message not yet
// translated) unless they have been read. Each language has a bundle of its own that is
// never changed once built, so a translator can use it while another language loads.
func (m *Messages) Load(l guidance.Lang) (*i18n.Bundle, error) {
	if !guidance.IsUILanguage(l) {
		return nil, fmt.Errorf("no interface language %q", l)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if b, ok := m.bundles[l]; ok {
		return b, nil
	}
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files := []string{"active.en.toml"}
	if l != guidance.LangEn {
		files = append(files, "active."+string(l)+".toml")
	}
	for _, f := range files {
		data, err := fs.ReadFile(m.fsys, f)
		if err != nil {
			return nil, fmt.Errorf("read message file: %w", err)
		}
		if _, err := b.ParseMessageFileBytes(data, f); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
	}
	m.bundles[l] = b
	return b, nil
}

// translator renders messages in one language.
type translator struct {
	lang guidance.Lang
	loc  *i18n.Localizer
}

// newTranslator renders messages in lang. Should its message file fail to load (it is
// built in: a packaging error, which TestEveryMessageFileLoads guards against), it
// renders the English written in the code, so no label is ever blank.
func newTranslator(m *Messages, lang guidance.Lang) *translator {
	b, err := m.Load(lang)
	if err != nil {
		fyne.LogError("read the interface's words", err)
		b = i18n.NewBundle(language.English)
	}
	return &translator{lang: lang, loc: i18n.NewLocalizer(b, string(lang), "en")}
}

// T renders m, filling {{.Name}} placeholders from pairs of name and value.
func (t *translator) T(m *i18n.Message, pairs ...any) string {
	var data map[string]any
	if len(pairs) > 0 {
		data = make(map[string]any, len(pairs)/2)
		for i := 0; i+1 < len(pairs); i += 2 {
			data[fmt.Sprint(pairs[i])] = pairs[i+1]
		}
	}
	s, err := t.loc.Localize(&i18n.LocalizeConfig{DefaultMessage: m, TemplateData: data})
	if err != nil || s == "" {
		return m.Other // a missing translation never leaves a blank label
	}
	return s
}

// N renders a message with plural forms for count.
func (t *translator) N(m *i18n.Message, count int) string {
	s, err := t.loc.Localize(&i18n.LocalizeConfig{DefaultMessage: m, PluralCount: count, TemplateData: map[string]any{"Count": count}})
	if err != nil || s == "" {
		return strings.ReplaceAll(m.Other, "{{.Count}}", fmt.Sprint(count))
	}
	return s
}

// languageNames are the languages' own names, shown the same in every UI language so a
// reader can always find theirs.
var languageNames = map[guidance.Lang]string{
	guidance.LangZhHans: "简体中文",
	guidance.LangEn:     "English",
	guidance.LangZhHant: "繁體中文",
	guidance.LangDe:     "Deutsch",
}
