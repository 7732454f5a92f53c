package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline's latest started run against its usual duration: running or finished, it is slow from
 * the moment it passes {@code threshold} times the usual, until a later run starts.
 */
final class PipelineSlow implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    List<Measurement> out = new ArrayList<>();
    for (Map.Entry<String, List<RunFacts>> pipeline :
        PipelineGroups.byPipeline(inputs.runs().orElseThrow()).entrySet()) {
      Optional<RunFacts> latest =
          pipeline.getValue().stream()
              .filter(r -> r.run().start().isPresent())
              .filter(r -> r.run().state() != RunState.CANCELED)
              .max(Comparator.comparing((RunFacts r) -> r.run().start().orElseThrow()));
      if (latest.isEmpty() || latest.get().usual().isEmpty()) {
        continue;
      }
      RunFacts facts = latest.get();
      Duration usual = facts.usual().get();
      if (usual.isZero() || usual.isNegative()) {
        continue;
      }
      Duration elapsed = facts.run().elapsed(now).orElseThrow();
      double ratio = (double) elapsed.toMillis() / usual.toMillis();
      Instant start = facts.run().start().orElseThrow();
      Instant crossed = start.plusMillis((long) Math.ceil(usual.toMillis() * rule.threshold()));
      out.add(
          new Measurement(
              PipelineGroups.subject(pipeline.getKey(), pipeline.getValue()),
              ratio,
              Optional.of(crossed),
              summary(facts.run(), elapsed, usual, ratio),
              new AlertLink(AlertLink.PIPELINES, facts.runKey()),
              facts));
    }
    return out;
  }

  private static String summary(PipelineRun run, Duration elapsed, Duration usual, double ratio) {
    String verb = run.state().finished() ? " took " : " has been running for ";
    return run.pipeline()
        + verb
        + Texts.duration(elapsed)
        + String.format(java.util.Locale.ROOT, " (%.1f×", ratio)
        + " its usual "
        + Texts.duration(usual)
        + ", p95 of recent runs); run "
        + run.runId();
  }
}
