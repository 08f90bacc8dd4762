#!/usr/bin/env bash
# Redraws appPackage/color.png (192×192) and appPackage/outline.png (32×32) from the SVG sources here.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed, so neither the build
# nor the tests need the rasteriser; run this after editing an SVG and commit the PNGs with it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
rsvg-convert --width 192 --height 192 --format png --output "$here/../color.png" "$here/color.svg"
rsvg-convert --width 32 --height 32 --format png --output "$here/../outline.png" "$here/outline.svg"
echo "Wrote $here/../color.png and $here/../outline.png"
