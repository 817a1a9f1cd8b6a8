package ui

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/pleaguide/pleaguide/guidance"
)

// NewBundle loads every active.<lang>.toml message file from fsys.
func NewBundle(fsys fs.FS) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, "active.*.toml")
	if err != nil {
		return nil, fmt.Errorf("list message files: %w", err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		if _, err := b.ParseMessageFileBytes(data, f); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
	}
	return b, nil
}

// translator renders messages in one language.
type translator struct {
	lang guidance.Lang
	loc  *i18n.Localizer
}

func newTranslator(b *i18n.Bundle, lang guidance.Lang) *translator {
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
