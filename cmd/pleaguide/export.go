package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/deadline"
	"github.com/pleaguide/pleaguide/guidance/export"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/prepare"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

const exportSynopsis = "export [--answers FILE | --case FILE [--passphrase-file FILE|-]] [--jurisdiction J] --what plan|questions|prepare|compare|topic:ID --format pdf|md [--lang L[,L2]] [--paper a4|letter] [--today YYYY-MM-DD] --out PATH\n\nWith --case, an exported case file (\"Save a copy to carry\") gives the walkthrough's answers\nfor plan (those of --jurisdiction's walkthrough, default cn), its questions with the lawyer's answers typed so far for questions, and its\nPrepare page for prepare; the passphrase is read from the first line of --passphrase-file\n(- or none: standard input)."

// export writes the plan, its questions for the lawyer, the prepared page for the plea
// talk or a topic as PDF or Markdown, in one language or two one after the other.
func (c *cli) export(args []string) int {
	fset := flag.NewFlagSet("export", flag.ContinueOnError)
	answers := fset.String("answers", "", "JSON answer file: the walkthrough's (docs/walkthrough.md) for plan and questions, the Prepare screen's (docs/prepare.md) for prepare")
	what := fset.String("what", "", "plan, questions (the plan's questions for the lawyer, with room to write), prepare (the prepared page for the plea talk), compare (the comparison of plea systems) or topic:ID")
	format := fset.String("format", "", "pdf or md")
	langs := fset.String("lang", "", "one language or two separated by a comma, e.g. zh-Hans,en (default: the system's)")
	paper := fset.String("paper", "a4", "a4 or letter (PDF only)")
	todayFlag := fset.String("today", "", "count dates from this day (YYYY-MM-DD; default: today)")
	out := fset.String("out", "", "file to write")
	caseFile := fset.String("case", "", "an exported case file (.pleaguide) instead of --answers")
	passFile := fset.String("passphrase-file", "-", "where to read the case file's passphrase from (first line; - is standard input)")
	jurisdiction := fset.String("jurisdiction", walkthroughPack, "for plan and questions: "+jurisdictionUsage+": whose walkthrough the answers are for")
	if code, done := c.flags(fset, exportSynopsis, args); done {
		return code
	}
	bad := func(flagName, format string, a ...any) int {
		fmt.Fprintf(c.stderr, "pleaguide: export: --%s: %s\n", flagName, fmt.Sprintf(format, a...))
		return exitUsage
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(c.stderr, "pleaguide: export takes no arguments besides flags (got %q)\n", fset.Arg(0))
		return exitUsage
	}
	topicID, isTopic := strings.CutPrefix(*what, "topic:")
	switch {
	case *what == "plan" || *what == "questions" || *what == "prepare":
		if *answers == "" && *caseFile == "" {
			return bad("answers", "%s needs an answer file (or --case)", *what)
		}
		if *answers != "" && *caseFile != "" {
			return bad("case", "give --answers or --case, not both")
		}
	case isTopic && topicID != "":
	case *what == "compare":
	default:
		return bad("what", "must be plan, questions, prepare, compare or topic:ID (got %q)", *what)
	}
	if *format != "pdf" && *format != "md" {
		return bad("format", "must be pdf or md (got %q)", *format)
	}
	if *paper != string(export.A4) && *paper != string(export.Letter) {
		return bad("paper", "must be a4 or letter (got %q)", *paper)
	}
	if *out == "" {
		return bad("out", "a file to write is needed")
	}
	var langList []string
	if *langs != "" {
		langList = strings.Split(*langs, ",")
		if len(langList) > 2 {
			return bad("lang", "at most two languages (got %q)", *langs)
		}
		for _, l := range langList {
			if !knownLang(l) {
				return bad("lang", "unknown language %q (use zh-Hans, en, zh-Hant or de)", l)
			}
		}
	} else {
		langList = []string{""}
	}
	today := deadline.DateOf(time.Now())
	if *todayFlag != "" {
		d, err := deadline.ParseDate(*todayFlag)
		if err != nil {
			return bad("today", "%v", err)
		}
		today = d
	}
	var a interview.Answers
	var ws *prepare.Workspace
	var cd *casefile.Data
	if *caseFile != "" && !isTopic {
		d, err := c.readCaseFile(*caseFile, *passFile)
		if err != nil {
			return bad("case", "%s: %v", *caseFile, err)
		}
		cd = &d
		switch *what {
		case "plan":
			a = interview.Answers(d.AnswersFor(*jurisdiction))
		case "prepare":
			if ws = d.Prepare; ws == nil {
				ws = &prepare.Workspace{}
			}
		}
	} else if *what == "prepare" {
		var err error
		if ws, err = readWorkspace(*answers); err != nil {
			return bad("answers", "%s: %v", *answers, err)
		}
	} else if *answers != "" && !isTopic {
		var err error
		if a, err = readAnswers(*answers); err != nil {
			return bad("answers", "%s: %v", *answers, err)
		}
	}
	var fonts export.Fonts
	if *format == "pdf" {
		var err error
		if fonts, err = export.FindFonts(c.getenv); err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: export: %v; Markdown (--format md) needs no font\n", err)
			return 1
		}
	}
	if *what == "compare" {
		return c.exportCompare(langList, *format, export.Paper(*paper), fonts, *out, today.T())
	}
	ivs, err := c.loadInterviews()
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	iv := ivs[*jurisdiction]
	if iv == nil && (*what == "plan" || *what == "questions") {
		return bad("jurisdiction", "no walkthrough for %q", *jurisdiction)
	}
	var sets map[guidance.Lang]*prepare.Set
	if ws != nil {
		if _, sets, err = c.prepareSets(); err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return 1
		}
	}
	if a != nil {
		if err := iv.Check(a); err != nil {
			var fe *interview.FieldError
			if errors.As(err, &fe) {
				return bad("answers", "%s: field %q: value %q is %s", *answers, fe.Field, fe.Value, fe.Problem)
			}
			return bad("answers", "%s: %v", *answers, err)
		}
	}
	store, ok := c.openStore()
	if !ok {
		return 1
	}
	defer store.Close()
	doc := export.Doc{Made: today.T()}
	if cl, err := store.Clinic(); err == nil {
		doc.Header = cl.Lines()
	}
	seen := map[guidance.Lang]bool{}
	for _, fl := range langList {
		// a plan reads its jurisdiction's library only: its questions, topics and sources
		var src guidance.Library = store
		if *what == "plan" || *what == "questions" {
			src = store.Jurisdiction(*jurisdiction)
		}
		l, err := c.contentLang(fl, src)
		if err != nil {
			return bad("lang", "%v", err)
		}
		if seen[l] {
			continue // zh-Hant shows zh-Hans content: once is enough
		}
		seen[l] = true
		if isTopic {
			t, err := store.Topic(topicID, l)
			if err != nil {
				return bad("what", "no topic %q in %s (see `pleaguide search`)", topicID, l)
			}
			cites, err := store.Citations(t.Sources, l)
			if err != nil {
				fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
				return 1
			}
			doc.Parts = append(doc.Parts, export.Topic(t, cites))
			continue
		}
		if ws != nil {
			if sets[l] == nil {
				return bad("lang", "no Prepare content in %s", l)
			}
			in := ws.Illustration
			if cd != nil {
				// as the screen saved it, and worked out as the screen does
				in = ws.MarkedInput(sets[l])
			} else if err := ws.Check(sets[l]); err != nil {
				return bad("answers", "%s: %s", *answers, describeCheckError(err))
			}
			part, err := preparePart(store, sets[l], ws, in, l)
			if err != nil {
				fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
				return 1
			}
			doc.Parts = append(doc.Parts, part)
			continue
		}
		bank, err := src.Questions(l)
		if err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return 1
		}
		r, err := iv.Render(iv.Plan(a, today, iv.Cal(), bank), l, src)
		if err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return 1
		}
		if *what == "plan" {
			doc.Parts = append(doc.Parts, export.Plan(r))
			continue
		}
		if cd != nil {
			doc.Parts = append(doc.Parts, export.Questions(l, caseQuestions(store, cd, l)))
			continue
		}
		var qs []export.SheetQuestion
		for _, q := range r.Questions {
			qs = append(qs, export.SheetQuestion{Text: q.Text, Why: q.Why})
		}
		doc.Parts = append(doc.Parts, export.Questions(l, qs))
	}
	var data []byte
	if *format == "md" {
		data = export.Markdown(doc)
	} else if data, err = export.PDF(doc, export.Paper(*paper), fonts); err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	if err := os.WriteFile(*out, data, 0o600); err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: export: %v\n", err)
		return 1
	}
	return 0
}

// preparePart is the prepared page in l, with its citations and the family checklist from
// the library, the illustration worked out from in.
func preparePart(store *sqlite.Store, set *prepare.Set, ws *prepare.Workspace, in prepare.Input, l guidance.Lang) (export.Part, error) {
	cites, err := store.Citations(export.PrepareSources(set), l)
	if err != nil {
		return export.Part{}, err
	}
	pi := export.PrepareInput{Set: set, Work: ws, Illustration: in, Cites: cites}
	if t, err := store.Topic(set.ChecklistTopic, l); err == nil {
		pi.Checklist = t.Body
	}
	return export.Prepare(pi), nil
}

// readCaseFile opens an exported case file with the passphrase on the first line of
// passFile ("-": standard input). Nothing of it is written anywhere.
func (c *cli) readCaseFile(file, passFile string) (casefile.Data, error) {
	var pr io.Reader = c.stdin
	if passFile != "-" && passFile != "" {
		f, err := os.Open(passFile)
		if err != nil {
			return casefile.Data{}, fmt.Errorf("passphrase: %w", err)
		}
		defer f.Close()
		pr = f
	}
	if pr == nil {
		return casefile.Data{}, errors.New("no passphrase (give --passphrase-file)")
	}
	line, err := bufio.NewReader(io.LimitReader(pr, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return casefile.Data{}, fmt.Errorf("passphrase: %w", err)
	}
	pass := []byte(strings.TrimRight(line, "\r\n"))
	defer clear(pass)
	f, err := os.Open(file)
	if err != nil {
		return casefile.Data{}, err
	}
	defer f.Close()
	_, key, d, err := casefile.Import(f, pass)
	if err != nil {
		if errors.Is(err, casefile.ErrWrongPassphrase) {
			return casefile.Data{}, errors.New("wrong passphrase")
		}
		return casefile.Data{}, err
	}
	key.Wipe()
	return d, nil
}

// caseQuestions are the case file's questions for the question sheet in l, as My case
// shows them: a bank question in l with why it matters, the visitor's own as typed, each
// with the lawyer's answer typed so far.
func caseQuestions(store *sqlite.Store, d *casefile.Data, l guidance.Lang) []export.SheetQuestion {
	var qs []export.SheetQuestion
	for _, q := range d.Questions {
		sq := export.SheetQuestion{Text: q.Text, Answer: q.Answer}
		if q.BankID != "" {
			if bq, err := store.Question(q.BankID, l); err == nil {
				sq.Text, sq.Why = bq.Text, bq.Why
			}
		}
		qs = append(qs, sq)
	}
	return qs
}

func knownLang(s string) bool {
	for _, l := range guidance.UILanguages {
		if string(l) == s {
			return true
		}
	}
	return false
}

// exportCompare writes the comparison table, every column, in each language of langs (UI
// languages: the table has text in all four).
func (c *cli) exportCompare(langs []string, format string, paper export.Paper, fonts export.Fonts, out string, made time.Time) int {
	table, problems := content.ReadCompare(c.packs)
	if len(problems) > 0 || table == nil {
		fmt.Fprintln(c.stderr, "pleaguide: the built-in comparison table has problems (a packaging error)")
		return 1
	}
	doc := export.Doc{Made: made}
	if store, ok := c.openStore(); ok {
		if cl, err := store.Clinic(); err == nil {
			doc.Header = cl.Lines()
		}
		if err := store.ConvertCompare(table); err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: comparison table: %v\n", err)
		}
		store.Close()
	}
	seen := map[guidance.Lang]bool{}
	for _, fl := range langs {
		l, err := c.uiLang(fl)
		if err != nil || seen[l] {
			continue // checked by the caller; a language twice is written once
		}
		seen[l] = true
		doc.Parts = append(doc.Parts, export.Compare(table, l, table.JurisdictionIDs(), export.CompareWordsIn(l)))
	}
	var data []byte
	if format == "md" {
		data = export.Markdown(doc)
	} else {
		var err error
		if data, err = export.PDF(doc, paper, fonts); err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return 1
		}
	}
	if err := os.WriteFile(out, data, 0o600); err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: export: %v\n", err)
		return 1
	}
	return 0
}
