package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// openPrepare starts a guest session and shows the Prepare screen.
func openPrepare(t *testing.T, lang guidance.Lang) *UI {
	t.Helper()
	u := newTestUI(t, lang)
	test.Tap(u.home.cases.guest)
	if !u.session.isOpen() {
		t.Fatal("no guest session")
	}
	u.tabs.SelectIndex(tabPrepare)
	u.ensure(tabPrepare)
	if u.prepare == nil || u.prepare.set == nil {
		t.Fatal("no Prepare screen")
	}
	return u
}

func (p *prepareScreen) circ(id string) *circRow {
	for _, r := range p.circs {
		if r.id == id {
			return r
		}
	}
	return nil
}

func (p *prepareScreen) figure(id string) *figureRow {
	for _, r := range p.figures {
		if r.id == id {
			return r
		}
	}
	return nil
}

// A family with a recommendation of 1 year 6 months goes through the screen: a fact they
// dispute, the circumstances, the recommendation, the illustration, and a "no" before
// signing. Everything lands in the (guest) session as typed.
func TestPrepareWalkThrough(t *testing.T) {
	u := openPrepare(t, guidance.LangEn)
	p := u.prepare
	if !strings.Contains(texts(p.content), "If you did not do it, do not say you did.") {
		t.Error("the facts explanation is missing")
	}
	test.Type(p.newFact, "The phones were worth 8000 yuan")
	test.Tap(p.addFact)
	if len(p.facts) != 1 {
		t.Fatalf("%d facts", len(p.facts))
	}
	p.facts[0].stance.SetSelected(msgPrepareDispute.Other)
	p.circ("plea").mark.SetSelected(msgPrepareApplies.Other)
	p.circ("compensation-forgiveness").mark.SetSelected(msgPrepareApplies.Other)
	p.circ("first-offence").mark.SetSelected(msgPrepareApplies.Other)
	test.Type(p.circ("compensation-forgiveness").evidence, "paid 6500")
	p.penalty.SetSelected(msgPrepareFixedTerm.Other)
	test.Type(p.months, "18")
	p.crime.SetSelected("Theft")
	test.Type(p.base, "24")
	pl := p.figure("plea")
	if pl == nil || p.figure("compensation-forgiveness") == nil {
		t.Fatal("no figure rows for the circumstances marked applies")
	}
	if fo := p.figure("first-offence"); fo == nil || !fo.readOnly {
		t.Error("first offence should be shown without figures (no percentage in the guidance)")
	}
	test.Type(pl.low, "25")
	test.Type(pl.hi, "40")
	if got := p.resultTx.String(); got != "Base sentence 24 months → illustrated 14.4 to 18.0 months" {
		t.Errorf("result %q", got)
	}
	all := texts(p.content)
	for _, want := range []string{"not a prediction", "Already counted within the plea", "Cap for the plea here: 60 %"} {
		if !strings.Contains(all, want) {
			t.Errorf("the illustration lacks %q", want)
		}
	}
	// beyond the plea's 60 % cap: a clear message, no number
	pl.hi.SetText("65")
	if got := p.resultTx.String(); !strings.Contains(got, "0 % to 60 %") {
		t.Errorf("over the cap: %q", got)
	}
	pl.hi.SetText("40")
	p.circ("compensation-forgiveness").mark.SetSelected(msgPrepareNo.Other)
	if got := p.resultTx.String(); !strings.Contains(got, "0 % to 30 %") {
		t.Errorf("without compensation the cap is 30 %%: %q", got)
	}
	p.checks[len(p.checks)-1].answer.SetSelected(msgPrepareNot.Other)
	if !p.checks[len(p.checks)-1].warning.Visible() || p.checks[0].warning.Visible() {
		t.Error("a no shows the warning, and only there")
	}
	test.Tap(p.asks["probation"])

	d := u.session.data().Prepare
	if d == nil || len(d.Facts) != 1 || d.Facts[0].Stance != prepare.Dispute || d.Marks["plea"] != prepare.Applies ||
		d.Evidence["compensation-forgiveness"] != "paid 6500" || d.Proposal.Months != 18 ||
		d.Illustration.BaseMonths != 24 || d.Illustration.Crime != "crime-theft" ||
		d.Checks["recorded"] != prepare.No || len(d.Views.Asks) != 1 {
		t.Errorf("saved %+v", d)
	}
	// marking it "no" takes the circumstance out of the illustration
	for _, f := range d.Illustration.Figures {
		if f.ID == "compensation-forgiveness" {
			t.Error("compensation still in the illustration")
		}
	}
}

func TestPrepareProposalChecks(t *testing.T) {
	p := openPrepare(t, guidance.LangEn).prepare
	p.penalty.SetSelected(msgPrepareFixedTerm.Other)
	test.Type(p.months, "48")
	test.Tap(p.probation)
	if got := p.propError.String(); got != msgPrepareBadProb.Other {
		t.Errorf("probation over 3 years: %q", got)
	}
	p.months.SetText("x")
	if got := p.propError.String(); got != msgPrepareBadNumber.Other {
		t.Errorf("not a number: %q", got)
	}
}

func TestPrepareBadIllustrationInput(t *testing.T) {
	p := openPrepare(t, guidance.LangZhHans).prepare
	p.crime.SetSelected("危险驾驶罪（醉驾）")
	test.Type(p.base, "6")
	if !strings.Contains(texts(p.result), "拘役") {
		t.Error("a crime the guidance does not cover shows its note")
	}
	p.crime.SetSelected("盗窃罪")
	p.base.SetText("0")
	if got := p.resultTx.String(); !strings.Contains(got, "1到300个月") {
		t.Errorf("zero base: %q", got)
	}
	p.base.SetText("-5")
	if got := p.resultTx.String(); !strings.Contains(got, "1到300个月") {
		t.Errorf("negative base: %q", got)
	}
}

// The screen comes back as it was left (resume where it stopped).
func TestPrepareResumes(t *testing.T) {
	u := openPrepare(t, guidance.LangEn)
	test.Type(u.prepare.newFact, "took two phones")
	test.Tap(u.prepare.addFact)
	u.prepare.crime.SetSelected("Fraud")
	u.prepare = nil
	u.ensure(tabPrepare)
	if len(u.prepare.facts) != 1 || u.prepare.facts[0].text.Text != "took two phones" || u.prepare.crime.Selected != "Fraud" {
		t.Error("the screen did not come back as it was left")
	}
}

// The bar carries its scale: the base sentence, 0 and both ends of the range in months.
func TestPrepareBarLabels(t *testing.T) {
	p := openPrepare(t, guidance.LangZhHans).prepare
	p.circ("plea").mark.SetSelected(p.circ("plea").mark.Options[0]) // applies
	p.crime.SetSelected("盗窃罪")
	test.Type(p.base, "24")
	test.Type(p.figure("plea").low, "10")
	test.Type(p.figure("plea").hi, "30")
	var bar *sentenceBar
	for _, o := range p.result.Objects {
		if b, ok := o.(*sentenceBar); ok {
			bar = b
		}
	}
	if bar == nil {
		t.Fatal("no bar")
	}
	// 24 × 0.7 = 16.8 to 24 × 0.9 = 21.6
	if bar.labels != [3]string{"基准刑24个月", "16.8个月", "21.6个月"} {
		t.Errorf("labels %q", bar.labels)
	}
	r := test.TempWidgetRenderer(t, bar).(*barRenderer)
	bar.Resize(fyne.NewSize(600, r.MinSize().Height))
	r.Layout(bar.Size())
	var got []string
	for _, x := range r.texts {
		got = append(got, x.Text)
		if x.Position().X < 0 || x.Position().X+x.MinSize().Width > 600.5 {
			t.Errorf("label %q runs off the bar: x %v", x.Text, x.Position().X)
		}
	}
	if strings.Join(got, "|") != "基准刑24个月|0|16.8个月|21.6个月" {
		t.Errorf("texts %q", got)
	}
	if lo, hi := r.texts[2], r.texts[3]; lo.Position().Y == hi.Position().Y && lo.Position().X+lo.MinSize().Width > hi.Position().X {
		t.Errorf("the low and high labels overlap: %v %v", lo.Position(), hi.Position())
	}
}

// "Save as PDF…" on Prepare: the prepared page in both languages, with the facts, the
// illustration worked out as on the screen and its caption.
func TestPreparePDF(t *testing.T) {
	pdfFontsOrSkip(t)
	u := openPrepare(t, guidance.LangEn)
	p := u.prepare
	test.Type(p.newFact, "took two phones")
	test.Tap(p.addFact)
	p.circ("plea").mark.SetSelected(msgPrepareApplies.Other)
	p.crime.SetSelected("Theft")
	test.Type(p.base, "24")
	test.Type(p.figure("plea").low, "10")
	test.Type(p.figure("plea").hi, "30")
	if p.pdf == nil || p.pdf.Text != msgPDFSave.Other {
		t.Fatalf("Prepare offers no PDF: %v", p.pdf)
	}
	parts, err := p.pdfParts([]guidance.Lang{guidance.LangEn, guidance.LangZhHans})
	if err != nil || len(parts) != 2 {
		t.Fatalf("%d parts, %v", len(parts), err)
	}
	md := string(export.Markdown(export.Doc{Parts: parts}))
	for _, want := range []string{"# Preparing the plea talk", "took two phones", "16.8 months", "21.6 months",
		"not a prediction", "# 准备认罪认罚的谈话", "16.8个月", "这只是示意"} {
		if !strings.Contains(md, want) {
			t.Errorf("the prepared page lacks %q", want)
		}
	}
	test.Tap(p.pdf)
	s := p.d.pdf
	if s.both == nil || s.goOn == nil {
		t.Fatalf("no choice of paper and languages: %q", s.message)
	}
	s.both.SetChecked(true)
	test.Tap(s.goOn)
	if !bytes.HasPrefix(s.pdf, []byte("%PDF-")) {
		t.Errorf("no PDF made: %q", s.message)
	}
}

// "We got a recommendation of 1 year 6 months": the term fields take it as the family
// heard it, in both languages, and a base sentence in years too.
func TestPrepareTermAsHeard(t *testing.T) {
	u := openPrepare(t, guidance.LangZhHans)
	p := u.prepare
	p.penalty.SetSelected(p.penalty.Options[0]) // 有期徒刑
	test.Type(p.months, "1年6个月")
	if got := u.session.data().Prepare.Proposal.Months; got != 18 || p.propError.String() != "" {
		t.Errorf("1年6个月 saved as %d months, message %q", got, p.propError.String())
	}
	p.months.SetText("1 year 6 months")
	if got := u.session.data().Prepare.Proposal.Months; got != 18 {
		t.Errorf("1 year 6 months saved as %d", got)
	}
	p.months.SetText("1年6")
	if p.propError.String() == "" {
		t.Error("a number without its unit after years is not refused")
	}
	p.crime.SetSelected("盗窃罪")
	test.Type(p.base, "两年")
	if got := u.session.data().Prepare.Illustration.BaseMonths; got != 24 {
		t.Errorf("两年 as a base sentence: %d", got)
	}
}
