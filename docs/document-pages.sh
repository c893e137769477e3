#!/usr/bin/env bash
# Renders a page of the Word and PDF documents of the TAI example to PNG for docs/exports.md:
# docx-page.png (the Word document as LibreOffice lays it out), pdf-page.png, pdf-rncp-page.png.
# Needs LibreOffice (soffice) and poppler (pdftoppm): apt-get install libreoffice-writer-nogui poppler-utils
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/referentiel" export "$root/examples/tai-2023.referentiel" --format docx,pdf --out "$work" >/dev/null 2>&1
"$root/referentiel" export "$root/examples/tai-2023.referentiel" --format pdf --layout rncp --out "$work" >/dev/null 2>&1
soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work/lo" \
    "$work/tai-2023.docx" >/dev/null 2>&1
# Page 9: a competence sheet (title, activity, sub-competences, criteria, knowledge); page 2 of the RNCP table.
pdftoppm -png -r 70 -f 9 -l 9 -singlefile "$work/lo/tai-2023.pdf" "$root/docs/docx-page"
pdftoppm -png -r 70 -f 9 -l 9 -singlefile "$work/tai-2023.pdf" "$root/docs/pdf-page"
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$work/tai-2023.rncp.pdf" "$root/docs/pdf-rncp-page"
echo "docs/docx-page.png, docs/pdf-page.png, docs/pdf-rncp-page.png"
