#!/usr/bin/env bash
# Writes docs/import-wizard.png: the import wizard (File › Import… › Référentiel Studio › Référentiel
# d'un autre système) on the RNCP export of two fiches that ImportWizardTest uses, the second fiche
# chosen, as the test leaves it on a virtual display (Xvfb). The picture is taken by the test itself
# (SWT GC), once its checks on the page passed.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run is needed (apt-get install xvfb)." >&2; exit 2; }
cd "$root"
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -o -B -ntp verify -Dfuzz.skip=true -DskipITs -Dmwe2.skip=true \
    -pl tests/fr.referentiel.studio.dsl.ui.tests -am -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='ImportWizardTest#aFicheChosenInTheExportBecomesAFileOfTheProjectOpenInTheEditorAndReplacingAsksFirst' \
    -Dreferentiel.importScreenshot="$root/docs/import-wizard.png" >/dev/null
echo "Wrote docs/import-wizard.png"
