#!/usr/bin/env bash
# Writes docs/product.png: the product built by `./mvnw verify` started on a virtual display
# (Xvfb) with the example project created and the TAI example open. It goes through the
# product's smoke test, so the picture only changes when the window passed its checks.
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
cp "$work/run/product.png" "$root/docs/product.png"
echo "Wrote docs/product.png"
