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

// CompareWordsIn are the comparison's own words in l, one of the four UI languages: for
// the terminal, the export command and the Compare screen's "Save as PDF…", which may add
// a second language the interface is not in.
func CompareWordsIn(l guidance.Lang) CompareWords {
	switch l {
	case guidance.LangZhHans:
		return CompareWords{Title: "其他地方怎么处理认罪", ForYou: "这对在中国大陆的你意味着什么", Checked: "%s核对",
			NotAdvice: "这是法律信息，不是法律意见。其他地方的法律不适用于中国大陆的案件。你的案子请问律师。"}
	case guidance.LangZhHant:
		return CompareWords{Title: "其他地方怎麼處理認罪", ForYou: "這對在中國大陸的你有什麼意義", Checked: "%s核對",
			NotAdvice: "這是法律資訊，不是法律意見。其他地方的法律不適用於中國大陸的案件。你的案件請問律師。"}
	case guidance.LangDe:
		return CompareWords{Title: "Wie andere Orte mit Geständnissen umgehen", ForYou: "Was das für Sie in Festlandchina heißt", Checked: "geprüft am %s",
			NotAdvice: "Dies ist rechtliche Information, keine Rechtsberatung. Das Recht anderer Orte gilt nicht für Verfahren in Festlandchina. Fragen Sie zu Ihrem Fall einen Anwalt."}
	}
	return CompareWords{Title: "How other places handle guilty pleas", ForYou: "What this means for you in mainland China", Checked: "checked %s",
		NotAdvice: "This is legal information, not legal advice. Other places' laws do not apply to a case in mainland China. Ask a lawyer about your case."}
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
