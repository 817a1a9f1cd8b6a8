package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// preparePack is the pack whose circumstances the Prepare screen and command use.
const preparePack = "cn"

// prepareWords are the command's own words in the content languages; every statement of
// law it prints comes from content (circumstances.toml), with its sources.
var prepareWords = map[guidance.Lang]map[string]string{
	guidance.LangZhHans: {
		"title": "准备认罪认罚的谈话", "facts": "事实", "circumstances": "可能影响量刑的情节",
		"proposal": "量刑建议", "illustration": "量刑方法示意", "views": "我们的意见", "checks": "签字之前",
		"admit": "承认", "dispute": "有异议", "unsure": "不确定", "unmarked": "未标",
		"applies": "有", "may": "可能有", "no": "没有", "ask": "问律师",
		"shows": "什么能证明", "gather": "家人可以准备", "we-have": "我们有",
		"base": "基准刑", "months": "个月", "result": "示意结果", "to": "至", "cap": "认罪认罚的上限",
		"first": "先调整", "sources": "来源",
		"public-surveillance": "管制", "criminal-detention": "拘役", "fixed-term": "有期徒刑",
		"probation": "缓刑", "probation-months": "考验期", "fine": "罚金", "yuan": "元", "note": "备注",
		"accept": "我们接受", "asks": "我们请求", "why": "理由", "other": "其他",
		"lower-term": "更短的刑期", "non-prosecution": "不起诉", "bail": "取保候审", "procedure": "换一种程序",
		"yes": "是", "unanswered": "未答", "warning": "注意",
	},
	guidance.LangEn: {
		"title": "Preparing the plea talk", "facts": "The facts", "circumstances": "Circumstances that may change the sentence",
		"proposal": "The recommendation", "illustration": "How the method works it out", "views": "Our views", "checks": "Before you sign",
		"admit": "admit", "dispute": "dispute", "unsure": "not sure", "unmarked": "not marked",
		"applies": "applies", "may": "may apply", "no": "no", "ask": "ask the lawyer",
		"shows": "What shows it", "gather": "The family can gather", "we-have": "We have",
		"base": "Base sentence", "months": "months", "result": "Illustrated result", "to": "to", "cap": "Cap for the plea",
		"first": "applied first", "sources": "Sources",
		"public-surveillance": "public surveillance", "criminal-detention": "short-term detention", "fixed-term": "fixed-term imprisonment",
		"probation": "probation", "probation-months": "probation period", "fine": "fine", "yuan": "yuan", "note": "note",
		"accept": "We accept", "asks": "We ask for", "why": "Why", "other": "Other",
		"lower-term": "a lower term", "non-prosecution": "non-prosecution", "bail": "bail", "procedure": "a different procedure",
		"yes": "yes", "unanswered": "not answered", "warning": "Careful",
	},
}

// PrepareReport is what `pleaguide prepare --json` prints: the checklist and the
// illustration worked out from the answer file, in one content language.
type PrepareReport struct {
	Lang          guidance.Lang         `json:"lang"`
	Facts         []prepare.Fact        `json:"facts,omitempty"`
	FactsNote     string                `json:"facts_note"`
	Circumstances []PrepareCircumstance `json:"circumstances"`
	Proposal      prepare.Proposal      `json:"proposal"`
	Illustration  *PrepareIllustration  `json:"illustration,omitempty"`
	Views         prepare.Views         `json:"views"`
	ViewsNote     string                `json:"views_note"`
	Checks        []PrepareCheck        `json:"checks"`
	Sources       []string              `json:"sources"` // every source the texts cite, as citations
}

// PrepareCircumstance is one circumstance of the checklist as the report shows it.
type PrepareCircumstance struct {
	ID        string       `json:"id"`
	Name      string       `json:"name"`
	Mark      prepare.Mark `json:"mark,omitempty"`
	Band      string       `json:"band"`
	Shows     []string     `json:"shows"`
	Gather    []string     `json:"gather,omitempty"` // family-checklist items
	WeHave    string       `json:"we_have,omitempty"`
	Topic     string       `json:"topic"`
	Explained string       `json:"explanation"`
}

// PrepareIllustration is the worked illustration with its caption.
type PrepareIllustration struct {
	prepare.Result
	Crime   string            `json:"crime"`
	Why     map[string]string `json:"why,omitempty"` // circumstance → why it is not added
	Notes   []string          `json:"notes"`
	Caption string            `json:"caption"`
}

// PrepareCheck is one check before signing and its answer.
type PrepareCheck struct {
	ID      string         `json:"id"`
	Text    string         `json:"text"`
	Answer  prepare.Answer `json:"answer,omitempty"`
	Warning string         `json:"warning,omitempty"`
	Topic   string         `json:"topic"`
}

func (c *cli) prepare(args []string) int {
	fset := flag.NewFlagSet("prepare", flag.ContinueOnError)
	answers := fset.String("answers", "", "JSON answer file (see docs/prepare.md)")
	lang := fset.String("lang", "", "language: zh-Hans, en, zh-Hant or de (default: the system's)")
	asJSON := fset.Bool("json", false, "print the report as JSON")
	if code, done := c.flags(fset, "prepare --answers FILE [--lang L] [--json]", args); done {
		return code
	}
	if *answers == "" || fset.NArg() > 0 {
		fmt.Fprintln(c.stderr, "pleaguide: prepare needs --answers FILE and nothing else")
		return exitUsage
	}
	w, err := readWorkspace(*answers)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %s: %v\n", *answers, err)
		return exitUsage
	}
	pack, sets, err := c.prepareSets()
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	l, err := c.prepareLang(*lang, pack.Languages)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return exitUsage
	}
	set := sets[l]
	if set == nil {
		fmt.Fprintf(c.stderr, "pleaguide: pack %q has no circumstances in %s\n", preparePack, l)
		return 1
	}
	if err := w.Check(set); err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %s: %s\n", *answers, describeCheckError(err))
		return exitUsage
	}
	r := buildPrepareReport(pack, set, w)
	if *asJSON {
		return c.printJSON(r)
	}
	printPrepare(c.stdout, r, prepareWords[l])
	return 0
}

// prepareSets loads the built-in content pack the Prepare screen uses and its
// circumstances in each of its languages.
func (c *cli) prepareSets() (*guidance.Pack, map[guidance.Lang]*prepare.Set, error) {
	packs, problems := content.Load(c.packs)
	if len(problems) > 0 {
		return nil, nil, fmt.Errorf("the built-in content has problems, first: %s", problems[0])
	}
	for i := range packs {
		if packs[i].ID == preparePack {
			sets, problems := content.Circumstances(c.packs, packs[i])
			if len(problems) > 0 {
				return nil, nil, fmt.Errorf("the built-in circumstances have problems, first: %s", problems[0])
			}
			return &packs[i], sets, nil
		}
	}
	return nil, nil, fmt.Errorf("no content pack %q", preparePack)
}

// describeCheckError names the field of an answer file that Workspace.Check refused and
// says what is wrong with it.
func describeCheckError(err error) string {
	var ie *prepare.InputError
	if errors.As(err, &ie) {
		return fmt.Sprintf("field %q: %s", ie.Field, describeInputError(ie))
	}
	return err.Error()
}

func (c *cli) prepareLang(flagLang string, available []guidance.Lang) (guidance.Lang, error) {
	if flagLang == "" {
		sys := guidance.MatchLanguage([]string{c.getenv("LC_ALL"), c.getenv("LC_MESSAGES"), c.getenv("LANG")})
		return guidance.ContentLang(sys, available), nil
	}
	for _, l := range guidance.UILanguages {
		if string(l) == flagLang {
			return guidance.ContentLang(l, available), nil
		}
	}
	return "", fmt.Errorf("unknown language %q (use zh-Hans, en, zh-Hant or de)", flagLang)
}

// readWorkspace reads an answer file strictly: an unknown field or a value of the wrong
// type is an error that names the field.
func readWorkspace(file string) (*prepare.Workspace, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w prepare.Workspace
	if err := dec.Decode(&w); err != nil {
		var te *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &te):
			return nil, fmt.Errorf("field %q: value must be a %s", te.Field, te.Type)
		case errors.As(err, &se):
			return nil, fmt.Errorf("not JSON: %v (byte %d)", se, se.Offset)
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return nil, fmt.Errorf("field %s is not part of the schema (see docs/prepare.md)", strings.TrimPrefix(err.Error(), "json: unknown field "))
		}
		return nil, fmt.Errorf("not a JSON answer file: %w", err)
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	return &w, nil
}

// describeInputError says in English what is wrong; the app shows translated messages.
func describeInputError(e *prepare.InputError) string {
	what := map[prepare.ErrorCode]string{
		prepare.ErrBaseZero:         "a base sentence of zero months cannot be illustrated",
		prepare.ErrBaseNegative:     "a base sentence cannot be negative",
		prepare.ErrBaseTooLong:      fmt.Sprintf("the illustration takes at most %d months", e.Max),
		prepare.ErrNoCrime:          "name the crime (a crime guide's ID, such as crime-theft)",
		prepare.ErrUnknownCrime:     "not a crime the content knows",
		prepare.ErrNotCovered:       "the 2021 sentencing guidance does not cover this crime: no illustration",
		prepare.ErrUnknown:          "not an ID the content knows",
		prepare.ErrTwice:            "the same circumstance twice",
		prepare.ErrNoPercentage:     "the guidance gives no percentage for this circumstance",
		prepare.ErrNotForCrime:      "this circumstance cannot exist for this crime",
		prepare.ErrNegative:         "a percentage cannot be negative",
		prepare.ErrOrder:            "low is above high",
		prepare.ErrBeyondBand:       fmt.Sprintf("outside the band the guidance gives (%d-%d %%)", e.Min, e.Max),
		prepare.ErrBeyondLimit:      fmt.Sprintf("above %d %%", e.Max),
		prepare.ErrGroup:            "only one of these circumstances can apply, and another one is already given",
		prepare.ErrBelowZero:        "together the reductions reach zero or less: the method cannot produce that",
		prepare.ErrEmptyText:        "empty",
		prepare.ErrBadValue:         "not one of the allowed values",
		prepare.ErrTermRange:        fmt.Sprintf("this penalty runs from %d to %d months", e.Min, e.Max),
		prepare.ErrMonthsOrder:      "the range ends before it starts",
		prepare.ErrProbationPenalty: "probation is only possible with short-term detention or imprisonment of 3 years or less",
		prepare.ErrProbationPeriod:  "not a probation period the law allows for this penalty and term",
		prepare.ErrNegativeFine:     "a fine cannot be negative",
	}[e.Code]
	if what == "" {
		what = string(e.Code)
	}
	if e.ID != "" {
		what += " (" + e.ID + ")"
	}
	return what
}

// prepareText is a content text as plain words, and the sources it cites.
func prepareText(md string, cited map[string]bool) string {
	for _, ln := range content.Links(md) {
		if ln.Scheme == "src" {
			cited[ln.Target] = true
		}
	}
	return content.PlainText(md)
}

func buildPrepareReport(p *guidance.Pack, s *prepare.Set, w *prepare.Workspace) PrepareReport {
	cited := map[string]bool{}
	r := PrepareReport{Lang: s.Lang, Facts: w.Facts, Proposal: w.Proposal, Views: w.Views}
	r.FactsNote = prepareText(s.Texts["facts"], cited)
	r.ViewsNote = prepareText(s.Texts["views"], cited)
	var items []string
	for _, t := range p.Topics {
		if t.ID == s.ChecklistTopic && t.Lang == s.Lang {
			items = content.ChecklistItems(t.Body)
		}
	}
	for _, c := range s.Circumstances {
		pc := PrepareCircumstance{
			ID: c.ID, Name: c.Name, Mark: w.Marks[c.ID], Band: prepareText(s.BandText(&c), cited),
			Shows: c.Shows, WeHave: w.Evidence[c.ID], Topic: c.Topic,
			Explained: prepareText(c.Explanation, cited),
		}
		if c.Band != nil {
			cited[c.Source] = true
		}
		for _, n := range c.Checklist {
			if n >= 1 && n <= len(items) {
				item, _, _ := strings.Cut(content.PlainText(items[n-1]), " — ")
				pc.Gather = append(pc.Gather, item)
			}
		}
		r.Circumstances = append(r.Circumstances, pc)
	}
	if w.Illustration.Started() {
		res, err := prepare.Illustrate(s, w.Illustration)
		if err == nil { // Check has already refused bad input
			il := &PrepareIllustration{Result: res, Crime: s.Crime(w.Illustration.Crime).Name}
			note := func(key string) { il.Notes = append(il.Notes, prepareText(s.Texts[key], cited)) }
			for _, st := range res.Steps {
				switch st.Kind {
				case prepare.StepWithinPlea, prepare.StepExcluded:
					if il.Why == nil {
						il.Why = map[string]string{}
					}
					il.Why[st.ID] = prepareText(s.Texts[string(st.Kind)], cited)
				}
			}
			if crime := s.Crime(w.Illustration.Crime); crime.Note != "" {
				il.Notes = append(il.Notes, prepareText(crime.Note, cited))
			}
			if res.SeveralFirst {
				note("several-first")
			}
			if res.Unchecked {
				note("unchecked")
			}
			if res.PleaCap != 0 {
				note("not-shown")
			}
			note("minimum")
			il.Caption = prepareText(s.Texts["caption"], cited)
			r.Illustration = il
		}
	}
	for _, ch := range s.Checks {
		pc := PrepareCheck{ID: ch.ID, Text: prepareText(ch.Text, cited), Answer: w.Checks[ch.ID], Topic: ch.Topic}
		if pc.Answer == prepare.No {
			pc.Warning = prepareText(s.Texts["warning"], cited)
		}
		r.Checks = append(r.Checks, pc)
	}
	for _, id := range sortedIDs(cited) {
		src, ok := p.Sources[id]
		if !ok {
			continue
		}
		r.Sources = append(r.Sources, guidance.Cite(src, p.Instruments[src.Instrument], s.Lang).Text)
	}
	return r
}

func sortedIDs(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func printPrepare(w io.Writer, r PrepareReport, words map[string]string) {
	section := func(key string) {
		fmt.Fprintf(w, "\n%s\n%s\n", words[key], strings.Repeat("-", len([]rune(words[key]))*2))
	}
	fmt.Fprintln(w, words["title"])
	section("facts")
	for i, f := range r.Facts {
		st := words["unmarked"]
		if f.Stance != "" {
			st = words[string(f.Stance)]
		}
		fmt.Fprintf(w, "%d. [%s] %s\n", i+1, st, f.Text)
		if f.Note != "" {
			fmt.Fprintf(w, "   %s: %s\n", words["note"], f.Note)
		}
	}
	fmt.Fprintf(w, "%s\n", indent(r.FactsNote, "  "))
	section("circumstances")
	for _, c := range r.Circumstances {
		mark := words["unmarked"]
		if c.Mark != "" {
			mark = words[string(c.Mark)]
		}
		fmt.Fprintf(w, "[%s] %s — %s\n", mark, c.Name, c.Band)
		if c.Mark == "" || c.Mark == prepare.DoesNot {
			continue
		}
		fmt.Fprintf(w, "    %s\n", c.Explained)
		fmt.Fprintf(w, "    %s: %s\n", words["shows"], strings.Join(c.Shows, "; "))
		if len(c.Gather) > 0 {
			fmt.Fprintf(w, "    %s: %s\n", words["gather"], strings.Join(c.Gather, "; "))
		}
		if c.WeHave != "" {
			fmt.Fprintf(w, "    %s: %s\n", words["we-have"], c.WeHave)
		}
	}
	if r.Proposal != (prepare.Proposal{}) {
		section("proposal")
		p := r.Proposal
		if p.Penalty != "" {
			term := fmt.Sprintf("%d", p.Months)
			if !p.Fixed() {
				term += "–" + fmt.Sprint(p.MonthsTo)
			}
			fmt.Fprintf(w, "%s %s %s\n", words[string(p.Penalty)], term, words["months"])
		}
		if p.Probation {
			fmt.Fprintf(w, "%s", words["probation"])
			if p.ProbationMonths > 0 {
				fmt.Fprintf(w, " (%s %d %s)", words["probation-months"], p.ProbationMonths, words["months"])
			}
			fmt.Fprintln(w)
		}
		if p.Fine > 0 {
			fmt.Fprintf(w, "%s %d %s\n", words["fine"], p.Fine, words["yuan"])
		}
		if p.Note != "" {
			fmt.Fprintf(w, "%s: %s\n", words["note"], p.Note)
		}
	}
	if il := r.Illustration; il != nil {
		section("illustration")
		fmt.Fprintf(w, "%s (%s): %d %s\n", words["base"], il.Crime, il.BaseMonths, words["months"])
		names := map[string]string{}
		for _, c := range r.Circumstances {
			names[c.ID] = c.Name
		}
		for _, st := range il.Steps {
			sign := "−"
			if st.Direction == prepare.Up {
				sign = "+"
			}
			fig := fmt.Sprintf("%s%d %%", sign, st.Low)
			if st.High != st.Low {
				fig = fmt.Sprintf("%s%d %% %s %s%d %%", sign, st.Low, words["to"], sign, st.High)
			}
			switch st.Kind {
			case prepare.StepFirst:
				fmt.Fprintf(w, "  %s (%s): %s\n", names[st.ID], words["first"], fig)
			case prepare.StepAdded:
				fmt.Fprintf(w, "  %s: %s\n", names[st.ID], fig)
			default:
				fmt.Fprintf(w, "  %s: %s\n", names[st.ID], il.Why[st.ID])
			}
		}
		if il.PleaCap > 0 {
			fmt.Fprintf(w, "  %s: %d %%\n", words["cap"], il.PleaCap)
		}
		fmt.Fprintf(w, "%s: %.1f %s %.1f %s\n", words["result"], il.Low, words["to"], il.High, words["months"])
		fmt.Fprintln(w, bar(il.Result, 40))
		for _, n := range il.Notes {
			fmt.Fprintf(w, "• %s\n", n)
		}
		fmt.Fprintf(w, "%s\n", indent(il.Caption, "  "))
	}
	section("views")
	v := r.Views
	if v.Accept != "" {
		fmt.Fprintf(w, "%s: %s\n", words["accept"], v.Accept)
	}
	if len(v.Asks) > 0 || v.Other != "" {
		var asks []string
		for _, a := range v.Asks {
			asks = append(asks, words[a])
		}
		if v.Other != "" {
			asks = append(asks, v.Other)
		}
		fmt.Fprintf(w, "%s: %s\n", words["asks"], strings.Join(asks, "; "))
	}
	if v.Why != "" {
		fmt.Fprintf(w, "%s: %s\n", words["why"], v.Why)
	}
	fmt.Fprintf(w, "%s\n", indent(r.ViewsNote, "  "))
	section("checks")
	for _, ch := range r.Checks {
		ans := words["unanswered"]
		if ch.Answer != "" {
			ans = words[string(ch.Answer)]
		}
		fmt.Fprintf(w, "[%s] %s\n", ans, ch.Text)
		if ch.Warning != "" {
			fmt.Fprintf(w, "    %s: %s\n", words["warning"], ch.Warning)
		}
	}
	section("sources")
	for _, s := range r.Sources {
		fmt.Fprintf(w, "• %s\n", s)
	}
}

// bar draws the base sentence and the illustrated range as text: '#' up to the low end,
// '=' between the low and high ends, '.' beyond, the whole width being the larger of the
// base and the high end.
func bar(r prepare.Result, width int) string {
	top := max(float64(r.BaseMonths), r.High)
	lo := int(r.Low / top * float64(width))
	hi := int(r.High/top*float64(width) + 0.999)
	return "[" + strings.Repeat("#", lo) + strings.Repeat("=", max(hi-lo, 1)) + strings.Repeat(".", max(width-max(hi, lo+1), 0)) + "]"
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
