// Package locales embeds the user-interface message files, one TOML file per language,
// in the format of github.com/nicksnyder/go-i18n (active.<lang>.toml). active.en.toml is
// the source: `make i18n-extract` writes it from the messages in ui/, and
// `make i18n-merge` prepares translate.<lang>.toml files for translators.
package locales

import (
	"embed"
	"io/fs"
)

//go:embed active.*.toml
var files embed.FS

// FS returns the message files.
func FS() fs.FS { return files }
