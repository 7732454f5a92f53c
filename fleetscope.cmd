@echo off
rem Runs Fleetscope on Windows as ./fleetscope does elsewhere: with no arguments the console (on the demo fleet
rem when nothing else is configured), otherwise the command line (fleetscope --help). Needs a JDK 25 or newer in
rem JAVA_HOME or on the PATH. Builds the app first when it is missing or its sources changed.
rem Keep the JVM options in step with ./fleetscope and installer/build.sh (installer/check-launchers.sh checks).
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAR=%HERE%app\target\fleetscope.jar"
set "AOT=%HERE%app\target\fleetscope.aot"

set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "MAJOR="
for /f "tokens=2 delims==" %%v in ('call "%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "MAJOR=%%v"
if defined MAJOR set "MAJOR=!MAJOR: =!"
if not defined MAJOR goto no_java
if !MAJOR! LSS 25 goto no_java

rem Stale when a source, asset or pom is newer than the jar (target folders left out), as ./fleetscope decides.
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f %%n in ('powershell -NoProfile -Command "$jar = (Get-Item -LiteralPath '%JAR%').LastWriteTime; @(Get-ChildItem -LiteralPath '%HERE%app\src','%HERE%modules','%HERE%assets' -Recurse -File | Where-Object { $_.FullName -notmatch '\\target\\' -and $_.LastWriteTime -gt $jar }).Count + @(Get-Item -LiteralPath '%HERE%pom.xml','%HERE%app\pom.xml' | Where-Object { $_.LastWriteTime -gt $jar }).Count"') do if not "%%n"=="0" set "STALE=1"
)
if defined STALE (
  echo Building Fleetscope ^(first run or sources changed^)... 1>&2
  set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow"
  call "%HERE%mvnw.cmd" -f "%HERE%pom.xml" -q -B -DskipTests -pl app -am package 1>&2 || exit /b 1
)

rem A desktop app: a small heap that grows when needed and shrinks back, its young generation at most 24 MB;
rem serial GC and compact headers suit one user's window (docs/performance.md).
set "JVM_OPTIONS=--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -Xms32m -Xmx768m -XX:MaxNewSize=24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MarkSweepDeadRatio=0 -XX:TieredStopAtLevel=1 -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90 -XX:-ShrinkHeapInSteps"
rem Ahead-of-time class cache: the first console run records one as it exits, later runs start from it; a rebuilt
rem jar makes the old cache useless, so it is dropped then.
if exist "%AOT%" (
  for /f %%n in ('powershell -NoProfile -Command "(Get-Item -LiteralPath '%JAR%').LastWriteTime -gt (Get-Item -LiteralPath '%AOT%').LastWriteTime"') do if "%%n"=="True" del "%AOT%"
)
set "FIRST=%~1"
if exist "%AOT%" (
  set "JVM_OPTIONS=!JVM_OPTIONS! -XX:AOTCache="%AOT%" -Xlog:aot=off -Xlog:cds=off"
) else (
  set "RECORD="
  if "!FIRST!"=="" set "RECORD=1"
  if "!FIRST:~0,2!"=="--" if not "!FIRST!"=="--help" if not "!FIRST!"=="--version" set "RECORD=1"
  if defined RECORD set "JVM_OPTIONS=!JVM_OPTIONS! -XX:AOTCacheOutput="%AOT%" -Xlog:aot=off -Xlog:cds=off"
)
"%JAVA%" !JVM_OPTIONS! %FLEETSCOPE_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:no_java
echo Fleetscope needs a JDK 25 or newer: set JAVA_HOME to one (e.g. Eclipse Temurin 25). 1>&2
exit /b 1
