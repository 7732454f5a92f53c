package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.Units;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.PipelineAlert.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The selected run as the details panel lists it: its facts, its pipeline's usual duration, and,
 * when its pods can be placed in the fleet, its workloads and what their requests cost while it
 * ran.
 */
public record RunDetails(
    PipelineRun run,
    String sourceName,
    boolean live,
    Instant at,
    Optional<Duration> usual,
    Optional<PipelineWorkloads> workloads) {

  /** A label and its value. */
  public record Line(String label, String value) {}

  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Source", sourceName + (live ? "" : " (stale: last known state)")));
    lines.add(new Line("State", RunText.state(run.state())));
    lines.add(new Line("Trigger", RunText.trigger(run)));
    lines.add(new Line("Run", run.runId()));
    lines.add(new Line("Started", RunText.start(run)));
    run.end().ifPresent(end -> lines.add(new Line("Ended", RunText.when(end))));
    lines.add(new Line("Duration", RunText.duration(run, at)));
    usual.ifPresent(
        u ->
            lines.add(
                new Line("Usually", "up to " + DurationText.of(u) + " (p95 of its last 20 runs)")));
    workloads.ifPresentOrElse(
        w -> {
          lines.add(
              new Line(
                  "Workloads", w.workloads().size() + " in " + String.join(", ", w.namespaces())));
          lines.add(
              new Line(
                  "Requests",
                  Units.cores(w.requests().cpuCores())
                      + " · "
                      + Units.bytes(w.requests().memoryBytes())
                      + (w.gpus() > 0 ? " · " + Units.gpus(w.gpus()) : "")));
          lines.add(
              new Line(
                  "Cost", money(w, Duration.ofHours(1), "hour") + " at the clusters' unit prices"));
          run.elapsed(at)
              .ifPresent(
                  took ->
                      lines.add(
                          new Line(
                              run.end().isPresent() ? "This run" : "So far",
                              "≈ " + money(w, took, "run") + " over " + DurationText.of(took))));
        },
        () ->
            lines.add(
                new Line(
                    "Workloads",
                    "not matched to a cluster (no placement for this pipeline, or none found)")));
    return lines;
  }

  private static String money(PipelineWorkloads w, Duration took, String period) {
    return w.costOver(took).entrySet().stream()
        .map(e -> Units.money(e.getValue(), e.getKey(), period))
        .collect(Collectors.joining(" + "));
  }
}
