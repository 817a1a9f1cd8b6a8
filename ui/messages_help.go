package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The Help screen's words (issue 14 item 13).
var (
	msgNavHelp        = &i18n.Message{ID: "NavHelp", Other: "Help"}
	msgHelpHowHeading = &i18n.Message{ID: "HelpHowHeading", Other: "How to use this app"}
	msgHelpHowStart   = &i18n.Message{ID: "HelpHowStart",
		Other: "Start with \"My situation\" on Home. It asks a few questions, one at a time. Then it shows a plan: what happens next, the dates that matter, and what to ask the lawyer."}
	msgHelpHowLibrary = &i18n.Message{ID: "HelpHowLibrary",
		Other: "The Library explains each step of a case in plain words. A word in blue opens a short explanation. Every rule says which law it comes from."}
	msgHelpHowSearch = &i18n.Message{ID: "HelpHowSearch",
		Other: "In Search, type your question the way you would say it, for example \"how long can he be held\". The answer comes first."}
	msgHelpHowCases = &i18n.Message{ID: "HelpHowCases",
		Other: "A case file keeps your answers and notes on this computer, locked with a passphrase you choose. A guest visit saves nothing: when you end it, everything is gone."}
	msgHelpHowExit = &i18n.Message{ID: "HelpHowExit",
		Other: "Quick exit hides the app at once and locks the case file."}
	msgHelpHowNotAdvice = &i18n.Message{ID: "HelpHowNotAdvice",
		Other: "This app gives general information, not legal advice. For your own case, ask your lawyer or the duty lawyer, or call 12348."}

	msgHelpKeysHeading = &i18n.Message{ID: "HelpKeysHeading", Other: "Using the keyboard"}
	msgHelpKeyTab      = &i18n.Message{ID: "HelpKeyTab", Other: "Tab / Shift+Tab: go to the next or the previous button, field or link."}
	msgHelpKeyEnter    = &i18n.Message{ID: "HelpKeyEnter", Other: "Enter or Space: press the marked button or open the marked link."}
	msgHelpKeyBack     = &i18n.Message{ID: "HelpKeyBack", Other: "Esc or Alt+Left: close the window on top, or go back."}
	msgHelpKeyFind     = &i18n.Message{ID: "HelpKeyFind", Other: "Ctrl+F: search."}
	msgHelpKeyExit     = &i18n.Message{ID: "HelpKeyExit", Other: "Ctrl+Shift+X: quick exit."}
	msgHelpKeyHelp     = &i18n.Message{ID: "HelpKeyHelp", Other: "F1: this help."}

	msgHelpFreeHeading = &i18n.Message{ID: "HelpFreeHeading", Other: "Where to get free help"}
	msgHelpDutyLawyer  = &i18n.Message{ID: "HelpDutyLawyer", Description: "CPL Art. 36; Legal Aid Law Arts. 20 and 30",
		Other: "If the accused person has no lawyer, ask the police, the procuratorate, the court or the detention centre for a duty lawyer. A duty lawyer gives legal help for free (Criminal Procedure Law, Art. 36; Legal Aid Law, Arts. 20 and 30)."}
	msgHelpReadDutyLawyer = &i18n.Message{ID: "HelpReadDutyLawyer", Other: "Read more: the duty lawyer and legal aid"}
	msgHelpReadHiring     = &i18n.Message{ID: "HelpReadHiring", Other: "Read more: hiring a lawyer"}
	msgHelpOtherPlace     = &i18n.Message{ID: "HelpOtherPlace",
		Other: "The 12348 hotline and legal aid in this app are for cases in mainland China. For a case in the place you chose, this page says where to find a lawyer or free legal help there:"}
	msgHelpReadTopic        = &i18n.Message{ID: "HelpReadTopic", Description: "Title is a topic's title", Other: "Read: {{.Title}}"}
	msgHomeSituationNotHere = &i18n.Message{ID: "HomeSituationNotHere",
		Other: "\"My situation\" and its plan are not written for the place you chose yet, so they are not offered. Read the library instead, and ask a lawyer there about your dates."}
)
