package content

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

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
	type name struct{ text, id string }
	var names []name
	for _, t := range terms {
		if t.Lang != lang {
			continue
		}
		for _, n := range append([]string{t.Term}, t.Also...) {
			if n = strings.TrimSpace(n); utf8.RuneCountInString(n) >= 2 {
				names = append(names, name{n, t.ID})
			}
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].text) > len(names[j].text) })
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		lower = text
	}
	taken := make([]bool, len(lower))
	count := map[string]int{}
	for _, n := range names {
		needle := strings.ToLower(n.text)
		latin := !hasHanRune(n.text)
		for from := 0; ; {
			k := strings.Index(lower[from:], needle)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(needle)
			from = end
			if latin && (letterBefore(lower, at) || letterAfter(lower, end)) {
				continue
			}
			free := true
			for i := at; i < end; i++ {
				free = free && !taken[i]
			}
			if !free {
				continue
			}
			for i := at; i < end; i++ {
				taken[i] = true
			}
			count[n.id]++
		}
	}
	return count
}

// readMoreCheck reports, for one term, whether its topic mentions it at all and whether
// the topic explains it: names it in its title, summary or a heading, or mentions it at
// least half as often as the topic that mentions it most in that language.
func readMoreCheck(p guidance.Pack, term guidance.Term) (mentioned, explains bool, best string) {
	most := 0
	var target int
	for _, tp := range p.Topics {
		if tp.Lang != term.Lang {
			continue
		}
		n := mentions(runningText(tp), p.Terms, term.Lang)[term.ID]
		if tp.ID == term.Topic {
			target = n
			if mentions(prominentText(tp), p.Terms, term.Lang)[term.ID] > 0 {
				explains = true
			}
		}
		if n > most {
			most, best = n, tp.ID
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
	needed := map[string]bool{} // exceptions some language still needs
	for _, term := range p.Terms {
		mentioned, explains, best := readMoreCheck(p, term)
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
	for _, term := range p.Terms {
		if term.ID != "bail" {
			continue
		}
		term.Topic = "duty-lawyer-and-legal-aid"
		if _, explains, _ := readMoreCheck(p, term); explains {
			t.Errorf("bail (%s) at the duty-lawyer page passes the check", term.Lang)
		}
		term.Topic = "history-of-plea-leniency"
		if mentioned, _, _ := readMoreCheck(p, term); mentioned {
			t.Errorf("bail (%s): the history page should not mention bail", term.Lang)
		}
	}
}
