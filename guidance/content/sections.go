package content

import (
	"strings"
)

// Section is one part of a topic body: the text under one "## " heading, or the text before
// the first heading (Index 0, no heading). Search indexes each section as a passage of its
// own, and the reader is taken to it.
type Section struct {
	Index   int      // 0 for the text before the first heading, then 1, 2, … in order
	Heading string   // plain text of the heading; "" for section 0
	Body    string   // the section's CommonMark, without its heading line
	Text    string   // the section's plain text (PlainText of Body)
	Sources []string // IDs of the sources the section cites, in order, without repeats
}

// Sections splits a CommonMark topic body at its level-2 headings ("## "). Deeper headings
// stay inside their section. Section 0 is returned only when it holds text.
func Sections(body string) []Section {
	var secs []Section
	cur := Section{}
	var lines []string
	fenced := false
	flush := func() {
		cur.Body = strings.TrimSpace(strings.Join(lines, "\n"))
		cur.Text = PlainText(cur.Body)
		seen := map[string]bool{}
		for _, l := range Links(cur.Body) {
			if l.Scheme == "src" && !seen[l.Target] {
				seen[l.Target] = true
				cur.Sources = append(cur.Sources, l.Target)
			}
		}
		if cur.Index > 0 || cur.Text != "" {
			secs = append(secs, cur)
		}
		lines = nil
	}
	for _, ln := range strings.Split(body, "\n") {
		if strings.HasPrefix(strings.TrimSpace(ln), "```") {
			fenced = !fenced
		}
		if !fenced && strings.HasPrefix(ln, "## ") {
			flush()
			cur = Section{Index: cur.Index + 1, Heading: PlainText(strings.TrimSpace(strings.TrimPrefix(ln, "## ")))}
			continue
		}
		lines = append(lines, ln)
	}
	flush()
	return secs
}
