package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// pdfTools skips the test when the fonts a PDF embeds are not installed, and fails it when
// poppler (pdfinfo, pdffonts, pdftotext) is missing: scripts/setup.sh --test installs both.
func pdfTools(t *testing.T) {
	t.Helper()
	if _, err := export.FindFonts(os.Getenv); err != nil {
		t.Skipf("no font for PDF export (%v): run scripts/setup.sh", err)
	}
	for _, tool := range []string{"pdfinfo", "pdffonts", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s not found: install poppler-utils (scripts/setup.sh --test)", tool)
		}
	}
}

func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// pdfPages reads the page count and the page size in points from pdfinfo.
func pdfPages(t *testing.T, file string) (int, string) {
	t.Helper()
	var pages int
	var size string
	for _, line := range strings.Split(poppler(t, "pdfinfo", file), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			pages, _ = strconv.Atoi(strings.TrimSpace(v))
		}
		if v, ok := strings.CutPrefix(line, "Page size:"); ok {
			size = strings.TrimSpace(v)
		}
	}
	return pages, size
}

// TestExportBilingualPlanPDF exports a real plan in Chinese and English and checks the PDF
// a lawyer would get: pages on A4 and on Letter, every font embedded, small, and a text
// layer that holds both languages, the footer on each page and no line that starts with
// closing punctuation.
func TestExportBilingualPlanPDF(t *testing.T) {
	pdfTools(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.pdf")
	code, _, errs := runCLI(t, dir, "export", "--answers", "../../docs/examples/family-detained.json", "--what", "plan",
		"--format", "pdf", "--lang", "zh-Hans,en", "--today", "2026-11-20", "--out", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	fi, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > 1<<20 {
		t.Errorf("PDF is %d bytes, want under 1 MiB (font subsets, not whole fonts)", fi.Size())
	}
	pages, size := pdfPages(t, file)
	if pages < 4 || pages > 20 {
		t.Errorf("%d pages, want a plan in each language (4 to 20 pages)", pages)
	}
	if !strings.Contains(size, "(A4)") {
		t.Errorf("page size %q, want A4", size)
	}
	fonts := strings.Split(strings.TrimSpace(poppler(t, "pdffonts", file)), "\n")
	if len(fonts) < 4 { // two header lines, then a Latin and a Chinese font at least
		t.Fatalf("pdffonts lists too few fonts:\n%s", strings.Join(fonts, "\n"))
	}
	for _, f := range fonts[2:] {
		cols := strings.Fields(f)
		// name type… encoding emb sub uni id gen: emb is the fifth from the end
		if len(cols) < 7 || cols[len(cols)-5] != "yes" {
			t.Errorf("font not embedded: %s", f)
		}
	}
	text := poppler(t, "pdftotext", "-layout", file, "-")
	for _, want := range []string{
		"我的情况：计划", "重要日期", "2026年11月20日", "《中华人民共和国刑事诉讼法》第91条", "第 1 页，共 " + strconv.Itoa(pages) + " 页",
		"My situation: the plan", "Key dates", "20 Nov 2026", "Page " + strconv.Itoa(pages) + " of " + strconv.Itoa(pages),
		"出处", "Sources", "not legal advice", "不是法律意见",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text layer lacks %q", want)
		}
	}
	// the timeline picture under the key dates: the stages in order, then today, then the
	// first row's label with its date
	plain := poppler(t, "pdftotext", file, "-")
	at := strings.Index(plain, "重要日期")
	for _, want := range []string{"侦查", "审查起诉", "审判", "判决以后", "今天 11月20日", "提请批准逮捕", "11月13日", "时间线："} {
		i := strings.Index(plain[max(at, 0):], want)
		if at < 0 || i < 0 {
			t.Errorf("the timeline lacks %q after the key dates heading", want)
			continue
		}
		at += i
	}
	for i, line := range strings.Split(plain, "\n") {
		line = strings.TrimSpace(line)
		for _, r := range "，。、；：？！）」" {
			if strings.HasPrefix(line, string(r)) {
				t.Errorf("line %d starts with %c: %q", i+1, r, line)
			}
		}
	}

	letter := filepath.Join(dir, "plan-letter.pdf")
	if code, _, errs := runCLI(t, dir, "export", "--answers", "../../docs/examples/family-detained.json", "--what", "plan",
		"--format", "pdf", "--lang", "en", "--paper", "letter", "--today", "2026-11-20", "--out", letter); code != 0 {
		t.Fatalf("letter: exit %d: %s", code, errs)
	}
	if _, size := pdfPages(t, letter); !strings.Contains(size, "612 x 792") {
		t.Errorf("letter page size %q, want 612 x 792 pts", size)
	}
}

// TestExportTopicAndQuestions exports a topic as PDF and the question sheet as Markdown.
func TestExportTopicAndQuestions(t *testing.T) {
	pdfTools(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "topic.pdf")
	if code, _, errs := runCLI(t, dir, "export", "--what", "topic:withdrawing-a-plea", "--format", "pdf",
		"--lang", "zh-Hans", "--out", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	text := poppler(t, "pdftotext", file, "-")
	if !strings.Contains(text, "出处") || !strings.Contains(text, "[1]") || !strings.Contains(text, "核对于") {
		t.Errorf("topic PDF lacks its endnotes:\n%s", text)
	}
	md := filepath.Join(dir, "questions.md")
	if code, _, errs := runCLI(t, dir, "export", "--answers", "../../docs/examples/family-detained.json", "--what", "questions",
		"--format", "md", "--lang", "en", "--out", md); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(data); !strings.Contains(s, "# Questions for the lawyer") || !strings.Contains(s, "1. ") && !strings.Contains(s, "### 1.") ||
		!strings.Contains(s, "Write the lawyer's answer here:") {
		t.Errorf("question sheet:\n%s", s)
	}
}

// TestExportUsage: bad flags exit 2 and name the flag.
func TestExportUsage(t *testing.T) {
	dir := t.TempDir()
	ans := "../../docs/examples/family-detained.json"
	out := filepath.Join(dir, "x.pdf")
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"--what", "plan", "--format", "pdf", "--out", out}, "--answers"},
		{[]string{"--answers", ans, "--what", "map", "--format", "pdf", "--out", out}, "--what"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "docx", "--out", out}, "--format"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "pdf", "--paper", "a5", "--out", out}, "--paper"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "pdf", "--lang", "fr", "--out", out}, "--lang"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "pdf", "--lang", "en,zh-Hans,de", "--out", out}, "--lang"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "pdf"}, "--out"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "md", "--today", "2026-13-01", "--out", out}, "--today"},
		{[]string{"--what", "topic:no-such-topic", "--format", "md", "--out", out}, "--what"},
		{[]string{"--answers", ans, "--what", "plan", "--format", "md", "--colour", "red", "--out", out}, "-colour"},
	} {
		code, _, errs := runCLI(t, dir, append([]string{"export"}, tc.args...)...)
		if code != exitUsage || !strings.Contains(errs, tc.flag) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 naming %s", tc.args, code, errs, tc.flag)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused export wrote a file")
	}
}

// TestExportPreparePDF exports the prepared page for the plea talk in Chinese and English:
// its pages, embedded fonts, and a text layer that holds the facts with their marks, the
// circumstances, the recommendation, the illustration's figures and bar scale with its
// caption, the views and the checks with the warning for a "no".
func TestExportPreparePDF(t *testing.T) {
	pdfTools(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "prepare.pdf")
	ans := "../../docs/examples/prepare/theft-zh.json"
	if code, _, errs := runCLI(t, dir, "export", "--answers", ans, "--what", "prepare", "--format", "pdf",
		"--lang", "zh-Hans,en", "--paper", "letter", "--out", file); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	pages, size := pdfPages(t, file)
	if pages < 4 || pages > 10 {
		t.Errorf("%d pages, want the prepared page in each language (4 to 10 pages)", pages)
	}
	if !strings.Contains(size, "612 x 792") {
		t.Errorf("page size %q, want Letter", size)
	}
	fonts := strings.Split(strings.TrimSpace(poppler(t, "pdffonts", file)), "\n")
	for _, f := range fonts[2:] {
		if cols := strings.Fields(f); len(cols) < 7 || cols[len(cols)-5] != "yes" {
			t.Errorf("font not embedded: %s", f)
		}
	}
	text := poppler(t, "pdftotext", file, "-")
	// in the order the page gives them
	last := -1
	for _, want := range []string{
		"准备认罪认罚的谈话", "[承认] 拿了店里的两部手机", "[有异议] 手机价值8000元", "备注：发票上是6500元",
		"认罪认罚 — 有", "我们有：已转账6500元", "有期徒刑 18个月（1年6个月）", "基准刑（盗窃罪）：24个月（2年）",
		"基准刑 24个月（2年）", "14.4个月", "18个月", "示意结果：14.4个月（约1年2个月） 至 18个月（1年6个月）",
		"这只是示意，不是预测", "我们接受", "承认拿了手机", "[否]", "先不要签", "出处",
		"Preparing the plea talk", "[dispute]", "Illustrated result: 14.4 months (about 1 year 2 months) to 18 months",
		"not a prediction", "Before you sign", "Sources",
	} {
		i := strings.Index(text[last+1:], want)
		if i < 0 {
			t.Errorf("text layer lacks %q after byte %d", want, last)
			continue
		}
		last += 1 + i
	}
	if !strings.Contains(text, "第 1 页，共 "+strconv.Itoa(pages)+" 页") {
		t.Errorf("text layer lacks the page footer")
	}
	if t.Failed() {
		t.Logf("text layer:\n%s", text)
	}

	md := filepath.Join(dir, "prepare.md")
	if code, _, errs := runCLI(t, dir, "export", "--answers", ans, "--what", "prepare", "--format", "md", "--lang", "en", "--out", md); code != 0 {
		t.Fatalf("md: exit %d: %s", code, errs)
	}
	data, _ := os.ReadFile(md)
	if s := string(data); !strings.Contains(s, "# Preparing the plea talk") || !strings.Contains(s, "[######") {
		t.Errorf("prepared page as Markdown:\n%s", s)
	}

	bad := writeAnswers(t, `{"illustration": {"base_months": 24, "crime": "crime-theft", "circumstances": [{"id": "plea", "low": 0, "high": 70}]}}`)
	code, _, errs := runCLI(t, dir, "export", "--answers", bad, "--what", "prepare", "--format", "md", "--out", md+"2")
	if code != exitUsage || !strings.Contains(errs, "illustration.circumstances[0].high") {
		t.Errorf("a figure beyond its band: exit %d, %q; want exit 2 naming the field", code, errs)
	}
}

// writeCaseExport writes an exported case file (as "Save a copy to carry" does) holding d,
// and a file with its passphrase.
func writeCaseExport(t *testing.T, dir string, d casefile.Data) (file, passFile string) {
	t.Helper()
	pass := []byte("correct horse battery")
	kdf := casefile.KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: []byte("0123456789abcdef")}
	s, key, err := casefile.NewSealed("P", pass, kdf, time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SealData(key, d); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := casefile.Export(&b, s, key); err != nil {
		t.Fatal(err)
	}
	file, passFile = filepath.Join(dir, "case.pleaguide"), filepath.Join(dir, "pass.txt")
	if err := os.WriteFile(file, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(passFile, append(pass, '\n'), 0o600); err != nil {
		t.Fatal(err)
	}
	return file, passFile
}

// TestExportFromCaseFile: with --case, the question sheet holds the case file's questions
// with the lawyer's answers typed so far (a bank question in each language, the visitor's
// own as typed) and room to write under each; the plan uses its walkthrough answers and
// prepare its Prepare page, worked out as the screen does. A wrong passphrase exits 2.
func TestExportFromCaseFile(t *testing.T) {
	dir := t.TempDir()
	file, pass := writeCaseExport(t, dir, casefile.Data{
		Questions: []casefile.Question{
			{ID: "1", BankID: "q-how-much-leniency", Answer: "Yes, next Tuesday."},
			{ID: "2", Text: "开庭前还能不能见他？", Answer: "可以，提前预约。\n带身份证。"},
			{ID: "3", Text: "How long will it take?"},
		},
		Answers: map[string]string{"role": "family", "stage": "investigation"},
		Prepare: &prepare.Workspace{
			Facts: []prepare.Fact{{Text: "took two phones", Stance: prepare.Admit}},
			Marks: map[string]prepare.Mark{"plea": prepare.Applies},
			Illustration: prepare.Input{BaseMonths: 24, Crime: "crime-theft", Figures: []prepare.Figure{
				{ID: "plea", Low: 10, High: 30}, {ID: "surrender", Low: 5, High: 5}}}, // surrender not marked: left out
		},
	})
	md := filepath.Join(dir, "q.md")
	code, _, errs := runCLI(t, dir, "export", "--case", file, "--passphrase-file", pass, "--what", "questions",
		"--format", "md", "--lang", "en,zh-Hans", "--out", md)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, _ := os.ReadFile(md)
	s := string(data)
	for _, want := range []string{"### 1. In my case, roughly how much leniency could a plea bring?", "The law only says leniency may be given",
		"The lawyer's answer (typed so far):", "> Yes, next Tuesday.", "> 可以，提前预约。\n> 带身份证。",
		"### 3. How long will it take?", "Write the lawyer's answer here:", "律师的回答（已记下的）：", "在这里写下律师的回答："} {
		if !strings.Contains(s, want) {
			t.Errorf("question sheet lacks %q:\n%s", want, s)
		}
	}
	if strings.Count(s, "Write the lawyer's answer here:") != 3 {
		t.Errorf("want room to write under each of the 3 questions:\n%s", s)
	}

	if code, _, errs := runCLI(t, dir, "export", "--case", file, "--passphrase-file", pass, "--what", "prepare",
		"--format", "md", "--lang", "en", "--out", md); code != 0 {
		t.Fatalf("prepare: exit %d: %s", code, errs)
	}
	data, _ = os.ReadFile(md)
	// 24 × 0.7 = 16.8 to 24 × 0.9 = 21.6: the plea alone, as the screen shows it
	if s := string(data); !strings.Contains(s, "took two phones") || !strings.Contains(s, "16.8 months") || !strings.Contains(s, "21.6 months") {
		t.Errorf("prepared page from the case file:\n%s", s)
	}
	if code, _, errs := runCLI(t, dir, "export", "--case", file, "--passphrase-file", pass, "--what", "plan",
		"--format", "md", "--lang", "en", "--out", md); code != 0 {
		t.Fatalf("plan: exit %d: %s", code, errs)
	}

	wrong := filepath.Join(dir, "wrong.txt")
	_ = os.WriteFile(wrong, []byte("not it\n"), 0o600)
	code, _, errs = runCLI(t, dir, "export", "--case", file, "--passphrase-file", wrong, "--what", "questions", "--format", "md", "--out", md+"2")
	if code != exitUsage || !strings.Contains(errs, "--case") || !strings.Contains(errs, "wrong passphrase") {
		t.Errorf("wrong passphrase: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, dir, "export", "--case", file, "--answers", "x.json", "--what", "plan", "--format", "md", "--out", md+"2")
	if code != exitUsage || !strings.Contains(errs, "not both") {
		t.Errorf("--case with --answers: exit %d, %q", code, errs)
	}
}

// TestExportCompare writes the comparison table as Markdown in German and Traditional
// Chinese (both have the table's own text), and as PDF.
func TestExportCompare(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "compare.md")
	if code, _, errs := runCLI(t, dir, "export", "--what", "compare", "--format", "md", "--lang", "de,zh-Hant", "--out", md); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{
		"# Wie andere Orte mit Geständnissen umgehen", "### 1. Wer verhandelt?", "### 14. ",
		"- Festlandchina: ", "- Taiwan: ", "**Was das für Sie in Festlandchina heißt**",
		"Strafprozessordnung (StPO), § 257c Abs. 3 (geprüft am 1.12.2026)",
		"# 其他地方怎麼處理認罪", "- 臺灣：", "《中華人民共和國刑事訴訟法》第173條第2項",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	if strings.Contains(text, "刑事诉讼法") {
		t.Error("the zh-Hant part cites the mainland's law in Simplified characters")
	}
	if strings.Contains(text, "{{") || strings.Contains(text, "%!") {
		t.Error("Markdown has an unfilled placeholder")
	}
	// --answers is not needed, and --lang is checked as for any export
	if code, _, errs := runCLI(t, dir, "export", "--what", "compare", "--format", "md", "--lang", "fr", "--out", md); code != exitUsage || !strings.Contains(errs, "--lang") {
		t.Errorf("--lang fr: exit %d, %q", code, errs)
	}
	pdfTools(t)
	pdf := filepath.Join(dir, "compare.pdf")
	if code, _, errs := runCLI(t, dir, "export", "--what", "compare", "--format", "pdf", "--lang", "zh-Hans", "--out", pdf); code != 0 {
		t.Fatalf("pdf: exit %d: %s", code, errs)
	}
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "其他地方怎么处理认罪") || !strings.Contains(string(out), "谁和谁谈") {
		t.Errorf("PDF text layer lacks the title or the first question")
	}
}

// TestExportPlanForJurisdiction: export --jurisdiction writes that walkthrough's plan, from
// that pack's library; a jurisdiction without a walkthrough is a usage error.
func TestExportPlanForJurisdiction(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "plan.md")
	code, _, errs := runCLI(t, dir, "export", "--jurisdiction", "us", "--answers", "testdata/plans/us-sentenced.json", "--what", "plan",
		"--format", "md", "--lang", "en", "--today", "2026-11-25", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	md, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"File the notice of appeal in the district court by 30 Nov 2026.", "Rule 4(b)(1)(A)", "Read more: Appeal after a guilty plea"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("US plan lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(string(md), "12348") {
		t.Error("the US plan mentions mainland China's hotline")
	}
	code, _, errs = runCLI(t, dir, "export", "--jurisdiction", "xx", "--answers", "testdata/plans/us-sentenced.json", "--what", "plan",
		"--format", "md", "--out", out)
	if code != exitUsage || !strings.Contains(errs, `no walkthrough for "xx"`) {
		t.Errorf("--jurisdiction xx: exit %d, %q", code, errs)
	}
}
