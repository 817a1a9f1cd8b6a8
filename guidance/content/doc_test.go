package content

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/assets"
)

func TestParse(t *testing.T) {
	body := "## Who decides [bail](term:bail)\n\n<!-- no law -->\n\nThe *court* **may** [grant it](src:cpl-67) <b>now</b>\nor later.\n\n3. first\n4. second [page](topic:bail)\n\n> quoted\n\n---\n"
	d := Parse(body)
	kinds := []BlockKind{BlockHeading, BlockParagraph, BlockList, BlockQuote, BlockRule}
	if len(d.Blocks) != len(kinds) {
		t.Fatalf("%d blocks, want %d: %+v", len(d.Blocks), len(kinds), d.Blocks)
	}
	for i, k := range kinds {
		if d.Blocks[i].Kind != k {
			t.Errorf("block %d is %v, want %v", i, d.Blocks[i].Kind, k)
		}
	}
	h := d.Blocks[0]
	if h.Level != 2 || h.Text() != "Who decides bail" || h.Line != 1 {
		t.Errorf("heading %+v", h)
	}
	p := d.Blocks[1]
	if p.Line != 5 || p.Text() != "The court may grant it now or later." {
		t.Errorf("paragraph line %d, text %q", p.Line, p.Text())
	}
	want := []Span{
		{Text: "The ", Link: -1}, {Text: "court", Italic: true, Link: -1}, {Text: " ", Link: -1},
		{Text: "may", Bold: true, Link: -1}, {Text: " ", Link: -1}, {Text: "grant it", Link: 1}, {Text: " now or later.", Link: -1},
	}
	if len(p.Spans) != len(want) {
		t.Fatalf("spans %+v", p.Spans)
	}
	for i := range want {
		if p.Spans[i] != want[i] {
			t.Errorf("span %d = %+v, want %+v", i, p.Spans[i], want[i])
		}
	}
	l := d.Blocks[2]
	if !l.Ordered || l.Start != 3 || len(l.Items) != 2 || l.Items[1][0].Text() != "second page" {
		t.Errorf("list %+v", l)
	}
	if q := d.Blocks[3]; len(q.Quoted) != 1 || q.Quoted[0].Text() != "quoted" {
		t.Errorf("quote %+v", q)
	}
	var dests []string
	for _, ln := range d.Links {
		dests = append(dests, ln.Dest)
	}
	if strings.Join(dests, " ") != "term:bail src:cpl-67 topic:bail" {
		t.Errorf("links %q", dests)
	}
	if d.Links[1].Line != 5 || d.Links[1].Text != "grant it" || d.Links[1].Scheme != "src" || d.Links[1].Target != "cpl-67" {
		t.Errorf("link %+v", d.Links[1])
	}
	if len(d.Comments) != 1 || d.Comments[0].Before != 1 || !d.Comments[0].HasMarker(NoLawMarker) {
		t.Errorf("comments %+v", d.Comments)
	}
}

func TestParseNeverPanics(t *testing.T) {
	for _, body := range []string{"", "<!--", "[x](", "**", "- ", "```", "<div>\n\n", "\x00", "# \n#"} {
		_ = Parse(body)
		_ = PlainText(body)
	}
}

// markup finds what must never reach a reader: HTML comments and tags, and Markdown link
// or emphasis syntax.
var markup = regexp.MustCompile(`<!--|-->|</?[a-zA-Z][^>]*>|\]\(|\*\*|__`)

// TestTopicTextHoldsNoMarkup reads every topic of every pack as the app shows it (the
// blocks and spans of its Doc) and as search indexes it.
func TestTopicTextHoldsNoMarkup(t *testing.T) {
	packs, problems := Load(assets.Content())
	if len(problems) > 0 {
		t.Fatalf("content problems: %v", problems)
	}
	n := 0
	for _, p := range packs {
		for _, tp := range p.Topics {
			n++
			d := Parse(tp.Body)
			var texts []string
			var walk func([]Block)
			walk = func(bs []Block) {
				for _, b := range bs {
					texts = append(texts, b.Text())
					for _, it := range b.Items {
						walk(it)
					}
					walk(b.Quoted)
				}
			}
			walk(d.Blocks)
			texts = append(texts, PlainText(tp.Body), tp.Title, tp.Summary)
			for _, s := range texts {
				if m := markup.FindString(s); m != "" {
					t.Errorf("%s/%s/%s: shown text holds %q: %q", p.ID, tp.Lang, tp.ID, m, firstRunes(s, 60))
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d topics checked", n)
	}
}
