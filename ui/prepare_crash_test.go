package ui

import (
	"fmt"
	"net/url"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
)

// drivePrepare touches every control of the Prepare screen: each fact's fields, every mark
// of every circumstance, every penalty, number fields empty, bad and good, the crime, the
// figures, the views and the checks, then removes the facts again.
func drivePrepare(t *testing.T, p *prepareScreen, links bool) {
	t.Helper()
	for i := 0; i < 3; i++ {
		test.Type(p.newFact, fmt.Sprintf("fact %d", i))
		test.Tap(p.addFact)
	}
	test.Tap(p.addFact) // empty: nothing added
	for _, f := range p.facts {
		for _, o := range f.stance.Options {
			f.stance.SetSelected(o)
		}
		f.stance.SetSelected("")
		f.text.SetText("")
		f.note.SetText("n")
	}
	for _, c := range p.circs {
		for _, o := range c.mark.Options {
			c.mark.SetSelected(o)
		}
		c.evidence.SetText("x")
		c.evidence.SetText("")
	}
	for _, o := range p.penalty.Options {
		p.penalty.SetSelected(o)
		for _, s := range []string{"", "x", "-1", "18", "999999999999999999999"} {
			for _, e := range []*entry{p.months, p.monthsTo, p.probMonths, p.fine} {
				e.SetText(s)
			}
			p.probation.SetChecked(!p.probation.Checked)
		}
	}
	p.propNote.SetText("")
	for _, o := range p.crime.Options {
		p.crime.SetSelected(o)
		for _, s := range []string{"", "x", "-3", "301", "24"} {
			p.base.SetText(s)
		}
	}
	// every circumstance marked "applies", then bad and good figures for each
	for _, c := range p.circs {
		c.mark.SetSelected(c.mark.Options[0])
	}
	p.crime.SetSelected(p.crime.Options[0])
	for _, f := range p.figures {
		if f.readOnly {
			continue
		}
		for _, s := range []string{"x", "-1", "100", "10", ""} {
			f.low.SetText(s)
			f.hi.SetText(s)
		}
	}
	for _, c := range p.circs {
		c.mark.SetSelected("")
	}
	for _, e := range []*entry{p.accept, p.other, p.why} {
		e.SetText("v")
		e.SetText("")
	}
	for _, c := range p.asks {
		test.Tap(c)
	}
	for _, c := range p.checks {
		for _, o := range c.answer.Options {
			c.answer.SetSelected(o)
		}
		c.answer.SetSelected("")
	}
	for len(p.facts) > 0 {
		test.Tap(p.facts[0].remove)
	}
	if !links {
		return
	}
	// every link in the screen's texts, and every "Read more", once each
	seen := map[string]bool{}
	follow := func(u *url.URL) {
		if !seen[u.String()] {
			seen[u.String()] = true
			p.onLink(u)
		}
	}
	md := []string{}
	for _, x := range p.set.Texts {
		md = append(md, x)
	}
	for _, c := range p.set.Circumstances {
		md = append(md, c.Explanation)
		follow(&url.URL{Scheme: "topic", Opaque: c.Topic})
	}
	for _, c := range p.set.Checks {
		md = append(md, c.Text)
		follow(&url.URL{Scheme: "topic", Opaque: c.Topic})
	}
	for _, c := range p.set.Crimes {
		md = append(md, c.Note)
	}
	for _, x := range md {
		for _, l := range content.Links(x) {
			follow(&url.URL{Scheme: l.Scheme, Opaque: l.Target})
		}
	}
}

// The Prepare screen never panics, whatever is touched in whatever order: in a guest
// session and a case file, in both content languages, switching the language while it is open,
// after the case file locked under it, and built again.
func TestPrepareSurvivesEverything(t *testing.T) {
	// zh-Hant and de show the same content (zh-Hans, en) with other interface words
	for _, guest := range []bool{true, false} {
		for _, lang := range []guidance.Lang{guidance.LangEn, guidance.LangZhHans} {
			if !guest && lang == guidance.LangZhHans {
				continue // the case file path is the same in every language
			}
			t.Run(fmt.Sprintf("%s-guest=%v", lang, guest), func(t *testing.T) {
				u := newTestUI(t, lang)
				if guest {
					test.Tap(u.home.cases.guest)
				} else {
					createCase(t, u, "P", "correct horse battery")
				}
				u.tabs.SelectIndex(tabPrepare)
				u.ensure(tabPrepare)
				old := u.prepare
				drivePrepare(t, old, true)
				// the language changes while the screen is open
				other := guidance.LangZhHans
				if lang.IsChinese() {
					other = guidance.LangEn
				}
				u.setLanguage(other)
				u.tabs.SelectIndex(tabPrepare)
				u.ensure(tabPrepare)
				if u.prepare == nil || u.prepare == old {
					t.Fatal("no new Prepare screen after the language switch")
				}
				cur := u.prepare
				drivePrepare(t, cur, true)
				// the old screen's fields still hear events (Fyne may deliver one late)
				drivePrepare(t, old, false)
				// the case file locks under the open screen, then its fields are touched
				// (its links cannot be reached: the cover hides the screen)
				test.Tap(u.bar.exit)
				drivePrepare(t, cur, false)
			})
		}
	}
}
