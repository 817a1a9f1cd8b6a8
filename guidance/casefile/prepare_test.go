package casefile

import (
	"reflect"
	"testing"

	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// FullWorkspace is a Prepare workspace with every field set, text fields holding text.
// TestFullWorkspaceSetsEveryField fails when a field is added without being set here, so
// the round trip below and the plaintext test in guidance/sqlite cover it.
func fullWorkspace(text string) *prepare.Workspace {
	return &prepare.Workspace{
		Facts:    []prepare.Fact{{Text: "fact " + text, Stance: prepare.Dispute, Note: "note " + text}},
		Marks:    map[string]prepare.Mark{"surrender": prepare.MayApply},
		Evidence: map[string]string{"surrender": "we have " + text},
		Proposal: prepare.Proposal{Penalty: prepare.FixedTerm, Months: 18, MonthsTo: 20, Probation: true,
			ProbationMonths: 24, Fine: 5000, Note: "offer " + text},
		Illustration: prepare.Input{BaseMonths: 24, Crime: "crime-theft", Figures: []prepare.Figure{{ID: "plea", Low: 10, High: 30}}},
		Views:        prepare.Views{Accept: "accept " + text, Asks: []string{"probation"}, Other: "other " + text, Why: "why " + text},
		Checks:       map[string]prepare.Answer{"recorded": prepare.No},
	}
}

// zeroFields lists the fields under v that hold their zero value, by path.
func zeroFields(v reflect.Value, path string) []string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return []string{path}
		}
		return zeroFields(v.Elem(), path)
	case reflect.Struct:
		var out []string
		for i := 0; i < v.NumField(); i++ {
			out = append(out, zeroFields(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
		return out
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{path}
		}
		return zeroFields(v.Index(0), path+"[0]")
	case reflect.Map:
		if v.Len() == 0 {
			return []string{path}
		}
		return nil
	}
	if v.IsZero() {
		return []string{path}
	}
	return nil
}

func TestFullWorkspaceSetsEveryField(t *testing.T) {
	if z := zeroFields(reflect.ValueOf(fullWorkspace("x")), "Workspace"); len(z) > 0 {
		t.Errorf("fullWorkspace leaves %v unset: set them, here and in TestNoPlaintextOnDisk", z)
	}
}

// TestPrepareSavedAsTyped seals and opens a case file holding every Prepare field, and
// checks that it comes back exactly as typed, and that Session.Data returns a deep copy.
func TestPrepareSavedAsTyped(t *testing.T) {
	kdf := KDF{Time: 1, Memory: 8 * 1024, Threads: 1, Salt: make([]byte, 16)}
	key, err := DeriveKey([]byte("passphrase"), kdf)
	if err != nil {
		t.Fatal(err)
	}
	s := &Sealed{KDF: kdf}
	in := Data{Prepare: fullWorkspace("  two spaces, 认罪\nand a line  ")}
	if err := s.SealData(key, in); err != nil {
		t.Fatal(err)
	}
	out, err := s.OpenData(key)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("got back\n%+v\nwant\n%+v", out.Prepare, in.Prepare)
	}
	g := Guest()
	g.Update(func(d *Data) { d.Prepare = fullWorkspace("x") })
	c := g.Data()
	c.Prepare.Facts[0].Text = "changed"
	c.Prepare.Marks["surrender"] = prepare.DoesNot
	c.Prepare.Illustration.Figures[0].High = 1
	if got := g.Data().Prepare; got.Facts[0].Text != "fact x" || got.Marks["surrender"] != prepare.MayApply || got.Illustration.Figures[0].High != 30 {
		t.Errorf("Data() shares the workspace: %+v", got)
	}
}
