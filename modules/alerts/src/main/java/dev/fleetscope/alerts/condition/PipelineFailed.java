package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many of a pipeline's finished runs failed in a row, newest first: a pipeline is failing until
 * a run of it succeeds. Cancelled and skipped runs neither break nor extend the streak.
 */
final class PipelineFailed implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    List<Measurement> out = new ArrayList<>();
    for (Map.Entry<String, List<RunFacts>> pipeline :
        PipelineGroups.byPipeline(inputs.runs().orElseThrow()).entrySet()) {
      List<RunFacts> finished =
          pipeline.getValue().stream()
              .filter(
                  r -> r.run().state() == RunState.FAILED || r.run().state() == RunState.SUCCEEDED)
              .sorted(Comparator.comparing((RunFacts r) -> ended(r.run())).reversed())
              .toList();
      int streak = 0;
      while (streak < finished.size() && finished.get(streak).run().state() == RunState.FAILED) {
        streak++;
      }
      if (streak == 0) {
        continue;
      }
      RunFacts last = finished.getFirst();
      // The failure that made the streak reach the threshold: from then on the condition held.
      int reaching = (int) Math.ceil(rule.threshold());
      Optional<Instant> heldSince =
          reaching <= streak
              ? Optional.of(ended(finished.get(streak - reaching).run()))
              : Optional.empty();
      out.add(
          new Measurement(
              PipelineGroups.subject(pipeline.getKey(), pipeline.getValue()),
              streak,
              heldSince,
              summary(last.run(), streak),
              new AlertLink(AlertLink.PIPELINES, last.runKey()),
              last));
    }
    return out;
  }

  private static Instant ended(PipelineRun run) {
    return run.end().or(run::start).orElse(Instant.EPOCH);
  }

  /** {@code features failed 2 runs in a row; last run r7 at ...: train — exit code 137}. */
  private static String summary(PipelineRun last, int streak) {
    String task =
        last.failedTasks().stream()
            .findFirst()
            .map(t -> ": " + t.name() + (t.message().isEmpty() ? "" : " — " + t.message()))
            .orElse("");
    return last.pipeline()
        + (streak == 1 ? " failed" : " failed " + streak + " runs in a row")
        + "; last run "
        + last.runId()
        + " at "
        + Texts.at(ended(last))
        + task;
  }
}
