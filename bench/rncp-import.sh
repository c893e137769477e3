#!/usr/bin/env bash
# Importing one fiche from an RNCP export of the real export's size (about 570 MB) and from one a
# tenth of it (57 MB): time and peak memory of each, printed as a Markdown section on the standard
# output (bench/run.sh appends it to bench/RESULTS.md); progress goes to the standard error.
#   bench/rncp-import.sh [CLI [RUNS]]    # CLI: bin/referentiel of the built distribution; RUNS: 5
# The two files are made in a temporary folder (never in the repository) by repeating the FICHE
# elements of ../shared/realdata/rncp-export-extract-bts-sio.xml, whose licence keeps it out of the
# project: without that folder the benchmark is skipped. Needs GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
cli="${1:-$root/bundles/fr.referentiel.studio.cli/target/referentiel/bin/referentiel}"
runs="${2:-5}"
extract="$root/../shared/realdata/rncp-export-extract-bts-sio.xml"
selected=RNCP40792   # the extract's last fiche, kept as it is at the end of each file

if [ ! -f "$extract" ]; then
    echo "rncp-import.sh: $extract is absent (../shared/realdata is not beside the clone): RNCP import benchmark skipped." >&2
    exit 0
fi
[ -x "$cli" ] || { echo "rncp-import.sh: no command line at $cli (build it: ./mvnw package -pl bundles/fr.referentiel.studio.cli -am)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Writes an export of about $2 bytes to $1: the extract's header (XML declaration, <FICHES>,
# VERSION_FLUX) once, its fiches repeated in turn with NUMERO_FICHE RNCP90001, RNCP90002, …, then
# the extract's last fiche unchanged (the one selected, so the whole stream is read before it) and
# </FICHES>. The extract is pretty-printed: <FICHE>, </FICHE> and NUMERO_FICHE on lines of their own.
make_export() {
    LC_ALL=C awk -v target="$2" -v out="$1" '
        /^[ \t]*<FICHE>/ { inside = 1; n++; tail = "" }
        inside          { fiche[n] = fiche[n] $0 "\n"; if ($0 ~ /^[ \t]*<\/FICHE>/) inside = 0; next }
        n == 0          { head = head $0 "\n"; next }
                        { tail = tail $0 "\n" }
        END {
            if (n == 0 || inside) { print "the extract has no complete FICHE" > "/dev/stderr"; exit 1 }
            for (i = 1; i <= n; i++) size += length(fiche[i])   # bytes, under LC_ALL=C
            copies = int((target - length(head) - length(tail)) / (size / n)) - 1
            printf "%s", head > out
            for (c = 1; c <= copies; c++) {
                f = fiche[(c - 1) % n + 1]
                sub(/<NUMERO_FICHE>[^<]*<\/NUMERO_FICHE>/, "<NUMERO_FICHE>RNCP" (90000 + c) "</NUMERO_FICHE>", f)
                printf "%s", f > out
            }
            printf "%s%s", fiche[n], tail > out
            print copies + 1   # the number of fiches in the file
        }' "$extract"
}

declare -A fiches bytes
echo "== RNCP exports made from $(basename "$extract")" >&2
for size in 57 570; do
    fiches[$size]=$(make_export "$work/export-$size.xml" $((size * 1000 * 1000)))
    bytes[$size]=$(stat -c %s "$work/export-$size.xml")
    echo "   $size MB: ${bytes[$size]} bytes, ${fiches[$size]} fiches" >&2
done

# From a GC log of the launcher's Serial collector (-Xlog:gc,gc+exit): the largest heap in use
# (before a collection, or at the exit) and the largest left after a collection ("-": none), in MB.
heap_figures() {
    awk 'function kb(v,  u, n) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0
                              return u == "G" ? n * 1048576 : u == "M" ? n * 1024 : u == "K" ? n : n / 1024 }
         / Pause / && match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\(/) {
             split(substr($0, RSTART, RLENGTH - 1), p, "->")
             if (kb(p[1]) > peak) peak = kb(p[1]); if (kb(p[2]) > live) live = kb(p[2]); collected = 1 }
         /gc,exit/ && /(DefNew|Tenured) +total/ && match($0, /used [0-9]+K/) { atexit += substr($0, RSTART + 5, RLENGTH - 6) }
         END { if (atexit > peak) peak = atexit
               printf "%d %s\n", peak / 1024 + 0.5, collected ? int(live / 1024 + 0.5) : "-" }' "$1"
}

# One import of one fiche (the last) from export-$1.xml with the JVM options $2; appends to
# $work/runs-$1$2 its elapsed seconds, peak resident memory (MB), peak heap and heap after collections.
import_once() {
    local file="$work/export-$1.xml" seconds kilobytes
    /usr/bin/time -f '%e %M' -o "$work/time" env REFERENTIEL_JAVA_OPTS="$2 -Xlog:gc,gc+exit:file=$work/gc.log" \
        "$cli" import rncp "$file" --fiche "$selected" --out "$work/imported.referentiel" --force >/dev/null 2>"$work/err" \
        || { tail -n 3 "$work/err" >&2; return 1; }
    read -r seconds kilobytes < "$work/time"
    echo "$seconds $((kilobytes / 1024)) $(heap_figures "$work/gc.log")" >> "$work/runs-$1$2"
}

# The median of column $2 of file $1 (its runs).
median() {
    cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# The launcher as shipped (it sets no -Xmx: the JVM's default, a quarter of the memory), then a small
# bounded heap. The two files in turn, one warm-up pair first (not counted): the page cache holds both.
for options in "" "-Xmx16m"; do
    echo "== import of $selected, ${options:-the default heap}: $runs runs of each file in turn" >&2
    import_once 57 "$options"
    import_once 570 "$options"
    rm "$work/runs-57$options" "$work/runs-570$options"
    for _ in $(seq "$runs"); do
        import_once 57 "$options"
        import_once 570 "$options"
    done
done
# The floor: a heap of 12 MB is too small for the command line itself, whatever the file.
floor=""
for size in 57 570; do
    status=0
    REFERENTIEL_JAVA_OPTS=-Xmx12m "$cli" import rncp "$work/export-$size.xml" --fiche "$selected" \
        --out "$work/imported.referentiel" --force >/dev/null 2>"$work/err" || status=$?
    if [ "$status" = 0 ]; then
        floor+="the $size MB file imports; "
    elif grep -q 'Mémoire insuffisante' "$work/err"; then
        floor+="the $size MB file stops out of memory (« Mémoire insuffisante », exit status $status); "
    else
        floor+="the $size MB file fails (exit status $status); "
    fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# What JVM the launcher starts, and the heap it gives itself by default (« --version --debug »: the
# version alone is answered without starting Java).
REFERENTIEL_JAVA_OPTS="-Xlog:gc+init:file=$work/init.log" "$cli" --version --debug >/dev/null 2>&1
java_version=$(sed -n 's/.*Version: //p' "$work/init.log")
max_heap=$(sed -n 's/.*Heap Max Capacity: //p' "$work/init.log")
initial_heap=$(sed -n 's/.*Heap Initial Capacity: //p' "$work/init.log")

# One row of the table: the medians of the runs of one file with one set of options.
row() {
    local f="$work/runs-$1$2" after="-"
    grep -q -- ' -$' "$f" || after="$(median "$f" 4) MB"   # "-" when a run had no collection
    echo "| $1 MB | ${2:-default} | $(median "$f" 1) s | $(median "$f" 2) MB | $(median "$f" 3) MB | $after |"
}
# The ratios 570 MB / 57 MB of time, RSS and peak heap: the median of the ratios of the runs of same rank.
ratio_row() {
    local column cells=""
    for column in 1 2 3; do
        paste -d' ' <(cut -d' ' -f"$column" "$work/runs-570$1") <(cut -d' ' -f"$column" "$work/runs-57$1") \
            | awk '{ print $1 / $2 }' > "$work/ratios"
        cells+=" $(printf '%.2f' "$(median "$work/ratios" 1)")× |"
    done
    echo "| ratio 570 / 57 | ${1:-default} |$cells |"
}

# Whether the default heap's runs collected at all ("-" in the last column of a run: none).
if grep -q -- ' -$' "$work/runs-570" && grep -q -- ' -$' "$work/runs-57"; then
    default_collections="the little garbage the skipped fiches leave fits in it for both files (no collection in any run), so the peak RSS differs by the pages of that garbage only."
elif grep -q -- ' -$' "$work/runs-57"; then
    default_collections="the little garbage the skipped fiches leave fits in it for the 57 MB file (no collection at all) but fills it for the 570 MB file, and that collection touches memory the other run never touches (the survivor space) — pages of garbage, not data kept, which is why that run's peak RSS comes out some MB higher."
else
    default_collections="both files fill it at least once; what is left after a collection is the same for both."
fi

cat <<EOF

## Importing one RNCP fiche from a 570 MB and a 57 MB export

Measured by \`bench/rncp-import.sh\` on $(date -u +%F). Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB of memory; Java $java_version. Load average (1, 5, 15 min) before: $load_before; after: $load_after. Other builds share this machine: the ratios, taken run by run, are the figures to trust more than the times.

Files (in a temporary folder): the header of \`../shared/realdata/rncp-export-extract-bts-sio.xml\` once, its two fiches repeated with \`NUMERO_FICHE\` RNCP90001, RNCP90002, …, and last the fiche selected, $selected, so that the whole stream is read: 57 MB (${bytes[57]} bytes, ${fiches[57]} fiches) and 570 MB (${bytes[570]} bytes, ${fiches[570]} fiches, the size of the real export). Command: \`referentiel import rncp export.xml --fiche $selected --out x.referentiel --force\` (it also validates the referential it writes), one process each, the two files in turn, $runs runs of each after one pair not counted; medians. Time and peak resident memory (RSS): GNU time. Heap: the JVM's GC log (\`-Xlog:gc\`): the largest heap in use (before a collection, or at the exit) and the largest heap left after a collection (« - »: there was none). « default » is the launcher as shipped: it sets no \`-Xmx\`, so the JVM takes its default, a quarter of the memory ($max_heap here, $initial_heap at the start; Serial collector).

| file | heap option | time | peak RSS | peak heap in use | heap after a collection |
|---|---|---|---|---|---|
$(row 57 "")
$(row 570 "")
$(ratio_row "")
$(row 57 -Xmx16m)
$(row 570 -Xmx16m)
$(ratio_row -Xmx16m)

With \`-Xmx12m\`: ${floor%; }.

The reader is a StAX stream that keeps only the fiche selected (\`RncpXml\` reads each other FICHE up to its \`NUMERO_FICHE\`, then skips the rest of it), so what stays in the heap does not grow with the file: with a bounded heap (\`-Xmx16m\`) the peak RSS and the heap left after a collection are the same for both files, and both need the same smallest heap. Under the default heap the JVM collects only once its young generation (about a quarter of the initial heap) is full: $default_collections
EOF
