package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of the PDF (and, on Compare, Markdown) export of the plan, the question sheet,
// the prepared page and the comparison (pdfsave.go).
var (
	msgPDFSave        = &i18n.Message{ID: "PDFSave", Other: "Save as PDF…"}
	msgExportFormat   = &i18n.Message{ID: "ExportFormat", Other: "Save it as"}
	msgExportPDF      = &i18n.Message{ID: "ExportPDF", Other: "PDF: pages to print or send"}
	msgExportMarkdown = &i18n.Message{ID: "ExportMarkdown", Description: "Markdown is the file format's name", Other: "Markdown: plain text that any text editor opens"}
	msgMarkdownSaved  = &i18n.Message{ID: "MarkdownSaved", Other: "The file is saved. It is not encrypted: keep it where only you can see it."}
	msgPDFPrint       = &i18n.Message{ID: "PDFPrint", Other: "Print as PDF"}
	msgPDFPaper       = &i18n.Message{ID: "PDFPaper", Other: "Paper size"}
	msgPDFPaperA4     = &i18n.Message{ID: "PDFPaperA4", Other: "A4"}
	msgPDFPaperLetter = &i18n.Message{ID: "PDFPaperLetter", Other: "US Letter"}
	msgPDFBoth        = &i18n.Message{ID: "PDFBoth", Description: "Language is the other language's own name, e.g. English or 简体中文", Other: "Add the same pages in {{.Language}} after them"}
	msgPDFNoFont      = &i18n.Message{ID: "PDFNoFont", Other: "A PDF cannot be made on this computer: no font with Chinese characters that a PDF can carry was found. On Debian or Ubuntu, install fonts-droid-fallback and fonts-dejavu-core. Printing still works."}
	msgPDFSaved       = &i18n.Message{ID: "PDFSaved", Other: "The PDF is saved. It is not encrypted: keep it where only you can see it."}
	msgPDFTemp        = &i18n.Message{ID: "PDFTemp", Description: "Folder is a folder path", Other: "The PDF opened in the viewer: print it from there. It is a temporary copy, not encrypted, in {{.Folder}}. It is deleted when you press I'm done, use Quick exit, or close the app."}
	msgPDFNoViewer    = &i18n.Message{ID: "PDFNoViewer", Description: "Path is a file path", Other: "This computer could not open the PDF: no viewer was found. It is here, and it is deleted when the visit ends: {{.Path}}"}
)
