package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Decides which runs deserve a notification, each at most once however often it is polled: a run
 * that failed, and a run that runs (or ran) past its pipeline's {@link UsualDuration usual
 * duration}. Runs that ended before {@code watchingSince - lookback} are history, shown in the view
 * but not announced. Pure apart from its memory of what it announced; {@link #check} is not
 * thread-safe.
 */
public final class RunAlerts {
  private enum Kind {
    FAILED,
    OVERDUE
  }

  private record Announced(RunKey run, Kind kind) {}

  private final Instant announceFrom;
  private final Map<String, Instant> sourceAnnouncesFrom = new ConcurrentHashMap<>();
  private final Set<Announced> announced = new HashSet<>();

  /**
   * @param watchingSince when the console started watching
   * @param lookback how far before that a failure is still news (a failure at 03:00 when the
   *     console opens at 09:00 with a 12 h lookback is announced)
   */
  public RunAlerts(Instant watchingSince, Duration lookback) {
    this.announceFrom = watchingSince.minus(lookback);
  }

  /**
   * Runs of this source are news only when they end (or, running, start) at {@code since} or later:
   * for a source added after the watching began, whose history is not news. Thread-safe.
   */
  public void announceFrom(String sourceId, Instant since) {
    sourceAnnouncesFrom.put(sourceId, since);
  }

  /** The alerts not yet raised for these runs at {@code now}; forgets runs no longer listed. */
  public List<PipelineAlert> check(Collection<PipelineRun> runs, Instant now) {
    Map<String, List<PipelineRun>> byPipeline =
        runs.stream().collect(Collectors.groupingBy(r -> r.source() + "\u0000" + r.pipeline()));
    List<PipelineAlert> alerts = new ArrayList<>();
    for (PipelineRun run : runs) {
      if (run.state() == RunState.FAILED && news(run, now) && announce(run, Kind.FAILED)) {
        alerts.add(new PipelineAlert.RunFailed(run));
      }
      overdue(run, byPipeline.get(run.source() + "\u0000" + run.pipeline()), now)
          .filter(alert -> announce(run, Kind.OVERDUE))
          .ifPresent(alerts::add);
    }
    Set<RunKey> listed = runs.stream().map(PipelineRun::key).collect(Collectors.toSet());
    announced.removeIf(a -> !listed.contains(a.run()));
    return alerts;
  }

  private Optional<PipelineAlert> overdue(
      PipelineRun run, List<PipelineRun> pipelineRuns, Instant now) {
    boolean watched =
        run.state() == RunState.RUNNING || (run.state() == RunState.SUCCEEDED && news(run, now));
    if (!watched || run.start().isEmpty()) {
      return Optional.empty();
    }
    Duration elapsed = run.elapsed(now).orElseThrow();
    return UsualDuration.before(run, pipelineRuns)
        .filter(usual -> elapsed.compareTo(usual) > 0)
        .map(usual -> new PipelineAlert.RunOverdue(run, usual, elapsed));
  }

  private boolean news(PipelineRun run, Instant now) {
    Instant from = sourceAnnouncesFrom.getOrDefault(run.source(), announceFrom);
    return !run.end().or(run::start).orElse(now).isBefore(from);
  }

  private boolean announce(PipelineRun run, Kind kind) {
    return announced.add(new Announced(run.key(), kind));
  }
}
