package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.runtime.connections.PipelinePlacement;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineWorkloadsTest {
  private static final PipelineRun RUN =
      new PipelineRun(
          "af",
          "features",
          "f-1",
          Trigger.SCHEDULED,
          RunState.SUCCEEDED,
          Optional.of(TinyFleet.NOW.minusSeconds(3600)),
          Optional.of(TinyFleet.NOW.minusSeconds(1800)),
          List.of(),
          Optional.empty());

  private static WorkloadPlacement placement(
      String pipeline, Optional<String> cluster, String namespace, Map<String, String> labels) {
    return new WorkloadPlacement("af", pipeline, cluster, namespace, labels);
  }

  @Test
  void pricesTheMatchedWorkloadsRequestsAtTheirClustersUnitPrices() {
    var found =
        PipelineWorkloads.of(
                TinyFleet.snapshot(0.5, TinyFleet.GIB),
                List.of(placement("features", Optional.empty(), "shop", Map.of("team", "shop"))),
                RUN)
            .orElseThrow();
    assertEquals(List.of(TinyFleet.API), found.workloads());
    assertEquals(List.of("lab/shop"), found.namespaces());
    assertEquals("shop", found.namespace());
    // api: 2 desired replicas of 1 core and 2 GiB
    assertEquals(Resources.of(2, 4 * TinyFleet.GIB), found.requests());
    // one m6i.4xlarge (16 cores, 64 GiB allocatable) at 0.768 USD/h, a GiB at OpenCost's
    // 0.004237 / 0.031611 of a core: 0.768 × (2 + 4 / r) / (16 + 64 / r), r = 0.031611 / 0.004237
    double r = 0.031611 / 0.004237;
    double hourly = 0.768 * (2 + 4 / r) / (16 + 64 / r);
    assertEquals(0.079247, hourly, 1e-6);
    assertEquals(hourly, found.hourly().get(HourlyPrice.USD), 1e-9);
    assertEquals(hourly / 2, found.costOver(Duration.ofMinutes(30)).get(HourlyPrice.USD), 1e-9);
  }

  @Test
  void findsNothingWithoutAPlacementOrAMatch() {
    var fleet = TinyFleet.snapshot(0.5, TinyFleet.GIB);
    assertTrue(PipelineWorkloads.of(fleet, List.of(), RUN).isEmpty(), "no placement");
    assertTrue(
        PipelineWorkloads.of(
                fleet, List.of(placement("other", Optional.empty(), "shop", Map.of())), RUN)
            .isEmpty(),
        "a placement of another pipeline");
    assertTrue(
        PipelineWorkloads.of(
                fleet,
                List.of(placement("features", Optional.empty(), "shop", Map.of("team", "ads"))),
                RUN)
            .isEmpty(),
        "labels differ");
    assertTrue(
        PipelineWorkloads.of(
                fleet, List.of(placement("features", Optional.of("prod"), "shop", Map.of())), RUN)
            .isEmpty(),
        "another cluster");
    assertTrue(
        PipelineWorkloads.of(
                fleet, List.of(placement("features", Optional.of("lab"), "shop", Map.of())), RUN)
            .isPresent(),
        "no labels asked: every workload of the namespace");
  }

  @Test
  void aSourceWidePlacementCoversEveryPipelineOfItsSourceOnly() {
    var placement =
        WorkloadPlacement.forSource(
            "af", new PipelinePlacement(Optional.empty(), "shop", Map.of("team", "shop")));
    var fleet = TinyFleet.snapshot(0.5, TinyFleet.GIB);
    assertEquals(
        List.of(TinyFleet.API),
        PipelineWorkloads.of(fleet, List.of(placement), RUN).orElseThrow().workloads());
    PipelineRun otherPipeline = run("af", "ingest");
    assertTrue(placement.covers(otherPipeline), "every pipeline of af");
    assertEquals(
        List.of("lab/shop"),
        PipelineWorkloads.of(fleet, List.of(placement), otherPipeline).orElseThrow().namespaces());
    assertFalse(
        placement.covers(run("kfp", "features")), "a pipeline of the same name in another source");
    assertTrue(PipelineWorkloads.of(fleet, List.of(placement), run("kfp", "features")).isEmpty());
  }

  @Test
  void aSourceWidePlacementMatchesClusterNamespaceAndLabels() {
    var fleet = TinyFleet.snapshot(0.5, TinyFleet.GIB);
    assertTrue(
        found(fleet, new PipelinePlacement(Optional.of("lab"), "shop", Map.of("team", "shop"))),
        "all three agree");
    assertTrue(
        found(fleet, new PipelinePlacement(Optional.empty(), "shop", Map.of())),
        "any cluster, any labels");
    assertFalse(
        found(fleet, new PipelinePlacement(Optional.of("prod"), "shop", Map.of())),
        "another cluster");
    assertFalse(
        found(fleet, new PipelinePlacement(Optional.empty(), "ads", Map.of())),
        "another namespace");
    assertFalse(
        found(
            fleet,
            new PipelinePlacement(
                Optional.empty(), "shop", Map.of("team", "shop", "tier", "batch"))),
        "a label the workload lacks");
  }

  private static boolean found(FleetSnapshot fleet, PipelinePlacement placement) {
    return PipelineWorkloads.of(fleet, List.of(WorkloadPlacement.forSource("af", placement)), RUN)
        .isPresent();
  }

  private static PipelineRun run(String source, String pipeline) {
    return new PipelineRun(
        source,
        pipeline,
        "r-1",
        Trigger.SCHEDULED,
        RunState.SUCCEEDED,
        RUN.start(),
        RUN.end(),
        List.of(),
        Optional.empty());
  }
}
