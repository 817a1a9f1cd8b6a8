package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

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
