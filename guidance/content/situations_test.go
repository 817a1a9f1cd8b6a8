package content

import (
	"strings"
	"testing"
)

// A question about one charge must carry only that charge's situation. The plan picks
// questions by situation, so a drink-driving question tagged "considering-signing" would be
// put to everyone about to sign, whatever their charge.
func TestChargeQuestionsCarryOnlyTheirCharge(t *testing.T) {
	p := shippedPack(t)
	charged := 0
	for _, q := range p.Questions {
		guide := strings.HasPrefix(q.Topic, "crime-")
		var charges, others []string
		for _, s := range q.Situations {
			if strings.HasPrefix(s, "charge-") {
				charges = append(charges, s)
			} else {
				others = append(others, s)
			}
		}
		switch {
		case guide && (len(others) > 0 || len(charges) != 1):
			t.Errorf("%s (%s, topic %s): situations %v, want only charge-%s", q.ID, q.Lang, q.Topic, q.Situations, strings.TrimPrefix(q.Topic, "crime-"))
		case guide && charges[0] != "charge-"+strings.TrimPrefix(q.Topic, "crime-"):
			t.Errorf("%s (%s): situation %s does not match its topic %s", q.ID, q.Lang, charges[0], q.Topic)
		case !guide && len(charges) > 0:
			t.Errorf("%s (%s): a charge situation %v on a question whose topic %s is no charge guide", q.ID, q.Lang, charges, q.Topic)
		}
		if guide {
			charged++
		}
	}
	if charged == 0 {
		t.Error("no questions about a charge: the check checks nothing")
	}
}
