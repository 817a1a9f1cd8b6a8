package content

import (
	"reflect"
	"testing"
)

func TestSections(t *testing.T) {
	body := "Intro with a [term](term:x).\n\n## First *one*\n\nText ([CPL 15](src:cpl-15)).\n\n### Deeper\n\nMore ([CPL 15](src:cpl-15); [CPL 16](src:cpl-16)).\n\n## Second\n\n<!-- no law -->\n\n- a\n- b\n"
	got := Sections(body)
	if len(got) != 3 {
		t.Fatalf("got %d sections, want 3: %+v", len(got), got)
	}
	if got[0].Index != 0 || got[0].Heading != "" || got[0].Text != "Intro with a term." {
		t.Errorf("section 0 = %+v", got[0])
	}
	if got[1].Index != 1 || got[1].Heading != "First one" || !reflect.DeepEqual(got[1].Sources, []string{"cpl-15", "cpl-16"}) {
		t.Errorf("section 1 = %+v", got[1])
	}
	if got[2].Heading != "Second" || got[2].Text != "a\nb" || got[2].Sources != nil {
		t.Errorf("section 2 = %+v", got[2])
	}
	if s := Sections("## Only\n\ntext"); len(s) != 1 || s[0].Index != 1 {
		t.Errorf("no intro: %+v", s)
	}
}
