@echo off
rem Runs Fleetscope on Windows: the console with no arguments, otherwise the command line (fleetscope --help).
rem Needs JAVA_HOME set to a JDK 25 or newer. Builds first when the app jar is missing.
setlocal
set "HERE=%~dp0"
if not defined JAVA_HOME (
  echo Fleetscope needs a JDK 25 or newer: set JAVA_HOME to one. 1>&2
  exit /b 1
)
if not exist "%HERE%app\target\fleetscope.jar" (
  echo Building Fleetscope ^(first run^)... 1>&2
  call "%HERE%mvnw.cmd" -f "%HERE%pom.xml" -q -B -DskipTests -pl app -am package || exit /b 1
)
"%JAVA_HOME%\bin\java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xms32m -Xmx768m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -jar "%HERE%app\target\fleetscope.jar" %*
