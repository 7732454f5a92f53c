package dev.fleetscope.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftTest;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftComputerTest {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private final DriftComputer computer = new DriftComputer(Clock.fixed(NOW, ZoneOffset.UTC));
  @TempDir Path dir;

  private Path csv(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aDemoComparisonReportsEveryLogColumnWithItsWindowsAndRows() {
    DemoInferenceLogs logs = DemoInferenceLogs.startingAt(7, NOW);
    TimeWindow reference = new TimeWindow(logs.reference().start(), logs.reference().end());
    TimeWindow current = TimeWindow.parse("2026-11-19T15:00Z/2026-11-20T15:00Z");
    var computed =
        assertInstanceOf(
            DriftOutcome.Computed.class,
            computer.compute(new Comparison.Demo(logs, "ranker-v9", reference, current)));
    assertEquals(
        DemoInferenceLogs.COLUMNS,
        computed.report().columns().stream().map(ColumnResult::column).toList());
    assertEquals("11-03 15:00 – 11-06 15:00", computed.reference());
    assertEquals("11-19 15:00 – 11-20 15:00", computed.current());
    assertEquals(
        logs.log("ranker-v9", current.start(), current.end()).rows(), computed.currentRows());
    assertEquals(NOW, computed.computedAt());
  }

  @Test
  void aPairOfFilesTakesTheSourcesOverrides() throws Exception {
    // reference grades 1..3 twice each; current all 3: as categories, chi-square with the test
    // overridden to PSI
    Path ref = csv("ref.csv", "grade,score\n1,0.1\n2,0.2\n3,0.3\n1,0.1\n2,0.2\n3,0.3\n");
    Path cur = csv("cur.csv", "grade,score\n3,0.3\n3,0.3\n3,0.3\n3,0.3\n3,0.3\n3,0.3\n");
    DriftSource.FilePair pair =
        new DriftSource.FilePair(
            "grades",
            ref.toString(),
            cur.toString(),
            List.of("grade"),
            Map.of("grade", "psi"),
            Map.of("score", 0.01));
    var computed =
        assertInstanceOf(DriftOutcome.Computed.class, computer.compute(new Comparison.Pair(pair)));
    var grade =
        assertInstanceOf(
            ColumnResult.Tested.class, computed.report().column("grade").orElseThrow());
    assertEquals(DriftTest.PSI, grade.test());
    var score =
        assertInstanceOf(
            ColumnResult.Tested.class, computed.report().column("score").orElseThrow());
    assertEquals(0.01, score.threshold());
    assertEquals("ref.csv", computed.reference());
    assertEquals(6, computed.referenceRows());
  }

  @Test
  void aMalformedFileFailsWithItsNameAndLine() throws Exception {
    Path ref = csv("ref.csv", "a,b\n1,2\n3\n");
    Path cur = csv("cur.csv", "a,b\n1,2\n");
    var failed =
        assertInstanceOf(
            DriftOutcome.Failed.class,
            computer.compute(
                new Comparison.Pair(
                    new DriftSource.FilePair(
                        "bad", ref.toString(), cur.toString(), List.of(), Map.of(), Map.of()))));
    assertTrue(
        failed.message().startsWith(ref + ": ") && failed.message().contains("Line: 3"),
        failed.message());
  }

  @Test
  void anOverrideNamingNoColumnFailsNamingTheFiles() throws Exception {
    Path ref = csv("ref.csv", "a\n1\n");
    Path cur = csv("cur.csv", "a\n2\n");
    var failed =
        assertInstanceOf(
            DriftOutcome.Failed.class,
            computer.compute(
                new Comparison.Pair(
                    new DriftSource.FilePair(
                        "x", ref.toString(), cur.toString(), List.of("b"), Map.of(), Map.of()))));
    assertEquals("ref.csv vs cur.csv: no column 'b' in the data; columns: a", failed.message());
  }

  @Test
  void aMissingLogAndAnEmptyWindowAreNamed() throws Exception {
    TimeWindow week = TimeWindow.parse("2026-11-01/2026-11-08");
    TimeWindow day = TimeWindow.parse("2026-11-19/2026-11-20");
    DriftSource.LogFile missing =
        new DriftSource.LogFile(
            "m",
            dir.resolve("nope.csv").toString(),
            "ts",
            week.toString(),
            day.toString(),
            List.of(),
            Map.of(),
            Map.of());
    assertEquals(
        dir.resolve("nope.csv") + ": no such file",
        assertInstanceOf(
                DriftOutcome.Failed.class, computer.compute(new Comparison.Log(missing, week, day)))
            .message());
    Path log = csv("log.csv", "ts,score\n2026-11-02T10:00:00Z,0.1\n2026-11-03T10:00:00Z,0.2\n");
    DriftSource.LogFile quiet =
        new DriftSource.LogFile(
            "q",
            log.toString(),
            "ts",
            week.toString(),
            day.toString(),
            List.of(),
            Map.of(),
            Map.of());
    String message =
        assertInstanceOf(
                DriftOutcome.Failed.class, computer.compute(new Comparison.Log(quiet, week, day)))
            .message();
    assertTrue(
        message.startsWith(
            log + ": the current window 2026-11-19T00:00:00Z/2026-11-20T00:00:00Z holds no rows"),
        message);
  }
}
