#!/usr/bin/env bash
# Writes docs/bts-blocs.png: the « blocs » layout of the BTS example (the référentiel de
# compétences table of a BTS annex) exported by the command line and rendered by headless
# Chromium (Debian package chromium), as a reader opens it.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
command -v chromium >/dev/null 2>&1 || { echo "chromium is needed (apt-get install chromium)." >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/referentiel" export "$root/examples/bts-sio.referentiel" --format html --layout blocs --out "$work" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
    --window-size=1200,2000 --screenshot="$root/docs/bts-blocs.png" "file://$work/bts-sio.blocs.html" 2>/dev/null
echo "Wrote docs/bts-blocs.png"
