package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/pleaguide/pleaguide/guidance/deadline"
	"github.com/pleaguide/pleaguide/guidance/interview"
)

// walkthroughPack is the jurisdiction whose walkthrough plan runs without --jurisdiction.
const walkthroughPack = "cn"

// loadInterviews reads the walkthrough of every pack that has one, keyed by pack ID.
func (c *cli) loadInterviews() (map[string]*interview.Interview, error) {
	return interview.LoadPacks(c.packs)
}

// plan computes the "My situation" plan from a JSON answer file (docs/walkthrough.md).
func (c *cli) plan(args []string) int {
	fset := flag.NewFlagSet("plan", flag.ContinueOnError)
	answers := fset.String("answers", "", "JSON file of answers: {\"question-id\": \"value\", …} (see docs/walkthrough.md)")
	lang := fset.String("lang", "", "language: zh-Hans, en, zh-Hant or de (default: the system's)")
	asJSON := fset.Bool("json", false, "print the plan as JSON")
	todayFlag := fset.String("today", "", "count from this day (YYYY-MM-DD; default: today)")
	jurisdiction := fset.String("jurisdiction", walkthroughPack, jurisdictionUsage+": whose walkthrough the answers are for")
	if code, done := c.flags(fset, "plan --answers FILE [--jurisdiction J] [--lang L] [--json] [--today YYYY-MM-DD]", args); done {
		return code
	}
	if *answers == "" || fset.NArg() > 0 {
		fmt.Fprintln(c.stderr, "pleaguide: plan needs --answers FILE and nothing else")
		return exitUsage
	}
	today := deadline.DateOf(time.Now())
	if *todayFlag != "" {
		d, err := deadline.ParseDate(*todayFlag)
		if err != nil {
			fmt.Fprintf(c.stderr, "pleaguide: --today: %v\n", err)
			return exitUsage
		}
		today = d
	}
	a, err := readAnswers(*answers)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %s: %v\n", *answers, err)
		return exitUsage
	}
	ivs, err := c.loadInterviews()
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	iv := ivs[*jurisdiction]
	if iv == nil {
		var have []string
		for id := range ivs {
			have = append(have, id)
		}
		slices.Sort(have)
		fmt.Fprintf(c.stderr, "pleaguide: no walkthrough for jurisdiction %q (use %s)\n", *jurisdiction, strings.Join(have, ", "))
		return exitUsage
	}
	if err := iv.Check(a); err != nil {
		var fe *interview.FieldError
		if errors.As(err, &fe) {
			fmt.Fprintf(c.stderr, "pleaguide: %s: field %q: value %q is %s\n", *answers, fe.Field, fe.Value, fe.Problem)
		} else {
			fmt.Fprintf(c.stderr, "pleaguide: %s: %v\n", *answers, err)
		}
		return exitUsage
	}
	// the pack's own library: its questions for the lawyer, topics and sources only
	store, lib, l, code := c.openIn(*lang, *jurisdiction)
	if store == nil {
		return code
	}
	defer store.Close()
	if wl := iv.Lang(l); wl != l {
		fmt.Fprintf(c.stderr, "pleaguide: this walkthrough has no words in %s; shown in %s\n", l, wl)
		l = wl
	}
	bank, err := lib.Questions(l)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	p := iv.Plan(a, today, iv.Cal(), bank)
	r, err := iv.Render(p, l, lib)
	if err != nil {
		fmt.Fprintf(c.stderr, "pleaguide: %v\n", err)
		return 1
	}
	if *asJSON {
		return c.printJSON(r)
	}
	printPlan(c.stdout, r)
	return 0
}

// readAnswers reads a flat JSON object of question IDs and string values.
func readAnswers(file string) (interview.Answers, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("not a JSON object of answers: %w", err)
	}
	a := interview.Answers{}
	for k, v := range raw {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("field %q: value must be a string", k)
		}
		a[k] = s
	}
	return a, nil
}

func printPlan(w io.Writer, r interview.Rendered) {
	section := func(title string) { fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("-", len([]rune(title))*2)) }
	if len(r.Notes) > 0 {
		section(r.Headings["check"])
		for _, n := range r.Notes {
			fmt.Fprintf(w, "! %s\n", n)
		}
	}
	section(r.Headings["where"])
	for _, s := range r.Road {
		mark := "  "
		if s.Current {
			mark = "▶ "
		}
		fmt.Fprintf(w, "%s%s — %s\n", mark, s.Name, s.Who)
	}
	if len(r.Dates) > 0 {
		section(r.Headings["dates"])
		for _, d := range r.Dates {
			fmt.Fprintf(w, "• %s\n", d.Text)
			for _, x := range d.Details {
				fmt.Fprintf(w, "    %s\n", x)
			}
			fmt.Fprintf(w, "    %s\n", d.Source)
		}
	}
	for _, s := range []struct {
		key   string
		items []interview.ItemView
	}{{"rights", r.Rights}, {"options", r.Options}, {"actions", r.Actions}} {
		if len(s.items) == 0 {
			continue
		}
		section(r.Headings[s.key])
		for _, it := range s.items {
			fmt.Fprintf(w, "• %s\n    %s\n", it.Title, it.Text)
			for _, x := range []string{it.Gain, it.Cost, it.Lawyer} {
				if x != "" {
					fmt.Fprintf(w, "    %s\n", x)
				}
			}
			fmt.Fprintf(w, "    → %s: %s (pleaguide show %s)\n", r.Headings["read-more"], it.TopicTitle, it.Topic)
		}
	}
	if len(r.Questions) > 0 {
		section(r.Headings["questions"])
		for i, q := range r.Questions {
			fmt.Fprintf(w, "%d. %s\n    %s\n", i+1, q.Text, q.Why)
		}
	}
	fmt.Fprintln(w)
	for _, f := range r.Footer {
		fmt.Fprintln(w, f)
	}
}
