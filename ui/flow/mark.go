package flow

// SetSpans replaces the paragraph's spans. Read-aloud marks the sentence being read with
// it (MarkRange) and puts the spans back after.
func (t *Text) SetSpans(spans []Span) {
	t.setSpans(spans)
	t.Refresh()
}

// MarkRange is spans with bytes [start, end) of their joined text marked, split where the
// range begins and ends inside a span. Marks already there stay; links keep their target.
func MarkRange(spans []Span, start, end int) []Span {
	out := make([]Span, 0, len(spans)+2)
	at := 0
	for _, sp := range spans {
		from, to := at, at+len(sp.Text)
		at = to
		if end <= from || start >= to || start >= end || sp.Text == "" {
			out = append(out, sp)
			continue
		}
		a, b := max(start, from)-from, min(end, to)-from
		for _, part := range []struct {
			text string
			mark bool
		}{{sp.Text[:a], sp.Mark}, {sp.Text[a:b], true}, {sp.Text[b:], sp.Mark}} {
			if part.text == "" {
				continue
			}
			p := sp
			p.Text, p.Mark = part.text, part.mark
			out = append(out, p)
		}
	}
	return out
}
