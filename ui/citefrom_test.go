package ui

import (
	"strings"
	"testing"

	"github.com/pleaguide/pleaguide/guidance"
)

// TestTopicNamesAnotherJurisdictionsLaw: in 繁體中文 the mainland topic on other systems
// cites Taiwan's 《刑事訴訟法》 as 臺灣《刑事訴訟法》, so it cannot be taken for the
// mainland's 《中華人民共和國刑事訴訟法》 listed beside it, which stays as it is.
func TestTopicNamesAnotherJurisdictionsLaw(t *testing.T) {
	u := newTestUI(t, guidance.LangZhHant)
	u.openTopic("how-other-systems-protect-the-defence")
	got := texts(u.library.pane)
	for _, want := range []string{"• 臺灣《刑事訴訟法》第455條之2第1項（", "• 《中華人民共和國刑事訴訟法》第174條第1項（"} {
		if !strings.Contains(got, want) {
			t.Errorf("the sources lack %q", want)
		}
	}
	if strings.Contains(got, "• 《刑事訴訟法》") {
		t.Error("a bare 《刑事訴訟法》 is cited beside the mainland's law")
	}
}
