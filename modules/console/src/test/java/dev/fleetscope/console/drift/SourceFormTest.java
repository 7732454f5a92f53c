package dev.fleetscope.console.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.config.DriftSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceFormTest {
  private static SourceForm log(String name, String refWindow, String tests, String thresholds) {
    return new SourceForm(
        name,
        true,
        " /data/log.parquet ",
        "ts",
        refWindow,
        "2026-11-19/2026-11-20",
        "",
        "",
        "segment, , region",
        tests,
        thresholds);
  }

  @Test
  void aLogWithOverridesBecomesALogSource() {
    SourceForm.Checked checked =
        log(" churn ", "2026-11-01/2026-11-08", "score=PSI, age = ks", "score=0.2").check(Set.of());
    assertEquals(List.of(), checked.problems());
    assertEquals(
        new DriftSource.LogFile(
            "churn",
            "/data/log.parquet",
            "ts",
            "2026-11-01/2026-11-08",
            "2026-11-19/2026-11-20",
            List.of("segment", "region"),
            Map.of("score", "psi", "age", "ks"),
            Map.of("score", 0.2)),
        checked.source());
  }

  @Test
  void aPairNeedsBothFilesButNoWindows() {
    SourceForm pair = new SourceForm("eval", false, "", "", "", "", "ref.csv", "", "", "", "");
    assertEquals(List.of("Choose the current file."), pair.check(Set.of()).problems());
    SourceForm both =
        new SourceForm("eval", false, "", "", "", "", "ref.csv", "cur.csv", "", "", "");
    assertEquals(
        new DriftSource.FilePair("eval", "ref.csv", "cur.csv", List.of(), Map.of(), Map.of()),
        both.check(Set.of()).source());
  }

  @Test
  void namesEveryProblemAtOnce() {
    SourceForm.Checked checked =
        log("churn", "last week", "score=magic, latency", "score=high, age=-1")
            .check(Set.of("churn"));
    assertNull(checked.source());
    assertEquals(
        List.of(
            "A source named 'churn' exists already: pick another name.",
            "The test for column 'score': unknown drift test 'magic'; known: ks, chisquare, z, wasserstein, "
                + "jensenshannon, psi, kl_div, hellinger.",
            "The test override 'latency' must be COLUMN=TEST.",
            "The threshold for column 'score': 'high' is not a number.",
            "The threshold for column 'age': must be a number of 0 or more.",
            "Reference window: time window 'last week' must be START/END, e.g. 2024-05-01/2024-05-08."),
        checked.problems());
  }

  @Test
  void anEmptyFormAsksForWhatIsMissing() {
    SourceForm empty = new SourceForm(" ", true, "", "", "", "", "", "", "", "", "");
    List<String> problems = empty.check(Set.of()).problems();
    assertEquals(5, problems.size(), problems.toString());
    assertTrue(
        problems.contains("Give the source a name.") && problems.contains("Choose the log file."),
        problems.toString());
  }

  @Test
  void aSourceOpensInTheFormItWasMadeFrom() {
    DriftSource source =
        log("churn", "2026-11-01/2026-11-08", "score=psi, age=ks", "score=0.2")
            .check(Set.of())
            .source();
    SourceForm again = SourceForm.of(source);
    assertEquals("age=ks, score=psi", again.tests());
    assertEquals("segment, region", again.categorical());
    assertEquals(source, again.check(Set.of()).source());
  }
}
