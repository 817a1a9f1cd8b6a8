package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of the Prepare screen. What it says about the law comes from content
// (circumstances.toml); these are its own words.
var (
	msgNavPrepare     = &i18n.Message{ID: "NavPrepare", Other: "Prepare"}
	msgPrepareHeading = &i18n.Message{ID: "PrepareHeading", Other: "Prepare the plea talk"}
	msgPrepareIntro   = &i18n.Message{ID: "PrepareIntro", Other: "Go through this with the lawyer before you talk to the prosecutor. Everything you type here is kept in this case file."}
	msgPrepareGuest   = &i18n.Message{ID: "PrepareGuest", Other: "You are using Plea Guide without saving: what you type here is gone when you press “I'm done”."}
	msgPrepareMissing = &i18n.Message{ID: "PrepareMissing", Other: "This part is not available in this language."}
	// the scale of the illustration's bar
	msgPrepareBarBase   = &i18n.Message{ID: "PrepareBarBase", Other: "Base sentence {{.N}} months"}
	msgPrepareBarMonths = &i18n.Message{ID: "PrepareBarMonths", Other: "{{.N}} months"}

	msgPrepareFacts     = &i18n.Message{ID: "PrepareFacts", Other: "1. The facts"}
	msgPrepareFactHint  = &i18n.Message{ID: "PrepareFactHint", Other: "One charged fact, as you understand it"}
	msgPrepareFactAdd   = &i18n.Message{ID: "PrepareFactAdd", Other: "Add"}
	msgPrepareFactNote  = &i18n.Message{ID: "PrepareFactNote", Other: "A note (what you dispute, and why)"}
	msgPrepareAdmit     = &i18n.Message{ID: "PrepareAdmit", Other: "I admit this"}
	msgPrepareDispute   = &i18n.Message{ID: "PrepareDispute", Other: "I dispute this"}
	msgPrepareUnsure    = &i18n.Message{ID: "PrepareUnsure", Other: "Not sure"}
	msgPrepareRemove    = &i18n.Message{ID: "PrepareRemove", Other: "Remove"}
	msgPrepareCircs     = &i18n.Message{ID: "PrepareCircumstances", Other: "2. Circumstances that may change the sentence"}
	msgPrepareMarkHint  = &i18n.Message{ID: "PrepareMarkHint", Other: "Does it apply?"}
	msgPrepareApplies   = &i18n.Message{ID: "PrepareApplies", Other: "Applies"}
	msgPrepareMay       = &i18n.Message{ID: "PrepareMay", Other: "May apply"}
	msgPrepareNo        = &i18n.Message{ID: "PrepareNo", Other: "No"}
	msgPrepareAsk       = &i18n.Message{ID: "PrepareAsk", Other: "Ask the lawyer"}
	msgPrepareShows     = &i18n.Message{ID: "PrepareShows", Other: "What shows it: {{.List}}"}
	msgPrepareWeHave    = &i18n.Message{ID: "PrepareWeHave", Other: "What we have, or can get"}
	msgPrepareReadMore  = &i18n.Message{ID: "PrepareReadMore", Other: "Read more"}
	msgPrepareChecklist = &i18n.Message{ID: "PrepareChecklist", Other: "Family checklist"}

	msgPrepareProposal      = &i18n.Message{ID: "PrepareProposal", Other: "3. The recommendation"}
	msgPreparePenalty       = &i18n.Message{ID: "PreparePenalty", Other: "Main penalty"}
	msgPrepareFixedTerm     = &i18n.Message{ID: "PrepareFixedTerm", Other: "Fixed-term imprisonment"}
	msgPrepareDetention     = &i18n.Message{ID: "PrepareDetention", Other: "Short-term detention"}
	msgPrepareSurveil       = &i18n.Message{ID: "PrepareSurveillance", Other: "Public surveillance"}
	msgPrepareMonths        = &i18n.Message{ID: "PrepareMonths", Other: "Term: months, or years and months (18, or 1 year 6 months)"}
	msgPrepareMonthsTo      = &i18n.Message{ID: "PrepareMonthsTo", Other: "To months (for a range; empty for a fixed term)"}
	msgPrepareProbation     = &i18n.Message{ID: "PrepareProbation", Other: "With probation"}
	msgPrepareProbMonths    = &i18n.Message{ID: "PrepareProbationMonths", Other: "Probation period, months"}
	msgPrepareFine          = &i18n.Message{ID: "PrepareFine", Other: "Fine, yuan"}
	msgPrepareNoteHint      = &i18n.Message{ID: "PrepareNoteHint", Other: "Anything else about the recommendation"}
	msgPrepareBadNumber     = &i18n.Message{ID: "PrepareBadNumber", Other: "Type a whole number."}
	msgPrepareChoosePenalty = &i18n.Message{ID: "PrepareChoosePenalty", Other: "Choose the main penalty first."}
	msgPrepareBadTerm       = &i18n.Message{ID: "PrepareBadTerm", Other: "This penalty runs from {{.Min}} to {{.Max}} months."}
	msgPrepareBadRange      = &i18n.Message{ID: "PrepareBadRange", Other: "The range ends before it starts."}
	msgPrepareBadProb       = &i18n.Message{ID: "PrepareBadProbation", Other: "Probation is possible only with short-term detention or imprisonment of 3 years or less."}
	msgPrepareBadPeriod     = &i18n.Message{ID: "PrepareBadPeriod", Other: "This probation period is not one the law allows for this term. Ask the lawyer."}

	msgPrepareIllus       = &i18n.Message{ID: "PrepareIllustration", Other: "How the guidance works a sentence out"}
	msgPrepareCrime       = &i18n.Message{ID: "PrepareCrime", Other: "The crime"}
	msgPrepareBase        = &i18n.Message{ID: "PrepareBase", Other: "Base sentence the lawyer names, in months"}
	msgPrepareFigures     = &i18n.Message{ID: "PrepareFigures", Other: "Percentages the lawyer names for the circumstances marked “Applies”, from … to …"}
	msgPrepareNoFigures   = &i18n.Message{ID: "PrepareNoFigures", Other: "Mark circumstances “Applies” above to use them here."}
	msgPrepareFrom        = &i18n.Message{ID: "PrepareFrom", Other: "from %"}
	msgPrepareTo          = &i18n.Message{ID: "PrepareTo", Other: "to %"}
	msgPrepareResult      = &i18n.Message{ID: "PrepareResult", Other: "Base sentence {{.Base}} months → illustrated {{.Low}} to {{.High}} months"}
	msgPrepareFirstStep   = &i18n.Message{ID: "PrepareFirstStep", Other: "{{.Name}}: applied first, −{{.Fig}}"}
	msgPrepareAddedStep   = &i18n.Message{ID: "PrepareAddedStep", Other: "{{.Name}}: {{.Fig}}"}
	msgPrepareCap         = &i18n.Message{ID: "PrepareCap", Other: "Cap for the plea here: {{.Cap}} %"}
	msgPrepareErrBase     = &i18n.Message{ID: "PrepareErrBase", Other: "Type a base sentence from 1 to {{.Max}} months."}
	msgPrepareErrCrime    = &i18n.Message{ID: "PrepareErrCrime", Other: "Choose the crime."}
	msgPrepareErrNegative = &i18n.Message{ID: "PrepareErrNegative", Other: "{{.Name}}: a percentage cannot be below zero."}
	msgPrepareErrOrder    = &i18n.Message{ID: "PrepareErrOrder", Other: "{{.Name}}: the first figure is above the second."}
	msgPrepareErrBand     = &i18n.Message{ID: "PrepareErrBand", Other: "{{.Name}}: the guidance allows {{.Min}} % to {{.Max}} % here."}
	msgPrepareErrLimit    = &i18n.Message{ID: "PrepareErrLimit", Other: "{{.Name}}: at most {{.Max}} %."}
	msgPrepareErrGroup    = &i18n.Message{ID: "PrepareErrGroup", Other: "{{.Name}} and {{.Other}} cannot both apply: keep one."}
	msgPrepareErrNotFor   = &i18n.Message{ID: "PrepareErrNotFor", Other: "{{.Name}}: not possible for this crime."}
	msgPrepareErrNoPct    = &i18n.Message{ID: "PrepareErrNoPct", Other: "{{.Name}}: the guidance gives no percentage, so it is left out here."}
	msgPrepareErrZero     = &i18n.Message{ID: "PrepareErrZero", Other: "Together these reductions reach zero or less. The method cannot give a sentence there. Ask the lawyer."}

	msgPrepareViews    = &i18n.Message{ID: "PrepareViews", Other: "4. Our views for the hearing"}
	msgPrepareAccept   = &i18n.Message{ID: "PrepareAccept", Other: "What we accept"}
	msgPrepareAsks     = &i18n.Message{ID: "PrepareAsks", Other: "What we ask for"}
	msgPrepareAskLower = &i18n.Message{ID: "PrepareAskLower", Other: "A lower term"}
	msgPrepareAskProb  = &i18n.Message{ID: "PrepareAskProbation", Other: "Probation"}
	msgPrepareAskNP    = &i18n.Message{ID: "PrepareAskNonProsecution", Other: "Not to prosecute"}
	msgPrepareAskBail  = &i18n.Message{ID: "PrepareAskBail", Other: "Bail"}
	msgPrepareAskProc  = &i18n.Message{ID: "PrepareAskProcedure", Other: "A different procedure"}
	msgPrepareOther    = &i18n.Message{ID: "PrepareOther", Other: "Anything else we ask for"}
	msgPrepareWhy      = &i18n.Message{ID: "PrepareWhy", Other: "Why: the circumstances and what shows them"}

	msgPrepareSign = &i18n.Message{ID: "PrepareSign", Other: "5. Before you sign"}
	msgPrepareYes  = &i18n.Message{ID: "PrepareYes", Other: "Yes"}
	msgPrepareNot  = &i18n.Message{ID: "PrepareNot", Other: "No"}
)
