#!/usr/bin/env bash
# Builds the Linux app-image and .deb with jpackage from the app's jar and runtime libraries.
# Called by `./mvnw -Pinstaller package` with: <app target dir> <numeric app version> <repository root>.
set -euo pipefail
target="$1"
version="$2"
root="$3"
java_bin="${JAVA_HOME:?JAVA_HOME must point at a JDK 25}/bin"
out="$target/installer"
rm -rf "$out"
mkdir -p "$out/input/lib"
# The jar's manifest names its libraries as lib/*.jar: keep that layout.
cp "$target/fleetscope.jar" "$out/input/"
cp "$target"/lib/*.jar "$out/input/lib/"

# The runtime holds exactly the JDK modules the jars use (jdeps), plus what is reached only by reflection or
# service loading: TLS ciphers and locale data.
modules="$("$java_bin/jdeps" --multi-release 21 --ignore-missing-deps --print-module-deps \
  --class-path "$out/input/lib/*" "$out/input/fleetscope.jar"),jdk.crypto.ec,jdk.localedata,jdk.zipfs"
echo "runtime modules: $modules"
"$java_bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --strip-native-commands --output "$out/runtime"

common=(--name Fleetscope --app-version "$version" --vendor "Fleetscope"
  --description "Operations console for ML fleets: utilization, rightsizing, cost, drift and pipelines")
"$java_bin/jpackage" --type app-image "${common[@]}" --input "$out/input" --main-jar fleetscope.jar \
  --runtime-image "$out/runtime" --icon "$root/assets/icons/fleetscope.png" --dest "$out" \
  --java-options "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow" \
  --java-options "-XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xms32m -Xmx768m" \
  --java-options "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"

# No --linux-shortcut: on a headless Debian it makes the package fail to install and remove (no menu directory).
# jpackage's generated Depends lacks GTK, which JavaFX needs for a window.
"$java_bin/jpackage" --type deb "${common[@]}" --app-image "$out/Fleetscope" --dest "$out" \
  --linux-package-name fleetscope --linux-package-deps libgtk-3-0 --linux-app-category devel \
  --linux-deb-maintainer "fleetscope@example.org" --license-file "$root/installer/linux/copyright"
ls -la "$out"
