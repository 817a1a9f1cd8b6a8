package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

func TestFormatMonths(t *testing.T) {
	for _, tt := range []struct {
		m    float64
		lang guidance.Lang
		want string
	}{
		{1, guidance.LangEn, "1 month"},
		{8, guidance.LangEn, "8 months"},
		{12, guidance.LangEn, "12 months (1 year)"},
		{13, guidance.LangEn, "13 months (1 year 1 month)"},
		{18, guidance.LangEn, "18 months (1 year 6 months)"},
		{24, guidance.LangEn, "24 months (2 years)"},
		{14.4, guidance.LangEn, "14.4 months (about 1 year 2 months)"},
		{16.8, guidance.LangEn, "16.8 months (about 1 year 5 months)"},
		{8.5, guidance.LangEn, "8.5 months"},
		{18, guidance.LangZhHans, "18个月（1年6个月）"},
		{14.4, guidance.LangZhHans, "14.4个月（约1年2个月）"},
		{36, guidance.LangZhHans, "36个月（3年）"},
		{6, guidance.LangZhHans, "6个月"},
	} {
		if got := FormatMonths(tt.m, tt.lang); got != tt.want {
			t.Errorf("FormatMonths(%v, %s) = %q, want %q", tt.m, tt.lang, got, tt.want)
		}
	}
}

// testSet is a small Prepare set in English with the rules of the cn pack's plea and
// compensation circumstances; its texts cite two sources.
func testSet() *prepare.Set {
	return &prepare.Set{
		Lang: guidance.LangEn,
		Circumstances: []prepare.Circumstance{
			{ID: "plea", Name: "Plea", Shows: []string{"the plea statement"}, Direction: prepare.Down, Guidance: true,
				Band: &prepare.Band{Max: 30}, LiftedMax: 60, Plea: true, Source: "sg-plea"},
			{ID: "compensation", Name: "Compensation", Shows: []string{"receipts"}, Checklist: []int{2},
				Direction: prepare.Down, Guidance: true, Band: &prepare.Band{Max: 40}, Overlaps: true, LiftsCap: true, Source: "sg-comp"},
			{ID: "surrender", Name: "Surrender", Shows: []string{"the record"}, Direction: prepare.Down, Guidance: true,
				Band: &prepare.Band{Max: 40}, Overlaps: true, LiftsCap: true, Source: "sg-surr"},
			{ID: "first-offence", Name: "First offence", Shows: []string{"no record"}, Direction: prepare.Down},
		},
		Crimes: []prepare.Crime{{ID: "crime-theft", Name: "Theft", Covered: true}},
		Texts: map[string]string{
			"facts": "Admitting the main facts still counts ([point 6](src:go-6)).", "caption": "Not a prediction ([scope](src:sg-scope)).",
			"not-shown": "More than 60 % is not shown.", "minimum": "Ask how low it can go.", "views": "They must hear you.",
			"within-plea": "Counted within the plea ([plea](src:sg-plea)).", "band-up-to": "up to {max} % off",
			"band-range": "{min} % to {max} % off", "warning": "Do not sign yet.",
		},
		Checks: []prepare.Check{{ID: "lawyer-present", Text: "A lawyer is there."}, {ID: "recorded", Text: "It is recorded."}},
	}
}

func TestPreparePart(t *testing.T) {
	s := testSet()
	ws := &prepare.Workspace{
		Facts:    []prepare.Fact{{Text: "took two phones", Stance: prepare.Admit}, {Text: "worth 8000", Stance: prepare.Dispute, Note: "the invoice says 6500"}},
		Marks:    map[string]prepare.Mark{"plea": prepare.Applies, "compensation": prepare.MayApply, "surrender": prepare.DoesNot},
		Evidence: map[string]string{"compensation": "paid 6500"},
		Proposal: prepare.Proposal{Penalty: prepare.FixedTerm, Months: 18, Fine: 3000},
		Illustration: prepare.Input{BaseMonths: 24, Crime: "crime-theft", Figures: []prepare.Figure{
			{ID: "plea", Low: 25, High: 40}, {ID: "compensation"}}},
		Views:  prepare.Views{Accept: "took the phones", Asks: []string{"probation"}},
		Checks: map[string]prepare.Answer{"lawyer-present": prepare.Yes, "recorded": prepare.No},
	}
	day := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	cites := []guidance.Citation{
		{SourceID: "sg-plea", Text: "Sentencing Guidance III (14)", Checked: day},
		{SourceID: "go-6", Text: "Guiding Opinions point 6", Checked: day},
	}
	p := Prepare(PrepareInput{Set: s, Work: ws, Illustration: ws.Illustration, Cites: cites,
		Checklist: "- **Papers** — ids\n- **Proof of payment** — receipts\n"})
	var text []string
	var bar *BarFigure
	for _, b := range p.Blocks {
		text = append(text, b.Text)
		if b.Kind == Bar {
			bar = b.Bar
		}
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{
		"[admit] took two phones", "[dispute] worth 8000", "Note: the invoice says 6500",
		"Plea — applies", "up to 30 % off [2]", "Compensation — may apply", "We have: paid 6500",
		"The family can gather: Proof of payment", "Marked no: Surrender", "Not marked yet: First offence",
		"fixed-term imprisonment 18 months (1 year 6 months); fine of 3000 yuan",
		"Plea: −25 % to −40 %", "Compensation: Counted within the plea (plea [2])", "Cap for the plea here: 60 %",
		"Illustrated result: 14.4 months (about 1 year 2 months) to 18 months (1 year 6 months)",
		"Not a prediction (scope)", "More than 60 % is not shown.",
		"We accept", "took the phones", "probation", "[yes] A lawyer is there.", "[no] It is recorded.", "Do not sign yet.",
		"(point 6 [1])",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("prepared page lacks %q:\n%s", want, all)
		}
	}
	if bar == nil || bar.Base != 24 || bar.Low != 24*0.6 || bar.High != 18 || bar.LowLabel != "14.4 months" || bar.HighLabel != "18 months" ||
		!strings.Contains(bar.BaseLabel, "24 months") {
		t.Errorf("bar %+v", bar)
	}
	if len(p.Notes) != 2 || !strings.Contains(p.Notes[1], "Sentencing Guidance III (14) (checked 2026-11-25)") {
		t.Errorf("notes %q", p.Notes)
	}

	// bad figures: no number the method cannot produce, a plain message instead
	ws.Illustration.Figures[0].High = 70
	p = Prepare(PrepareInput{Set: s, Work: ws, Illustration: ws.Illustration})
	for _, b := range p.Blocks {
		if b.Kind == Bar || strings.Contains(b.Text, "Illustrated result") {
			t.Errorf("a refused illustration still shows %q", b.Text)
		}
	}
	// an empty workspace says what is missing
	p = Prepare(PrepareInput{Set: s, Work: nil})
	md := string(Markdown(Doc{Parts: []Part{p}}))
	for _, want := range []string{"No facts written down yet.", "No recommendation recorded yet.", "No base sentence entered", `\[not answered\] A lawyer is there.`} {
		if !strings.Contains(md, want) {
			t.Errorf("empty prepared page lacks %q:\n%s", want, md)
		}
	}
}

// pdfText writes d as a PDF and returns its text layer, skipping the test without fonts
// and failing it without poppler.
func pdfText(t *testing.T, d Doc) string {
	t.Helper()
	fonts, err := FindFonts(os.Getenv)
	if err != nil {
		t.Skipf("no font for PDF export (%v): run scripts/setup.sh", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext not found: install poppler-utils (scripts/setup.sh --test)")
	}
	data, err := PDF(d, A4, fonts)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

// The timeline picture is drawn in the PDF: the stages in order, today, each row's label
// and its dates, the last date only where it has room.
func TestTimelinePDF(t *testing.T) {
	tl := interview.Timeline{
		Stages: []interview.StageView{{Name: "Investigation"}, {Name: "Review for prosecution", Current: true}, {Name: "Trial"}, {Name: "After judgment"}},
		Today:  0.3, TodayLabel: "Today 20 Nov",
		Rows: []interview.TimelineRow{
			{Label: "Request arrest", From: 0, Normal: 0.1, Longest: 0.8, NormalDate: "13 Nov", LongestDate: "10 Dec"},
			{Label: "File an appeal", From: 0.3, Normal: 0.5, Longest: 0.5, NormalDate: "30 Nov", FileBy: true},
			{Label: "Close together", From: 0, Normal: 0.6, Longest: 0.61, NormalDate: "1 Dec", LongestDate: "2 Dec"},
		},
	}
	d := Doc{Parts: []Part{{Lang: guidance.LangEn, Title: "Plan", Blocks: []Block{
		{Kind: Heading, Text: "Key dates"}, {Kind: TimelineFig, Timeline: &tl}, {Kind: Para, Text: "After the picture"},
	}}}}
	text := pdfText(t, d)
	last := -1
	for _, want := range []string{"Key dates", "Investigation", "Review for", "Trial", "After judgment", "Today 20 Nov",
		"Request arrest", "13 Nov", "10 Dec", "File an appeal", "30 Nov", "Close together", "1 Dec", "After the picture"} {
		i := strings.Index(text, want)
		if i < 0 {
			t.Errorf("text layer lacks %q:\n%s", want, text)
			continue
		}
		if i < last {
			t.Errorf("%q is out of order:\n%s", want, text)
		}
		last = i
	}
	if strings.Contains(text, "2 Dec") {
		t.Error("the last date is drawn on top of the usual one")
	}
}

// The illustration's bar is drawn with its scale: 0, the low and high ends, the base.
func TestBarPDF(t *testing.T) {
	d := Doc{Parts: []Part{{Lang: guidance.LangZhHans, Title: "示意", Blocks: []Block{
		{Kind: Bar, Bar: &BarFigure{Base: 24, Low: 14.4, High: 18, BaseLabel: "基准刑 24个月（2年）", LowLabel: "14.4个月", HighLabel: "18个月"}},
		{Kind: Boxed, Text: "这只是示意，不是预测。"},
	}}}}
	text := pdfText(t, d)
	last := -1
	for _, want := range []string{"基准刑 24个月（2年）", "0", "14.4个月", "18个月", "这只是示意，不是预测。"} {
		i := strings.Index(text, want)
		if i < last || i < 0 {
			t.Errorf("%q missing or out of order:\n%s", want, text)
		}
		last = i
	}
}

// TestTopicNamesAnotherJurisdiction: in a topic's endnotes a provision of another pack's
// jurisdiction carries its name; the topic's own pack's provisions do not.
func TestTopicNamesAnotherJurisdiction(t *testing.T) {
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	topic := guidance.Topic{ID: "how-other-systems-protect-the-defence", Pack: "cn", Lang: guidance.LangZhHant, Title: "其他地方",
		Body: "協商時要有律師（[第455條之5](src:tw-cpp-455-5-p1)）。大陸法律規定（[第174條](src:cpl-174-1)）。"}
	cites := []guidance.Citation{
		{SourceID: "tw-cpp-455-5-p1", Text: "《刑事訴訟法》第455條之5第1項", Pack: "tw", Place: "臺灣", Checked: day},
		{SourceID: "cpl-174-1", Text: "《中華人民共和國刑事訴訟法》第174條第1項", Pack: "cn", Place: "中國大陸", Checked: day},
	}
	p := Topic(topic, cites)
	want := []string{"臺灣《刑事訴訟法》第455條之5第1項（核對於2026年12月1日）", "《中華人民共和國刑事訴訟法》第174條第1項（核對於2026年12月1日）"}
	if len(p.Notes) != 2 || p.Notes[0] != want[0] || p.Notes[1] != want[1] {
		t.Errorf("notes %q, want %q", p.Notes, want)
	}
}

// TestEndnotesSayCheckedInTheTopicsLanguage: the endnote's "checked" word and its date
// follow the topic's language, not Simplified Chinese for both Chinese scripts and
// English for German; Chinese notes take full-width brackets and no spaces.
func TestEndnotesSayCheckedInTheTopicsLanguage(t *testing.T) {
	day := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[guidance.Lang]string{
		guidance.LangZhHans: "StPO § 302（核对于2026年12月1日）", guidance.LangZhHant: "StPO § 302（核對於2026年12月1日）",
		guidance.LangDe: "StPO § 302 (geprüft am 01.12.2026)", guidance.LangEn: "StPO § 302 (checked 2026-12-01)",
	} {
		topic := guidance.Topic{ID: "t", Pack: "de", Lang: lang, Title: "T", Body: "Text ([§ 302](src:stpo-302)).\n"}
		p := Topic(topic, []guidance.Citation{{SourceID: "stpo-302", Text: "StPO § 302", Pack: "de", Checked: day}})
		if len(p.Notes) != 1 || !strings.HasSuffix(p.Notes[0], want) {
			t.Errorf("%s: notes %q, want one ending %q", lang, p.Notes, want)
		}
	}
}
