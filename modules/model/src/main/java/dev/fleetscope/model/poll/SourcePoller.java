package dev.fleetscope.model.poll;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Polls each source on a virtual thread of its own, at its own interval, and publishes an immutable
 * {@link PollerState} after every poll, every source added or removed, and every status that
 * changes without a poll (a hanging source going stale, progress moving). A source that fails keeps
 * its last answer, marked stale with the reason; one whose poll hangs goes stale by the clock, so a
 * slow source never holds up the others. Sources may be added and removed at any time. Once closed,
 * a poller publishes nothing.
 *
 * <pre>{@code
 * SourcePoller<FleetSnapshot> poller =
 *     new SourcePoller<>("source", clock, new Staleness(3, Duration.ofSeconds(10)),
 *         PollObserver.NONE, state -> show(state));
 * poller.add(prometheus);
 * poller.start();
 * }</pre>
 *
 * @param <A> what one poll of a source answers
 */
public final class SourcePoller<A> implements AutoCloseable {
  private static final Duration STATUS_TICK = Duration.ofSeconds(1);

  private final String threadPrefix;
  private final Clock clock;
  private final Staleness staleness;
  private final PollObserver observer;
  private final Consumer<PollerState<A>> publish;
  // Guarded by this.
  private final Map<String, SourceRecord<A>> records = new LinkedHashMap<>();
  private final Map<String, Thread> threads = new LinkedHashMap<>();
  private Thread statusThread;
  private volatile PollerState<A> latest = PollerState.empty();
  private volatile boolean closed;

  /**
   * @param threadPrefix names the threads ({@code prefix-sourceId}, {@code prefix-status})
   * @param publish receives every state on the thread that made it, one call at a time: hand it on,
   *     do not block
   */
  public SourcePoller(
      String threadPrefix,
      Clock clock,
      Staleness staleness,
      PollObserver observer,
      Consumer<PollerState<A>> publish) {
    this.threadPrefix = threadPrefix;
    this.clock = clock;
    this.staleness = staleness;
    this.observer = observer;
    this.publish = publish;
  }

  /**
   * Adds a source without publishing (for a poller being set up); once started, it is polled at
   * once. A closed poller closes the source instead.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public synchronized void put(PolledSource<A> source) {
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
  }

  /**
   * Adds a source and publishes it as connecting; once started, it is polled at once on a thread of
   * its own.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public synchronized void add(PolledSource<A> source) {
    put(source);
    publish();
  }

  /**
   * Removes a source with its answer, stops polling it and closes it (outside the poller's lock: a
   * close may wait on I/O); unknown ids are ignored.
   */
  public void remove(String sourceId) {
    SourceRecord<A> removed;
    Thread thread;
    synchronized (this) {
      removed = records.remove(sourceId);
      thread = threads.remove(sourceId);
      if (removed == null) {
        return;
      }
      publish();
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

  /** The source polled under this id, if any. */
  public synchronized Optional<PolledSource<A>> source(String sourceId) {
    return Optional.ofNullable(records.get(sourceId)).map(SourceRecord::source);
  }

  /** The last published state. */
  public PollerState<A> latest() {
    return latest;
  }

  /** The state as of now, unpublished: every source's last answer and its status now. */
  public synchronized PollerState<A> current() {
    var now = clock.instant();
    return new PollerState<>(
        now, records.values().stream().map(r -> r.report(now, staleness)).toList());
  }

  /** Starts a thread per source (each polls at once, then every interval) and the status tick. */
  public synchronized void start() {
    if (statusThread != null || closed) {
      return;
    }
    records.values().forEach(r -> startPolling(r.source()));
    statusThread = Thread.ofVirtual().name(threadPrefix + "-status").start(this::statusLoop);
  }

  /** Polls every source now instead of at its next interval (F5 in the console). */
  public synchronized void refreshNow() {
    threads.values().forEach(Thread::interrupt);
  }

  /**
   * Polls a source once, now, on the caller's thread, and publishes: for the command line, a
   * refresh button and tests. The answer of a source that was removed or replaced meanwhile is
   * dropped.
   */
  public void pollOnce(PolledSource<A> source) {
    long start = System.nanoTime();
    try {
      A answer = source.poll();
      observer.polled(source.id(), Duration.ofNanos(System.nanoTime() - start), true);
      update(source, r -> r.answered(answer, clock.instant()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      observer.polled(source.id(), Duration.ofNanos(System.nanoTime() - start), false);
      update(source, r -> r.failed(e));
    }
  }

  private void startPolling(PolledSource<A> source) {
    threads.put(
        source.id(),
        Thread.ofVirtual().name(threadPrefix + "-" + source.id()).start(() -> pollLoop(source)));
  }

  private void pollLoop(PolledSource<A> source) {
    while (!closed && polled(source)) {
      pollOnce(source);
      try {
        Thread.sleep(source.interval());
      } catch (InterruptedException refreshOrClose) {
        // close() and remove() end the loop through the records; refreshNow() cuts the wait short.
      }
    }
  }

  private void statusLoop() {
    while (!closed) {
      try {
        Thread.sleep(STATUS_TICK);
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (!current().statuses().equals(latest.statuses())) {
          publish();
        }
      }
    }
  }

  /** Whether the source is still one of ours (not removed, nor replaced by another with its id). */
  private synchronized boolean polled(PolledSource<A> source) {
    SourceRecord<A> record = records.get(source.id());
    return record != null && record.source() == source;
  }

  private synchronized void update(PolledSource<A> source, UnaryOperator<SourceRecord<A>> change) {
    if (!polled(source)) {
      return; // removed or replaced while it polled: its answer is not shown
    }
    records.computeIfPresent(source.id(), (id, r) -> change.apply(r));
    publish();
  }

  private synchronized void publish() {
    if (closed) {
      return;
    }
    PollerState<A> state = current();
    latest = state;
    try {
      publish.accept(state);
    } catch (RuntimeException e) {
      // A broken view must not stop the sources; it is reported, polling goes on.
      System.getLogger(SourcePoller.class.getName())
          .log(System.Logger.Level.ERROR, "a " + threadPrefix + " subscriber failed", e);
    }
  }

  /** Stops every thread and closes every source; publishes nothing from now on. */
  @Override
  public void close() {
    List<PolledSource<A>> sources;
    synchronized (this) {
      closed = true;
      threads.values().forEach(Thread::interrupt);
      threads.clear();
      if (statusThread != null) {
        statusThread.interrupt();
      }
      sources = records.values().stream().map(SourceRecord::source).toList();
    }
    sources.forEach(PolledSource::close);
  }
}
