package dev.fleetscope.console.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.live.PipelineAlert;
import dev.fleetscope.runtime.pipelines.Boards;
import dev.fleetscope.runtime.pipelines.RunText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineNotifierTextTest {
  @Test
  void aFailureNamesItsTaskAndMessage() {
    var run = Boards.finished("af", "features", "f-1", RunState.FAILED, 6, Duration.ofMinutes(30));
    var alert = new PipelineAlert.RunFailed(run);
    assertEquals("features failed", PipelineNotifier.title(alert));
    assertEquals(
        List.of(
            "✕ train: CUDA out of memory. Tried to allocate 2.50 GiB",
            "started " + RunText.when(run.start().orElseThrow()) + " · ran 30 min 00 s",
            "run f-1"),
        PipelineNotifier.text(alert).lines().toList());
  }

  @Test
  void aLongMessageIsWrappedAndCutSoThePopupStaysInTheWindow() {
    var run =
        new PipelineRun(
            "af",
            "features",
            "f-2",
            Trigger.SCHEDULED,
            RunState.FAILED,
            Optional.of(Boards.NOW.minusSeconds(600)),
            Optional.of(Boards.NOW),
            List.of(new FailedTask("load", "word ".repeat(60))),
            Optional.empty());
    List<String> lines = PipelineNotifier.text(new PipelineAlert.RunFailed(run)).lines().toList();
    assertEquals(5, lines.size(), "three lines of message, when, run: " + lines);
    assertTrue(lines.stream().allMatch(l -> l.length() <= 62), lines.toString());
    assertTrue(lines.get(2).endsWith(" …"), lines.get(2));
  }

  @Test
  void anOverdueRunSaysHowLongAgainstItsUsual() {
    var run = Boards.running("af", "ingest", "i-1", 0.5);
    var alert = new PipelineAlert.RunOverdue(run, Duration.ofMinutes(14), Duration.ofMinutes(30));
    assertEquals("ingest is taking long", PipelineNotifier.title(alert));
    List<String> lines = PipelineNotifier.text(alert).lines().toList();
    assertEquals(
        "running for 30 min 00 s, past its usual 14 min 00 s (p95 of recent runs)",
        String.join(" ", lines.subList(0, lines.size() - 1)));
    assertEquals("run i-1", lines.getLast());
  }

  @Test
  void aMorningOfFailuresIsOneSummaryCountingOnlyPipelineRuns() {
    List<PipelineAlert> alerts =
        List.of(
            failed("features"),
            failed("train"),
            failed("train"),
            failed("eval"),
            failed("export"),
            new PipelineAlert.RunOverdue(
                Boards.running("af", "ingest", "i-1", 0.5),
                Duration.ofMinutes(14),
                Duration.ofMinutes(30)));
    assertEquals(
        List.of("5 runs failed, 1 is taking long:", "features, train, eval …"),
        PipelineNotifier.summary(alerts).lines().toList());
    assertEquals(
        "2 runs failed:\nfeatures, train",
        PipelineNotifier.summary(List.of(failed("features"), failed("train"))));
  }

  private static PipelineAlert failed(String pipeline) {
    return new PipelineAlert.RunFailed(
        Boards.finished(
            "af", pipeline, pipeline + "-1", RunState.FAILED, 1, Duration.ofMinutes(5)));
  }
}
