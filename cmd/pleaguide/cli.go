package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/interview"
	"github.com/pleaguide/pleaguide/guidance/sqlite"
)

const usage = `Plea Guide (认罪认罚指引) — plain-language guidance on guilty-plea procedures.

Usage:
  pleaguide                              open the app
  pleaguide version                      print the version
  pleaguide content lint [--stats] [DIR] check content packs (default: the built-in ones)
  pleaguide search [--jurisdiction J] [--lang L] [--json] QUERY
                                         search one jurisdiction's topics, glossary and
                                         questions (default: cn, mainland China)
  pleaguide show [--jurisdiction J] [--lang L] ID
                                         print a topic, glossary term or question
  pleaguide plan --answers FILE [--lang L] [--json] [--today YYYY-MM-DD]
                                         the "My situation" plan from a JSON answer file
  pleaguide prepare --answers FILE [--lang L] [--json]
                                         the Prepare checklist and sentencing illustration
  pleaguide export [--answers FILE] --what plan|questions|prepare|compare|topic:ID
                   --format pdf|md [--lang L[,L2]] [--paper a4|letter] [--today YYYY-MM-DD]
                   --out PATH            the plan, its questions, the prepared page, the
                                         comparison or a topic as PDF or Markdown, in one
                                         language or two
  pleaguide compare [--lang L] [--only J,J] [--json]
                                         the comparison of plea systems (cn, us, de, tw)
  pleaguide doctor                       check the data folder, database, content, fonts, speech

Jurisdictions (--jurisdiction): cn, us, de, tw.
Languages (--lang): zh-Hans, en, zh-Hant, de; a pack without the language shows the
closest it has (the other Chinese script, else English; cn's zh-Hant is converted).
Environment: PLEAGUIDE_DATA_DIR overrides the data folder.
Exit status: 0 ok, 1 a check failed or nothing was found, 2 wrong usage.
`

// exitUsage is the exit status for a command line that cannot be understood.
const exitUsage = 2

// cli holds what commands print to and read from, so tests can run them.
type cli struct {
	stdout, stderr io.Writer
	stdin          io.Reader // the passphrase of `export --case`
	getenv         func(string) string
	packs          fs.FS
}

func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	c := &cli{stdout: stdout, stderr: stderr, stdin: os.Stdin, getenv: getenv, packs: assets.Content()}
	if len(args) == 0 {
		return c.gui()
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "version", "--version":
		return c.version(rest)
	case "content":
		return c.content(rest)
	case "search":
		return c.search(rest)
	case "show":
		return c.show(rest)
	case "doctor":
		return c.doctor(rest)
	case "plan":
		return c.plan(rest)
	case "prepare":
		return c.prepare(rest)
	case "export":
		return c.export(rest)
	case "compare":
		return c.compare(rest)
	default:
		if strings.HasPrefix(cmd, "-") {
			fmt.Fprintf(stderr, "pleaguide: unknown flag %s\n\n%s", cmd, usage)
		} else {
			fmt.Fprintf(stderr, "pleaguide: unknown command %q\n\n%s", cmd, usage)
		}
		return exitUsage
	}
}

// flags parses a subcommand's flags; done is true when the caller should return code.
func (c *cli) flags(fset *flag.FlagSet, synopsis string, args []string) (code int, done bool) {
	fset.SetOutput(c.stderr)
	fset.Usage = func() {
		fmt.Fprintf(fset.Output(), "Usage: pleaguide %s\n", synopsis)
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fset.SetOutput(c.stdout)
			fset.Usage()
			return 0, true
		}
		return exitUsage, true
	}
	return 0, false
}

func (c *cli) version(args []string) int {
	fset := flag.NewFlagSet("version", flag.ContinueOnError)
	if code, done := c.flags(fset, "version", args); done {
		return code
	}
	fmt.Fprintf(c.stdout, "pleaguide %s\n", version())
	return 0
}

func (c *cli) content(args []string) int {
	if len(args) == 0 || args[0] != "lint" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(c.stdout, "Usage: pleaguide content lint [DIR]")
			return 0
		}
		fmt.Fprintln(c.stderr, "pleaguide: usage: pleaguide content lint [DIR]")
		return exitUsage
	}
	fset := flag.NewFlagSet("content lint", flag.ContinueOnError)
	stats := fset.Bool("stats", false, "also print plain-language figures for every topic")
	if code, done := c.flags(fset, "content lint [--stats] [DIR]\n\nChecks content packs and prints file:line: message for each problem.", args[1:]); done {
		return code
	}
	fsys, prefix := c.packs, "assets/content/"
	switch fset.NArg() {
	case 0:
	case 1:
		dir := fset.Arg(0)
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			fmt.Fprintf(c.stderr, "pleaguide: %s is not a folder\n", dir)
			return exitUsage
		}
		fsys, prefix = os.DirFS(dir), strings.TrimSuffix(dir, "/")+"/"
	default:
		fmt.Fprintln(c.stderr, "pleaguide: content lint takes at most one folder")
		return exitUsage
	}
	packs, problems := content.Load(fsys)
	for _, p := range problems {
		p.File = prefix + p.File
		fmt.Fprintln(c.stdout, p)
	}
	for _, p := range packs {
		if _, err := fs.Stat(fsys, p.ID+"/interview.toml"); err != nil {
			continue
		}
		iv, err := interview.Load(fsys, p.ID, p.Languages)
		var ierr *interview.Error
		if err == nil {
			for _, msg := range itemTopicProblems(iv, p) {
				fmt.Fprintln(c.stdout, prefix+msg)
				problems = append(problems, content.Problem{File: msg})
			}
		}
		if errors.As(err, &ierr) {
			for _, msg := range ierr.Problems {
				fmt.Fprintln(c.stdout, prefix+msg)
				problems = append(problems, content.Problem{File: msg})
			}
		} else if err != nil {
			fmt.Fprintln(c.stdout, prefix+p.ID+"/interview.toml: "+err.Error())
			problems = append(problems, content.Problem{File: err.Error()})
		}
	}
	if *stats {
		for _, p := range packs {
			for _, t := range p.Topics {
				fmt.Fprintf(c.stdout, "%s%s/%s/topics/%s.md: %s\n", prefix, p.ID, t.Lang, t.ID, content.MeasureTopic(t.Body, t.Lang))
			}
		}
	}
	var topics, terms, questions int
	for _, p := range packs {
		topics, terms, questions = topics+len(p.Topics), terms+len(p.Terms), questions+len(p.Questions)
	}
	if len(problems) > 0 {
		fmt.Fprintf(c.stderr, "%d problems\n", len(problems))
		return 1
	}
	fmt.Fprintf(c.stdout, "ok: %d packs, %d topics, %d terms, %d questions (all languages)\n", len(packs), topics, terms, questions)
	return 0
}

// contentLang resolves --lang, defaulting to the system language.
func (c *cli) contentLang(flagLang string, store guidance.Library) (guidance.Lang, error) {
	available, err := store.ContentLanguages()
	if err != nil {
		return "", err
	}
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

// openIn opens the library and resolves --lang for a command, over one jurisdiction's
// library (--jurisdiction): lib reads only that pack, and --lang is resolved against its
// languages. With jurisdiction "" lib is the whole store. On failure the store is nil and
// code is the exit status (the message is printed); otherwise the caller closes it.
func (c *cli) openIn(flagLang, jurisdiction string) (*sqlite.Store, guidance.Library, guidance.Lang, int) {
	store, ok := c.openStore()
	if !ok {
		return nil, nil, "", 1
	}
	var lib guidance.Library = store
	if jurisdiction != "" {
		packs, err := store.Packs()
		if err != nil {
			store.Close()
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return nil, nil, "", 1
		}
		var ids []string
		for _, p := range packs {
			ids = append(ids, p.ID)
		}
		if !slices.Contains(ids, jurisdiction) {
			store.Close()
			fmt.Fprintf(c.stderr, "pleaguide: unknown jurisdiction %q (use %s)\n", jurisdiction, strings.Join(ids, ", "))
			return nil, nil, "", exitUsage
		}
		lib = store.Jurisdiction(jurisdiction)
	}
	l, err := c.contentLang(flagLang, lib)
	if err != nil {
		store.Close()
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return nil, nil, "", exitUsage
	}
	return store, lib, l, 0
}

// jurisdictionUsage is the help of --jurisdiction.
const jurisdictionUsage = "jurisdiction: cn (mainland China), us (United States, federal), de (Germany) or tw (Taiwan)"

// openStore opens the library for a command; the caller closes it.
func (c *cli) openStore() (*sqlite.Store, bool) {
	dir, _ := dataDir(c.getenv) // "" when unknown: openLibrary then works in memory
	store, notices := openLibrary(dir, c.packs, time.Now(), c.stderr)
	for _, n := range notices {
		if n.Kind == guidance.NoticeContentMissing {
			store.Close()
			return nil, false
		}
	}
	return store, true
}

func (c *cli) search(args []string) int {
	fset := flag.NewFlagSet("search", flag.ContinueOnError)
	lang := fset.String("lang", "", "language: zh-Hans, en, zh-Hant or de (default: the system's)")
	asJSON := fset.Bool("json", false, "print hits as JSON: [{id, kind, title, score, snippet, section, heading, answer, sources, coverage}]")
	limit := fset.Int("limit", 10, "at most this many hits")
	jur := fset.String("jurisdiction", "cn", jurisdictionUsage)
	if code, done := c.flags(fset, "search [--jurisdiction J] [--lang L] [--json] [--limit N] QUERY", args); done {
		return code
	}
	query := strings.Join(fset.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fmt.Fprintln(c.stderr, "pleaguide: search needs a query")
		return exitUsage
	}
	store, lib, l, code := c.openIn(*lang, *jur)
	if store == nil {
		return code
	}
	defer store.Close()
	res, err := lib.Search(query, l, *limit)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	hits := res.Hits
	if *asJSON {
		if hits == nil {
			hits = []guidance.Hit{}
		}
		if c.printJSON(hits) != 0 {
			return 1
		}
	} else {
		for _, h := range hits {
			id, title, text := h.ID, h.Title, h.Snippet
			if h.Kind == guidance.KindPassage {
				id += "#" + strconv.Itoa(h.Section)
				if h.Heading != "" {
					title += " › " + h.Heading
				}
				text = h.Answer
			}
			fmt.Fprintf(c.stdout, "%-8s %-34s %6.2f  %s\n         %s\n", h.Kind, id, h.Score, title, text)
		}
		if len(hits) > 0 {
			fmt.Fprintf(c.stdout, "%d of %d results\n", len(hits), res.Total)
		}
		if res.Other != "" {
			fmt.Fprintf(c.stdout, "%d results in %s: pleaguide search --jurisdiction %s --lang %s …\n", res.OtherTotal, res.Other, *jur, res.Other)
		}
	}
	if len(hits) == 0 {
		if !*asJSON {
			fmt.Fprintln(c.stderr, "nothing found")
		}
		return 1
	}
	return 0
}

func (c *cli) show(args []string) int {
	fset := flag.NewFlagSet("show", flag.ContinueOnError)
	lang := fset.String("lang", "", "language: zh-Hans, en, zh-Hant or de (default: the system's)")
	jur := fset.String("jurisdiction", "", jurisdictionUsage+" (default: the one that holds ID)")
	if code, done := c.flags(fset, "show [--jurisdiction J] [--lang L] ID", args); done {
		return code
	}
	if fset.NArg() != 1 {
		fmt.Fprintln(c.stderr, "pleaguide: show needs exactly one ID (see `pleaguide search`)")
		return exitUsage
	}
	id := fset.Arg(0)
	if *jur == "" {
		*jur = c.packOf(id)
	}
	store, _, l, code := c.openIn(*lang, *jur)
	if store == nil {
		return code
	}
	defer store.Close()
	w := c.stdout
	inJur := func(pack string) bool { return *jur == "" || pack == *jur }
	if t, err := store.Topic(id, l); err == nil && inJur(t.Pack) {
		fmt.Fprintf(w, "%s\n%s\n\n%s\n\n", t.Title, strings.Repeat("=", len([]rune(t.Title))*2), t.Summary)
		printDoc(w, content.Parse(t.Body).Blocks, "")
		fmt.Fprintln(w)
		cites, err := store.Citations(t.Sources, l)
		if err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
			return 1
		}
		fmt.Fprintln(w, "Sources:")
		for _, ct := range guidance.CitedFrom(t.Pack, cites) {
			fmt.Fprintf(w, "  - %s (version %s, checked %s)\n", ct.Text, ct.Version.Format("2006-01-02"), ct.Checked.Format("2006-01-02"))
		}
		fmt.Fprintf(w, "Last checked: %s\n", t.Checked.Format("2006-01-02"))
		return 0
	}
	if t, err := store.Term(id, l); err == nil && inJur(t.Pack) {
		fmt.Fprintf(w, "%s\n", t.Term)
		if len(t.Also) > 0 {
			fmt.Fprintf(w, "(%s)\n", strings.Join(t.Also, ", "))
		}
		fmt.Fprintf(w, "\n%s\n", t.Definition)
		if t.Topic != "" {
			fmt.Fprintf(w, "\nTopic: %s\n", t.Topic)
		}
		return 0
	}
	if q, err := store.Question(id, l); err == nil && inJur(q.Pack) {
		fmt.Fprintf(w, "%s\n\n%s\n\nTopic: %s\nStages: %s\nSituations: %s\n", q.Text, q.Why, q.Topic,
			strings.Join(q.Stages, ", "), strings.Join(q.Situations, ", "))
		return 0
	}
	if *jur != "" {
		fmt.Fprintf(c.stderr, "pleaguide: no topic, term or question %q in %s for jurisdiction %s\n", id, l, *jur)
	} else {
		fmt.Fprintf(c.stderr, "pleaguide: no topic, term or question %q in %s\n", id, l)
	}
	return 1
}

// packOf is the pack whose content holds the topic, term or question id, or "" when none
// does: show picks the language among that pack's languages.
func (c *cli) packOf(id string) string {
	packs, _ := content.Load(c.packs)
	for _, p := range packs {
		for _, t := range p.Topics {
			if t.ID == id {
				return p.ID
			}
		}
		for _, t := range p.Terms {
			if t.ID == id {
				return p.ID
			}
		}
		for _, q := range p.Questions {
			if q.ID == id {
				return p.ID
			}
		}
	}
	return ""
}

// printDoc prints a topic body as plain text for the terminal: headings and paragraphs
// separated by blank lines, list items marked, and no Markdown or HTML.
func printDoc(w io.Writer, blocks []content.Block, indent string) {
	for _, b := range blocks {
		switch b.Kind {
		case content.BlockHeading:
			fmt.Fprintf(w, "%s%s\n\n", indent, b.Text())
		case content.BlockParagraph, content.BlockCode:
			fmt.Fprintf(w, "%s%s\n\n", indent, b.Text())
		case content.BlockList:
			for i, item := range b.Items {
				marker := "-"
				if b.Ordered {
					marker = fmt.Sprintf("%d.", b.Start+i)
				}
				var sb strings.Builder
				printDoc(&sb, item, "")
				text := strings.ReplaceAll(strings.TrimSpace(sb.String()), "\n", "\n"+indent+"   ")
				fmt.Fprintf(w, "%s%s %s\n", indent, marker, text)
			}
			fmt.Fprintln(w)
		case content.BlockQuote:
			printDoc(w, b.Quoted, indent+"> ")
		case content.BlockRule:
			fmt.Fprintf(w, "%s---\n\n", indent)
		}
	}
}

// printJSON writes v to standard output as indented JSON, with <, > and & as they are; it
// returns the exit code.
func (c *cli) printJSON(v any) int {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return 1
	}
	return 0
}

// itemTopicProblems names the walkthrough's plan items whose topic is not a topic of the
// pack in every one of its languages: the plan would show a bare ID and a dead link.
func itemTopicProblems(iv *interview.Interview, p guidance.Pack) []string {
	have := map[guidance.Lang]map[string]bool{}
	for _, t := range p.Topics {
		if have[t.Lang] == nil {
			have[t.Lang] = map[string]bool{}
		}
		have[t.Lang][t.ID] = true
	}
	var out []string
	for _, it := range iv.Items {
		for _, l := range p.Languages {
			if !have[l][it.Topic] {
				out = append(out, fmt.Sprintf("%s/interview.toml: item %q: topic %q is not a topic of pack %s in %s", p.ID, it.ID, it.Topic, p.ID, l))
			}
		}
	}
	return out
}
