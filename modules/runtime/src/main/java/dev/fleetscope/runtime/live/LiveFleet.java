package dev.fleetscope.runtime.live;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.poll.PollObserver;
import dev.fleetscope.model.poll.PollerState;
import dev.fleetscope.model.poll.SourcePoller;
import dev.fleetscope.model.poll.Staleness;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live fleet: every fleet source polled by one {@link SourcePoller}, each poller state merged
 * into one immutable {@link FleetSnapshot} (a cluster two sources report under one name becomes
 * one) and handed to the subscribers. A source that fails keeps its last part, marked stale with
 * the reason; a source whose poll hangs goes stale by the clock, so one slow source never holds up
 * the others or the window. Sources can be added and removed while it runs (the Connections view
 * does so).
 */
public final class LiveFleet implements AutoCloseable {
  /**
   * A fleet source is stale once its last answer is three intervals old, and never sooner than 10
   * s, so a fast source does not flicker on a slow machine.
   */
  public static final Staleness STALENESS = new Staleness(3, Duration.ofSeconds(10));

  private final SourcePoller<FleetSnapshot> poller;
  private final Clock clock;
  private final List<Consumer<FleetSnapshot>> subscribers = new CopyOnWriteArrayList<>();
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;

  public LiveFleet(List<FleetSource> sources, Clock clock) {
    this(sources, clock, PollObserver.NONE);
  }

  public LiveFleet(List<FleetSource> sources, Clock clock, PollObserver observer) {
    this.poller = new SourcePoller<>("source", clock, STALENESS, observer, this::publish);
    this.clock = clock;
    sources.forEach(poller::put);
  }

  /** The clock the sources' answers are timed by. */
  public Clock clock() {
    return clock;
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
  public void refreshNow() {
    poller.refreshNow();
  }

  /**
   * Adds a source; once started, it is polled at once on a thread of its own. Its clusters appear
   * with its first answer; until then it shows as connecting.
   *
   * @throws IllegalArgumentException when a source with its id is already there
   */
  public void add(FleetSource source) {
    poller.add(source);
  }

  /**
   * Removes a source with its clusters, stops polling it and closes it; unknown ids are ignored.
   */
  public void remove(String sourceId) {
    poller.remove(sourceId);
  }

  /** The ids of the sources, in the order they were added. */
  public List<String> sourceIds() {
    return poller.sourceIds();
  }

  public FleetSnapshot latest() {
    return latest;
  }

  public void start() {
    poller.start();
  }

  /** Polls a source once, now, on the caller's thread: for the command line and tests. */
  public void pollOnce(FleetSource source) {
    poller.pollOnce(source);
  }

  /** On the poller's thread, one state at a time. */
  private void publish(PollerState<FleetSnapshot> state) {
    FleetSnapshot merged = FleetSnapshot.merge(state.at(), state.answers(), state.statuses());
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

  @Override
  public void close() {
    poller.close();
  }
}
