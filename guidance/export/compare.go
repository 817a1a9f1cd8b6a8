package export

import (
	"fmt"

	"github.com/pleaguide/pleaguide/guidance"
)

// CompareWords are the comparison's own words in one of the four UI languages: the
// table has text in all four, while Labels has only Chinese and English.
type CompareWords struct {
	Title, ForYou, Checked, NotAdvice string // Checked: "checked %s"
}

// Compare is the comparison table as a part, in lang, for the columns cols (jurisdiction
// IDs in table order): each question as a numbered heading, each column's answer as a
// list item, the note for a mainland reader under it, and every provision with the day it
// was last checked as an endnote.
func Compare(t *guidance.Comparison, lang guidance.Lang, cols []string, w CompareWords) Part {
	p := Part{Lang: lang, Title: w.Title, NotAdvice: w.NotAdvice}
	var n notes
	refs := func(ss []guidance.SourceRef) string {
		var out string
		for _, s := range ss {
			ct := s.Cite[lang]
			open, shut := " (", ")"
			if lang.IsChinese() {
				open, shut = "（", "）"
			}
			day := FormatDay(ct.Checked, lang)
			if lang == guidance.LangDe {
				day = ct.Checked.Format("2.1.2006") // FormatDay's month names are English
			}
			out += n.ref(ct.Text + open + fmt.Sprintf(w.Checked, day) + shut)
		}
		return out
	}
	names := map[string]string{}
	for _, j := range t.Jurisdictions {
		names[j.ID] = j.Name[lang]
	}
	sep := ": "
	if lang.IsChinese() {
		sep = "："
	}
	for i, r := range t.Rows {
		p.Blocks = append(p.Blocks, Block{Kind: Subheading, Text: fmt.Sprintf("%d. %s", i+1, r.Question[lang])})
		for _, j := range cols {
			cell, ok := r.Cells[j]
			if !ok {
				continue
			}
			p.Blocks = append(p.Blocks, Block{Kind: Bullet, Text: names[j] + sep + cell.Text[lang] + refs(cell.Sources)})
		}
		p.Blocks = append(p.Blocks, Block{Kind: Para, Bold: true, Text: w.ForYou},
			Block{Kind: Para, Text: r.ForYou.Text[lang] + refs(r.ForYou.Sources)})
	}
	p.Notes = n.list
	return p
}
