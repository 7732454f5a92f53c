package dev.fleetscope.runtime.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.runtime.live.ScriptedSource.Next;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class LiveFleetTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));

  @Test
  void mergesTheClustersOfEverySourceWithTheirStatuses() {
    ScriptedSource a = new ScriptedSource("a", Duration.ofSeconds(5));
    ScriptedSource b = new ScriptedSource("b", Duration.ofSeconds(5));
    try (LiveFleet fleet = new LiveFleet(List.of(a, b), clock)) {
      fleet.pollOnce(a);
      fleet.pollOnce(b);
      FleetSnapshot s = fleet.latest();
      assertEquals(
          List.of("a-cluster", "b-cluster"), s.clusters().stream().map(c -> c.name()).toList());
      assertTrue(s.sources().stream().allMatch(SourceStatus::live));
    }
  }

  @Test
  void aFailingSourceKeepsItsLastClustersMarkedStaleWithTheReason() {
    ScriptedSource a = new ScriptedSource("a", Duration.ofSeconds(5));
    try (LiveFleet fleet = new LiveFleet(List.of(a), clock)) {
      fleet.pollOnce(a);
      a.next(Next.FAIL);
      fleet.pollOnce(a);
      FleetSnapshot s = fleet.latest();
      assertEquals(1, s.clusters().size(), "the cluster is kept, not blanked");
      SourceStatus status = s.source("a").orElseThrow();
      assertEquals(SourceState.STALE, status.state());
      assertEquals("Scripted a: connection refused: http://a:9090", status.message().orElseThrow());
      assertFalse(s.isLive(s.clusters().getFirst()));
    }
  }

  @Test
  void aSourceThatNeverAnsweredIsFailedNotStale() {
    ScriptedSource a = new ScriptedSource("a", Duration.ofSeconds(5));
    a.next(Next.FAIL);
    try (LiveFleet fleet = new LiveFleet(List.of(a), clock)) {
      fleet.pollOnce(a);
      assertEquals(SourceState.FAILED, fleet.latest().source("a").orElseThrow().state());
    }
  }

  @Test
  void aHangingSourceGoesStaleWhileTheOthersStayLive() throws Exception {
    ScriptedSource slow = new ScriptedSource("slow", Duration.ofMillis(50));
    ScriptedSource fast = new ScriptedSource("fast", Duration.ofMillis(50));
    try (LiveFleet fleet = new LiveFleet(List.of(slow, fast), clock)) {
      fleet.pollOnce(slow);
      slow.next(Next.HANG);
      fleet.start();
      awaitPolls(slow, 2);
      clock.advance(Duration.ofMinutes(1)); // the slow source's last answer is now a minute old
      int before = fast.polls();
      awaitPolls(fast, before + 2);
      FleetSnapshot s =
          awaitSnapshot(fleet, x -> x.source("slow").orElseThrow().state() == SourceState.STALE);
      assertEquals(SourceState.LIVE, s.source("fast").orElseThrow().state());
      assertEquals(2, s.clusters().size());
      slow.release();
    }
  }

  @Test
  void refusesTwoSourcesWithOneId() {
    ScriptedSource a = new ScriptedSource("a", Duration.ofSeconds(1));
    assertThrows(IllegalArgumentException.class, () -> new LiveFleet(List.of(a, a), clock));
  }

  @Test
  void aLateSubscriberGetsTheLatestSnapshotAtOnce() {
    ScriptedSource a = new ScriptedSource("a", Duration.ofSeconds(5));
    try (LiveFleet fleet = new LiveFleet(List.of(a), clock)) {
      fleet.pollOnce(a);
      FleetSnapshot[] got = new FleetSnapshot[1];
      fleet.subscribe(s -> got[0] = s);
      assertEquals(fleet.latest(), got[0]);
    }
  }

  @Test
  void aSourceAddedWhileRunningIsPolledAtOnceAndOneRemovedTakesItsClustersAlong() throws Exception {
    ScriptedSource a = new ScriptedSource("a", Duration.ofMillis(50));
    ScriptedSource b = new ScriptedSource("b", Duration.ofSeconds(60));
    try (LiveFleet fleet = new LiveFleet(List.of(a), clock)) {
      fleet.start();
      awaitPolls(a, 1);
      fleet.add(b);
      assertEquals(List.of("a", "b"), fleet.sourceIds());
      awaitSnapshot(fleet, s -> s.clusters().size() == 2);

      fleet.remove("a");
      int polls = a.polls();
      FleetSnapshot s = awaitSnapshot(fleet, x -> x.clusters().size() == 1);
      assertEquals("b-cluster", s.clusters().getFirst().name());
      assertEquals(List.of("b"), s.sources().stream().map(SourceStatus::sourceId).toList());
      assertTrue(a.closed());
      Thread.sleep(200);
      assertTrue(a.polls() <= polls + 1, "a removed source is no longer polled");
    }
  }

  @Test
  void aSourceReplacedUnderItsIdNeverShowsTheOldOnesAnswer() {
    ScriptedSource old = new ScriptedSource("a", Duration.ofSeconds(5));
    ScriptedSource fresh = new ScriptedSource("a", Duration.ofSeconds(5));
    try (LiveFleet fleet = new LiveFleet(List.of(old), clock)) {
      fleet.remove("a");
      fleet.add(fresh);
      fleet.pollOnce(old);
      assertEquals(SourceState.CONNECTING, fleet.latest().source("a").orElseThrow().state());
      assertTrue(fleet.latest().clusters().isEmpty());
    }
  }

  private static void awaitPolls(ScriptedSource source, int polls) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (source.polls() < polls && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(
        source.polls() >= polls, "source " + source.id() + " polled " + source.polls() + " times");
  }

  private static FleetSnapshot awaitSnapshot(LiveFleet fleet, Predicate<FleetSnapshot> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.test(fleet.latest()) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(condition.test(fleet.latest()), "condition not met: " + fleet.latest().sources());
    return fleet.latest();
  }
}
