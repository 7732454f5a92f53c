# Sourced by the console memory scripts: starts the console on the demo fleet with an empty config folder, on
# Xvfb when there is no display, and stops both when the script exits.
#   start_console [ARGS...]   sets $pid to the console's JVM; rss_kib prints its resident memory in KiB
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
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

start_console() {
  "$here/fleetscope" --version >/dev/null # builds the jar first when the sources changed
  FLEETSCOPE_JAVA_OPTS="-Dfleetscope.config.dir=$config ${FLEETSCOPE_JAVA_OPTS:-}" "$here/fleetscope" "$@" &
  pid=$!
}

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
