#!/usr/bin/env bash
# Resident memory of a wall screen rotating every view every 10 s, once a minute for 12 minutes, and its growth
# between minute 4 and minute 12 (issue 12's budget: at most 2 %). Starts Xvfb when there is no display.
#   modules/benchmarks/console/wall_memory.sh [minutes]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
minutes="${1:-12}"
config="$(mktemp -d)" # the demo fleet, no settings
xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :92 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:92
  sleep 1
fi
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$config"
}
trap cleanup EXIT

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }

"$here/fleetscope" --version >/dev/null # builds the jar first when the sources changed
FLEETSCOPE_JAVA_OPTS="-Dfleetscope.config.dir=$config ${FLEETSCOPE_JAVA_OPTS:-}" \
  "$here/fleetscope" --wall --wall-every=10s \
  --wall-views=overview,utilization,pipelines,drift,cost,serving,nodes,attention >/dev/null 2>&1 &
pid=$!
declare -a rss
for minute in $(seq 1 "$minutes"); do
  sleep 60
  rss[$minute]="$(rss_kib)"
  echo "minute $minute: $((rss[minute] / 1024)) MiB"
done
if [ "$minutes" -ge 12 ]; then
  awk -v a="${rss[4]}" -v b="${rss[12]}" 'BEGIN {printf "growth from minute 4 to minute 12: %+.1f %%\n", (b - a) * 100 / a}'
fi
