package dev.fleetscope.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The runs that make one batch workload: the Jobs of a CronJob, or Jobs that share the values of
 * the grouping labels. Its usage history is the concatenation of its runs.
 *
 * @param groupedBy {@code CronJob retrain}, or the labels and values that group the Jobs ({@code
 *     app.kubernetes.io/name=features})
 * @param runs oldest first
 */
public record JobRuns(String groupedBy, List<Run> runs) {
  public JobRuns {
    runs = runs.stream().sorted(Comparator.comparing(Run::sortKey)).toList();
  }

  /** One Job: when it started and finished (empty while unknown or running) and how it ended. */
  public record Run(
      String job, Optional<Instant> started, Optional<Instant> finished, Outcome outcome) {
    Instant sortKey() {
      return started.orElse(Instant.MAX);
    }

    public Optional<Duration> duration() {
      return started.flatMap(s -> finished.map(f -> Duration.between(s, f)));
    }
  }

  public enum Outcome {
    RUNNING,
    SUCCEEDED,
    FAILED,
    SUSPENDED
  }

  public List<String> jobs() {
    return runs.stream().map(Run::job).toList();
  }

  /** The median duration of the finished runs; empty when none has finished. */
  public Optional<Duration> medianDuration() {
    List<Duration> durations = runs.stream().flatMap(r -> r.duration().stream()).sorted().toList();
    return durations.isEmpty()
        ? Optional.empty()
        : Optional.of(durations.get((durations.size() - 1) / 2));
  }
}
