#!/usr/bin/env bash
# Adds the icon theme's sizes (assets/icons, drawn by scripts/icons.sh) to the Linux
# tarball `fyne package` made, and to the Makefile in it that installs the app. fyne ships
# one 512 px picture in share/pixmaps; a desktop scales it down for a 16 px menu or panel,
# where the simpler 16 and 24 px drawings read and the scaled one does not. The .desktop
# file's Icon= name is the app ID, which share/icons/hicolor/NxN/apps/<ID>.png answers.
set -euo pipefail
tarball=${1:?usage: package-icons.sh DIST.tar.xz}
sizes="16 24 32 48 256"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$tarball" -C "$tmp"
pix=$(cd "$tmp" && find . -path '*/share/pixmaps/*.png' | head -n1)
[[ -n $pix ]] || { echo "package-icons.sh: no share/pixmaps icon in $tarball" >&2; exit 1; }
root=${pix#./}
root=${root%%/*}                   # the tarball's top folder
share=$(dirname "$(dirname "$pix")") # ./root/usr/local/share
share=${share#./"$root"/}            # usr/local/share
icon=$(basename "$pix")
for s in $sizes; do
	install -Dm0644 "assets/icons/pleaguide-$s.png" "$tmp/$root/$share/icons/hicolor/${s}x${s}/apps/$icon"
done
mk=$tmp/$root/Makefile
[[ -f $mk ]] || { echo "package-icons.sh: no Makefile in $tarball" >&2; exit 1; }
theme="$share/icons/hicolor/\$\${s}x\$\${s}/apps/\$(Icon)"
awk -v sizes="$sizes" -v theme="$theme" '
	{ print }
	/^\tinstall .*share\/pixmaps\/\$\(Icon\) \$\(DESTDIR\)\$\(PREFIX\)/ {
		printf "\tfor s in %s; do install -Dm00644 %s $(DESTDIR)$(PREFIX)/share/icons/hicolor/$${s}x$${s}/apps/$(Icon); done\n", sizes, theme }
	/^\tinstall .*share\/pixmaps\/\$\(Icon\) \$\(DESTDIR\)\$\(HOME\)/ {
		printf "\tfor s in %s; do install -Dm00644 %s $(DESTDIR)$(HOME)/.local/share/icons/hicolor/$${s}x$${s}/apps/$(Icon); done\n", sizes, theme }
	/^\t-rm \$\(DESTDIR\)\$\(PREFIX\)\/share\/pixmaps\/\$\(Icon\)/ {
		printf "\t-for s in %s; do rm -f $(DESTDIR)$(PREFIX)/share/icons/hicolor/$${s}x$${s}/apps/$(Icon); done\n", sizes }
	/^\t-rm \$\(DESTDIR\)\$\(HOME\)\/.local\/share\/icons\/\$\(Icon\)/ {
		printf "\t-for s in %s; do rm -f $(DESTDIR)$(HOME)/.local/share/icons/hicolor/$${s}x$${s}/apps/$(Icon); done\n", sizes }
' "$mk" >"$mk.new"
n=$(grep -c 'icons/hicolor' "$mk.new" || true)
[[ $n -eq 4 ]] || { echo "package-icons.sh: expected 4 icon lines in the Makefile, made $n (fyne's template changed?)" >&2; exit 1; }
mv "$mk.new" "$mk"
tar -cJf "$tarball" -C "$tmp" "$root"
echo "package-icons.sh: added $sizes px icons to $tarball"
