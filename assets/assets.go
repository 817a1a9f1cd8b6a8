// Package assets embeds the content packs (assets/content, see docs/content-format.md) and
// the window's icon, so the binary carries everything it shows.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed content
var content embed.FS

//go:embed icons/pleaguide-256.png
var windowIcon []byte

// Content returns the content packs, one folder per jurisdiction at the root.
func Content() fs.FS {
	sub, err := fs.Sub(content, "content")
	if err != nil {
		panic(err) // the folder is embedded at build time; fs.Sub fails only on a bad name
	}
	return sub
}

// WindowIcon returns the icon drawn at 256 px (8 bits a channel) as PNG bytes, for the
// window and the language chooser. Decoding the 512 px icon.png (16 bits a channel, which
// packaging reads from the file: FyneApp.toml) and handing it to the window system cost
// about 16 ms of the start; 256 px covers the largest a desktop draws a window's icon
// (Alt+Tab at 200 %).
func WindowIcon() []byte { return windowIcon }
