package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.poll.PollObserver;
import dev.fleetscope.model.poll.PollerState;
import dev.fleetscope.model.poll.SourcePoller;
import dev.fleetscope.model.poll.Staleness;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The pipeline sources, polled by one {@link SourcePoller} (each on its own interval, on a virtual
 * thread of its own), and after every change a fresh {@link PipelineBoard} with the alerts not
 * raised before. A failing source keeps its last runs, marked stale with the reason; the others go
 * on. Sources may be added and removed while it runs. The listener is called from the polling
 * threads, one call at a time: a view-model marshals to the FX thread.
 */
public final class PipelineMonitor implements AutoCloseable {
  /** A pipeline source is stale once it has not reported for two of its intervals. */
  public static final Staleness STALENESS = new Staleness(2, Duration.ZERO);

  /** Receives every new board with the alerts it brought (usually none). */
  @FunctionalInterface
  public interface Listener {
    void update(PipelineBoard board, List<PipelineAlert> alerts);
  }

  private final SourcePoller<List<PipelineRun>> poller;
  private final Clock clock;
  private final RunAlerts alerts;
  private final Listener listener;

  public PipelineMonitor(
      List<PipelineSource> sources, Clock clock, RunAlerts alerts, Listener listener) {
    this.clock = clock;
    this.alerts = alerts;
    this.listener = listener;
    this.poller =
        new SourcePoller<>("pipelines", clock, STALENESS, PollObserver.NONE, this::publish);
    for (PipelineSource source : sources) {
      if (poller.source(source.id()).isPresent()) {
        throw new IllegalArgumentException("two pipeline sources have the id " + source.id());
      }
      poller.put(source);
    }
  }

  /** Starts one polling thread per source; each polls at once, then every interval. */
  public void start() {
    poller.start();
  }

  /**
   * Adds a source, polled at once if the monitor runs; its runs are announced from now on only, so
   * a source added again after a save announces nothing twice.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public void add(PipelineSource source) {
    alerts.announceFrom(source.id(), clock.instant());
    poller.add(source);
  }

  /** Removes a source and its runs at once, stops polling it and closes it. */
  public void remove(String sourceId) {
    poller.remove(sourceId);
  }

  /** The ids of the sources, in the order they were added. */
  public List<String> sourceIds() {
    return poller.sourceIds();
  }

  /**
   * Polls one source now, on the calling thread, and publishes; for a refresh button and for tests.
   */
  public void poll(String sourceId) {
    poller.pollOnce(
        poller
            .source(sourceId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no pipeline source " + sourceId + "; known: " + poller.sourceIds())));
  }

  /** The board as of now: every source's last runs and its health now. */
  public PipelineBoard board() {
    return board(poller.current());
  }

  private static PipelineBoard board(PollerState<List<PipelineRun>> state) {
    List<PipelineRun> runs = state.answers().stream().flatMap(List::stream).toList();
    return new PipelineBoard(state.at(), runs, state.statuses());
  }

  /** On a polling thread, one call at a time (the poller's lock), so the alerts need no lock. */
  private void publish(PollerState<List<PipelineRun>> state) {
    PipelineBoard board = board(state);
    listener.update(board, alerts.check(board.runs(), board.at()));
  }

  @Override
  public void close() {
    poller.close();
  }
}
