#!/usr/bin/env bash
# Resident memory of the console on the demo fleet, as issue 12 budgets it: after the first view, and after
# every view was shown once (Ctrl+1 ... Ctrl+9) and 30 s idle. Prints one line per point and writes the heap's
# state and a class histogram beside it. Needs xdotool; starts Xvfb when there is no display. (NMT is left out:
# `jcmd VM.native_memory` crashes JDK 25.0.3 when the AOT cache is mapped, in FileMapInfo::readonly_total.)
#   modules/benchmarks/console/console_memory.sh [out-dir]
set -euo pipefail
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
source "$(dirname "${BASH_SOURCE[0]}")/demo_console.sh"
rss() { awk -v kib="$(rss_kib)" 'BEGIN {printf "%.0f MiB", kib / 1024}'; }
jcmd="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"

start_console >"$out/console.log" 2>&1
window="$(xdotool search --sync --name Fleetscope | head -1)"
sleep 40
echo "first view, 40 s after start: $(rss)"
for view in 1 2 3 4 5 6 7 8 9; do
  xdotool windowfocus --sync "$window" key --clearmodifiers "ctrl+$view"
  sleep 4
done
sleep 30
echo "every view shown once, then 30 s idle: $(rss)"
"$jcmd" "$pid" GC.heap_info >"$out/heap.txt"
"$jcmd" "$pid" GC.class_histogram >"$out/histogram.txt" # a full collection: the heap shrinks to its free ratio
sleep 5
echo "after a full collection: $(rss)"
echo "heap and class histogram in $out"
