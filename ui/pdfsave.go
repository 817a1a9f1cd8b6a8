package ui

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/export"
)

// pdfDeps is what a pdfSaver needs from the shell.
type pdfDeps struct {
	exportDir string                 // where a copy to print goes; "" when nothing can be written
	clinic    func() guidance.Clinic // the clinic's lines head every page; AlwaysGuest: never save
	openURL   func(*url.URL) error
	now       func() time.Time
	fonts     func() (export.Fonts, error) // export.FindFonts, or a stand-in in tests
}

// pdfSaver offers a PDF of the plan, the question sheet, the prepared page or the
// comparison: on A4 or US Letter, in the content language (or the one set with in) or in
// it and the other one after it, and, where withMarkdown asked for it, as Markdown
// instead. It is saved where the visitor chooses; when the clinic never saves, it is
// instead a PDF written to the export folder as a temporary copy and opened in the
// system's viewer to print, and clearExports deletes it when the visit ends (I'm done,
// quick exit, auto-lock) and when the app starts or exits.
type pdfSaver struct {
	*env
	d pdfDeps

	first    guidance.Lang // the document's language; "" for the content language
	markdown bool          // Markdown is offered beside PDF (never when printing)

	dlg     dialog.Dialog
	paper   *widget.RadioGroup
	format  *widget.RadioGroup // PDF or Markdown; nil when only PDF is offered
	both    *widget.Check      // add the same pages in the other content language
	goOn    *button            // "Save as PDF…" or "Print as PDF" in the dialog
	message string             // what the last attempt said, for tests
	written string             // the last temporary copy, for tests
	pdf     []byte             // the last PDF made, for tests
	md      []byte             // the last Markdown made, for tests

	offered []*button // every button made by button, relabelled by followClinic
}

func newPDFSaver(e *env, d pdfDeps) *pdfSaver { return &pdfSaver{env: e, d: d} }

// in makes lang the document's language (the Compare screen's table is in the interface
// language, which its pack-less table has in all four, not in the content language).
func (p *pdfSaver) in(lang guidance.Lang) *pdfSaver { p.first = lang; return p }

// withMarkdown offers Markdown beside PDF when saving.
func (p *pdfSaver) withMarkdown() *pdfSaver { p.markdown = true; return p }

// docLang is the language the document is made in first.
func (p *pdfSaver) docLang() guidance.Lang {
	if p.first != "" {
		return p.first
	}
	return p.lang
}

// offersMarkdown reports whether the dialog lets the visitor pick Markdown.
func (p *pdfSaver) offersMarkdown() bool { return p.markdown && !p.neverSave() }

// neverSave reports whether the clinic keeps nothing: then only printing is offered.
func (p *pdfSaver) neverSave() bool { return p.d.clinic != nil && p.d.clinic().AlwaysGuest }

// button is the button to put beside Print: "Save as PDF…", or "Print as PDF" when the
// clinic never saves. build makes the document's parts in the languages asked for; name is
// the file name offered ("plan.pdf"). The button follows later changes of the clinic's
// setting through followClinic.
func (p *pdfSaver) button(name string, build func(langs []guidance.Lang) ([]export.Part, error)) *button {
	b := newButtonWithIcon("", nil, func() { p.onOffer(name, build) })
	p.offered = append(p.offered, b)
	p.label(b)
	return b
}

// followClinic relabels every button this saver made after the clinic's setting changed:
// a screen built before "never save" was switched on must not keep offering to save.
func (p *pdfSaver) followClinic() {
	for _, b := range p.offered {
		p.label(b)
	}
}

// label gives b the words, icon and state the clinic's setting asks for now.
func (p *pdfSaver) label(b *button) {
	label, icon := msgPDFSave, theme.DocumentSaveIcon()
	if p.neverSave() {
		label, icon = msgPDFPrint, theme.DocumentPrintIcon()
	}
	b.SetText(p.tr.T(label))
	b.SetIcon(icon)
	if p.neverSave() && p.d.exportDir == "" {
		b.Disable()
	} else {
		b.Enable()
	}
}

// otherLang is the content language a bilingual PDF adds after lang.
func otherLang(lang guidance.Lang) guidance.Lang {
	if lang.IsChinese() {
		return guidance.LangEn
	}
	return guidance.LangZhHans
}

// onOffer asks for the paper size and the languages (and the format, where Markdown is
// offered), then makes the document.
func (p *pdfSaver) onOffer(name string, build func([]guidance.Lang) ([]export.Part, error)) {
	title := p.tr.T(msgPDFSave)
	if p.neverSave() {
		title = p.tr.T(msgPDFPrint)
	}
	_, fontErr := p.d.fonts()
	if fontErr != nil && !p.offersMarkdown() {
		p.say(title, p.tr.T(msgPDFNoFont))
		return
	}
	a4, letter := p.tr.T(msgPDFPaperA4), p.tr.T(msgPDFPaperLetter)
	p.paper = widget.NewRadioGroup([]string{a4, letter}, nil)
	p.paper.SetSelected(a4)
	p.both = widget.NewCheck(p.tr.T(msgPDFBoth, "Language", languageNames[otherLang(p.docLang())]), nil)
	pdfName, mdName := p.tr.T(msgExportPDF), p.tr.T(msgExportMarkdown)
	p.format = nil
	if p.offersMarkdown() {
		p.format = widget.NewRadioGroup([]string{pdfName, mdName}, func(choice string) {
			if choice == mdName {
				p.paper.Disable() // Markdown has no pages
			} else {
				p.paper.Enable()
			}
		})
		p.format.SetSelected(pdfName)
		if fontErr != nil {
			p.format.SetSelected(mdName) // PDF needs a font this computer lacks
		}
	}
	p.goOn = newButtonWithIcon(title, theme.ConfirmIcon(), func() {
		p.dlg.Hide()
		paper := export.A4
		if p.paper.Selected == letter {
			paper = export.Letter
		}
		langs := []guidance.Lang{p.docLang()}
		if p.both.Checked {
			langs = append(langs, otherLang(p.docLang()))
		}
		if p.format != nil && p.format.Selected == mdName && !p.neverSave() {
			p.makeMarkdown(title, strings.TrimSuffix(name, ".pdf")+".md", langs, build)
			return
		}
		p.make(title, name, paper, langs, build)
	})
	p.goOn.Importance = widget.HighImportance
	cancel := newButton(p.tr.T(msgCancel), func() { p.dlg.Hide() })
	body := container.NewVBox()
	if p.format != nil {
		body.Add(wrapped(p.tr.T(msgExportFormat)))
		body.Add(p.format)
	}
	body.Objects = append(body.Objects, wrapped(p.tr.T(msgPDFPaper)), p.paper, p.both, container.NewHBox(layout.NewSpacer(), cancel, p.goOn))
	p.dlg = dialog.NewCustomWithoutButtons(title, body, p.win)
	p.dlg.Resize(fyne.NewSize(520, 0))
	p.dlg.Show()
}

// make builds the PDF and saves it where the visitor chooses, or prints it.
func (p *pdfSaver) make(title, name string, paper export.Paper, langs []guidance.Lang, build func([]guidance.Lang) ([]export.Part, error)) {
	fonts, err := p.d.fonts()
	if err != nil {
		p.say(title, p.tr.T(msgPDFNoFont))
		return
	}
	parts, err := build(langs)
	var data []byte
	if err == nil {
		doc := export.Doc{Parts: parts, Made: p.d.now()}
		if p.d.clinic != nil {
			doc.Header = p.d.clinic().Lines()
		}
		data, err = export.PDF(doc, paper, fonts)
	}
	if err != nil {
		fyne.LogError("make PDF", err)
		p.say(title, p.tr.T(msgCaseExportFailed))
		return
	}
	p.pdf = data
	if p.neverSave() {
		p.printTemp(title, name, data)
		return
	}
	p.saveAs(title, name, data, p.tr.T(msgPDFSaved))
}

// makeMarkdown builds the document as Markdown and saves it where the visitor chooses
// (never offered when the clinic never saves: there is nothing to print it with).
func (p *pdfSaver) makeMarkdown(title, name string, langs []guidance.Lang, build func([]guidance.Lang) ([]export.Part, error)) {
	parts, err := build(langs)
	if err != nil {
		fyne.LogError("make Markdown", err)
		p.say(title, p.tr.T(msgCaseExportFailed))
		return
	}
	doc := export.Doc{Parts: parts, Made: p.d.now()}
	if p.d.clinic != nil {
		doc.Header = p.d.clinic().Lines()
	}
	p.md = export.Markdown(doc)
	p.saveAs(title, name, p.md, p.tr.T(msgMarkdownSaved))
}

// saveAs asks where to save data and writes it there, saying saved when it is written.
func (p *pdfSaver) saveAs(title, name string, data []byte, saved string) {
	save := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		_, err = w.Write(data)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		msg := saved
		if err != nil {
			fyne.LogError("save export", err)
			msg = p.tr.T(msgCaseExportFailed)
			_ = storage.Delete(w.URI()) // leave no half-written copy behind
		}
		p.say(title, msg)
	}, p.win)
	save.SetFileName(name)
	save.Show()
}

// printTemp writes the PDF to the export folder and opens it in the system's viewer.
func (p *pdfSaver) printTemp(title, name string, data []byte) {
	err := os.MkdirAll(p.d.exportDir, 0o700)
	path := filepath.Join(p.d.exportDir, fmt.Sprintf("%d-%s", p.d.now().UnixNano(), name))
	if err == nil {
		err = os.WriteFile(path, data, 0o600)
	}
	if err != nil {
		fyne.LogError("write PDF to print", err)
		p.say(title, p.tr.T(msgCaseExportFailed))
		return
	}
	p.written = path
	if err := p.d.openURL(&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}); err != nil {
		p.say(title, p.tr.T(msgPDFNoViewer, "Path", path))
		return
	}
	p.say(title, p.tr.T(msgPDFTemp, "Folder", p.d.exportDir))
}

func (p *pdfSaver) say(title, msg string) {
	p.message = msg
	// wide enough to read: a wrapping text in a dialog is otherwise only as wide as its title
	d := dialog.NewCustom(title, p.tr.T(msgClose), wrapped(msg), p.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}
