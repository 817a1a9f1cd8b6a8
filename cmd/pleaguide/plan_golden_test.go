package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updatePlans = flag.Bool("update-plans", false, "write the plan goldens in testdata/plans from the current output")

// TestPlanGoldens: the plan of each jurisdiction's walkthrough for answer files in
// testdata/plans, in each of the pack's languages, as printed by `pleaguide plan`. A plan
// that differs is written to testdata/failed/plans/; look at it, and copy it over the
// master (or run with -update-plans) when the change is meant.
func TestPlanGoldens(t *testing.T) {
	cases := []struct {
		jurisdiction, answers, today string
		langs                        []string
	}{
		{"cn", "cn-family-detained", "2026-11-25", []string{"zh-Hans", "en"}},
		{"cn", "cn-after-judgment", "2026-11-25", []string{"en"}},
		{"us", "us-sentenced", "2026-11-25", []string{"en", "zh-Hans"}},
		{"us", "us-plea-entered", "2026-11-25", []string{"en", "zh-Hans"}},
		{"us", "us-sentencing-only", "2026-11-25", []string{"en"}},
		{"de", "de-after-judgment", "2028-01-26", []string{"de", "en"}},
		{"de", "de-remand", "2026-11-25", []string{"de"}},
		{"tw", "tw-after-judgment", "2026-11-20", []string{"zh-Hant", "en"}},
		{"tw", "tw-trial-agreed", "2026-11-20", []string{"zh-Hant"}},
	}
	dir := t.TempDir()
	for _, c := range cases {
		for _, lang := range c.langs {
			name := c.answers + "." + lang + ".txt"
			t.Run(name, func(t *testing.T) {
				code, out, errs := runCLI(t, dir, "plan", "--jurisdiction", c.jurisdiction, "--lang", lang, "--today", c.today,
					"--answers", filepath.Join("testdata", "plans", c.answers+".json"))
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errs)
				}
				master := filepath.Join("testdata", "plans", name)
				if *updatePlans {
					if err := os.WriteFile(master, []byte(out), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(master)
				if err != nil {
					t.Fatalf("no master (run with -update-plans and look at it): %v", err)
				}
				if string(want) != out {
					failed := filepath.Join("testdata", "failed", "plans", name)
					os.MkdirAll(filepath.Dir(failed), 0o755)
					os.WriteFile(failed, []byte(out), 0o644)
					t.Errorf("plan differs from %s; see %s (first difference at line %d)", master, failed, firstDiff(string(want), out))
				}
			})
		}
	}
}

func firstDiff(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}

// TestPlanKeyDates: the key dates of the golden answer files, worked by hand from the
// rule texts, whatever the words around them. US: FRAP 26(a)(1) and Criminal Rule
// 45(a)(1) (the event day left out, every day counted, never moved). Germany: StPO § 43(1)
// (a week ends on the same weekday; 31 Jan + 1 month is the end of February, in 2028 the
// 29th; the Revision grounds run a month from the end of the week, § 345(1)). Taiwan:
// Civil Code Arts. 120(2), 121(1) via CCP Art. 65 (the first day left out).
func TestPlanKeyDates(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		jurisdiction, answers, today string
		want                         map[string]string
	}{
		// judgment entered Mon 16 Nov 2026: + 14 days = Mon 30 Nov; sentence Fri 13 Nov: + 14 = Fri 27 Nov
		{"us", "us-sentenced", "2026-11-25", map[string]string{"appeal-deadline": "30 Nov 2026", "clear-error": "27 Nov 2026"}},
		// entry unknown: from the sentencing hearing, Sat 14 Nov + 14 = Sat 28 Nov, shown unmoved
		{"us", "us-sentencing-only", "2026-11-25", map[string]string{"appeal-deadline": "28 Nov 2026", "clear-error": "28 Nov 2026"}},
		// report received Fri 20 Nov + 14 days = Fri 4 Dec
		{"us", "us-plea-entered", "2026-11-25", map[string]string{"report-objections": "4 Dec 2026"}},
		{"de", "de-after-judgment", "2028-01-26", map[string]string{"appeal-deadline": "31 Jan 2028", "revision-grounds": "29 Feb 2028"}},
		// arrest 31 Aug 2026 + 6 months: February has no 31st, so 28 Feb 2027; request 20 Nov + 2 weeks
		{"de", "de-remand", "2026-11-25", map[string]string{"custody-six-months": "28 Feb 2027", "review-hearing": "4 Dec 2026"}},
		// served 20 Nov + 20 days = 10 Dec; announced 16 Nov, 10 days counting that day = 25 Nov
		{"tw", "tw-after-judgment", "2026-11-20", map[string]string{"appeal-deadline": "10 Dec 2026", "full-judgment": "25 Nov 2026"}},
		{"tw", "tw-trial-agreed", "2026-11-20", map[string]string{"court-questioning": "28 Nov 2026"}},
	} {
		code, out, errs := runCLI(t, dir, "plan", "--jurisdiction", c.jurisdiction, "--lang", "en", "--today", c.today, "--json",
			"--answers", filepath.Join("testdata", "plans", c.answers+".json"))
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.answers, code, errs)
		}
		var r planDates
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, d := range r.Dates {
			got[d.ID] = d.Normal
		}
		for id, want := range c.want {
			if got[id] != want {
				t.Errorf("%s: %s = %q, want %s (all: %v)", c.answers, id, got[id], want, got)
			}
		}
	}
}
