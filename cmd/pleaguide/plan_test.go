package main

import (
	"encoding/json"
	"strings"
	"testing"
)

type planDates struct {
	Dates []struct {
		ID, Label, Text, Normal, Longest, Moves, Source string
		FileBy                                          bool `json:"file_by"`
		Steps                                           []struct{ ID, Text, Date, Source string }
		Details                                         []string
	}
}

func planJSON(t *testing.T, file, lang, today string) planDates {
	t.Helper()
	code, out, errs := runCLI(t, t.TempDir(), "plan", "--answers", file, "--lang", lang, "--today", today, "--json")
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", file, code, errs)
	}
	var r planDates
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return r
}

// TestPlanAppealOnMakeUpSaturday: judgment received Wed 30 Sep 2026, so the 10th day is
// Sat 10 Oct 2026, an official make-up working day. The plan must show that Saturday as
// the last day to appeal, never a later day (review E1; legal-facts.md A18).
func TestPlanAppealOnMakeUpSaturday(t *testing.T) {
	for lang, want := range map[string]string{"en": "10 Oct 2026", "zh-Hans": "2026年10月10日"} {
		r := planJSON(t, "../../docs/examples/after-judgment-makeup-saturday.json", lang, "2026-10-02")
		found := false
		for _, d := range r.Dates {
			if d.ID != "appeal-deadline" {
				continue
			}
			found = true
			if d.Normal != want || !strings.Contains(d.Text, want) || !d.FileBy || d.Longest != "" {
				t.Errorf("%s: appeal date %+v, want file by %s", lang, d, want)
			}
			all := strings.Join(d.Details, "\n")
			for _, later := range []string{"11 Oct", "12 Oct", "10月11日", "10月12日"} {
				if strings.Contains(d.Text+all, later) {
					t.Errorf("%s: a later day %q is shown: %s", lang, later, all)
				}
			}
			if !strings.Contains(all, "105") || !strings.Contains(d.Source, "230") {
				t.Errorf("%s: the posting rule (Art. 105) or the source (Art. 230) is missing: %s / %s", lang, all, d.Source)
			}
		}
		if !found {
			t.Errorf("%s: no appeal date in %+v", lang, r.Dates)
		}
	}
}

// TestPlanTrialDates: a trial-stage plan shows the trial time limits of every procedure
// when the procedure is not known, counted from the day the court accepted the case.
func TestPlanTrialDates(t *testing.T) {
	r := planJSON(t, "../../docs/examples/trial-on-bail.json", "en", "2026-10-25")
	// accepted on Fri 23 Oct 2026; on bail, so a day off moves a last day: 15 days end
	// on Sat 7 Nov, moved to Mon 9 Nov
	want := map[string][2]string{
		"trial-ordinary":  {"23 Dec 2026", "23 Apr 2027"}, // 2 months; 3 + 3 with approval
		"trial-summary":   {"12 Nov 2026", "8 Dec 2026"},  // 20 days; 1.5 months
		"trial-expedited": {"2 Nov 2026", "9 Nov 2026"},   // 10 days; 15 days
		"bail-limit":      {"15 Jul 2027", ""},            // 12 months
	}
	got := map[string]bool{}
	for _, d := range r.Dates {
		w, ok := want[d.ID]
		if !ok {
			continue
		}
		got[d.ID] = true
		if d.Normal != w[0] || d.Longest != w[1] {
			t.Errorf("%s: %s / %s, want %s / %s", d.ID, d.Normal, d.Longest, w[0], w[1])
		}
	}
	for id := range want {
		if !got[id] {
			t.Errorf("no %s date", id)
		}
	}
}

// TestPlanInvestigationExtensions: after an arrest the plan shows every extension with
// its article (CPL Arts. 156, 158, 159) and what restarts the count (Arts. 160, 149), and
// calls none of them "the latest".
func TestPlanInvestigationExtensions(t *testing.T) {
	r := planJSON(t, "../../docs/examples/investigation-arrested.json", "en", "2026-10-10")
	for _, d := range r.Dates {
		if d.ID != "investigation-custody" {
			continue
		}
		// arrested on 30 Sep 2026, the last day of September: months end on month ends
		want := []struct{ id, date, art string }{
			{"complex", "31 Dec 2026", "Art. 156"},
			{"major", "28 Feb 2027", "Art. 158"},
			{"ten-years", "30 Apr 2027", "Art. 159"},
		}
		if d.Normal != "30 Nov 2026" || len(d.Steps) != len(want) {
			t.Fatalf("investigation custody %s with %d steps: %+v", d.Normal, len(d.Steps), d.Steps)
		}
		for i, w := range want {
			s := d.Steps[i]
			if s.ID != w.id || s.Date != w.date || !strings.Contains(s.Text, w.date) || !strings.Contains(s.Text, w.art) {
				t.Errorf("step %d: %+v, want %s by %s (%s)", i, s, w.id, w.date, w.art)
			}
		}
		if !strings.Contains(d.Moves, "Art. 160") || !strings.Contains(d.Moves, "Art. 149") {
			t.Errorf("what restarts the count is missing: %q", d.Moves)
		}
		for _, x := range append([]string{d.Text}, d.Details...) {
			if strings.Contains(x, "the latest") {
				t.Errorf("investigation custody claims a latest date: %q", x)
			}
		}
		return
	}
	t.Fatalf("no investigation custody date: %+v", r.Dates)
}

// TestPlanJurisdiction: --jurisdiction picks the pack's walkthrough (cn by default, the
// same plan as without it); a jurisdiction without one is a usage error that names those
// that have one.
func TestPlanJurisdiction(t *testing.T) {
	dir := t.TempDir()
	args := []string{"plan", "--answers", "../../docs/examples/after-judgment.json", "--lang", "en", "--today", "2026-11-25"}
	code, plain, errs := runCLI(t, dir, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	code, cn, errs := runCLI(t, dir, append(args, "--jurisdiction", "cn")...)
	if code != 0 || cn != plain {
		t.Fatalf("--jurisdiction cn: exit %d (%s), same plan: %v", code, errs, cn == plain)
	}
	code, _, errs = runCLI(t, dir, append(args, "--jurisdiction", "xx")...)
	if code != exitUsage || !strings.Contains(errs, `no walkthrough for jurisdiction "xx"`) || !strings.Contains(errs, "cn") {
		t.Errorf("--jurisdiction xx: exit %d, %q", code, errs)
	}
}

// TestPlanInALanguageTheWalkthroughLacks: the mainland walkthrough has no 繁體中文
// words, so --lang zh-Hant gives the 简体中文 plan and says so, rather than failing or
// printing question IDs.
func TestPlanInALanguageTheWalkthroughLacks(t *testing.T) {
	dir := t.TempDir()
	args := []string{"plan", "--answers", "../../docs/examples/after-judgment.json", "--today", "2026-11-25"}
	code, hans, errs := runCLI(t, dir, append(args, "--lang", "zh-Hans")...)
	if code != 0 {
		t.Fatalf("zh-Hans: exit %d: %s", code, errs)
	}
	code, hant, errs := runCLI(t, dir, append(args, "--lang", "zh-Hant")...)
	if code != 0 || hant != hans || !strings.Contains(errs, "shown in zh-Hans") {
		t.Errorf("zh-Hant: exit %d, stderr %q, same as the zh-Hans plan: %v", code, errs, hant == hans)
	}
}
