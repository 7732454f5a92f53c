package dev.fleetscope.runtime.live;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs every fleet source on a virtual thread of its own and publishes one merged, immutable {@link
 * FleetSnapshot} after each poll. A source that fails keeps its last part, marked stale with the
 * reason; a source whose poll hangs is marked stale by a separate ticker, so one slow source never
 * holds up the others or the window. Sources can be added and removed while it runs (the
 * Connections view does so).
 */
public final class LiveFleet implements AutoCloseable {
  private static final Duration STATUS_TICK = Duration.ofSeconds(1);

  private final Clock clock;
  private final PollObserver observer;
  private final Map<String, SourceRecord> records = new LinkedHashMap<>();
  private final List<Consumer<FleetSnapshot>> subscribers = new CopyOnWriteArrayList<>();
  private final Map<String, Thread> threads = new LinkedHashMap<>();
  private Thread statusThread;
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile boolean closed;

  public LiveFleet(List<FleetSource> sources, Clock clock) {
    this(sources, clock, PollObserver.NONE);
  }

  public LiveFleet(List<FleetSource> sources, Clock clock, PollObserver observer) {
    this.clock = clock;
    this.observer = observer;
    for (FleetSource source : sources) {
      if (records.putIfAbsent(source.id(), SourceRecord.fresh(source)) != null) {
        throw new IllegalArgumentException("two sources share the id " + source.id());
      }
    }
  }

  /**
   * Receives every published snapshot, on the publishing source's thread: hand it on, do not block.
   * A subscriber that arrives late gets the latest snapshot at once.
   */
  public void subscribe(Consumer<FleetSnapshot> subscriber) {
    subscribers.add(subscriber);
    FleetSnapshot current = latest;
    if (current != FleetSnapshot.EMPTY) {
      subscriber.accept(current);
    }
  }

  /** Polls every source now instead of at its next interval (F5 in the console). */
  public synchronized void refreshNow() {
    threads.values().forEach(Thread::interrupt);
  }

  /**
   * Adds a source; once started, it is polled at once on a thread of its own. Its clusters appear
   * with its first answer; until then it shows as connecting.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public synchronized void add(FleetSource source) {
    if (closed) {
      source.close();
      return;
    }
    if (records.putIfAbsent(source.id(), SourceRecord.fresh(source)) != null) {
      throw new IllegalArgumentException("two sources share the id " + source.id());
    }
    if (statusThread != null) {
      startPolling(source);
    }
    update(null, r -> r);
  }

  /**
   * Removes a source with its clusters, stops polling it and closes it; unknown ids are ignored.
   */
  public void remove(String sourceId) {
    SourceRecord removed;
    Thread thread;
    synchronized (this) {
      removed = records.remove(sourceId);
      thread = threads.remove(sourceId);
      if (removed == null) {
        return;
      }
      update(null, r -> r);
    }
    if (thread != null) {
      thread.interrupt();
    }
    removed.source().close();
  }

  /** The ids of the sources, in the order they were added. */
  public synchronized List<String> sourceIds() {
    return List.copyOf(records.keySet());
  }

  public FleetSnapshot latest() {
    return latest;
  }

  public synchronized void start() {
    if (statusThread != null) {
      return;
    }
    records.values().forEach(r -> startPolling(r.source()));
    statusThread = Thread.ofVirtual().name("source-status").start(this::statusLoop);
  }

  private void startPolling(FleetSource source) {
    threads.put(
        source.id(),
        Thread.ofVirtual().name("source-" + source.id()).start(() -> pollLoop(source)));
  }

  /** Polls a source once, now, on the caller's thread: for the command line and tests. */
  public void pollOnce(FleetSource source) {
    long start = System.nanoTime();
    try {
      FleetSnapshot part = source.poll();
      observer.polled(source.id(), Duration.ofNanos(System.nanoTime() - start), true);
      update(source.id(), r -> r.source() == source ? r.succeeded(part, clock.instant()) : r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      observer.polled(source.id(), Duration.ofNanos(System.nanoTime() - start), false);
      update(source.id(), r -> r.source() == source ? r.failed(describe(source, e)) : r);
    }
  }

  private void pollLoop(FleetSource source) {
    while (!closed && polled(source)) {
      pollOnce(source);
      try {
        Thread.sleep(source.interval());
      } catch (InterruptedException refreshOrClose) {
        // close() ends the loop through the flag; refreshNow() just cuts the wait short.
      }
    }
  }

  /**
   * Republishes when a status changes without a poll (a hanging source going stale, progress
   * moving).
   */
  private void statusLoop() {
    while (!closed) {
      try {
        Thread.sleep(STATUS_TICK);
      } catch (InterruptedException e) {
        return;
      }
      if (!statuses().equals(latest.sources())) {
        update(null, r -> r);
      }
    }
  }

  /** Whether the source is still one of ours (not removed, nor replaced by another with its id). */
  private synchronized boolean polled(FleetSource source) {
    SourceRecord record = records.get(source.id());
    return record != null && record.source() == source;
  }

  private interface Change {
    SourceRecord apply(SourceRecord record);
  }

  private synchronized void update(String sourceId, Change change) {
    if (sourceId != null) {
      records.computeIfPresent(sourceId, (id, r) -> change.apply(r));
      if (!records.containsKey(sourceId)) {
        return; // removed while it polled: its answer is not shown
      }
    }
    List<FleetSnapshot> parts = records.values().stream().map(SourceRecord::part).toList();
    FleetSnapshot merged = FleetSnapshot.merge(clock.instant(), parts, statuses());
    latest = merged;
    for (Consumer<FleetSnapshot> subscriber : subscribers) {
      try {
        subscriber.accept(merged);
      } catch (RuntimeException e) {
        // A broken view must not stop the sources; it is reported, the others still get the
        // snapshot.
        System.getLogger(LiveFleet.class.getName())
            .log(System.Logger.Level.ERROR, "a fleet subscriber failed", e);
      }
    }
  }

  private synchronized List<SourceStatus> statuses() {
    var now = clock.instant();
    return records.values().stream().map(r -> r.status(now)).toList();
  }

  private static String describe(FleetSource source, Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return source.displayName() + ": " + message;
  }

  @Override
  public void close() {
    List<FleetSource> sources;
    synchronized (this) {
      closed = true;
      threads.values().forEach(Thread::interrupt);
      if (statusThread != null) {
        statusThread.interrupt();
      }
      sources = records.values().stream().map(SourceRecord::source).toList();
    }
    sources.forEach(FleetSource::close);
  }
}
