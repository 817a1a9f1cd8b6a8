#!/usr/bin/env bash
# Starts the real binary under Xvfb with a fresh home folder, waits for its window (fails
# after 20 s), saves a screenshot, checks it is not blank and that the app printed nothing,
# then closes the app with SIGTERM and checks it shut down cleanly, leaving both databases
# private (0600).
#   scripts/smoke.sh BINARY OUTPUT.png
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m "$2")
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

display=${XVFB_DISPLAY:-":$((90 + RANDOM % 9))"} # XVFB_DISPLAY=:N picks one
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

export DISPLAY=$display HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config PLEAGUIDE_DATA_DIR=$tmp/data LANG=C.UTF-8
mkdir -p "$HOME"
"$bin" >"$tmp/out.log" 2>"$tmp/err.log" &
app=$!
if ! timeout 20 xdotool search --sync --onlyvisible --name "Plea Guide" >/dev/null 2>&1; then
	echo "smoke: no window within 20 s" >&2
	cat "$tmp/err.log" >&2
	exit 1
fi
sleep 1.5 # let the first frame draw
import -window root "$out"
spread=$(convert "$out" -format '%[fx:standard_deviation]' info:)
if awk -v s="$spread" 'BEGIN { exit !(s < 0.02) }'; then
	echo "smoke: the screenshot is blank (standard deviation $spread)" >&2
	exit 1
fi
# Known Fyne messages that are allowed; anything else on stderr fails.
# - Under LANG=C.UTF-8 (containers, minimal systems) Fyne's lang package cannot parse the
#   locale "C" and logs "Error parsing user locale C" once or twice before main runs
#   (fyne-io/fyne#5271). The app picks its language itself and treats C as English.
locale_msg=(-e 'Fyne error:  Error parsing user locale' -e 'Cause: language: tag is not well-formed' -e 'At: .*fyne/v2@.*/lang/locale.go')
# - At exit Fyne saves its preferences while its own file watcher may read them half
#   written, and logs "Preferences load error: EOF" (fyne-io/fyne#2936).
prefs_msg=(-e 'Fyne error:  Preferences load error:' -e 'Cause: EOF' -e 'At: .*fyne/v2@.*/app/preferences.go')
# unexpected FILE PATTERNS...: prints the lines of FILE that match none of the patterns
unexpected() { local f=$1; shift; grep -v "$@" "$f" || true; }

# nothing else may be printed while starting (locale, fonts, content, database)
if [ -n "$(unexpected "$tmp/err.log" "${locale_msg[@]}")" ]; then
	echo "smoke: the app wrote to stderr while starting:" >&2
	cat "$tmp/err.log" >&2
	exit 1
fi
kill -TERM "$app"
for _ in $(seq 50); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app" 2>/dev/null; then
	echo "smoke: the app did not exit on SIGTERM" >&2
	exit 1
fi
wait "$app" || { echo "smoke: the app exited with status $?" >&2; exit 1; }
if [ -n "$(unexpected "$tmp/err.log" "${locale_msg[@]}" "${prefs_msg[@]}")" ]; then
	echo "smoke: the app wrote to stderr while closing:" >&2
	cat "$tmp/err.log" >&2
	exit 1
fi
if [ -s "$tmp/data/pleaguide.db-wal" ]; then
	echo "smoke: the database was not closed cleanly (WAL not checkpointed)" >&2
	exit 1
fi
[ -s "$tmp/data/pleaguide.db" ] || { echo "smoke: no personal database was created" >&2; exit 1; }
[ -s "$tmp/data/content.db" ] || { echo "smoke: no content database was built" >&2; exit 1; }
for f in "$tmp/data"/*.db; do
	[ "$(stat -c %a "$f")" = 600 ] || { echo "smoke: $(basename "$f") can be read by others (mode $(stat -c %a "$f"))" >&2; exit 1; }
done
echo "smoke: ok, window shown, screenshot $out"
