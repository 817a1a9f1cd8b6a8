#!/usr/bin/env bash
# Runs govulncheck against the Go vulnerability database. The database is read from a pinned
# snapshot of the golang.org/x/vulndb module (fetched through the Go module proxy like any
# module, then indexed once into the user's cache folder), so the check works where only the
# module proxy is reachable and gives the same answer on every machine until the pin moves.
#   scripts/vulncheck.sh     (VULNDB=golang.org/x/vulndb@<version> to use another snapshot)
# A vulnerability our code reaches in a module of go.mod fails the check: upgrade that
# module. One in Go's standard library is reported as a warning only, since the fix is a
# newer Go on the machine, not a change to this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
govulncheck=golang.org/x/vuln/cmd/govulncheck@v1.9.0
vulndb=${VULNDB:-golang.org/x/vulndb@v0.0.0-20261105234957-e22db6528018}
tags="sqlite_fts5,migrated_fynedo"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/pleaguide"
db="$cache/vulndb-${vulndb##*@}"
GOBIN="$cache/bin" go install "$govulncheck"
if [ ! -s "$db/index/modules.json" ]; then
	echo "vulncheck: indexing $vulndb (once per snapshot, about a minute)"
	src=$(go mod download -json "$vulndb" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	rm -rf "$db.tmp" && mkdir -p "$(dirname "$db")"
	go run "golang.org/x/vulndb/cmd/indexdb@${vulndb##*@}" -vulns "$src/data/osv" -out "$db.tmp"
	rm -rf "$db" && mv "$db.tmp" "$db"
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
"$cache/bin/govulncheck" -db "file://$db" -tags "$tags" ./... >"$out" 2>&1 || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then # 3: vulnerabilities found
	cat "$out" >&2
	exit "$status"
fi
if grep -q '^  Module: ' "$out"; then
	echo "vulncheck: our code reaches a vulnerability in a module we require; upgrade it:" >&2
	cat "$out" >&2
	exit 1
fi
if [ "$status" -eq 3 ]; then
	echo "vulncheck: warning: the Go standard library of $(go env GOVERSION) has known vulnerabilities our code reaches; build releases with the newest Go patch release:"
	grep -E '^Vulnerability #|^    Found in: |^    Fixed in: ' "$out" | paste - - - | tr -s " \t" " " | sed "s/^/ /"
fi
echo "vulncheck: no known vulnerability in the modules we require reaches our code"
