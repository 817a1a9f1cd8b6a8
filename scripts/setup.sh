#!/usr/bin/env bash
# Installs what building and testing Plea Guide needs on Debian or Ubuntu: a C compiler
# and the OpenGL/X11 headers for cgo (Fyne, SQLite), make and git, a font with Chinese
# characters for the screen and TrueType fonts the PDF export embeds subsets of (DejaVu
# Sans, Droid Sans Fallback), espeak-ng with its voices for reading aloud (Listen; the
# tests speak to a WAV file with it), and for tests Xvfb, screenshot tools, poppler (pdftotext)
# and mingw-w64, which `make windows` cross-compiles the Windows .exe with. Only missing packages are installed;
# sudo is used when not running as root. This is the one package list: `make run`,
# `make test` and CI (.ci/run) all install through it.
#   scripts/setup.sh [--test]
set -euo pipefail

packages=(gcc libc6-dev make git libgl1-mesa-dev xorg-dev fonts-noto-cjk fonts-dejavu-core fonts-droid-fallback espeak-ng espeak-ng-data)
if [ "${1:-}" = "--test" ]; then
	packages+=(xvfb x11-utils xdotool imagemagick poppler-utils gcc-mingw-w64-x86-64)
fi

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
	if ! command -v apt-get >/dev/null; then
		echo "setup: please install: ${missing[*]} (this script knows apt-get only)" >&2
		exit 1
	fi
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	echo "setup: installing ${missing[*]}"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v go >/dev/null && [ ! -x /usr/local/go/bin/go ]; then
	echo "setup: Go 1.26 or newer is needed: https://go.dev/doc/install (it goes to /usr/local/go)" >&2
	exit 1
fi
