package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.live.PipelineBoard;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineHealthTest {
  @Test
  void countsTheLastDayByStateAndNamesItsFailures() {
    PipelineBoard board =
        new PipelineBoard(
            Boards.NOW,
            List.of(
                Boards.finished("af", "features", "f-2", RunState.FAILED, 3, Duration.ofMinutes(5)),
                Boards.finished(
                    "af", "features", "f-1", RunState.SUCCEEDED, 20, Duration.ofMinutes(30)),
                Boards.finished(
                    "af", "features", "f-0", RunState.FAILED, 30, Duration.ofMinutes(5)),
                Boards.running("af", "ingest", "i-1", 0.5),
                Boards.finished(
                    "kfp", "retrain", "r-0", RunState.CANCELED, 10, Duration.ofHours(1))),
            List.of(Boards.AIRFLOW_LIVE, Boards.status("kfp", "Kubeflow", SourceState.STALE)));
    PipelineHealth health = PipelineHealth.of(board);
    assertEquals(1, health.count(RunState.FAILED), "the failure 30 h ago is not of the last day");
    assertEquals(1, health.count(RunState.SUCCEEDED));
    assertEquals(1, health.count(RunState.RUNNING));
    assertEquals(1, health.count(RunState.CANCELED));
    assertEquals(4, health.total());
    assertEquals(List.of("features: train"), health.failures());
    assertEquals(1, health.liveSources());
    assertEquals(2, health.sources());
  }
}
