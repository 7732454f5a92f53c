package dev.fleetscope.console.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.FxWatchdog;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import dev.fleetscope.runtime.connections.PipelinePlacement;
import dev.fleetscope.runtime.connections.SavedConnections;
import dev.fleetscope.runtime.connections.SecretRef;
import dev.fleetscope.runtime.fleet.TinyFleet;
import dev.fleetscope.runtime.pipelines.Boards;
import dev.fleetscope.runtime.pipelines.DemoPlacements;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelinePlacements;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A saved source's placement joins its runs to the workloads in its namespace, from the save on:
 * the selected run's details are rebuilt on the view-model's worker and reach the FX thread.
 */
@ExtendWith(FxWatchdog.class)
class SavedPlacementsViewModelTest {
  private static final String SOURCE = "airflow:airflow:8080";

  @BeforeAll
  static void fx() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private static PipelineEntry airflow(Optional<PipelinePlacement> placement) {
    return new PipelineEntry(
        SOURCE,
        Kind.AIRFLOW,
        "Airflow prod",
        "http://airflow:8080",
        Optional.of("ops"),
        Optional.of(new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
        List.of(),
        Duration.ofMinutes(1),
        placement);
  }

  @Test
  void aSavedSourcesRunJoinsTheWorkloadsOfItsNamespaceOnceItsPlacementIsSaved() throws Exception {
    PipelineRun run =
        Boards.finished(SOURCE, "features", "f-1", RunState.SUCCEEDED, 6, Duration.ofMinutes(30));
    SavedConnections unplaced = SavedConnections.NONE.withPipeline(airflow(Optional.empty()));
    try (var model =
        new PipelinesViewModel(
            PipelinePlacements.of(DemoPlacements.all(), unplaced), uri -> {}, ns -> {})) {
      // lab/shop/api: 2 replicas of 1 core and 2 GiB, labelled team=shop
      model.accept(TinyFleet.snapshot(0.5, TinyFleet.GIB));
      model.accept(
          new PipelineBoard(
              Boards.NOW,
              List.of(run),
              List.of(Boards.status(SOURCE, "Airflow prod", SourceState.LIVE))));
      WaitForAsyncUtils.asyncFx(() -> model.select(run.key(), PipelineId.of(run)))
          .get(5, TimeUnit.SECONDS);
      await(() -> model.details().get().isPresent());
      assertEquals(
          Optional.empty(),
          model.details().get().orElseThrow().workloads(),
          "no placement saved yet");

      model.placements(
          PipelinePlacements.of(
              DemoPlacements.all(),
              SavedConnections.NONE.withPipeline(
                  airflow(
                      Optional.of(
                          new PipelinePlacement(
                              Optional.of("lab"), "shop", Map.of("team", "shop")))))));
      await(() -> model.details().get().orElseThrow().workloads().isPresent());
      var workloads = model.details().get().orElseThrow().workloads().orElseThrow();
      assertEquals(List.of(TinyFleet.API), workloads.workloads());
      assertEquals(List.of("lab/shop"), workloads.namespaces());

      model.placements(PipelinePlacements.of(DemoPlacements.all(), unplaced));
      await(() -> model.details().get().orElseThrow().workloads().isEmpty());
    }
  }

  @Test
  void theSavedPlacementsComeAfterTheSetupsOwnAndCoverEveryPipelineOfTheirSource() {
    var placements =
        PipelinePlacements.of(
            DemoPlacements.all(),
            SavedConnections.NONE.withPipeline(
                airflow(Optional.of(new PipelinePlacement(Optional.empty(), "shop", Map.of())))));
    assertEquals(DemoPlacements.all().size() + 1, placements.size());
    var saved = placements.getLast();
    assertEquals(SOURCE, saved.source());
    assertEquals(Optional.empty(), saved.pipeline());
    assertTrue(
        saved.covers(
            Boards.finished(SOURCE, "any_dag", "a-1", RunState.FAILED, 1, Duration.ofMinutes(1))));
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
  }
}
