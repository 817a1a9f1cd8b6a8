package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pleaguide/pleaguide/guidance"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/export"
)

// compareJSON is what `pleaguide compare --json` prints.
type compareJSON struct {
	Lang          string             `json:"lang"`
	Jurisdictions []jurisdictionJSON `json:"jurisdictions"`
	Rows          []compareRowJSON   `json:"rows"`
}

type jurisdictionJSON struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type compareRowJSON struct {
	ID       string            `json:"id"`
	Question string            `json:"question"`
	Cells    []compareCellJSON `json:"cells"`
	ForYou   compareNoteJSON   `json:"for_you"`
}

type compareCellJSON struct {
	Jurisdiction string       `json:"jurisdiction"`
	Text         string       `json:"text"`
	Sources      []sourceJSON `json:"sources"`
	Topic        string       `json:"topic,omitempty"`
}

type compareNoteJSON struct {
	Text    string       `json:"text"`
	Sources []sourceJSON `json:"sources"`
}

type sourceJSON struct {
	Pack     string `json:"pack"`
	ID       string `json:"id"`
	Citation string `json:"citation"`
	Checked  string `json:"checked"`
}

func (c *cli) compare(args []string) int {
	fset := flag.NewFlagSet("compare", flag.ContinueOnError)
	lang := fset.String("lang", "", "language: zh-Hans, en, zh-Hant or de (default: the system's)")
	only := fset.String("only", "", "comma-separated jurisdictions to show, in table order (default: all: cn,us,de,tw)")
	asJSON := fset.Bool("json", false, "print the table as JSON: {lang, jurisdictions, rows: [{id, question, cells: [{jurisdiction, text, sources, topic}], for_you}]}")
	if code, done := c.flags(fset, "compare [--lang L] [--only J,J] [--json]\n\nThe comparison of plea systems: a defendant's questions answered for each jurisdiction.", args); done {
		return code
	}
	if fset.NArg() > 0 {
		fmt.Fprintf(c.stderr, "pleaguide: compare takes no arguments (got %q)\n", fset.Arg(0))
		return exitUsage
	}
	l, err := c.uiLang(*lang)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: --lang: %v\n", err)
		return exitUsage
	}
	table, problems := content.ReadCompare(c.packs)
	if len(problems) > 0 || table == nil {
		for _, p := range problems {
			fmt.Fprintf(c.stderr, "pleaguide: assets/content/%s\n", p)
		}
		fmt.Fprintln(c.stderr, "pleaguide: the built-in comparison table has problems (a packaging error)")
		return 1
	}
	// the mainland and US packs' names in 繁體中文 were converted when content.db was
	// built: only a zh-Hant table needs the database
	if l == guidance.LangZhHant {
		store, ok := c.openStore()
		if !ok {
			fmt.Fprintln(c.stderr, "pleaguide: the built-in content cannot be read (a packaging error)")
			return 1
		}
		err := store.ConvertCompare(table)
		store.Close()
		if err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: comparison table: %v\n", err)
			return 1
		}
	}
	cols := table.JurisdictionIDs()
	if *only != "" {
		cols = nil
		for _, j := range strings.Split(*only, ",") {
			j = strings.TrimSpace(j)
			if !slices.Contains(table.JurisdictionIDs(), j) {
				fmt.Fprintf(c.stderr, "pleaguide: --only: unknown jurisdiction %q (use %s)\n", j, strings.Join(table.JurisdictionIDs(), ", "))
				return exitUsage
			}
			if !slices.Contains(cols, j) {
				cols = append(cols, j)
			}
		}
		// table order, whatever order they were typed in
		slices.SortFunc(cols, func(a, b string) int {
			return slices.Index(table.JurisdictionIDs(), a) - slices.Index(table.JurisdictionIDs(), b)
		})
	}
	out := tableJSON(table, l, cols)
	if *asJSON {
		return c.printJSON(out)
	}
	printCompare(c.stdout, out, l)
	return 0
}

// uiLang resolves --lang to a UI language (the table has all four), defaulting to the
// system's.
func (c *cli) uiLang(flagLang string) (guidance.Lang, error) {
	if flagLang == "" {
		return guidance.MatchLanguage([]string{c.getenv("LC_ALL"), c.getenv("LC_MESSAGES"), c.getenv("LANG")}), nil
	}
	for _, l := range guidance.UILanguages {
		if string(l) == flagLang {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown language %q (use zh-Hans, en, zh-Hant or de)", flagLang)
}

func tableJSON(t *guidance.Comparison, l guidance.Lang, cols []string) compareJSON {
	out := compareJSON{Lang: string(l), Jurisdictions: []jurisdictionJSON{}, Rows: []compareRowJSON{}}
	for _, j := range t.Jurisdictions {
		if slices.Contains(cols, j.ID) {
			out.Jurisdictions = append(out.Jurisdictions, jurisdictionJSON{ID: j.ID, Name: j.Name[l]})
		}
	}
	for _, r := range t.Rows {
		row := compareRowJSON{ID: r.ID, Question: r.Question[l], Cells: []compareCellJSON{},
			ForYou: compareNoteJSON{Text: r.ForYou.Text[l], Sources: sourcesJSON(r.ForYou.Sources, l)}}
		for _, j := range cols {
			cell := r.Cells[j]
			row.Cells = append(row.Cells, compareCellJSON{Jurisdiction: j, Text: cell.Text[l], Sources: sourcesJSON(cell.Sources, l), Topic: cell.Topic})
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

func sourcesJSON(refs []guidance.SourceRef, l guidance.Lang) []sourceJSON {
	out := []sourceJSON{}
	for _, s := range refs {
		ct := s.Cite[l]
		out = append(out, sourceJSON{Pack: s.Pack, ID: s.ID, Citation: ct.Text, Checked: ct.Checked.Format("2006-01-02")})
	}
	return out
}

// printCompare prints the table for the terminal: each question, then each column's answer
// with its sources, then the note for a mainland reader.
func printCompare(w io.Writer, t compareJSON, l guidance.Lang) {
	names := map[string]string{}
	for _, j := range t.Jurisdictions {
		names[j.ID] = j.Name
	}
	forYou, sources := export.CompareWordsIn(l).ForYou, "Sources"
	switch l {
	case guidance.LangZhHans:
		sources = "依据"
	case guidance.LangZhHant:
		sources = "依據"
	case guidance.LangDe:
		sources = "Quellen"
	}
	sep := ": "
	if l.IsChinese() {
		sep = "："
	}
	for i, r := range t.Rows {
		fmt.Fprintf(w, "%d. %s\n", i+1, r.Question)
		for _, c := range r.Cells {
			fmt.Fprintf(w, "   %s%s%s\n", names[c.Jurisdiction], sep, c.Text)
			fmt.Fprintf(w, "      %s%s%s\n", sources, sep, citations(c.Sources, l))
		}
		fmt.Fprintf(w, "   %s%s%s\n      %s%s%s\n\n", forYou, sep, r.ForYou.Text, sources, sep, citations(r.ForYou.Sources, l))
	}
	fmt.Fprintln(w, export.CompareWordsIn(l).NotAdvice)
}

func citations(ss []sourceJSON, l guidance.Lang) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		switch l {
		case guidance.LangZhHans:
			parts[i] = fmt.Sprintf("%s（核对于%s）", s.Citation, s.Checked)
		case guidance.LangZhHant:
			parts[i] = fmt.Sprintf("%s（核對於%s）", s.Citation, s.Checked)
		default:
			parts[i] = fmt.Sprintf("%s (checked %s)", s.Citation, s.Checked)
		}
	}
	if l.IsChinese() {
		return strings.Join(parts, "；")
	}
	return strings.Join(parts, "; ")
}
