package dev.fleetscope.pipelines.live;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls each pipeline source on its own interval, on a virtual thread of its own, and after every
 * poll publishes a fresh {@link PipelineBoard} and the alerts not raised before. A failing source
 * keeps its last runs, marked stale with the reason; the others go on. The listener is called from
 * the polling threads, one call at a time: a view-model marshals to the FX thread.
 */
public final class PipelineMonitor implements AutoCloseable {
  /** Receives every new board with the alerts it brought (usually none). */
  @FunctionalInterface
  public interface Listener {
    void update(PipelineBoard board, List<PipelineAlert> alerts);
  }

  private final Map<String, PipelineSource> sources = new LinkedHashMap<>();
  private final Map<String, SourceHealth> health = new LinkedHashMap<>();
  private final Map<String, List<PipelineRun>> runs = new ConcurrentHashMap<>();
  private final Clock clock;
  private final RunAlerts alerts;
  private final Listener listener;
  private final List<Thread> threads = new ArrayList<>();

  public PipelineMonitor(
      List<PipelineSource> sources, Clock clock, RunAlerts alerts, Listener listener) {
    for (PipelineSource source : sources) {
      if (this.sources.putIfAbsent(source.id(), source) != null) {
        throw new IllegalArgumentException("two pipeline sources have the id " + source.id());
      }
      health.put(
          source.id(), new SourceHealth(source.id(), source.displayName(), source.interval()));
    }
    this.clock = clock;
    this.alerts = alerts;
    this.listener = listener;
  }

  /** Starts one polling thread per source; each polls at once, then every interval. */
  public synchronized void start() {
    if (!threads.isEmpty()) {
      throw new IllegalStateException("the pipeline monitor is already running");
    }
    for (PipelineSource source : sources.values()) {
      threads.add(Thread.ofVirtual().name("pipelines-" + source.id()).start(() -> loop(source)));
    }
  }

  private void loop(PipelineSource source) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        poll(source.id());
        Thread.sleep(source.interval().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Polls one source now, on the calling thread, and publishes; for a refresh button and for tests.
   */
  public void poll(String sourceId) {
    PipelineSource source = sources.get(sourceId);
    if (source == null) {
      throw new IllegalArgumentException(
          "no pipeline source " + sourceId + "; known: " + sources.keySet());
    }
    try {
      List<PipelineRun> polled = List.copyOf(source.poll());
      runs.put(sourceId, polled);
      health.get(sourceId).succeeded(clock.instant());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (Exception e) {
      health
          .get(sourceId)
          .failed(e.getMessage() == null ? source.displayName() + ": " + e : e.getMessage());
    }
    publish();
  }

  /** The board as of now: every source's last runs and its health now. */
  public PipelineBoard board() {
    var now = clock.instant();
    List<PipelineRun> all = runs.values().stream().flatMap(List::stream).toList();
    return new PipelineBoard(now, all, health.values().stream().map(h -> h.status(now)).toList());
  }

  private synchronized void publish() {
    PipelineBoard board = board();
    listener.update(board, alerts.check(board.runs(), board.at()));
  }

  @Override
  public synchronized void close() {
    threads.forEach(Thread::interrupt);
    threads.clear();
    sources.values().forEach(PipelineSource::close);
  }
}
