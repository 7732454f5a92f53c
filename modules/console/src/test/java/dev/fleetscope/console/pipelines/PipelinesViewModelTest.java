package dev.fleetscope.console.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.fleet.TinyFleet;
import dev.fleetscope.runtime.pipelines.Boards;
import dev.fleetscope.runtime.pipelines.PipelineWorkloads;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The view-model's commands; what it computes is covered by the state tests and, drawn, by
 * PipelinesViewTest.
 */
class PipelinesViewModelTest {
  @Test
  void opensALinkOffTheCallingThread() throws Exception {
    CompletableFuture<Thread> opener = new CompletableFuture<>();
    AtomicReference<URI> opened = new AtomicReference<>();
    try (var model =
        new PipelinesViewModel(
            List.of(),
            uri -> {
              opened.set(uri);
              opener.complete(Thread.currentThread());
            },
            ns -> {})) {
      model.open(URI.create("https://airflow.example/dags/features/grid?dag_run_id=f-1"));
      assertNotEquals(
          Thread.currentThread(), opener.get(5, TimeUnit.SECONDS), "the browser may take its time");
      assertEquals(
          URI.create("https://airflow.example/dags/features/grid?dag_run_id=f-1"), opened.get());
    }
  }

  @Test
  void showsTheNamespaceOfARunsWorkloads() {
    AtomicReference<String> shown = new AtomicReference<>();
    var run =
        Boards.finished("af", "features", "f-1", RunState.SUCCEEDED, 6, Duration.ofMinutes(30));
    var placement = new WorkloadPlacement("af", "features", Optional.empty(), "shop", Map.of());
    PipelineWorkloads workloads =
        PipelineWorkloads.of(TinyFleet.snapshot(0.5, TinyFleet.GIB), List.of(placement), run)
            .orElseThrow();
    try (var model = new PipelinesViewModel(List.of(placement), uri -> {}, shown::set)) {
      model.showWorkloads(workloads);
    }
    assertEquals("shop", shown.get());
  }
}
