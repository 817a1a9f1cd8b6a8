#!/usr/bin/env bash
# Draws the icon sizes the desktop's icon theme picks (assets/icons/pleaguide-N.png):
# 32, 48 and 256 are assets/icon.png made smaller; 16 and 24 are a simpler drawing, since
# at 16 px the full icon's thin 认 and its margin and gold bar blur into a grey smudge:
# the same blue square edge to edge with a bold 认 (Noto Sans CJK SC Bold, SIL Open Font
# Licence) filling it, drawn at that size, not scaled down. Needs ImageMagick and
# fonts-noto-cjk. The PNGs are committed; run this again only when the icon changes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
mkdir -p "$out"
font=Noto-Sans-CJK-SC-Bold
fonts=$(convert -list font)
grep -q "Font: $font$" <<<"$fonts" || { echo "icons.sh: font $font not found (apt install fonts-noto-cjk)" >&2; exit 1; }
small() { # size pointsize y-offset
	local s=$1 r=$(($1 / 5))
	convert -size "${s}x${s}" xc:none -fill '#1F4E79' \
		-draw "roundrectangle 0,0 $((s - 1)),$((s - 1)) $r,$r" \
		-font "$font" -pointsize "$2" -fill white -gravity center -annotate "+0+$3" '认' \
		-strip "PNG32:$out/pleaguide-$s.png"
}
small 16 14 -1
small 24 21 -1
for s in 32 48 256; do
	convert assets/icon.png -filter Lanczos -resize "${s}x${s}" -depth 8 -strip "PNG32:$out/pleaguide-$s.png"
done
ls -l "$out"
