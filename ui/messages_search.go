package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of the search results page.
var (
	msgSearchAnswer     = &i18n.Message{ID: "SearchAnswer", Other: "This part answers it"}
	msgSearchOpen       = &i18n.Message{ID: "SearchOpen", Other: "Read it in the topic"}
	msgSearchSource     = &i18n.Message{ID: "SearchSource", Other: "Source: {{.Citation}}"}
	msgSearchMore       = &i18n.Message{ID: "SearchMore", Other: "More answers"}
	msgSearchTopics     = &i18n.Message{ID: "SearchTopics", Other: "Topics"}
	msgSearchWords      = &i18n.Message{ID: "SearchWords", Other: "Words"}
	msgSearchQuestions  = &i18n.Message{ID: "SearchQuestions", Other: "Questions to ask the lawyer"}
	msgSearchShowAll    = &i18n.Message{ID: "SearchShowAll", Other: "Show all {{.Count}}"}
	msgSearchNoAnswer   = &i18n.Message{ID: "SearchNoAnswer", Other: "No part of the guide answers this directly. These topics come closest."}
	msgSearchHotline    = &i18n.Message{ID: "SearchHotline", Other: "You can also call 12348, the public legal service hotline, and ask how to get legal aid."}
	msgSearchOther      = &i18n.Message{ID: "SearchOther", Other: "Also found in {{.Lang}} ({{.Count}}): show"}
	msgSearchBack       = &i18n.Message{ID: "SearchBack", Other: "Back to the results in {{.Lang}}"}
	msgSearchCut        = &i18n.Message{ID: "SearchCut", Other: "Only the first 200 characters were searched."}
	msgSearchNoWords    = &i18n.Message{ID: "SearchNoWords", Other: "Type words or a question: signs and symbols alone find nothing."}
	msgSearchKindAnswer = &i18n.Message{ID: "SearchKindAnswer", Other: "Part of a topic"}
)
