#!/usr/bin/env bash
# Performance figures for the README: Go benchmarks for search (p50/p95 against a naive
# LIKE scan) and content import, then cold start to the first visible window of Plea Guide
# against a bare Fyne window, both under the same Xvfb in the same run.
#   scripts/bench.sh [RUNS]     (default 15 starts of each, interleaved)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
tags="sqlite_fts5 migrated_fynedo"

echo "== machine"
echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
go version

echo "== go benchmarks (guidance/sqlite)"
[ -n "${SKIP_GO_BENCH:-}" ] || go test -tags "$tags" -run '^$' -bench . -benchtime 3s -count 1 ./guidance/sqlite/ | grep -E '^Benchmark'

echo "== cold start under Xvfb ($runs runs each, interleaved)"
tmp=$(mktemp -d)
trap 'kill "${xvfb:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -tags "$tags" -o "$tmp/pleaguide" ./cmd/pleaguide
go build -tags "$tags" -o "$tmp/barewindow" ./internal/barewindow
display=":$((70 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$display HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config PLEAGUIDE_DATA_DIR=$tmp/data LANG=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME/fyne/org.pleaguide.app"
echo '{"ui.language":"en"}' >"$XDG_CONFIG_HOME/fyne/org.pleaguide.app/preferences.json"

# start BINARY TITLE: milliseconds from exec to a visible window with TITLE
start() {
	local t0 t1 pid
	t0=$(date +%s%N)
	"$1" >"$tmp/last.log" 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --name "$2" >/dev/null 2>&1; do
		sleep 0.005
		if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 20000 ]; then echo "no window from $1" >&2; cat "$tmp/last.log" >&2; exit 1; fi
	done
	t1=$(date +%s%N)
	kill "$pid"; wait "$pid" 2>/dev/null || true
	echo $(( (t1 - t0) / 1000000 ))
}

first=$(start "$tmp/pleaguide" "Plea Guide")
echo "first start (creates the database, imports content): ${first} ms"
: >"$tmp/app.txt"; : >"$tmp/bare.txt"
for _ in $(seq "$runs"); do
	start "$tmp/barewindow" "Bare Fyne window" >>"$tmp/bare.txt"
	start "$tmp/pleaguide" "Plea Guide" >>"$tmp/app.txt"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
bare=$(median "$tmp/bare.txt")
app=$(median "$tmp/app.txt")
echo "bare Fyne window: median ${bare} ms ($(sort -n "$tmp/bare.txt" | tr '\n' ' '))"
echo "Plea Guide:       median ${app} ms ($(sort -n "$tmp/app.txt" | tr '\n' ' '))"
awk -v a="$app" -v b="$bare" 'BEGIN { printf "ratio: %.2f× the bare window (target ≤ 1.10×)\n", a / b }'
