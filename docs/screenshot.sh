#!/usr/bin/env bash
# Writes docs/product.png (or docs/NAME.png: `docs/screenshot.sh preview` for docs/preview.png): the
# product built by `./mvnw verify` started on a virtual display (Xvfb) with the example project created
# and the TAI example open, its « Aperçu » beside the editor (the embedded browser needs WebKitGTK,
# apt-get install libwebkit2gtk-4.1-0, otherwise the view shows its explanation instead of the page).
# It goes through the product's smoke test, so the picture only changes when the window passed its checks.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
product="$root/releng/fr.referentiel.studio.product/target/products/fr.referentiel.studio/linux/gtk/x86_64/referentiel-studio"
if [ ! -x "$product/referentiel-studio" ]; then
    echo "No built product in $product: run ./mvnw verify first (under xvfb-run -a without a display)." >&2
    exit 2
fi
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run is needed (apt-get install xvfb)." >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Always a fresh virtual display, whatever screen this runs from.
DISPLAY= bash "$root/releng/fr.referentiel.studio.product/smoke-test.sh" "$product" "$work/run"
picture="docs/${1:-product}.png"
cp "$work/run/product.png" "$root/$picture"
echo "Wrote $picture"
