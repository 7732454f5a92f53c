#!/usr/bin/env bash
# Resident memory of the console on the demo fleet, as issue 12 budgets it: after the first view, and after
# every view was shown once (Ctrl+1 ... Ctrl+9) and 30 s idle. Prints one line per point and writes the heap's
# state and a class histogram beside it. Needs xdotool; starts Xvfb when there is no display. (NMT is left out:
# `jcmd VM.native_memory` crashes JDK 25.0.3 when the AOT cache is mapped, in FileMapInfo::readonly_total.)
#   modules/benchmarks/console/console_memory.sh [out-dir]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
config="$(mktemp -d)" # a first run: the demo fleet, no settings
xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :93 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:93
  sleep 1
fi
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$config"
}
trap cleanup EXIT

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status"; }
jcmd="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"

"$here/fleetscope" --version >/dev/null # builds the jar first when the sources changed
FLEETSCOPE_JAVA_OPTS="-Dfleetscope.config.dir=$config ${FLEETSCOPE_JAVA_OPTS:-}" \
  "$here/fleetscope" >"$out/console.log" 2>&1 &
pid=$!
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
