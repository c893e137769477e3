#!/usr/bin/env bash
# Smoke test of the materialised product: starts it through its referentiel-studio script on a
# virtual display, with a fresh work folder, the example project created and the TAI example
# opened, lets the branding bundle describe the window, and checks that description.
# Usage: smoke-test.sh <product folder or .tar.gz archive> <work folder> [more options for the product]
set -euo pipefail
product="$1"
work="$2"
shift 2
rm -rf "$work"
mkdir -p "$work"
if [[ "$product" == *.tar.gz ]]; then
    # What a user downloads: the archive, unpacked as they would.
    tar xzf "$product" -C "$work"
    product="$work/referentiel-studio"
fi
capture="$work/product.png"

# Starts the product on the work folder with the given Java options; it closes itself after the
# capture, the time limit only ends a start that hangs (for instance on an unexpected dialog).
start() {
    local run=(timeout 300 "$product/referentiel-studio" -data "$work/workspace" -configuration "$work/configuration")
    # The build's display when it has one (CI runs it under xvfb-run), else a virtual one.
    if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
        REFERENTIEL_STUDIO_JAVA_OPTS="$1" xvfb-run -a "${run[@]}" "${@:2}" >>"$work/output.log" 2>&1
    else
        REFERENTIEL_STUDIO_JAVA_OPTS="$1" "${run[@]}" "${@:2}" >>"$work/output.log" 2>&1
    fi
}
start "-Dreferentiel.studio.examples=create -Dreferentiel.studio.capture=$capture" "$@" || status=$?

fail() {
    echo "Product smoke test FAILED: $1" >&2
    echo "--- product output ($work/output.log):" >&2
    tail -n 40 "$work/output.log" >&2
    [ -f "$work/workspace/.metadata/.log" ] && { echo "--- workspace log:" >&2; tail -n 60 "$work/workspace/.metadata/.log" >&2; }
    exit 1
}

[ "${status:-0}" -eq 0 ] || fail "the product exited with status ${status}"
report="$capture.txt"
[ -f "$report" ] || fail "no window description written ($report)"
[ -s "$capture" ] || fail "no screenshot written ($capture)"
cat "$report"

expect() {
    grep -qxE -- "$1" "$report" || fail "expected a line matching '$1' in $report"
}
expect 'product=Référentiel Studio [0-9]+\.[0-9]+\.[0-9]+\..*'
expect 'window=.*Référentiel Studio.*'
expect 'perspective=fr\.referentiel\.studio\.branding\.perspective'
expect 'editor=org\.eclipse\.ui\.genericeditor\.GenericEditor'
# An editor that failed to start is replaced by an error part of another class.
expect 'editorClass=org\.eclipse\.ui\.internal\.genericeditor\.ExtensionBasedTextEditor'
expect 'editorInput=tai-2023\.referentiel'
expect 'outlineEntries=[1-9][0-9]*'
expect 'views=.*org\.eclipse\.ui\.navigator\.ProjectExplorer.*'
expect 'views=.*org\.eclipse\.ui\.views\.ContentOutline.*'
expect 'views=.*org\.eclipse\.ui\.views\.ProblemView.*'
expect 'views=.*fr\.referentiel\.studio\.dsl\.ui\.preview.*'
# In French whatever the machine's locale (-nl fr in the script, the platform's French fragments):
# the application has the fragments; the install test's Eclipse, given the feature alone, has not.
if compgen -G "$product/plugins/fr.referentiel.studio.nl.fr.*" >/dev/null; then
    expect 'menus=Fichier,Édition,Naviguer,Rechercher,Projet,Fenêtre,Aide'
    expect 'viewTitles=.*Explorateur de projets.*'
    expect 'viewTitles=.*Structure.*'
    expect 'viewTitles=.*Problèmes.*'
fi
for example in tai-2023.referentiel asr-rncp.referentiel bts-sio.referentiel; do
    [ -f "$work/workspace/Exemples/$example" ] || fail "example project lacks $example"
done
# The About dialog shows the version the build wrote into the branding bundle's about.mappings.
branding="$(ls "$product"/plugins/fr.referentiel.studio.branding_*.jar)"
(cd "$work" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$branding" about.mappings)
grep -qE '^0=[0-9]+\.[0-9]+\.[0-9]+$' "$work/about.mappings" || fail "no version in the About text's mappings"

# A second start in the same folder asks nothing (the first-start question would block it) and
# comes back with the example still open.
start "-Dreferentiel.studio.capture=$work/second.png" "$@" || fail "the second start exited with status $?"
grep -qx 'editorInput=tai-2023\.referentiel' "$work/second.png.txt" 2>/dev/null \
    || fail "the second start did not come back with the example open"

if [ -f "$work/workspace/.metadata/.log" ] && grep -q '^!ENTRY .* 4 ' "$work/workspace/.metadata/.log"; then
    fail "errors in the workspace log"
fi
echo "Product smoke test passed: workbench up, TAI example open in the referential editor with its outline."
