package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPlacementsTest {
  @Test
  void everyDemoPipelineButRankingEvalRunsInTheDemoFleet() {
    Instant now = Instant.parse("2026-11-20T15:00:30Z");
    FleetSnapshot fleet =
        new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(now, ZoneOffset.UTC)).snapshot("demo");
    List<PipelineRun> runs = DemoPipelines.runsAt(Simulator.DEFAULT_SEED, now);
    Set<String> placed =
        runs.stream()
            .filter(r -> PipelineWorkloads.of(fleet, DemoPlacements.all(), r).isPresent())
            .map(PipelineRun::pipeline)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "features_nightly",
            "ingest_events",
            "churn-retrain",
            "batch-scoring",
            "image-embeddings"),
        placed);
    PipelineRun scoring =
        runs.stream().filter(r -> r.pipeline().equals("batch-scoring")).findFirst().orElseThrow();
    PipelineWorkloads workloads =
        PipelineWorkloads.of(fleet, DemoPlacements.all(), scoring).orElseThrow();
    assertEquals(List.of("gke-train-usc1/batch-scoring"), workloads.namespaces());
    assertTrue(
        workloads.workloads().size() >= 9,
        "the namespace's batch CronJobs: " + workloads.workloads());
  }
}
