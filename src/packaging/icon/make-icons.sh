#!/bin/sh
# Renders the app icon's PNGs from knee-coach.svg beside this script into the app's resources, where the window
# (ui.shell.AppIcon) and jpackage take them; the build itself needs no converter. Run it after editing the SVG
# and commit the PNGs: sh src/packaging/icon/make-icons.sh   (needs rsvg-convert: apt-get install librsvg2-bin)
# An argument writes them to that folder instead (AppIconFilesTest renders them afresh to compare, where it can).
# AppIconFilesTest also checks that SIZES here are exactly the committed PNGs and AppIcon's sizes.
set -eu
SIZES="16 24 32 48 64 128 256 512"

here=$(cd "$(dirname "$0")" && pwd)
out="${1:-$here/../../main/resources/app/kneecoach/icon}"
mkdir -p "$out"
for size in $SIZES; do
    rsvg-convert --width "$size" --height "$size" --format png --output "$out/knee-coach-$size.png" \
        "$here/knee-coach.svg"
done
echo "Wrote $(echo $SIZES | wc -w) PNGs to $(cd "$out" && pwd)"
