// Command pleaguide is Plea Guide (认罪认罚指引): without arguments it opens the desktop app;
// with a command it works on the command line (version, content lint, search, show,
// doctor). Run `pleaguide --help` for the list.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}
