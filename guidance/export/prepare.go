package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// PrepareInput is what the prepared page for the plea talk is made from, in the language
// of Set.
type PrepareInput struct {
	Set  *prepare.Set
	Work *prepare.Workspace
	// Illustration is what the illustration is worked out from: the Prepare screen passes
	// the circumstances marked "applies", an answer file its own list.
	Illustration prepare.Input
	// Cites are the citations of PrepareSources(Set), in Set's language.
	Cites []guidance.Citation
	// Checklist is the body of Set.ChecklistTopic in Set's language ("" when there is
	// none): its items name what the family can gather for each circumstance.
	Checklist string
}

// prepareWords are the prepared page's own words; every statement of law on it comes
// from content, with its sources.
type prepareWords struct {
	Title, Facts, Circs, Proposal, Illus, Views, Checks         string
	Admit, Dispute, Unsure, Unmarked                            string
	Applies, May, No, Ask, MarkedNo, NotMarked                  string
	Shows, Gather, WeHave, Note, NoFacts, NoProposal, NoIllus   string
	Surveillance, Detention, FixedTerm, Probation, ProbMonths   string
	Fine, Accept, Asks, Other, Why, Nothing                     string
	Yes, NotYes, Unanswered                                     string
	Base, Result, Cap, First, CannotIllustrate, Range, Proposed string
	AskNames                                                    map[string]string
	Month, Months, Year, Years, About                           string
}

var prepareLabels = map[bool]prepareWords{
	true: {
		Title: "准备认罪认罚的谈话", Facts: "1. 事实", Circs: "2. 可能影响量刑的情节", Proposal: "3. 量刑建议",
		Illus: "量刑方法示意", Views: "4. 我们的意见", Checks: "5. 签字之前",
		Admit: "承认", Dispute: "有异议", Unsure: "不确定", Unmarked: "未标",
		Applies: "有", May: "可能有", No: "没有", Ask: "问律师", MarkedNo: "标为“没有”的", NotMarked: "还没有标的",
		Shows: "什么能证明", Gather: "家人可以准备", WeHave: "我们有", Note: "备注",
		NoFacts: "还没有写下事实。", NoProposal: "还没有记下量刑建议。", NoIllus: "还没有填写示意用的基准刑。",
		Surveillance: "管制", Detention: "拘役", FixedTerm: "有期徒刑", Probation: "缓刑", ProbMonths: "考验期",
		Fine: "罚金", Accept: "我们接受", Asks: "我们请求", Other: "其他", Why: "理由", Nothing: "还没有写。",
		Yes: "是", NotYes: "否", Unanswered: "未答",
		Base: "基准刑", Result: "示意结果", Cap: "这里认罪认罚的上限", First: "先调整", Proposed: "检察院的建议",
		CannotIllustrate: "用现在填的数字算不出示意结果。请在“准备”页面上看哪里需要改。",
		Range:            "%s 至 %s",
		AskNames: map[string]string{"lower-term": "更短的刑期", "probation": "缓刑", "non-prosecution": "不起诉",
			"bail": "取保候审", "procedure": "换一种程序"},
		Month: "%s个月", Months: "%s个月", Year: "%d年", Years: "%d年", About: "约",
	},
	false: {
		Title: "Preparing the plea talk", Facts: "1. The facts", Circs: "2. Circumstances that may change the sentence",
		Proposal: "3. The recommendation", Illus: "How the method works it out", Views: "4. Our views",
		Checks: "5. Before you sign",
		Admit:  "admit", Dispute: "dispute", Unsure: "not sure", Unmarked: "not marked",
		Applies: "applies", May: "may apply", No: "no", Ask: "ask the lawyer", MarkedNo: "Marked no",
		NotMarked: "Not marked yet",
		Shows:     "What shows it", Gather: "The family can gather", WeHave: "We have", Note: "Note",
		NoFacts: "No facts written down yet.", NoProposal: "No recommendation recorded yet.",
		NoIllus:      "No base sentence entered for the illustration yet.",
		Surveillance: "public surveillance", Detention: "short-term detention", FixedTerm: "fixed-term imprisonment",
		Probation: "probation", ProbMonths: "probation period", Fine: "fine", Accept: "We accept",
		Asks: "We ask for", Other: "Other", Why: "Why", Nothing: "Nothing written yet.",
		Yes: "yes", NotYes: "no", Unanswered: "not answered",
		Base: "Base sentence", Result: "Illustrated result", Cap: "Cap for the plea here", First: "applied first",
		Proposed:         "The procuratorate's recommendation",
		CannotIllustrate: "The figures entered so far give no result. See the Prepare screen for what to change.",
		Range:            "%s to %s",
		AskNames: map[string]string{"lower-term": "a lower term", "probation": "probation",
			"non-prosecution": "non-prosecution", "bail": "bail", "procedure": "a different procedure"},
		Month: "%s month", Months: "%s months", Year: "%d year", Years: "%d years", About: "about ",
	},
}

// FormatMonths writes a term of m months in lang, with years and months after it from a
// year on: "18个月（1年6个月）", "14.4 months (about 1 year 2 months)".
func FormatMonths(m float64, lang guidance.Lang) string {
	w := prepareLabels[lang.IsChinese()]
	num := strconv.FormatFloat(m, 'f', 1, 64)
	num = strings.TrimSuffix(num, ".0")
	unit := w.Months
	if num == "1" {
		unit = w.Month
	}
	s := fmt.Sprintf(unit, num)
	y, mo, exact := prepare.YearsMonths(m)
	if y == 0 {
		return s
	}
	yrs := fmt.Sprintf(w.Years, y)
	if y == 1 {
		yrs = fmt.Sprintf(w.Year, y)
	}
	if mo > 0 {
		unit := w.Months
		if mo == 1 {
			unit = w.Month
		}
		sep := " "
		if lang.IsChinese() {
			sep = ""
		}
		yrs += sep + fmt.Sprintf(unit, strconv.Itoa(mo))
	}
	if !exact {
		yrs = w.About + yrs
	}
	if lang.IsChinese() {
		return s + "（" + yrs + "）"
	}
	return s + " (" + yrs + ")"
}

// PrepareSources lists every source the prepared page can cite: the sources linked from
// the set's texts, circumstances, crimes and checks, and the circumstances' bands.
func PrepareSources(s *prepare.Set) []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	scan := func(md string) {
		for _, l := range content.Links(md) {
			if l.Scheme == "src" {
				add(l.Target)
			}
		}
	}
	for _, t := range s.Texts {
		scan(t)
	}
	for _, c := range s.Circumstances {
		scan(c.Explanation)
		add(c.Source)
	}
	for _, c := range s.Crimes {
		scan(c.Note)
	}
	for _, c := range s.Checks {
		scan(c.Text)
	}
	return out
}

// Prepare is the prepared page for the plea talk as a part: the facts with their marks
// and notes; the circumstances with their marks, bands, what shows them and what the
// family has; the recorded recommendation; the illustration as figures and as a bar with
// its fixed caption; our views; the checks before signing, a "no" with its warning.
// Sources are endnotes.
func Prepare(in PrepareInput) Part {
	s, ws := in.Set, in.Work
	if ws == nil {
		ws = &prepare.Workspace{}
	}
	lang := s.Lang
	w := prepareLabels[lang.IsChinese()]
	p := Part{Lang: lang, Title: w.Title, NotAdvice: LabelsFor(lang).NotAdvice}
	c := newCiter(lang, in.Cites)
	add := func(b ...Block) { p.Blocks = append(p.Blocks, b...) }
	sep := "; "
	colon := ": "
	if lang.IsChinese() {
		sep, colon = "；", "："
	}

	// 1. the facts
	add(Block{Kind: Heading, Text: w.Facts})
	stances := map[prepare.Stance]string{prepare.Admit: w.Admit, prepare.Dispute: w.Dispute, prepare.Unsure: w.Unsure}
	if len(ws.Facts) == 0 {
		add(Block{Kind: Small, Text: w.NoFacts})
	}
	for i, f := range ws.Facts {
		st := stances[f.Stance]
		if st == "" {
			st = w.Unmarked
		}
		add(Block{Kind: Numbered, Number: i + 1, Text: "[" + st + "] " + f.Text, Bold: f.Stance == prepare.Dispute})
		if strings.TrimSpace(f.Note) != "" {
			add(Block{Kind: Para, Text: w.Note + colon + f.Note, Indent: 1})
		}
	}
	add(smallBlocks(c.blocks(s.Texts["facts"], 0))...)

	// 2. the circumstances
	add(Block{Kind: Heading, Text: w.Circs})
	marks := map[prepare.Mark]string{prepare.Applies: w.Applies, prepare.MayApply: w.May, prepare.AskLawyer: w.Ask}
	items := content.ChecklistItems(in.Checklist)
	var markedNo, unmarked []string
	for i := range s.Circumstances {
		ci := &s.Circumstances[i]
		m := ws.Marks[ci.ID]
		switch m {
		case "":
			unmarked = append(unmarked, ci.Name)
			continue
		case prepare.DoesNot:
			markedNo = append(markedNo, ci.Name)
			continue
		}
		add(Block{Kind: Subheading, Text: ci.Name + " — " + marks[m]})
		band := c.inline(s.BandText(ci))
		if ci.Band != nil {
			band += c.cite(ci.Source)
		}
		add(Block{Kind: Para, Text: band})
		add(Block{Kind: Small, Text: w.Shows + colon + strings.Join(ci.Shows, sep)})
		var gather []string
		for _, n := range ci.Checklist {
			if n >= 1 && n <= len(items) {
				item, _, _ := strings.Cut(content.PlainText(items[n-1]), " — ")
				gather = append(gather, item)
			}
		}
		if len(gather) > 0 {
			add(Block{Kind: Small, Text: w.Gather + colon + strings.Join(gather, sep)})
		}
		if e := strings.TrimSpace(ws.Evidence[ci.ID]); e != "" {
			add(Block{Kind: Para, Text: w.WeHave + colon + e, Bold: true})
		}
	}
	if len(markedNo) > 0 {
		add(Block{Kind: Small, Text: w.MarkedNo + colon + strings.Join(markedNo, sep)})
	}
	if len(unmarked) > 0 {
		add(Block{Kind: Small, Text: w.NotMarked + colon + strings.Join(unmarked, sep)})
	}

	// 3. the recommendation and the illustration
	add(Block{Kind: Heading, Text: w.Proposal})
	if pr := ws.Proposal; pr == (prepare.Proposal{}) {
		add(Block{Kind: Small, Text: w.NoProposal})
	} else {
		add(Block{Kind: Para, Text: w.Proposed + colon + proposalText(pr, lang, w, sep), Bold: true})
		if strings.TrimSpace(pr.Note) != "" {
			add(Block{Kind: Para, Text: w.Note + colon + pr.Note})
		}
	}
	add(Block{Kind: Subheading, Text: w.Illus})
	il := in.Illustration
	switch res, err := prepare.Illustrate(s, il); {
	case !il.Started():
		add(Block{Kind: Small, Text: w.NoIllus})
	case err != nil:
		add(Block{Kind: Warn, Text: w.CannotIllustrate})
		if cr := s.Crime(il.Crime); cr != nil && !cr.Covered && cr.Note != "" {
			add(c.blocks(cr.Note, 0)...)
		}
	default:
		crime := s.Crime(il.Crime)
		named := w.Base + " (" + crime.Name + ")"
		if lang.IsChinese() {
			named = w.Base + "（" + crime.Name + "）"
		}
		add(Block{Kind: Para, Text: named + colon + FormatMonths(float64(res.BaseMonths), lang)})
		low, high := FormatMonths(res.Low, lang), FormatMonths(res.High, lang)
		add(Block{Kind: Bar, Bar: &BarFigure{
			Base: float64(res.BaseMonths), Low: res.Low, High: res.High,
			BaseLabel: w.Base + " " + FormatMonths(float64(res.BaseMonths), lang),
			LowLabel:  shortMonths(res.Low, lang), HighLabel: shortMonths(res.High, lang),
		}})
		for _, st := range res.Steps {
			name := st.ID
			if ci := s.Circumstance(st.ID); ci != nil {
				name = ci.Name
			}
			sign := "−"
			if st.Direction == prepare.Up {
				sign = "+"
			}
			fig := fmt.Sprintf("%s%d %%", sign, st.Low)
			if st.High != st.Low {
				fig = fmt.Sprintf(w.Range, fig, fmt.Sprintf("%s%d %%", sign, st.High))
			}
			switch st.Kind {
			case prepare.StepFirst:
				add(Block{Kind: Bullet, Text: name + " (" + w.First + ")" + colon + fig})
			case prepare.StepAdded:
				add(Block{Kind: Bullet, Text: name + colon + fig})
			default:
				add(Block{Kind: Bullet, Text: name + colon + c.inline(s.Texts[string(st.Kind)])})
			}
		}
		if res.PleaCap > 0 {
			add(Block{Kind: Bullet, Text: fmt.Sprintf("%s%s%d %%", w.Cap, colon, res.PleaCap)})
		}
		add(Block{Kind: Para, Text: w.Result + colon + fmt.Sprintf(w.Range, low, high), Bold: true})
		if crime.Note != "" {
			add(c.blocks(crime.Note, 0)...)
		}
		for _, key := range []string{"several-first", "unchecked", "not-shown", "minimum"} {
			if (key == "several-first" && !res.SeveralFirst) || (key == "unchecked" && !res.Unchecked) || (key == "not-shown" && res.PleaCap == 0) {
				continue
			}
			add(smallBlocks(c.blocks(s.Texts[key], 0))...)
		}
		for _, b := range c.blocks(s.Texts["caption"], 0) {
			b.Kind = Boxed
			add(b)
		}
	}

	// 4. our views
	add(Block{Kind: Heading, Text: w.Views})
	v := ws.Views
	var asks []string
	for _, a := range v.Asks {
		if n := w.AskNames[a]; n != "" {
			asks = append(asks, n)
		}
	}
	if strings.TrimSpace(v.Other) != "" {
		asks = append(asks, v.Other)
	}
	wrote := false
	for _, x := range []struct{ label, text string }{
		{w.Accept, v.Accept}, {w.Asks, strings.Join(asks, sep)}, {w.Why, v.Why},
	} {
		if strings.TrimSpace(x.text) == "" {
			continue
		}
		wrote = true
		add(Block{Kind: Subheading, Text: x.label})
		for _, line := range strings.Split(strings.TrimSpace(x.text), "\n") {
			add(Block{Kind: Para, Text: line})
		}
	}
	if !wrote {
		add(Block{Kind: Small, Text: w.Nothing})
	}
	add(smallBlocks(c.blocks(s.Texts["views"], 0))...)

	// 5. before you sign
	add(Block{Kind: Heading, Text: w.Checks})
	answers := map[prepare.Answer]string{prepare.Yes: w.Yes, prepare.No: w.NotYes}
	for _, ch := range s.Checks {
		a := answers[ws.Checks[ch.ID]]
		if a == "" {
			a = w.Unanswered
		}
		add(Block{Kind: Bullet, Text: "[" + a + "] " + c.inline(ch.Text), Bold: ws.Checks[ch.ID] == prepare.No})
		if ws.Checks[ch.ID] == prepare.No {
			add(Block{Kind: Warn, Text: c.inline(s.Texts["warning"]), Indent: 1})
		}
	}
	p.Notes = c.n.list
	return p
}

// proposalText is a recorded recommendation in words.
func proposalText(pr prepare.Proposal, lang guidance.Lang, w prepareWords, sep string) string {
	var parts []string
	if pr.Penalty != "" {
		name := map[prepare.Penalty]string{prepare.Surveillance: w.Surveillance, prepare.Detention: w.Detention, prepare.FixedTerm: w.FixedTerm}[pr.Penalty]
		term := FormatMonths(float64(pr.Months), lang)
		if !pr.Fixed() {
			term = fmt.Sprintf(w.Range, FormatMonths(float64(pr.Months), lang), FormatMonths(float64(pr.MonthsTo), lang))
		}
		parts = append(parts, name+" "+term)
	}
	if pr.Probation {
		pb := w.Probation
		if pr.ProbationMonths > 0 {
			pb += " (" + w.ProbMonths + " " + FormatMonths(float64(pr.ProbationMonths), lang) + ")"
		}
		parts = append(parts, pb)
	}
	if pr.Fine > 0 {
		if lang.IsChinese() {
			parts = append(parts, fmt.Sprintf("%s%d元", w.Fine, pr.Fine))
		} else {
			parts = append(parts, fmt.Sprintf("%s of %d yuan", w.Fine, pr.Fine))
		}
	}
	return strings.Join(parts, sep)
}

// shortMonths is a scale label: months with at most one decimal ("14.4个月", "18 months").
func shortMonths(m float64, lang guidance.Lang) string {
	w := prepareLabels[lang.IsChinese()]
	num := strings.TrimSuffix(strconv.FormatFloat(m, 'f', 1, 64), ".0")
	if num == "1" {
		return fmt.Sprintf(w.Month, num)
	}
	return fmt.Sprintf(w.Months, num)
}

// smallBlocks sets paragraphs of explanation in small type.
func smallBlocks(bs []Block) []Block {
	for i := range bs {
		if bs[i].Kind == Para {
			bs[i].Kind = Small
		}
	}
	return bs
}
