#!/usr/bin/env bash
# Builds Fleetscope's installers for the OS this runs on with jpackage (see installer/README.md).
# Called by `./mvnw -Pinstaller package` with: <app target dir> <numeric app version> <repository root>.
# Runs under bash on Linux and macOS and under Git Bash on Windows; needs only a JDK 25 (JAVA_HOME).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$1"
version="$2"
root="$3"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW* | MSYS* | CYGWIN*)
    os=windows
    # Paths as C:/... that both Git Bash and the JDK's tools read.
    here="$(cygpath -m "$here")" target="$(cygpath -m "$target")" root="$(cygpath -m "$root")"
    ;;
  *) echo "no installer configuration for $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  arm64 | aarch64) arch=aarch64 ;;
  *) echo "no installer configuration for $(uname -m)" >&2; exit 1 ;;
esac
java_bin="${JAVA_HOME:?JAVA_HOME must point at a JDK 25}/bin"
out="$target/installer"
started=$SECONDS

# 1. The app jar and its libraries; the jar's manifest names them as lib/*.jar, so keep that layout.
rm -rf "$out"
mkdir -p "$out/input/lib"
cp "$target/fleetscope.jar" "$out/input/"
cp "$target"/lib/*.jar "$out/input/lib/"

# 2. Without the jars the console never loads and the other systems' native libraries, then proof that the
#    JDBC drivers still find theirs.
"$java_bin/java" "$here/SlimJars.java" "$out/input/lib" "$os" "$arch" "$here/unused-jars.txt"
"$java_bin/java" --enable-native-access=ALL-UNNAMED -cp "$out/input/lib/*" "$here/CheckNatives.java"

# 3. Every OS's icons from the one source image; IconSet checks the .ico and .icns it writes.
"$java_bin/java" "$here/IconSet.java" "$root/assets/icons/fleetscope.png" "$out/icons"

# 4. A runtime of exactly the JDK modules the remaining jars use (jdeps), plus jdk.zipfs, reached only through
#    the file system provider service. No jdk.localedata (27 MB): the console formats with Locale.ROOT/ENGLISH,
#    whose data java.base holds. zip-6 halves the class image (58 to 27 MB) for about 3% more CPU at start.
modules="$("$java_bin/jdeps" --multi-release 21 --ignore-missing-deps --print-module-deps \
  --class-path "$out/input/lib/*" "$out/input/fleetscope.jar"),jdk.zipfs"
echo "runtime modules: $modules"
"$java_bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --strip-native-commands --compress=zip-6 --output "$out/runtime"

# 5. The OS's configuration: icon, app-image options and the packages made from the image.
image_options=()
# shellcheck source=/dev/null
source "$here/$os/package.sh"

common=(--name Fleetscope --app-version "$version" --vendor "Fleetscope"
  --description "Operations console for ML fleets: utilization, rightsizing, cost, drift and pipelines"
  --copyright "Copyright (c) 2026 the Fleetscope authors")
"$java_bin/jpackage" --type app-image "${common[@]}" --input "$out/input" --main-jar fleetscope.jar \
  --runtime-image "$out/runtime" --icon "$icon" --dest "$out" ${image_options[@]+"${image_options[@]}"} \
  --java-options "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow" \
  --java-options "-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xms32m -Xmx768m -XX:MaxNewSize=24m" \
  --java-options "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MarkSweepDeadRatio=0 -XX:TieredStopAtLevel=1" \
  --java-options "-XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90 -XX:-ShrinkHeapInSteps"

make_packages
echo "installers for $os-$arch built in $((SECONDS - started)) s:"
ls -l "$out"
