package dev.fleetscope.alerts;

import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One pipeline's runs, an hour apart, built in the order they ran. */
final class Runs {
  private final String source;
  private final String pipeline;
  private Instant next;
  private final List<RunFacts> runs = new ArrayList<>();

  Runs(String source, String pipeline, Instant first) {
    this.source = source;
    this.pipeline = pipeline;
    this.next = first;
  }

  Runs succeeded(Duration took) {
    return finished(RunState.SUCCEEDED, took, List.of());
  }

  Runs failed(Duration took) {
    return finished(RunState.FAILED, took, List.of(new FailedTask("train", "exit code 137")));
  }

  Runs canceled() {
    return finished(RunState.CANCELED, Duration.ofMinutes(1), List.of());
  }

  /** A run started three hours before the test's "now" when it is the first. */
  Runs running(Optional<Duration> usual) {
    add(RunState.RUNNING, Optional.empty(), List.of(), usual);
    return this;
  }

  Instant endOf(int index) {
    return runs.get(index).run().end().orElseThrow();
  }

  List<RunFacts> facts() {
    return List.copyOf(runs);
  }

  private Runs finished(RunState state, Duration took, List<FailedTask> failed) {
    add(state, Optional.of(next.plus(took)), failed, Optional.empty());
    return this;
  }

  private void add(
      RunState state, Optional<Instant> end, List<FailedTask> failed, Optional<Duration> usual) {
    PipelineRun run =
        new PipelineRun(
            source,
            pipeline,
            "run-" + runs.size(),
            Trigger.SCHEDULED,
            state,
            Optional.of(next),
            end,
            failed,
            Optional.empty());
    runs.add(new RunFacts(run, usual, Placement.NONE));
    next = next.plus(Duration.ofHours(1));
  }
}
