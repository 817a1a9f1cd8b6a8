package prepare_test

import (
	"fmt"

	"github.com/pleaguide/pleaguide/assets"
	"github.com/pleaguide/pleaguide/guidance/content"
	"github.com/pleaguide/pleaguide/guidance/prepare"
)

// A family was offered 1 year 6 months. The lawyer says the base sentence for the theft is
// 2 years, and the plea brings 25 % off; the victim has forgiven and been paid.
func ExampleIllustrate() {
	packs, _ := content.Load(assets.Content())
	var set *prepare.Set
	for _, p := range packs {
		if sets, _ := content.Circumstances(assets.Content(), p); sets["en"] != nil {
			set = sets["en"]
		}
	}
	r, err := prepare.Illustrate(set, prepare.Input{BaseMonths: 24, Crime: "crime-theft", Figures: []prepare.Figure{
		{ID: "plea", Low: 25, High: 40},
		{ID: "compensation-forgiveness"},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.1f to %.1f months, plea cap %d %%\n", r.Low, r.High, r.PleaCap)
	for _, s := range r.Steps {
		fmt.Println(s.ID, s.Kind)
	}
	// Output:
	// 14.4 to 18.0 months, plea cap 60 %
	// plea added
	// compensation-forgiveness within-plea
}
