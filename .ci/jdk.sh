# Chooses a JDK >= 21 for the build; sourced by .ci/run and ./referentiel (which builds the tool on
# first use), and run by ./mvnw (through bash: the wrapper is a POSIX sh script). The shipped start
# scripts (the product's referentiel-studio, the command line's bin/referentiel) keep their own
# copy of this search: they run without the source tree.
# Order: $JAVA_HOME if recent enough, the `java` on the PATH, then the JDKs under /usr/lib/jvm
# (newest first). Exports JAVA_HOME, or explains what to install and returns 1.

referentiel_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

referentiel_select_jdk() {
    local candidate major
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v java >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/ /usr/local/lib/jvm/*/ /opt/java/*/ 2>/dev/null | sort -rV); do
        candidates+=("${candidate%/}")
    done
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(referentiel_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "Référentiel Studio needs a JDK 21 or newer (found none in JAVA_HOME, on the PATH or in /usr/lib/jvm)." >&2
    echo "Install one (for example Eclipse Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
}
