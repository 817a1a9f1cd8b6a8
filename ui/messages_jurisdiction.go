package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The jurisdiction chooser (Home and Settings) and the notices that say content is shown
// in another language than the interface's.
var (
	msgJurisdictionHeading = &i18n.Message{ID: "JurisdictionHeading", Description: "Heading of the chooser of the legal system (jurisdiction) the library, glossary and search show",
		Other: "Where is the case?"}
	msgJurisdictionHint = &i18n.Message{ID: "JurisdictionHint", Description: "Under the jurisdiction chooser",
		Other: "The library, the glossary and search show the law of the place you choose."}
	msgJurisdictionCN = &i18n.Message{ID: "JurisdictionCN", Other: "Mainland China"}
	msgJurisdictionUS = &i18n.Message{ID: "JurisdictionUS", Description: "United States federal law (states differ)", Other: "United States (federal)"}
	msgJurisdictionDE = &i18n.Message{ID: "JurisdictionDE", Other: "Germany"}
	msgJurisdictionTW = &i18n.Message{ID: "JurisdictionTW", Other: "Taiwan"}

	msgContentConverted = &i18n.Message{ID: "ContentConverted", Description: "Shown above content converted automatically from Simplified to Traditional Chinese",
		Other: "This text was converted automatically from Simplified Chinese. A word may come out wrong; the Simplified text is the one that was checked."}
)
