package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of the Compare screen. The table's own text is content (assets/content/compare/).
var (
	msgNavCompare         = &i18n.Message{ID: "NavCompare", Other: "Compare"}
	msgCompareTitle       = &i18n.Message{ID: "CompareTitle", Other: "How other places handle guilty pleas"}
	msgCompareIntro       = &i18n.Message{ID: "CompareIntro", Other: "The questions a defendant has, answered for mainland China, the United States (federal courts), Germany and Taiwan. Other places' laws do not apply to your case: they show what to ask your lawyer. This is information, not legal advice."}
	msgComparePick        = &i18n.Message{ID: "ComparePick", Other: "Show these places (at least two):"}
	msgCompareAtLeastTwo  = &i18n.Message{ID: "CompareAtLeastTwo", Other: "Keep at least two places to compare. Tick another one first, then untick this one."}
	msgCompareForYou      = &i18n.Message{ID: "CompareForYou", Other: "What this means for you in mainland China"}
	msgCompareSource      = &i18n.Message{ID: "CompareSource", Other: "{{.Citation}} (checked {{.Checked}})"}
	msgCompareUnavailable = &i18n.Message{ID: "CompareUnavailable", Other: "The comparison could not be loaded. Please reinstall the app."}
)
