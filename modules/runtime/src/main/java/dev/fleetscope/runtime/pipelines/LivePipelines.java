package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.live.PipelineMonitor;
import dev.fleetscope.pipelines.live.RunAlerts;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SavedConnections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pipelines the console watches: the setup's own (the demo fleet's, while the demo fleet is
 * shown) and the saved pipeline connections. When those change, a new {@link PipelineMonitor}
 * replaces the old one, on a worker of its own (closing a source may wait on I/O, never on the FX
 * thread), and publishes its first board at once, so a removed source's runs leave the view even
 * before anything is polled.
 */
public final class LivePipelines implements AutoCloseable {
  private final PipelineSetup setup;
  private final ConfiguredPipelines configured;
  private final Duration lookback;
  private final PipelineMonitor.Listener listener;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("pipelines-rebuild").factory());
  private final Object dispatch = new Object();

  /**
   * Guarded by dispatch: only the current monitor's boards (of its generation) reach the listener.
   */
  private PipelineMonitor current;

  private long generation;
  private boolean closed;

  /** What the current monitor watches; touched on the worker only. */
  private Watched watched;

  /**
   * @param lookback how far before the first monitor's start a failure is still announced; a
   *     rebuilt monitor announces only what ends after it starts, so nothing is announced twice
   */
  public LivePipelines(
      PipelineSetup setup,
      ConfiguredPipelines configured,
      Duration lookback,
      PipelineMonitor.Listener listener) {
    this.setup = setup;
    this.configured = configured;
    this.lookback = lookback;
    this.listener = listener;
  }

  /**
   * Watches what {@code connections} asks for, replacing the monitor when that changed; returns at
   * once.
   */
  public void follow(SavedConnections connections) {
    // a placement only joins runs to workloads (the view-model's business): changing it reconnects
    // nothing
    Watched wanted =
        new Watched(
            connections.showsDemoFleet(),
            connections.pipelines().stream().map(e -> e.withPlacement(Optional.empty())).toList());
    if (!worker.isShutdown()) {
      worker.execute(() -> rebuild(wanted));
    }
  }

  private void rebuild(Watched wanted) {
    if (wanted.equals(watched)) {
      return;
    }
    List<PipelineSource> sources = new ArrayList<>();
    if (wanted.demo()) {
      setup.sources().forEach(s -> sources.add(new Kept(s)));
    }
    sources.addAll(configured.sources(wanted.entries()));
    RunAlerts alerts =
        new RunAlerts(setup.clock().instant(), watched == null ? lookback : Duration.ZERO);
    PipelineMonitor old;
    PipelineMonitor made;
    synchronized (dispatch) {
      if (closed) {
        return;
      }
      long mine = ++generation;
      made =
          new PipelineMonitor(
              sources,
              setup.clock(),
              alerts,
              (board, raised) -> {
                synchronized (dispatch) {
                  if (generation == mine) {
                    listener.update(board, raised);
                  }
                }
              });
      old = current;
      current = made;
      watched = wanted;
      listener.update(made.board(), List.of());
      made.start(); // under the lock, so close() cannot miss it; no thread of its own can hold it
      // yet
    }
    if (old != null) {
      old.close(); // outside the lock: its last poll may be waiting to publish, and is then dropped
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    PipelineMonitor last;
    synchronized (dispatch) {
      closed = true;
      generation++;
      last = current;
      current = null;
    }
    if (last != null) {
      last.close();
    }
    setup.sources().forEach(PipelineSource::close);
  }

  private record Watched(boolean demo, List<PipelineEntry> entries) {
    Watched {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One of the setup's sources, polled by successive monitors: only {@link #close()} of the whole
   * closes it.
   */
  private record Kept(PipelineSource source) implements PipelineSource {
    Kept {
      Objects.requireNonNull(source);
    }

    @Override
    public String id() {
      return source.id();
    }

    @Override
    public String displayName() {
      return source.displayName();
    }

    @Override
    public Duration interval() {
      return source.interval();
    }

    @Override
    public List<PipelineRun> poll() throws Exception {
      return source.poll();
    }

    @Override
    public void close() {
      // the setup's sources outlive a monitor
    }
  }
}
