#!/usr/bin/env bash
# Writes docs/preview.png: the built product's window (as docs/screenshot.sh takes it, through the
# product's smoke test) with the TAI example open and its « Aperçu » beside the editor. The
# embedded browser needs WebKitGTK (apt-get install libwebkit2gtk-4.1-0), otherwise the picture
# shows the view's explanation instead of the page.
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
DISPLAY= bash "$root/releng/fr.referentiel.studio.product/smoke-test.sh" "$product" "$work/run"
cp "$work/run/product.png" "$root/docs/preview.png"
echo "Wrote docs/preview.png"
