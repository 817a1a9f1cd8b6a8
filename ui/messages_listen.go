package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Strings of the read-aloud control (listen.go).
var (
	msgListen       = &i18n.Message{ID: "Listen", Description: "Button: read the text on this screen aloud", Other: "Listen"}
	msgListenPause  = &i18n.Message{ID: "ListenPause", Description: "Button while reading aloud", Other: "Pause"}
	msgListenResume = &i18n.Message{ID: "ListenResume", Description: "Button while reading aloud is paused", Other: "Go on"}
	msgListenStop   = &i18n.Message{ID: "ListenStop", Description: "Button: stop reading aloud", Other: "Stop"}
	msgListenFailed = &i18n.Message{ID: "ListenFailed", Other: "Reading aloud stopped: the computer's speech program did not work."}
)
