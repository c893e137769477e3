#!/usr/bin/env bash
# Writes docs/compare-editor.png: the Compare editor on the TAI example and the next version that
# CompareEditorTest makes (CP3 reworded, CP10 added, CP9 removed), CP3 selected, as the test leaves
# it on a virtual display (Xvfb). The picture is taken by the test itself (SWT GC), once its checks passed.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run is needed (apt-get install xvfb)." >&2; exit 2; }
cd "$root"
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -o -B -ntp verify -Dfuzz.skip=true -DskipITs -Dmwe2.skip=true \
    -pl tests/fr.referentiel.studio.dsl.ui.tests -am -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='CompareEditorTest#theStructurePaneNamesEachElementItsChangeAndItsRuleAndTheTableIsExported' \
    -Dreferentiel.screenshot="$root/docs/compare-editor.png" >/dev/null
echo "Wrote docs/compare-editor.png"
