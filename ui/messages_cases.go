package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of case files, guest mode, quick exit, auto-lock and clinic mode.
var (
	msgNavMyCase = &i18n.Message{ID: "NavMyCase", Other: "My case"}

	msgCasesHeading   = &i18n.Message{ID: "CasesHeading", Other: "Your notes and questions"}
	msgCasesIntro     = &i18n.Message{ID: "CasesIntro", Other: "Keep notes, your questions for the lawyer and the lawyer's answers in a case file. It is locked with a passphrase that only you know."}
	msgCasesNew       = &i18n.Message{ID: "CasesNew", Other: "New case file"}
	msgCasesGuest     = &i18n.Message{ID: "CasesGuest", Other: "Use without saving"}
	msgCasesImport    = &i18n.Message{ID: "CasesImport", Other: "Open a case file from a USB stick or other file"}
	msgCasesLastUsed  = &i18n.Message{ID: "CasesLastUsed", Other: "last used {{.Date}}"}
	msgCasesOpenNow   = &i18n.Message{ID: "CasesOpenNow", Other: "Case file “{{.Name}}” is open."}
	msgCasesGuestNow  = &i18n.Message{ID: "CasesGuestNow", Other: "You are using Plea Guide without saving. Nothing you type is written to this computer."}
	msgCasesGoTo      = &i18n.Message{ID: "CasesGoTo", Other: "Go to my case"}
	msgCasesAlwaysGst = &i18n.Message{ID: "CasesAlwaysGuest", Other: "On this computer nothing is saved: what you type is gone when you press “I'm done”."}
	msgCasesStart     = &i18n.Message{ID: "CasesStart", Other: "Start"}
	msgCasesNoStore   = &i18n.Message{ID: "CasesNoStore", Other: "Case files cannot be saved now (see the message above). You can still use Plea Guide without saving."}

	msgCreateTitle      = &i18n.Message{ID: "CreateTitle", Other: "New case file"}
	msgCreateName       = &i18n.Message{ID: "CreateName", Other: "A name for this case file"}
	msgCreateNameHint   = &i18n.Message{ID: "CreateNameHint", Other: "Anyone using this computer can see this name. You do not need to use a real name."}
	msgCreatePass       = &i18n.Message{ID: "CreatePass", Other: "Passphrase"}
	msgCreatePass2      = &i18n.Message{ID: "CreatePass2", Other: "The same passphrase again"}
	msgCreateWarning    = &i18n.Message{ID: "CreateWarning", Other: "Write the passphrase down and keep it safe. If it is forgotten, nobody can open this case file, not even the people who made Plea Guide."}
	msgCreateUnderstand = &i18n.Message{ID: "CreateUnderstand", Other: "I understand that a forgotten passphrase cannot be recovered"}
	msgCreateMismatch   = &i18n.Message{ID: "CreateMismatch", Other: "The two passphrases are not the same."}
	msgCreateShort      = &i18n.Message{ID: "CreateShort", Other: "Use at least 8 characters, for example three words."}
	msgCreate           = &i18n.Message{ID: "Create", Other: "Create"}
	msgCancel           = &i18n.Message{ID: "Cancel", Other: "Cancel"}

	msgUnlockTitle  = &i18n.Message{ID: "UnlockTitle", Other: "Open “{{.Name}}”"}
	msgUnlock       = &i18n.Message{ID: "Unlock", Other: "Open"}
	msgUnlockWrong  = &i18n.Message{ID: "UnlockWrong", Other: "That passphrase does not open this case file. Check for capital letters and try again."}
	msgUnlockWait   = &i18n.Message{ID: "UnlockWait", Other: "Too many wrong tries. Please wait until {{.Time}}, then try again."}
	msgUnlockBroken = &i18n.Message{ID: "UnlockBroken", Other: "This case file is damaged and cannot be opened. Nothing was changed."}

	msgCaseNotes         = &i18n.Message{ID: "CaseNotes", Other: "Notes"}
	msgCaseNotesHint     = &i18n.Message{ID: "CaseNotesHint", Other: "Dates, names, what the police or the lawyer said…"}
	msgCaseQuestions     = &i18n.Message{ID: "CaseQuestions", Other: "Questions for the lawyer"}
	msgCaseAddQuestion   = &i18n.Message{ID: "CaseAddQuestion", Other: "Add"}
	msgCaseNewQuestion   = &i18n.Message{ID: "CaseNewQuestion", Other: "Write your own question"}
	msgCaseAnswerHint    = &i18n.Message{ID: "CaseAnswerHint", Other: "What the lawyer said"}
	msgCaseAsked         = &i18n.Message{ID: "CaseAsked", Other: "Asked"}
	msgCaseRemove        = &i18n.Message{ID: "CaseRemove", Other: "Remove"}
	msgCaseSaved         = &i18n.Message{ID: "CaseSaved", Other: "Saved, locked with your passphrase."}
	msgCaseGuestSaved    = &i18n.Message{ID: "CaseGuestSaved", Other: "Not saved: this session is not written to the computer."}
	msgCaseSaveFailed    = &i18n.Message{ID: "CaseSaveFailed", Other: "Could not save: the disk may be full or the folder read-only. What you typed is kept and will be saved with your next change."}
	msgCaseExport        = &i18n.Message{ID: "CaseExport", Other: "Save a copy to carry (encrypted)"}
	msgCaseExported      = &i18n.Message{ID: "CaseExported", Other: "Saved an encrypted copy. It opens with the same passphrase."}
	msgCaseExportFailed  = &i18n.Message{ID: "CaseExportFailed", Other: "The copy could not be saved there. Try another place."}
	msgCaseDelete        = &i18n.Message{ID: "CaseDelete", Other: "Delete this case file"}
	msgCaseDeleteAsk     = &i18n.Message{ID: "CaseDeleteAsk", Other: "Delete “{{.Name}}” for good? Its notes and answers cannot be brought back."}
	msgCaseImportFailed  = &i18n.Message{ID: "CaseImportFailed", Other: "This file is not a Plea Guide case file, or it was damaged or changed. Nothing was added."}
	msgGuestBanner       = &i18n.Message{ID: "GuestBanner", Description: "Shown at the top of every screen during a visit that saves nothing", Other: "Not saved: what you type in this visit is gone when you finish or close the app."}
	msgWhereTitle        = &i18n.Message{ID: "WhereTitle", Other: "Where should your answers go?"}
	msgWhereIntro        = &i18n.Message{ID: "WhereIntro", Other: "A case file keeps your answers on this computer, locked with a passphrase, so you can come back to them. Without saving, they are gone when you finish."}
	msgWhereOpen         = &i18n.Message{ID: "WhereOpen", Other: "Keep them in “{{.Name}}”"}
	msgWhereNew          = &i18n.Message{ID: "WhereNew", Other: "Make a new case file for them"}
	msgWhereNoSave       = &i18n.Message{ID: "WhereNoSave", Other: "Go on without saving"}
	msgDiscardTitle      = &i18n.Message{ID: "DiscardTitle", Other: "Your answers are not saved"}
	msgDiscardBody       = &i18n.Message{ID: "DiscardBody", Other: "Nothing from this visit is saved. If you finish now, your answers, notes and questions are gone. You can still keep them in a new case file, locked with a passphrase."}
	msgDiscardBodyNoSave = &i18n.Message{ID: "DiscardBodyNoSave", Other: "Nothing from this visit is saved on this computer. If you finish now, your answers, notes and questions are gone."}
	msgDiscardSave       = &i18n.Message{ID: "DiscardSave", Other: "Keep them in a new case file"}
	msgDiscardGo         = &i18n.Message{ID: "DiscardGo", Other: "Finish and throw them away"}
	msgDiscardBack       = &i18n.Message{ID: "DiscardBack", Other: "Go back"}

	msgQuickExit          = &i18n.Message{ID: "QuickExit", Other: "Quick exit (Ctrl+Shift+X)"}
	msgDone               = &i18n.Message{ID: "Done", Other: "I'm done"}
	msgHomeQuickExitHelp  = &i18n.Message{ID: "HomeQuickExitHelp", Description: "Home: how quick exit works and how to come back; NeutralResume is the button's name", Other: "Quick exit (top right, or Ctrl+Shift+X) hides this app at once behind an empty notes page. To come back, press “New note” there. An open case file is locked first."}
	msgNeutral            = &i18n.Message{ID: "Neutral", Description: "Window title after quick exit: the name of an ordinary notes program, nothing about the law", Other: "Notes"}
	msgNeutralPlaceholder = &i18n.Message{ID: "NeutralPlaceholder", Description: "Empty notes page shown after quick exit", Other: "Write something…"}
	msgNeutralResume      = &i18n.Message{ID: "NeutralResume", Description: "The only button on the quick-exit cover; it brings the app back at Home", Other: "New note"}
	msgIdleWarning        = &i18n.Message{ID: "IdleWarning", Other: "Are you still there? The case file locks in 30 seconds."}
	msgIdleTitle          = &i18n.Message{ID: "IdleTitle", Other: "Still there?"}
	msgIdleLocked         = &i18n.Message{ID: "IdleLocked", Other: "The case file was locked: the app had not been used for {{.Minutes}} min. To go on, open it again with its passphrase."}
	msgIdleStay           = &i18n.Message{ID: "IdleStay", Other: "I'm still here"}

	msgSettingsAutoLock = &i18n.Message{ID: "SettingsAutoLock", Other: "Lock the case file when nobody uses the app for"}
	msgMinutes          = &i18n.Message{ID: "Minutes", One: "{{.Count}} minute", Other: "{{.Count}} minutes"}

	msgClinic            = &i18n.Message{ID: "Clinic", Other: "Clinic mode"}
	msgClinicIntro       = &i18n.Message{ID: "ClinicIntro", Other: "For legal aid clinics and shared computers. These settings are protected by an administrator PIN."}
	msgClinicSetPIN      = &i18n.Message{ID: "ClinicSetPIN", Other: "Set an administrator PIN"}
	msgClinicEnterPIN    = &i18n.Message{ID: "ClinicEnterPIN", Other: "Administrator PIN"}
	msgClinicOpen        = &i18n.Message{ID: "ClinicOpen", Other: "Change clinic settings"}
	msgClinicWrongPIN    = &i18n.Message{ID: "ClinicWrongPIN", Other: "Wrong PIN."}
	msgClinicAlwaysGuest = &i18n.Message{ID: "ClinicAlwaysGuest", Other: "Never save: every visitor uses Plea Guide without saving"}
	msgClinicRetention   = &i18n.Message{ID: "ClinicRetention", Other: "Delete case files not used for this many days (0: never)"}
	msgClinicName        = &i18n.Message{ID: "ClinicName", Other: "Clinic name"}
	msgClinicAddress     = &i18n.Message{ID: "ClinicAddress", Other: "Address"}
	msgClinicPhone       = &i18n.Message{ID: "ClinicPhone", Other: "Phone"}
	msgSave              = &i18n.Message{ID: "Save", Other: "Save"}
	msgClinicSaved       = &i18n.Message{ID: "ClinicSaved", Other: "Clinic settings saved."}
)

// Strings of the "My situation" walkthrough (its questions and plan words come from the
// content pack).
var (
	msgNavSituation                = &i18n.Message{ID: "NavSituation", Other: "My situation"}
	msgSituationStart              = &i18n.Message{ID: "SituationStart", Other: "My situation: answer a few questions, get a plan"}
	msgSituationProgress           = &i18n.Message{ID: "SituationProgress", Other: "{{.Done}} answered, about {{.Left}} to go"}
	msgSituationDateHint           = &i18n.Message{ID: "SituationDateHint", Other: "Date, like 2026-11-10 or 2026年11月10日"}
	msgSituationUseDate            = &i18n.Message{ID: "SituationUseDate", Other: "Use this date"}
	msgSituationPickDate           = &i18n.Message{ID: "SituationPickDate", Other: "Pick it on a calendar"}
	msgSituationBack               = &i18n.Message{ID: "SituationBack", Other: "Back"}
	msgSituationReview             = &i18n.Message{ID: "SituationReview", Other: "All my answers"}
	msgSituationReviewTitle        = &i18n.Message{ID: "SituationReviewTitle", Other: "Your answers"}
	msgSituationChange             = &i18n.Message{ID: "SituationChange", Other: "Change"}
	msgSituationContinue           = &i18n.Message{ID: "SituationContinue", Other: "Answer the rest"}
	msgSituationSeePlan            = &i18n.Message{ID: "SituationSeePlan", Other: "See my plan"}
	msgSituationPlanTitle          = &i18n.Message{ID: "SituationPlanTitle", Other: "Your plan"}
	msgSituationPrint              = &i18n.Message{ID: "SituationPrint", Other: "Print my plan"}
	msgSituationPrintGo            = &i18n.Message{ID: "SituationPrintGo", Other: "Print"}
	msgSituationPrintTemp          = &i18n.Message{ID: "SituationPrintTemp", Description: "Before printing; Folder is a folder path", Other: "To print, the app writes your plan as a page and opens it in your web browser. That page is a temporary copy and it is not encrypted. It is kept in {{.Folder}} and deleted when you press “I'm done”, use quick exit, when the case file locks, and when the app closes or starts again."}
	msgSituationPrintTempGuest     = &i18n.Message{ID: "SituationPrintTempGuest", Description: "Before printing in a visit that saves nothing; Folder is a folder path", Other: "Nothing you type in this visit is saved. To print, though, the app has to write your plan as a page for your web browser: a temporary copy that is not encrypted, kept in {{.Folder}}. It is deleted when you press “I'm done”, use quick exit, and when the app closes. If the computer crashes, it is deleted at the next start."}
	msgSituationPrintNoViewer      = &i18n.Message{ID: "SituationPrintNoViewer", Other: "This computer could not open your plan to print it: no web browser or viewer was found. The page is here:"}
	msgSituationPrintNoViewerAfter = &i18n.Message{ID: "SituationPrintNoViewerAfter", Other: "Open it with a web browser and print it from there. It is deleted when this visit ends."}
	msgSituationPrintSaveCopy      = &i18n.Message{ID: "SituationPrintSaveCopy", Other: "Save a copy somewhere else…"}
	msgSituationPrintSaved         = &i18n.Message{ID: "SituationPrintSaved", Other: "Saved. This copy is not encrypted, and the app will not delete it."}
	msgSituationAddQuestion        = &i18n.Message{ID: "SituationAddQuestion", Other: "Add to my questions"}
	msgSituationAdded              = &i18n.Message{ID: "SituationAdded", Other: "Added to my questions"}
	msgSituationUnavailable        = &i18n.Message{ID: "SituationUnavailable", Other: "The walkthrough could not be loaded. Please reinstall Plea Guide."}
)
