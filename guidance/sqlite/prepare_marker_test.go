package sqlite

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance/casefile"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// markedWorkspace fills every free-text field of the Prepare screen with marker, and the
// other fields with something, for TestNoPlaintextOnDisk.
func markedWorkspace(marker string) *prepare.Workspace {
	return &prepare.Workspace{
		Facts:    []prepare.Fact{{Text: "fact " + marker, Stance: prepare.Admit, Note: "note " + marker}},
		Marks:    map[string]prepare.Mark{"surrender": prepare.Applies},
		Evidence: map[string]string{"surrender": "evidence " + marker},
		Proposal: prepare.Proposal{Penalty: prepare.FixedTerm, Months: 18, MonthsTo: 24, Probation: true,
			ProbationMonths: 24, Fine: 3000, Note: "proposal " + marker},
		Illustration: prepare.Input{BaseMonths: 24, Crime: "crime-theft", Figures: []prepare.Figure{{ID: "plea", Low: 20, High: 30}}},
		Views:        prepare.Views{Accept: "accept " + marker, Asks: []string{"probation"}, Other: "other " + marker, Why: "why " + marker},
		Checks:       map[string]prepare.Answer{"lawyer-present": prepare.Yes},
	}
}

// idFields are the Prepare fields of plain string type that hold IDs from content, not
// typed text. Every other string field must carry the marker.
var idFields = map[string]bool{
	"Workspace.Illustration.Crime": true, "Workspace.Illustration.Figures.ID": true, "Workspace.Views.Asks": true,
}

// checkMarked runs fill on an empty case file and fails for any free-text field of the
// Prepare workspace that does not hold marker, or that is left empty, so a new field cannot
// escape TestNoPlaintextOnDisk.
func checkMarked(t *testing.T, fill reflect.Value, marker string) {
	t.Helper()
	var d casefile.Data
	fill.Call([]reflect.Value{reflect.ValueOf(&d)})
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				t.Errorf("%s is not filled", path)
				return
			}
			walk(v.Elem(), path)
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.Slice:
			if v.Len() == 0 {
				t.Errorf("%s is not filled", path)
			}
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i), path)
			}
		case reflect.Map:
			if v.Len() == 0 {
				t.Errorf("%s is not filled", path)
			}
			it := v.MapRange()
			for it.Next() {
				walk(it.Value(), path)
			}
		case reflect.String:
			if v.Type() == reflect.TypeOf("") && !idFields[path] && !strings.Contains(v.String(), marker) {
				t.Errorf("%s does not hold the marker", path)
			}
		default:
			if v.IsZero() {
				t.Errorf("%s is not filled", path)
			}
		}
	}
	walk(reflect.ValueOf(d.Prepare), "Workspace")
}
