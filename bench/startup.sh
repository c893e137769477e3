#!/usr/bin/env bash
# Start-up of the built application, as a user sees it: the time from the command to the first
# thing on screen (the splash) and to the workbench window, on a virtual display, several runs.
# Usage: bench/startup.sh <product folder or .tar.gz> [runs] [more options for the product]
# Each run has a fresh work folder and configuration (a first start, examples not created), and
# is stopped once its window is up. The display is polled with xwininfo every 10 ms.
set -euo pipefail
product="$1"
runs="${2:-5}"
shift $(( $# >= 2 ? 2 : 1 ))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "$product" == *.tar.gz ]]; then
    tar xzf "$product" -C "$work"
    product="$work/referentiel-studio"
fi
command -v xwininfo >/dev/null || { echo "xwininfo is needed (apt-get install x11-utils)" >&2; exit 2; }

# Runs inside one virtual display: the splash is the launcher's 480 × 300 window, the workbench
# the one whose title names the product.
measure() {
    local run="$1" start now splash="" window="" tree
    rm -rf "$work/run"
    mkdir -p "$work/run"
    start=$(date +%s%N)
    REFERENTIEL_STUDIO_JAVA_OPTS="-Dreferentiel.studio.examples=skip" \
        "$product/referentiel-studio" -data "$work/run/workspace" -configuration "$work/run/configuration" \
        "${@:2}" >"$work/run/output.log" 2>&1 &
    local pid=$!
    while [ -z "$window" ]; do
        tree=$(xwininfo -root -tree 2>/dev/null || true)
        now=$(date +%s%N)
        if [ -z "$splash" ] && grep -qE ' 480x300\+' <<<"$tree"; then
            splash=$(( (now - start) / 1000000 ))
        fi
        if grep -qE '"[^"]*Studio[^"]*":.* ([6-9][0-9]{2}|[0-9]{4})x[0-9]+\+' <<<"$tree"; then
            window=$(( (now - start) / 1000000 ))
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "run $run: the application stopped: $(grep -v "spifly\|^INFO: Registered" "$work/run/output.log" | tail -n 8)" >&2
            exit 1
        fi
        if (( (now - start) / 1000000000 > 120 )); then
            echo "run $run: no window after 120 s" >&2
            kill "$pid"
            exit 1
        fi
        sleep 0.01
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "run $run: splash ${splash:-none} ms, window $window ms"
}

for run in $(seq 1 "$runs"); do
    if [ -n "${DISPLAY:-}" ]; then
        measure "$run" "$@"
    else
        # A display of its own for each run, as a user's session has one before the start.
        xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$product" 1 "$@" | sed "s/^run 1:/run $run:/"
    fi
done
