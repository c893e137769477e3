#!/usr/bin/env bash
# Checks an Eclipse installation into which the p2 director installed the Référentiel Studio
# feature from the update site: p2 recorded it as installed, the installation's configuration
# starts its bundles, and the editor bundle there binds .referentiel files to the Generic Editor.
# Usage: check-installation.sh <installation folder>
set -euo pipefail
install="$1"

fail() {
    echo "Installation test FAILED: $1" >&2
    exit 1
}

profiles="$install/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"
[ -d "$profiles" ] || fail "no p2 profile in $install"
# The profile's latest state (one file per operation, named by its time stamp).
latest="$(ls "$profiles"/*.profile.gz | sort | tail -n 1)"
profile="$(gzip -dc "$latest")"
grep -q "<unit id='fr.referentiel.studio.feature.feature.group'" <<<"$profile" \
    || fail "the feature is not in the p2 profile ($latest)"
grep -A3 "<iuProperties id='fr.referentiel.studio.feature.feature.group'" <<<"$profile" \
    | grep -q "name='org.eclipse.equinox.p2.type.root' value='true'" \
    || fail "the feature is not installed as a root of the profile (the user could not uninstall it)"

bundles_info="$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in fr.referentiel.studio.model fr.referentiel.studio.dsl fr.referentiel.studio.dsl.ide \
        fr.referentiel.studio.dsl.ui fr.referentiel.studio.export fr.referentiel.studio.export.html \
        fr.referentiel.studio.export.csv fr.referentiel.studio.export.markdown fr.referentiel.studio.compare \
        fr.referentiel.studio.interchange \
        fr.referentiel.studio.export.docx fr.referentiel.studio.export.pdf fr.referentiel.studio.export.case \
        fr.referentiel.studio.export.moodle wrapped.org.apache.poi.poi-ooxml org.apache.pdfbox \
        org.eclipse.xtext org.eclipse.emf.ecore org.eclipse.lsp4j; do
    grep -q "^$bundle,.*,true$\|^$bundle,.*,false$" "$bundles_info" \
        || fail "$bundle is not in the installation's bundles.info"
    grep "^$bundle," "$bundles_info" | head -n 1 | cut -d, -f3 | sed 's|^|    |'
done

editor_jar="$(ls "$install"/plugins/fr.referentiel.studio.dsl.ui_*.jar 2>/dev/null | head -n 1)"
[ -n "$editor_jar" ] || fail "no editor bundle in $install/plugins"
plugin_xml="$(cd "$(mktemp -d)" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$editor_jar" plugin.xml && cat plugin.xml)"
tr -s ' \n' ' ' <<<"$plugin_xml" \
    | grep -q '<editorContentTypeBinding contentTypeId="fr.referentiel.studio.dsl.ui.referentiel" editorId="org.eclipse.ui.genericeditor.GenericEditor"/>' \
    || fail "the installed editor bundle does not bind .referentiel files to the Generic Editor"
grep -q 'file-extensions="referentiel"' <<<"$plugin_xml" \
    || fail "the installed editor bundle does not declare the .referentiel content type"
echo "Installation test passed: the feature installed from the update site, its bundles configured, the editor registered for .referentiel files."
