#!/usr/bin/env bash
# Fails when git tracks a file over 1 MiB: build outputs and large data do not belong in the
# repository (a 40 MB binary once slipped in through `go build ./cmd/pleaguide` at the top).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=$((1024 * 1024))
big=$( (git ls-files -z | xargs -0 -r stat -c "%s %n" 2>/dev/null || true) | awk -v l="$limit" '$1 > l {print $2 " (" $1 " bytes)"}')
if [ -n "$big" ]; then
	echo "tracked files over 1 MiB (build outputs or data that belong elsewhere):"
	echo "$big"
	exit 1
fi
