package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/ui/flow"
)

// PrefJurisdiction is the pack (cn, us, de, tw) the library, glossary and search show.
const PrefJurisdiction = "content.jurisdiction"

// defaultJurisdiction is mainland China, whatever the interface language: the app is
// about its plea system, and the other packs compare with it.
const defaultJurisdiction = "cn"

// jurisdictionNames name the packs in the interface language; a pack not listed here is
// named by its own pack.toml.
var jurisdictionNames = map[string]*i18n.Message{
	"cn": msgJurisdictionCN, "us": msgJurisdictionUS, "de": msgJurisdictionDE, "tw": msgJurisdictionTW,
}

// jurisdictionName names pack p in the interface language.
func jurisdictionName(tr *translator, p guidance.Pack) string {
	if m := jurisdictionNames[p.ID]; m != nil {
		return tr.T(m)
	}
	if n := p.Name[guidance.ContentLang(tr.lang, p.Languages)]; n != "" {
		return n
	}
	return p.ID
}

// jurisdictionPicker chooses the pack shown: one radio button a jurisdiction. Home and
// Settings each hold one.
type jurisdictionPicker struct {
	content fyne.CanvasObject
	choice  *widget.RadioGroup
	ids     []string // pack IDs, in the order shown
	names   []string

	onChosen func(pack string)
}

func newJurisdictionPicker(e *env, onChosen func(pack string)) *jurisdictionPicker {
	j := &jurisdictionPicker{onChosen: onChosen}
	for _, p := range e.packs {
		j.ids = append(j.ids, p.ID)
		j.names = append(j.names, jurisdictionName(e.tr, p))
	}
	j.choice = widget.NewRadioGroup(j.names, nil)
	for i, id := range j.ids {
		if id == e.pack {
			j.choice.SetSelected(j.names[i])
		}
	}
	j.choice.OnChanged = j.onChanged
	j.content = card(e.tr.T(msgJurisdictionHeading), container.NewVBox(wrapped(e.tr.T(msgJurisdictionHint)), j.choice))
	return j
}

func (j *jurisdictionPicker) onChanged(name string) {
	for i, n := range j.names {
		if n == name && j.onChosen != nil {
			j.onChosen(j.ids[i])
		}
	}
}

// contentNotice says, above content, when it is not in the interface language (the pack
// has no text in it) or was converted into it rather than written; nil otherwise.
func contentNotice(e *env) *flow.Text {
	var text string
	switch {
	case e.lang != e.tr.lang:
		text = e.tr.T(msgLibraryOtherLang, "Lang", languageNames[e.lang])
	case e.converted:
		text = e.tr.T(msgContentConverted)
	default:
		return nil
	}
	note := wrapped(text)
	note.SetColor(theme.ColorNameWarning)
	return note
}

// withNotice puts contentNotice above obj, when there is one.
func withNotice(e *env, obj fyne.CanvasObject) fyne.CanvasObject {
	if n := contentNotice(e); n != nil {
		return container.NewBorder(container.NewPadded(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, n)), nil, nil, nil, obj)
	}
	return obj
}
