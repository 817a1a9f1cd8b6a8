package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Every string the interface shows. `make i18n-extract` reads these literals into
// locales/active.en.toml; translations live beside it.
var (
	msgAppTitle = &i18n.Message{ID: "AppTitle", Description: "Window title; the product name in English and Chinese", Other: "Plea Guide · 认罪认罚指引"}

	msgNavHome     = &i18n.Message{ID: "NavHome", Other: "Home"}
	msgNavLibrary  = &i18n.Message{ID: "NavLibrary", Other: "Library"}
	msgNavGlossary = &i18n.Message{ID: "NavGlossary", Other: "Glossary"}
	msgNavSearch   = &i18n.Message{ID: "NavSearch", Other: "Search"}
	msgNavSettings = &i18n.Message{ID: "NavSettings", Other: "Settings"}

	msgChooseLanguage     = &i18n.Message{ID: "ChooseLanguage", Other: "Choose your language"}
	msgChooseLanguageHint = &i18n.Message{ID: "ChooseLanguageHint", Other: "You can change it at any time in Settings."}

	msgHomeHeading = &i18n.Message{ID: "HomeHeading", Other: "Plain words about guilty pleas"}
	msgHomeIntro   = &i18n.Message{ID: "HomeIntro", Description: "Exactly two sentences: what the app is, and that it is information, not legal advice",
		Other: "Plea Guide explains in plain words how a guilty plea works in a criminal case: what happens next, what rights the accused person has, and what to ask the lawyer. It gives general information, not legal advice about your case."}
	msgHomeHelpHeading = &i18n.Message{ID: "HomeHelpHeading", Other: "Free help"}
	msgHomeHelp12348   = &i18n.Message{ID: "HomeHelp12348", Description: "12348 is mainland China's public legal service hotline",
		Other: "Call 12348, the public legal service hotline in mainland China, for free legal advice and help with applying for legal aid."}
	msgHomeHelpLegalAid = &i18n.Message{ID: "HomeHelpLegalAid", Description: "Legal Aid Law Arts. 24 and 38",
		Other: "If there is no money for a lawyer, the accused person or a close relative can apply to the legal aid centre where the case is handled (Legal Aid Law, Arts. 24 and 38)."}
	msgHomeChecked     = &i18n.Message{ID: "HomeChecked", Other: "Last checked: {{.Date}}"}
	msgHomeOpenLibrary = &i18n.Message{ID: "HomeOpenLibrary", Other: "Read the library"}
	msgHomeOpenSearch  = &i18n.Message{ID: "HomeOpenSearch", Other: "Search for a word or a question"}

	msgNoticeDamagedDB = &i18n.Message{ID: "NoticeDamagedDB",
		Other: "The saved data file was damaged. It was kept, unchanged, at {{.Path}}, and a fresh file was started."}
	msgNoticeNewerDB = &i18n.Message{ID: "NoticeNewerDB",
		Other: "The saved data was written by a newer version of Plea Guide, so this version left it untouched. Install the newer version to use it. You can read the library, but nothing can be saved now."}
	msgNoticeNoDataDir = &i18n.Message{ID: "NoticeNoDataDir",
		Other: "Plea Guide cannot find a folder of its own to save in, so it keeps everything in memory only. You can read the library, but nothing is saved, and printing is off."}
	msgNoticeNoStore = &i18n.Message{ID: "NoticeNoStore",
		Other: "Plea Guide cannot save in its data folder ({{.Path}}). Check that the disk is not full and the folder can be written. You can read the library, but nothing can be saved now."}
	msgNoticeContentRejected = &i18n.Message{ID: "NoticeContentRejected",
		Other: "The new library content has errors, so it was not loaded. You are reading the last version that worked."}
	msgNoticeContentMissing = &i18n.Message{ID: "NoticeContentMissing",
		Other: "The library content could not be loaded. Please reinstall Plea Guide."}

	msgLibraryPick        = &i18n.Message{ID: "LibraryPick", Other: "Choose a topic from the list."}
	msgLibraryEmpty       = &i18n.Message{ID: "LibraryEmpty", Other: "The library is empty."}
	msgLibrarySources     = &i18n.Message{ID: "LibrarySources", Other: "Sources"}
	msgLibraryLastChecked = &i18n.Message{ID: "LibraryLastChecked", Other: "Last checked: {{.Date}}"}
	msgLibrarySource      = &i18n.Message{ID: "LibrarySource", Other: "{{.Citation}} — version of {{.Version}}, checked {{.Checked}}"}
	msgLibraryPrevious    = &i18n.Message{ID: "LibraryPrevious", Other: "Previous"}
	msgLibraryNext        = &i18n.Message{ID: "LibraryNext", Other: "Next"}
	msgLibraryPrevTopic   = &i18n.Message{ID: "LibraryPreviousTopic", Other: "Previous: {{.Title}}"}
	msgLibraryNextTopic   = &i18n.Message{ID: "LibraryNextTopic", Other: "Next: {{.Title}}"}
	msgLibraryNotAdvice   = &i18n.Message{ID: "LibraryNotAdvice", Other: "This is general information, not legal advice. Ask a lawyer about your own case."}
	msgLibraryOtherLang   = &i18n.Message{ID: "LibraryOtherLang", Other: "This content is not yet written in your language. It is shown in {{.Lang}}."}

	msgChecklistHint = &i18n.Message{ID: "ChecklistHint", Other: "Tick what you have gathered. The ticks stay until you close the app; they are not saved."}

	msgTermReadMore = &i18n.Message{ID: "TermReadMore", Other: "Read more"}
	msgClose        = &i18n.Message{ID: "Close", Other: "Close"}

	msgGlossaryFilter = &i18n.Message{ID: "GlossaryFilter", Other: "Type to find a word"}
	msgGlossaryNone   = &i18n.Message{ID: "GlossaryNone", Other: "No word matches “{{.Query}}”."}

	msgSearchPlaceholder = &i18n.Message{ID: "SearchPlaceholder", Other: "Type a word or a whole question"}
	msgSearchHint        = &i18n.Message{ID: "SearchHint", Other: "Search the topics, the glossary and the questions for the lawyer."}
	msgSearchNone        = &i18n.Message{ID: "SearchNone", Other: "Nothing found for “{{.Query}}”. Try other or fewer words."}
	msgSearchCount       = &i18n.Message{ID: "SearchCount", One: "{{.Count}} result", Other: "{{.Count}} results"}
	msgKindTopic         = &i18n.Message{ID: "KindTopic", Other: "Topic"}
	msgKindTerm          = &i18n.Message{ID: "KindTerm", Other: "Glossary"}
	msgKindQuestion      = &i18n.Message{ID: "KindQuestion", Other: "Question for the lawyer"}
	msgQuestionWhy       = &i18n.Message{ID: "QuestionWhy", Other: "Why ask this"}

	msgSettingsLanguage = &i18n.Message{ID: "SettingsLanguage", Other: "Language"}
	msgSettingsTextSize = &i18n.Message{ID: "SettingsTextSize", Other: "Text size"}
	msgSettingsTheme    = &i18n.Message{ID: "SettingsTheme", Other: "Colours"}
	msgThemeSystem      = &i18n.Message{ID: "ThemeSystem", Other: "Like the computer"}
	msgThemeLight       = &i18n.Message{ID: "ThemeLight", Other: "Light"}
	msgThemeDark        = &i18n.Message{ID: "ThemeDark", Other: "Dark"}
	msgThemeContrast    = &i18n.Message{ID: "ThemeContrast", Other: "High contrast"}
	msgSettingsAbout    = &i18n.Message{ID: "SettingsAbout", Other: "About"}
	msgSettingsVersion  = &i18n.Message{ID: "SettingsVersion", Other: "Version {{.Version}}"}
	msgSettingsData     = &i18n.Message{ID: "SettingsData", Other: "Data folder: {{.Path}}"}
	msgSettingsContent  = &i18n.Message{ID: "SettingsContent", Other: "Library: {{.Topics}} topics, {{.Terms}} glossary words, {{.Questions}} questions"}
	msgSettingsChecked  = &i18n.Message{ID: "SettingsChecked", Other: "Topics last checked against the official texts: between {{.From}} and {{.To}}"}
	msgSettingsPrivacy  = &i18n.Message{ID: "SettingsPrivacy", Other: "Plea Guide makes no network connections. What you read and search stays on this computer."}
)
