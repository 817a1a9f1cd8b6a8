#!/usr/bin/env bash
# Performance figures for the README: Go benchmarks for search (p50/p95 against a naive
# LIKE scan) and content import, then cold start to the first visible window and peak
# memory (VmHWM one second after the window shows) of Plea Guide against a bare Fyne
# window (cmd/barewindow), both under the same Xvfb in the same run, interleaved.
#   scripts/bench.sh [RUNS]     (default 15 starts of each; XVFB_DISPLAY=:N picks the display)
# Targets (issue 8): start ≤ 1.2× and peak RSS ≤ 1.15× the bare window's medians.
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
go build -tags "$tags" -o "$tmp/barewindow" ./cmd/barewindow
display=${XVFB_DISPLAY:-":$((70 + RANDOM % 9))"}
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$display HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config PLEAGUIDE_DATA_DIR=$tmp/data LANG=C.UTF-8
mkdir -p "$XDG_CONFIG_HOME/fyne/org.pleaguide.app"
echo '{"ui.language":"en"}' >"$XDG_CONFIG_HOME/fyne/org.pleaguide.app/preferences.json"

# start BINARY TITLE: prints "MS KIB": milliseconds from exec to a visible window with
# TITLE, and the peak resident memory one second later
start() {
	local t0 t1 pid hwm
	t0=$(date +%s%N)
	"$1" >"$tmp/last.log" 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --name "$2" >/dev/null 2>&1; do
		sleep 0.005
		if [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 20000 ]; then echo "no window from $1" >&2; cat "$tmp/last.log" >&2; exit 1; fi
	done
	t1=$(date +%s%N)
	sleep 1
	hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
	kill "$pid"
	# Fyne 2.7.1 sometimes does not return after quitting (README, "Sometimes the app did
	# not quit"): Plea Guide then ends itself after 5 s and says so; anything still
	# running after 8 s is killed. Both are counted, so one hang does not stall the run.
	for _ in $(seq 160); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
	if kill -0 "$pid" 2>/dev/null; then
		kill -9 "$pid" 2>/dev/null || true
		echo "$(basename "$1"): killed 8 s after SIGTERM" >>"$tmp/hangs.txt"
	fi
	wait "$pid" 2>/dev/null || true
	if grep -q "did not return after quitting" "$tmp/last.log"; then
		echo "$(basename "$1"): ended itself 5 s after SIGTERM" >>"$tmp/hangs.txt"
	fi
	echo "$(( (t1 - t0) / 1000000 )) $hwm"
}

read -r first first_kib < <(start "$tmp/pleaguide" "Plea Guide")
echo "first start (creates the databases, builds content.db): ${first} ms, peak $((first_kib / 1024)) MiB"
: >"$tmp/app.txt"; : >"$tmp/bare.txt"
for _ in $(seq "$runs"); do
	start "$tmp/barewindow" "Bare Fyne window" >>"$tmp/bare.txt"
	start "$tmp/pleaguide" "Plea Guide" >>"$tmp/app.txt"
done
# median FILE COLUMN
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
list() { cut -d' ' -f"$2" "$1" | sort -n | awk -v d="$3" '{printf "%d ", $1 / d}'; }
bare=$(median "$tmp/bare.txt" 1); app=$(median "$tmp/app.txt" 1)
bare_kib=$(median "$tmp/bare.txt" 2); app_kib=$(median "$tmp/app.txt" 2)
echo "bare Fyne window: start median ${bare} ms ($(list "$tmp/bare.txt" 1 1)), peak RSS median $((${bare_kib%.*} / 1024)) MiB ($(list "$tmp/bare.txt" 2 1024))"
echo "Plea Guide:       start median ${app} ms ($(list "$tmp/app.txt" 1 1)), peak RSS median $((${app_kib%.*} / 1024)) MiB ($(list "$tmp/app.txt" 2 1024))"
[ ! -s "$tmp/hangs.txt" ] || echo "did not quit at once on SIGTERM: $(sort "$tmp/hangs.txt" | uniq -c | xargs)"
awk -v a="$app" -v b="$bare" -v am="$app_kib" -v bm="$bare_kib" 'BEGIN {
	printf "start: %.2f× the bare window (target ≤ 1.20×): %s\n", a / b, (a / b <= 1.20) ? "met" : "NOT met"
	printf "peak RSS: %.2f× the bare window (target ≤ 1.15×): %s\n", am / bm, (am / bm <= 1.15) ? "met" : "NOT met"
}'
