#!/usr/bin/env bash
# Resident memory of a wall screen rotating every view every 10 s, once a minute for 12 minutes, and its growth
# between minute 4 and minute 12 (issue 12's budget: at most 2 %). Starts Xvfb when there is no display.
#   modules/benchmarks/console/wall_memory.sh [minutes]
set -euo pipefail
minutes="${1:-12}"
source "$(dirname "${BASH_SOURCE[0]}")/demo_console.sh"

start_console --wall --wall-every=10s \
  --wall-views=overview,utilization,pipelines,drift,cost,serving,nodes,attention >/dev/null 2>&1
declare -a rss
for minute in $(seq 1 "$minutes"); do
  sleep 60
  rss[$minute]="$(rss_kib)"
  echo "minute $minute: $((rss[minute] / 1024)) MiB"
done
if [ "$minutes" -ge 12 ]; then
  awk -v a="${rss[4]}" -v b="${rss[12]}" 'BEGIN {printf "growth from minute 4 to minute 12: %+.1f %%\n", (b - a) * 100 / a}'
fi
