#!/usr/bin/env bash
# guidance/ is the domain: nothing in it may import Fyne (UI code lives in ui/).
set -euo pipefail
bad=$(go list -tags "sqlite_fts5" -deps -f '{{.ImportPath}}' ./guidance/... | grep '^fyne.io/' || true)
if [ -n "$bad" ]; then
	echo "check-imports: guidance/ depends on Fyne:" >&2
	go list -tags "sqlite_fts5" -f '{{.ImportPath}}: {{join .Imports " "}}' ./guidance/... | grep fyne.io >&2
	exit 1
fi
echo "check-imports: guidance/ imports no Fyne"
