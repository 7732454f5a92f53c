package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunDetailsTest {
  @Test
  void listsTheRunWithItsWorkloadsAndWhatTheyCostWhileItRan() {
    var run = Boards.finished("af", "features", "f-1", RunState.FAILED, 6, Duration.ofMinutes(30));
    var placement =
        new WorkloadPlacement("af", "features", Optional.empty(), "shop", Map.of("team", "shop"));
    var workloads =
        PipelineWorkloads.of(TinyFleet.snapshot(0.5, TinyFleet.GIB), List.of(placement), run);
    var details =
        new RunDetails(
            run, "Airflow prod", true, Boards.NOW, Optional.of(Duration.ofMinutes(42)), workloads);
    Map<String, String> lines =
        details.lines().stream()
            .collect(Collectors.toMap(RunDetails.Line::label, RunDetails.Line::value));
    assertEquals("failed", lines.get("State"));
    assertEquals("scheduled", lines.get("Trigger"));
    assertEquals("30 min 00 s", lines.get("Duration"));
    assertEquals("up to 42 min 00 s (p95 of its last 20 runs)", lines.get("Usually"));
    assertEquals("1 in lab/shop", lines.get("Workloads"));
    assertEquals("2.00 cores · 4.00 GiB", lines.get("Requests"));
    // 2 cores + 4 GiB of a 16-core, 64-GiB node at 0.768 USD/h, a GiB priced at 0.004237/0.031611
    // of a core (OpenCost): 0.768 × (2 + 4/r) / (16 + 64/r) = 0.0792 USD/h; over 30 min 0.0396 USD
    assertEquals("0.08 USD/hour at the clusters' unit prices", lines.get("Cost"));
    assertEquals("≈ 0.04 USD/run over 30 min 00 s", lines.get("This run"));
  }

  @Test
  void saysWhenARunCannotBePlaced() {
    var run = Boards.running("af", "ingest", "i-1", 0.25);
    var details =
        new RunDetails(run, "Airflow prod", false, Boards.NOW, Optional.empty(), Optional.empty());
    Map<String, String> lines =
        details.lines().stream()
            .collect(Collectors.toMap(RunDetails.Line::label, RunDetails.Line::value));
    assertEquals("running for 15 min 00 s", lines.get("Duration"));
    assertEquals("Airflow prod (stale: last known state)", lines.get("Source"));
    assertEquals(
        "not matched to a cluster (no placement for this pipeline, or none found)",
        lines.get("Workloads"));
  }
}
