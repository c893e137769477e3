#!/usr/bin/env bash
# Benchmarks of Référentiel Studio on this machine; prints the figures and writes bench/RESULTS.md.
#   bench/run.sh            # everything (about 18 minutes on 2 cores)
#   bench/run.sh --quick    # shorter JMH runs, for a quick look
# Installs pandoc, hyperfine and GNU time with apt-get when they are missing (as root).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cd "$root"
quick=false
[ "${1:-}" = "--quick" ] && quick=true

. .ci/jdk.sh
referentiel_select_jdk
for tool in pandoc hyperfine /usr/bin/time bc; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        apt-get update -qq >/dev/null && apt-get install -y -qq pandoc hyperfine time bc >/dev/null
        break
    fi
done

echo "== build"
./mvnw -B -q -DskipTests -pl releng/fr.referentiel.studio.target,bench -am package
cli="$root/bundles/fr.referentiel.studio.cli/target/referentiel/bin/referentiel"
classpath="$root/bench/target/classes:$root/bench/target/lib/*"
work="$(mktemp -d)"
# Every row runs the command line in a process of its own, but the rows of the resident process
# (bin/referentiel's, ResidentProcess.java), which has a folder of its own here and is ended at the exit.
export REFERENTIEL_RESIDENT=non XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
end_resident() {
    local state pid
    for state in "$XDG_RUNTIME_DIR"/referentiel/resident/*.state; do
        [ -f "$state" ] && read -r _ _ _ pid < "$state" && kill "$pid" 2>/dev/null || true
    done
}
trap 'end_resident; rm -rf "$work"' EXIT

echo "== synthetic referentials"
"$JAVA_HOME/bin/java" -cp "$classpath" fr.referentiel.studio.bench.SyntheticReferential "$work/in" 1 10 100
sizes=$(for s in 1 10 100; do printf '×%s: %s lines; ' "$s" "$(wc -l < "$work/in/synthetique-x$s.referentiel")"; done)

echo "== JMH (in-process: check = parse + link + validate; export = render one format; the PDF lays out pages, seconds at ×100)"
jmh_args=(-rf json -rff "$work/jmh.json" -foe true)
$quick && jmh_args+=(-wi 1 -i 2 -w 1 -r 1)
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main "${jmh_args[@]}" ReferentielBenchmarks | tail -n 20

echo "== whole process: cold export of the TAI example (validate + 3 formats) vs pandoc on its follow-up page"
"$cli" export examples/tai-2023.referentiel --format markdown --out "$work/md" >/dev/null 2>&1
runs=10; $quick && runs=3
# A copy of the distribution with new file times, as a .zip unpacked gives: the build's class cache cannot
# serve it, its first run records the user's own in the background (bin/referentiel); timed after that.
cp -r "$(dirname "$(dirname "$cli")")" "$work/unzipped"
export XDG_CACHE_HOME="$work/cache"
"$work/unzipped/bin/referentiel" export examples/tai-2023.referentiel --format markdown --out "$work/first-run" >/dev/null 2>&1
for _ in $(seq 1 240); do
    if ls "$work/cache/referentiel/"*.aot "$work/cache/referentiel/"*.jsa >/dev/null 2>&1 \
        && [ ! -d "$work/cache/referentiel/recording.lock" ]; then
        break
    fi
    sleep 0.5
done
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/cold.json" \
    "$cli export examples/tai-2023.referentiel --format html,csv,markdown --out $work/out" \
    "pandoc --standalone --metadata title=Suivi $work/md/tai-2023.md -o $work/pandoc.html" \
    "$work/unzipped/bin/referentiel export examples/tai-2023.referentiel --format html,csv,markdown --out $work/out-unzipped"

echo "== whole process: the same export served by the resident process (the calls after the first from a folder) vs pandoc"
REFERENTIEL_RESIDENT=oui "$cli" export examples/tai-2023.referentiel --format markdown --out "$work/md" >/dev/null 2>&1
for _ in $(seq 1 240); do
    ls "$XDG_RUNTIME_DIR"/referentiel/resident/*.state >/dev/null 2>&1 && break
    sleep 0.25
done
sleep 4 # its warm-up goes on for three seconds once it serves
REFERENTIEL_RESIDENT=oui hyperfine -N --warmup 3 --runs "$((runs * 3))" --export-json "$work/resident.json" \
    "$cli export examples/tai-2023.referentiel --format html,csv,markdown --out $work/out-resident" \
    "pandoc --standalone --metadata title=Suivi $work/md/tai-2023.md -o $work/pandoc.html" \
    "$cli validate examples/tai-2023.referentiel"
# Served or not, the same bytes.
for file in "$work/out"/*; do
    cmp "$file" "$work/out-resident/$(basename "$file")" || { echo "the resident process wrote other bytes: $file" >&2; exit 1; }
done

echo "== whole process: the quick answers and validate (TAI)"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/quick.json" \
    "$cli --version" "$cli --help" "$cli formats" "$cli validate examples/tai-2023.referentiel"

echo "== whole process: ×1, ×10, ×100 (validate + 3 formats), peak memory"
scale_rows=""
for s in 1 10 100; do
    /usr/bin/time -f '%e %M' -o "$work/time-$s" env REFERENTIEL_JAVA_OPTS=-Xmx1g \
        "$cli" export "$work/in/synthetique-x$s.referentiel" --format html,csv,markdown --out "$work/out-$s" >/dev/null 2>&1
    read -r seconds kilobytes < "$work/time-$s"
    scale_rows+="| ×$s | $seconds s | $((kilobytes / 1024)) MB |"$'\n'
done

echo "== whole process: Word and PDF documents at ×1, ×10, ×100 (validate + one format), peak memory"
document_rows=""
for s in 1 10 100; do
    row="| ×$s |"
    for format in docx pdf; do
        /usr/bin/time -f '%e %M' -o "$work/time-$format-$s" env REFERENTIEL_JAVA_OPTS=-Xmx1g \
            "$cli" export "$work/in/synthetique-x$s.referentiel" --format "$format" --out "$work/doc-$format-$s" >/dev/null 2>&1
        read -r seconds kilobytes < "$work/time-$format-$s"
        row+=" $seconds s, $((kilobytes / 1024)) MB |"
    done
    document_rows+="$row"$'\n'
done

echo "== 200 TAI-sized files: one CLI call vs 200 pandoc runs"
mkdir -p "$work/many"
for i in $(seq -w 1 200); do
    sed "s/^référentiel TAI_2023 /référentiel TAI_$i /" examples/tai-2023.referentiel > "$work/many/tai-$i.referentiel"
done
start=$(date +%s.%N)
"$cli" export "$work/many" --format html,csv,markdown --out "$work/many-out" >/dev/null 2>&1
many_cli=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
REFERENTIEL_RESIDENT=oui "$cli" export "$work/many" --format html,csv,markdown --out "$work/many-resident" >/dev/null 2>&1
many_resident=$(echo "$(date +%s.%N) - $start" | bc)
diff -r "$work/many-out" "$work/many-resident" >/dev/null || { echo "the resident process wrote other bytes (200 files)" >&2; exit 1; }
end_resident
start=$(date +%s.%N)
for i in $(seq 1 200); do pandoc --standalone --metadata title=Suivi "$work/md/tai-2023.md" -o "$work/p.html"; done
many_pandoc=$(echo "$(date +%s.%N) - $start" | bc)

echo "== language server: first diagnostics after the start, edit → diagnostics (TAI, ×10)"
cp examples/tai-2023.referentiel "$work/in/tai-2023.referentiel"
lsp_rows=$("$JAVA_HOME/bin/java" -cp "$classpath" fr.referentiel.studio.bench.LanguageServerTimings "$cli" \
    "$work/in/tai-2023.referentiel" "$work/in/synthetique-x10.referentiel")
echo "$lsp_rows"

echo "== RESULTS.md"
# The sections measured by hand, from the marker on, are kept as they are after the new figures.
marker='<!-- Measured by hand below: bench/run.sh writes everything above this line and keeps what follows. -->'
kept="$work/kept.md"
awk -v marker="$marker" 'kept || $0 == marker { kept = 1; print }' bench/RESULTS.md > "$kept" 2>/dev/null || : > "$kept"
"$JAVA_HOME/bin/java" -cp "$classpath" fr.referentiel.studio.bench.ResultsReport "$work/jmh.json" "$work/cold.json" \
    "$sizes" "$scale_rows" "$many_cli" "$many_pandoc" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)" \
    "$(free -g | awk '/Mem:/ {print $2}')" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" "$(pandoc --version | head -n 1)" \
    "$document_rows" "$lsp_rows" "$work/quick.json" "$work/resident.json" "$many_resident" \
    > bench/RESULTS.md
echo "== RNCP import: one fiche from a 570 MB and a 57 MB export (skipped without ../shared/realdata)"
bench/rncp-import.sh "$cli" >> bench/RESULTS.md
if [ -s "$kept" ]; then
    printf '\n' >> bench/RESULTS.md
    cat "$kept" >> bench/RESULTS.md
fi
cat bench/RESULTS.md
