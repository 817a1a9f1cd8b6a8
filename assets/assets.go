// Package assets embeds the content packs (assets/content, see docs/content-format.md) and
// the app icon, so the binary carries everything it shows.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed content
var content embed.FS

//go:embed icon.png
var icon []byte

// Content returns the content packs, one folder per jurisdiction at the root.
func Content() fs.FS {
	sub, err := fs.Sub(content, "content")
	if err != nil {
		panic(err) // the folder is embedded at build time; fs.Sub fails only on a bad name
	}
	return sub
}

// Icon returns the app icon as PNG bytes.
func Icon() []byte { return icon }
