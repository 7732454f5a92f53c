package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {
  private static final long MI = 1L << 20;

  private static Optional<JvmMemory> detect(
      String image, List<String> command, List<String> args, Map<String, String> env) {
    return JvmOptions.detect(image, command, args, env);
  }

  @Test
  void aFixedHeapInJavaToolOptionsIsReadAndItsFloorIsHeapPlusThePaketoBudget() {
    JvmMemory jvm =
        detect(
                "registry.example/payments:1.4",
                List.of(),
                List.of(),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC -Xmx2g"))
            .orElseThrow();
    assertEquals(OptionalLong.of(2L << 30), jvm.maxHeapBytes());
    assertEquals("-Xmx2g in JAVA_TOOL_OPTIONS", jvm.evidence());
    // 128 MiB metaspace + 240 MiB code cache + 250 x 1 MiB stacks + 10 MiB direct
    assertEquals(628 * MI, jvm.overheadBytes());
    assertEquals((2L << 30) + 628 * MI, jvm.floorBytes());
  }

  @Test
  void theCommandLineWinsOverTheEnvironmentAndFlagsReplaceTheBudgetsParts() {
    JvmMemory jvm =
        detect(
                "eclipse-temurin:21-jre",
                List.of("java"),
                List.of(
                    "-Xmx1g",
                    "-Xss512k",
                    "-XX:MaxMetaspaceSize=200m",
                    "-XX:ReservedCodeCacheSize=64m",
                    "-jar",
                    "app.jar"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xmx4g"))
            .orElseThrow();
    assertEquals(OptionalLong.of(1L << 30), jvm.maxHeapBytes());
    assertEquals("-Xmx1g in the command", jvm.evidence());
    assertEquals((200 + 64 + 125 + 10) * MI, jvm.overheadBytes());
  }

  @Test
  void aPercentageHeapScalesWithTheLimitAndItsFloorLeavesRoomForTheOverhead() {
    JvmMemory jvm =
        detect(
                "amazoncorretto:21",
                List.of(),
                List.of(),
                Map.of("JAVA_OPTS", "-XX:MaxRAMPercentage=75.0"))
            .orElseThrow();
    assertFalse(jvm.fixedHeap());
    assertEquals(0.75, jvm.maxRamFraction());
    assertEquals(0.75 * (4L << 30), jvm.heapAt(4L << 30));
    assertEquals(628 * MI * 4, jvm.floorBytes()); // 628 MiB is the 25% left over
  }

  @Test
  void aRuntimeImageWithoutFlagsIsAJvmWithTheDefaultQuarterHeap() {
    JvmMemory jvm =
        detect("ghcr.io/acme/openjdk-app:3", List.of(), List.of(), Map.of()).orElseThrow();
    assertEquals(0.25, jvm.maxRamFraction());
    assertEquals("image ghcr.io/acme/openjdk-app:3", jvm.evidence());
    assertTrue(
        detect("busybox", List.of("sh", "-c", "exec java -Xmx300m -jar a.jar"), List.of(), Map.of())
            .isPresent());
  }

  @Test
  void nothingJavaLikeIsNoJvm() {
    assertEquals(
        Optional.empty(),
        detect("node:22-javascript-tools", List.of("node"), List.of("server.js"), Map.of()));
    assertEquals(
        Optional.empty(),
        detect("python:3.12", List.of(), List.of(), Map.of("JAVA_HOME", "/opt/java")));
  }
}
