package dev.fleetscope.model.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class SourcePollerTest {
  private static final Staleness STALENESS = new Staleness(3, Duration.ofSeconds(10));
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final List<PollerState<String>> published = new CopyOnWriteArrayList<>();

  private SourcePoller<String> poller() {
    return new SourcePoller<>("test", clock, STALENESS, PollObserver.NONE, published::add);
  }

  @Test
  void publishesEverySourcesLastAnswerWithItsStatusInTheOrderAdded() {
    Scripted a = new Scripted("a", Duration.ofSeconds(5));
    Scripted b = new Scripted("b", Duration.ofSeconds(5));
    try (SourcePoller<String> poller = poller()) {
      poller.put(b);
      poller.put(a);
      assertTrue(published.isEmpty(), "put does not publish");
      poller.pollOnce(a);
      assertEquals(List.of("a-1"), published.getLast().answers());
      assertEquals(
          List.of(SourceState.CONNECTING, SourceState.LIVE),
          published.getLast().statuses().stream().map(SourceStatus::state).toList());
      poller.pollOnce(b);
      assertEquals(List.of("b-1", "a-1"), published.getLast().answers());
      a.failure = "connection refused";
      poller.pollOnce(a);
      SourceReport<String> failed = published.getLast().report("a").orElseThrow();
      assertEquals("a-1", failed.lastAnswer().orElseThrow(), "the last answer is kept");
      assertEquals(SourceState.STALE, failed.status().state());
    }
  }

  @Test
  void aSourceAddedWhileRunningIsPolledAtOnceAndOneRemovedIsClosedAndNoLongerPolled()
      throws InterruptedException {
    Scripted metronome = new Scripted("metronome", Duration.ofMillis(20));
    Scripted a = new Scripted("a", Duration.ofMillis(20));
    Scripted b = new Scripted("b", Duration.ofMinutes(1));
    try (SourcePoller<String> poller = poller()) {
      poller.put(metronome);
      poller.put(a);
      poller.start();
      await(() -> a.polls() >= 1);
      poller.add(b);
      // b's own thread may already have answered: the first state that shows b is add's own.
      assertEquals(
          SourceState.CONNECTING,
          published.stream()
              .flatMap(state -> state.report("b").stream())
              .findFirst()
              .orElseThrow()
              .status()
              .state());
      await(() -> b.polls() == 1 && poller.latest().answers().contains("b-1"));

      poller.remove("a");
      int polls = a.polls();
      assertEquals(
          List.of("metronome", "b"),
          poller.latest().statuses().stream().map(SourceStatus::sourceId).toList());
      assertTrue(a.closed);
      int ticks = metronome.polls();
      await(() -> metronome.polls() >= ticks + 3);
      assertTrue(a.polls() <= polls + 1, "a removed source is no longer polled");
      a.answer = "a-late";
      poller.pollOnce(a);
      assertTrue(poller.latest().report("a").isEmpty(), "a removed source's answer is dropped");
    }
  }

  @Test
  void aSourceReplacedUnderItsIdNeverShowsTheOldOnesAnswer() {
    Scripted old = new Scripted("a", Duration.ofSeconds(5));
    Scripted fresh = new Scripted("a", Duration.ofSeconds(5));
    try (SourcePoller<String> poller = poller()) {
      poller.put(old);
      poller.remove("a");
      poller.add(fresh);
      poller.pollOnce(old);
      assertEquals(SourceState.CONNECTING, poller.latest().statuses().getFirst().state());
      assertTrue(poller.latest().answers().isEmpty());
    }
  }

  @Test
  void aHangingSourceGoesStaleByTheClockWithoutAPoll() throws InterruptedException {
    Scripted slow = new Scripted("slow", Duration.ofSeconds(5));
    try (SourcePoller<String> poller = poller()) {
      poller.put(slow);
      poller.pollOnce(slow);
      slow.hang = true;
      poller.start();
      await(() -> slow.polls() >= 2);
      clock.advance(Duration.ofSeconds(16)); // three intervals and a second
      await(() -> poller.latest().statuses().getFirst().state() == SourceState.STALE);
      assertEquals(
          "Source slow: no report for 16 s (polls every 5 s)",
          poller.latest().statuses().getFirst().message().orElseThrow());
      slow.release();
    }
  }

  @Test
  void aClosedPollerPublishesNothingAndClosesWhatIsAddedToIt() {
    Scripted a = new Scripted("a", Duration.ofSeconds(5));
    Scripted late = new Scripted("late", Duration.ofSeconds(5));
    SourcePoller<String> poller = poller();
    poller.add(a);
    poller.close();
    int seen = published.size();
    poller.pollOnce(a);
    poller.add(late);
    poller.remove("a");
    poller.start();
    assertEquals(seen, published.size());
    assertTrue(a.closed && late.closed);
  }

  @Test
  void refusesTwoSourcesWithOneId() {
    try (SourcePoller<String> poller = poller()) {
      poller.put(new Scripted("a", Duration.ofSeconds(1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> poller.add(new Scripted("a", Duration.ofSeconds(1))));
    }
  }

  @Test
  void aSubscriberThatThrowsDoesNotStopThePolling() {
    Scripted a = new Scripted("a", Duration.ofSeconds(5));
    List<PollerState<String>> seen = new CopyOnWriteArrayList<>();
    try (SourcePoller<String> poller =
        new SourcePoller<>(
            "test",
            clock,
            STALENESS,
            PollObserver.NONE,
            state -> {
              seen.add(state);
              throw new IllegalStateException("a broken view");
            })) {
      poller.put(a);
      poller.pollOnce(a);
      a.answer = "a-2";
      poller.pollOnce(a);
      assertEquals(List.of("a-2"), seen.getLast().answers());
    }
  }

  @Test
  void tellsTheObserverAboutEveryPoll() {
    Scripted a = new Scripted("a", Duration.ofSeconds(5));
    List<Boolean> polls = new CopyOnWriteArrayList<>();
    try (SourcePoller<String> poller =
        new SourcePoller<>(
            "test", clock, STALENESS, (id, took, ok) -> polls.add(ok), published::add)) {
      poller.put(a);
      poller.pollOnce(a);
      a.failure = "down";
      poller.pollOnce(a);
      assertEquals(List.of(true, false), polls);
    }
  }

  /** Waits for what other threads do; the bound only stops a broken test. */
  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(condition.getAsBoolean(), "condition not met within 10 s");
  }
}
