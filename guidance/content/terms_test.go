package content

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
)

// readMoreExceptions are glossary terms whose "Read more" topic is right even though the
// checks below cannot see it, each with the reviewed reason. Keep the list short: a term
// that points at the wrong page must fail, not be added here.
var readMoreExceptions = map[string]string{
	// An everyday word of the whole pack: the trial and plea pages say 被告人 / defendant
	// far more often than the page that explains it. road-of-a-case is where the stage that
	// decides the word (after the case reaches court) is set out.
	"defendant": "used on every trial page; road-of-a-case explains the stage that decides the word",
}

// shippedPack loads the China pack as the binary embeds it.
func shippedPack(t *testing.T) guidance.Pack {
	t.Helper()
	packs, problems := Load(assets.Content())
	if len(problems) > 0 {
		t.Fatalf("shipped content has problems: %v", problems)
	}
	for _, p := range packs {
		if p.ID == "cn" {
			return p
		}
	}
	t.Fatal("no cn pack")
	return guidance.Pack{}
}

// runningText is what a reader reads on a topic page: title, summary, headings and body,
// without the wording of citations and topic links (they name other things).
func runningText(tp guidance.Topic) string {
	body, _ := flatten(tp.Body, flattenOpts{skipLink: func(dest string) bool {
		return strings.HasPrefix(dest, "src:") || strings.HasPrefix(dest, "topic:")
	}})
	return tp.Title + "\n" + tp.Summary + "\n" + body
}

// prominentText is where a page announces what it explains: its title, its summary and its
// headings.
func prominentText(tp guidance.Topic) string {
	var b strings.Builder
	b.WriteString(tp.Title + "\n" + tp.Summary + "\n")
	for _, line := range strings.Split(tp.Body, "\n") {
		if strings.HasPrefix(line, "#") {
			b.WriteString(strings.TrimLeft(line, "# ") + "\n")
		}
	}
	return b.String()
}

// mentions counts, for each term of lang, how often its name or one of its other names
// occurs in text. Longer names are matched first and mask what they cover, so 认罪认罚 is
// not also counted as 认罪; Latin-script names match whole words, ignoring case — the same
// reading as the link-at-first-use lint.
func mentions(text string, terms []guidance.Term, lang guidance.Lang) map[string]int {
	count := map[string]int{}
	eachTermUse(text, terms, lang, func(id string, _ int) { count[id]++ })
	return count
}

// topicCounts holds, per topic and language, how often each term is mentioned in the
// running text and in the prominent text; counting once per topic keeps the test fast.
type topicCounts map[string]map[guidance.Lang][2]map[string]int

func countTopics(p guidance.Pack) topicCounts {
	c := topicCounts{}
	for _, tp := range p.Topics {
		if c[tp.ID] == nil {
			c[tp.ID] = map[guidance.Lang][2]map[string]int{}
		}
		c[tp.ID][tp.Lang] = [2]map[string]int{
			mentions(runningText(tp), p.Terms, tp.Lang),
			mentions(prominentText(tp), p.Terms, tp.Lang),
		}
	}
	return c
}

// readMoreCheck reports, for one term, whether its topic mentions it at all and whether
// the topic explains it: names it in its title, summary or a heading, or mentions it at
// least half as often as the topic that mentions it most in that language.
func readMoreCheck(c topicCounts, term guidance.Term) (mentioned, explains bool, best string) {
	most, target := 0, 0
	for id, langs := range c {
		counts, ok := langs[term.Lang]
		if !ok {
			continue
		}
		n := counts[0][term.ID]
		if id == term.Topic {
			target = n
			explains = counts[1][term.ID] > 0
		}
		if n > most || (n == most && id < best) {
			most, best = n, id
		}
	}
	// Half the most is enough: a page that explains a word uses it about as often as the
	// busiest page does, while a page that only uses it in passing (the wrong targets the
	// review found) has one mention against many. The slack keeps a new page that also uses
	// the word often from failing every term at once.
	return target > 0, explains || (target > 0 && 2*target >= most), best
}

// TestGlossaryReadMoreExplainsTerm checks every term's "Read more" topic in every language:
// the page must mention the term (its name or one of its `also` forms), and it must be the
// page that explains it — the term is in its title, summary or a heading, or no other page
// mentions it more than twice as often. A term pointed at a page that merely uses the word (取保候审 at
// the duty-lawyer page) fails.
func TestGlossaryReadMoreExplainsTerm(t *testing.T) {
	p := shippedPack(t)
	if len(p.Terms) == 0 {
		t.Fatal("no terms")
	}
	c := countTopics(p)
	needed := map[string]bool{} // exceptions some language still needs
	for _, term := range p.Terms {
		mentioned, explains, best := readMoreCheck(c, term)
		if _, ok := readMoreExceptions[term.ID]; ok {
			needed[term.ID] = needed[term.ID] || !(mentioned && explains)
			continue
		}
		switch {
		case !mentioned:
			t.Errorf("%s (%s): topic %q never mentions %q or its other names", term.ID, term.Lang, term.Topic, term.Term)
		case !explains:
			t.Errorf("%s (%s): topic %q mentions %q only in passing; %q uses it more than twice as often (or name it in the title, summary or a heading)", term.ID, term.Lang, term.Topic, term.Term, best)
		}
	}
	for id := range readMoreExceptions {
		if !needed[id] {
			t.Errorf("exception for %q is not needed in any language (or the term is gone); remove it", id)
		}
	}
}

// TestReadMoreCheckCatchesWrongTopic makes sure the check above can fail: the review found
// 取保候审 pointed at the duty-lawyer page, which uses the word but does not explain it.
func TestReadMoreCheckCatchesWrongTopic(t *testing.T) {
	p := shippedPack(t)
	c := countTopics(p)
	for _, term := range p.Terms {
		if term.ID != "bail" {
			continue
		}
		term.Topic = "duty-lawyer-and-legal-aid"
		if _, explains, _ := readMoreCheck(c, term); explains {
			t.Errorf("bail (%s) at the duty-lawyer page passes the check", term.Lang)
		}
		term.Topic = "history-of-plea-leniency"
		if mentioned, _, _ := readMoreCheck(c, term); mentioned {
			t.Errorf("bail (%s): the history page should not mention bail", term.Lang)
		}
	}
}

// misconceptions are words people use for a legal thing that is something else. They must
// find the page that corrects them, but never be searched as if they meant the legal term.
var misconceptions = []struct {
	lang  guidance.Lang
	word  string
	term  string // the legal term the word is mistaken for
	topic string // the page that says plainly what the real thing is
}{
	{"zh-Hans", "私了", "criminal-settlement", "compensation-and-forgiveness"},
	{"zh-Hans", "消除记录", "record-sealing", "consequences-beyond-sentence"},
	{"zh-Hans", "软禁", "residential-surveillance", "bail-and-custody"},
	{"en", "private settlement", "criminal-settlement", "compensation-and-forgiveness"},
	{"en", "out of court", "criminal-settlement", "compensation-and-forgiveness"},
	{"en", "expunge", "record-sealing", "consequences-beyond-sentence"},
	{"en", "house arrest", "residential-surveillance", "bail-and-custody"},
	{"en", "plea bargain", "plea-statement-doc", "plea-statement"},
	{"en", "plea deal", "plea-statement-doc", "plea-statement"},
	{"en", "plea agreement", "plea-statement-doc", "plea-statement"},
	{"en", "sentence offer", "recommended-sentence", "sentencing-recommendation"},
}

// TestMisconceptionsFindTheirPage checks each misconception: it is not another name of the
// legal term, it shares no synonym group with the term's names (a group means "the same
// thing"), and the page that corrects it contains the word, so a search for it finds that
// page by its own text.
func TestMisconceptionsFindTheirPage(t *testing.T) {
	p := shippedPack(t)
	for _, m := range misconceptions {
		var term *guidance.Term
		for i := range p.Terms {
			if p.Terms[i].ID == m.term && p.Terms[i].Lang == m.lang {
				term = &p.Terms[i]
			}
		}
		if term == nil {
			t.Errorf("%s %q: no term %q", m.lang, m.word, m.term)
			continue
		}
		names := append([]string{term.Term}, term.Also...)
		for _, n := range names {
			if strings.EqualFold(n, m.word) {
				t.Errorf("%s %q is listed as a name of %q", m.lang, m.word, m.term)
			}
		}
		for _, g := range p.Synonyms[m.lang] {
			hasWord, hasName := false, ""
			for _, w := range g {
				hasWord = hasWord || strings.EqualFold(w, m.word)
				for _, n := range names {
					if strings.EqualFold(w, n) {
						hasName = n
					}
				}
			}
			if hasWord && hasName != "" {
				t.Errorf("%s %q shares a synonym group with %q: %v", m.lang, m.word, hasName, g)
			}
		}
		found := false
		for _, tp := range p.Topics {
			if tp.ID == m.topic && tp.Lang == m.lang {
				found = strings.Contains(strings.ToLower(runningText(tp)), strings.ToLower(m.word))
			}
		}
		if !found {
			t.Errorf("%s %q: page %q does not say it, so a search for it will not find the correction", m.lang, m.word, m.topic)
		}
	}
}
