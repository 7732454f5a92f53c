package dev.fleetscope.pipelines.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.http.SourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PipelineMonitorTest {
  static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
  static final Duration MIN = Duration.ofMinutes(3);

  /** A source whose next answer a test sets: runs, or a failure. */
  static final class Scripted implements PipelineSource {
    final String id;
    volatile List<PipelineRun> runs = List.of();
    volatile String failure;
    volatile boolean closed;

    Scripted(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String displayName() {
      return "Source " + id;
    }

    @Override
    public Duration interval() {
      return Duration.ofMinutes(1);
    }

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public List<PipelineRun> poll() throws SourceException {
      if (failure != null) {
        throw new SourceException(failure);
      }
      return runs.stream()
          .map(
              r ->
                  new PipelineRun(
                      id,
                      r.pipeline(),
                      r.runId(),
                      r.trigger(),
                      r.state(),
                      r.start(),
                      r.end(),
                      r.failedTasks(),
                      r.link()))
          .toList(); // a source stamps its runs with its id
    }
  }

  @Test
  void aFailingSourceKeepsItsRunsMarkedStaleWhileTheOthersStayLive() {
    MutableClock clock = new MutableClock(T);
    Scripted good = new Scripted("good");
    Scripted bad = new Scripted("bad");
    good.runs = List.of(Runs.running("train", "g1", T));
    bad.runs = List.of(Runs.running("score", "b1", T));
    List<PipelineBoard> boards = new ArrayList<>();
    List<PipelineAlert> alerts = new ArrayList<>();
    try (PipelineMonitor monitor =
        new PipelineMonitor(
            List.of(good, bad),
            clock,
            new RunAlerts(T, Duration.ZERO),
            (board, raised) -> {
              boards.add(board);
              alerts.addAll(raised);
            })) {
      monitor.poll("good");
      monitor.poll("bad");
      bad.failure =
          "Source bad: malformed JSON in the response to GET http://kfp/apis/v2beta1/runs";
      good.runs = List.of(Runs.finished("train", "g1", RunState.FAILED, T, Duration.ofMinutes(3)));
      clock.advance(Duration.ofSeconds(30));
      monitor.poll("bad");
      monitor.poll("good");
      monitor.poll("good");

      PipelineBoard last = boards.getLast();
      assertEquals(
          List.of("b1", "g1"), last.runs().stream().map(PipelineRun::runId).sorted().toList());
      assertEquals(SourceState.LIVE, last.source("good").orElseThrow().state());
      assertEquals(SourceState.STALE, last.source("bad").orElseThrow().state());
      assertTrue(
          last.source("bad").orElseThrow().message().orElseThrow().contains("malformed JSON"));
      assertEquals(
          false,
          last.isLive(
              last.runs().stream().filter(r -> r.runId().equals("b1")).findFirst().orElseThrow()));
      assertEquals(1, alerts.size()); // g1 failed: announced once over two polls
    }
  }

  @Test
  void startPollsEverySourceOnItsOwnThread() throws Exception {
    Scripted a = new Scripted("a");
    Scripted b = new Scripted("b");
    CountDownLatch both = new CountDownLatch(2);
    AtomicReference<PipelineBoard> latest = new AtomicReference<>();
    try (PipelineMonitor monitor =
        new PipelineMonitor(
            List.of(a, b),
            new MutableClock(T),
            new RunAlerts(T, Duration.ZERO),
            (board, raised) -> {
              latest.set(board);
              both.countDown();
            })) {
      monitor.start();
      assertTrue(both.await(5, TimeUnit.SECONDS));
    }
    assertEquals(2, latest.get().sources().size());
  }

  @Test
  void aSourceAddedLaterAnnouncesOnlyWhatEndsAfterItCameAndOneRemovedTakesItsRunsAlong() {
    MutableClock clock = new MutableClock(T);
    Scripted first = new Scripted("first");
    first.runs = List.of(Runs.finished("train", "f1", RunState.FAILED, T.minusSeconds(3600), MIN));
    List<PipelineBoard> boards = new ArrayList<>();
    List<PipelineAlert> alerts = new ArrayList<>();
    try (PipelineMonitor monitor =
        new PipelineMonitor(
            List.of(first),
            clock,
            new RunAlerts(T, Duration.ofHours(12)),
            (board, raised) -> {
              boards.add(board);
              alerts.addAll(raised);
            })) {
      monitor.poll("first");
      assertEquals(1, alerts.size(), "a failure within the lookback of the start is news");

      clock.advance(Duration.ofHours(1));
      Scripted late = new Scripted("late");
      late.runs =
          List.of(
              Runs.finished("score", "old", RunState.FAILED, T, MIN),
              Runs.finished("score", "new", RunState.FAILED, T.plusSeconds(3600), MIN));
      monitor.add(late);
      assertEquals(SourceState.CONNECTING, boards.getLast().source("late").orElseThrow().state());
      monitor.poll("late");
      assertEquals(
          List.of("f1", "new"),
          alerts.stream().map(a -> ((PipelineAlert.RunFailed) a).run().runId()).toList(),
          "the added source's failure from before it was added is history");
      assertEquals(List.of("first", "late"), monitor.sourceIds());

      monitor.remove("late");
      assertEquals(
          List.of("f1"), boards.getLast().runs().stream().map(PipelineRun::runId).toList());
      assertEquals(1, boards.getLast().sources().size());
      assertTrue(late.closed);
    }
  }
}
