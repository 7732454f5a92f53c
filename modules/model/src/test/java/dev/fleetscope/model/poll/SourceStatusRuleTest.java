package dev.fleetscope.model.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule by which every polled source is connecting, live, stale or failed. */
class SourceStatusRuleTest {
  static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
  static final Staleness TWO_INTERVALS = new Staleness(2, Duration.ZERO);

  private final Scripted kubeflow = new Scripted("kfp", Duration.ofMinutes(1));

  private SourceStatus status(SourceRecord<String> record, Instant now, Staleness staleness) {
    return record.report(now, staleness).status();
  }

  @Test
  void connectingThenFailedUntilFirstReport() {
    SourceRecord<String> record = SourceRecord.fresh(kubeflow);
    assertEquals(SourceState.CONNECTING, status(record, T, TWO_INTERVALS).state());
    record = record.failed(new IllegalStateException("401"));
    assertEquals(SourceState.FAILED, status(record, T, TWO_INTERVALS).state());
    assertEquals(Optional.of("Source kfp: 401"), status(record, T, TWO_INTERVALS).message());
  }

  @Test
  void liveWithinTwoIntervalsThenStaleSayingForHowLong() {
    SourceRecord<String> record = SourceRecord.fresh(kubeflow).answered("runs", T);
    assertEquals(SourceState.LIVE, status(record, T.plusSeconds(120), TWO_INTERVALS).state());
    SourceStatus silent = status(record, T.plusSeconds(121), TWO_INTERVALS);
    assertEquals(SourceState.STALE, silent.state());
    assertEquals(
        Optional.of("Source kfp: no report for 121 s (polls every 60 s)"), silent.message());
  }

  @Test
  void aFailedPollAfterSuccessMakesItStaleWithTheReasonKeepingTheAnswer() {
    SourceRecord<String> record =
        SourceRecord.fresh(kubeflow)
            .answered("runs", T)
            .failed(new IllegalStateException("Source kfp: malformed JSON"));
    SourceReport<String> report = record.report(T.plusSeconds(5), TWO_INTERVALS);
    assertEquals(SourceState.STALE, report.status().state());
    assertEquals(Optional.of("Source kfp: malformed JSON"), report.status().message());
    assertEquals(Optional.of(T), report.status().lastSuccess());
    assertEquals(Optional.of("runs"), report.lastAnswer(), "kept, not blanked");
    record = record.answered("runs", T.plusSeconds(60));
    assertEquals(SourceState.LIVE, status(record, T.plusSeconds(61), TWO_INTERVALS).state());
  }

  @Test
  void aFastSourceIsNotStaleBeforeTheFloor() {
    Scripted fast = new Scripted("fast", Duration.ofMillis(50));
    Staleness fleet = new Staleness(3, Duration.ofSeconds(10));
    SourceRecord<String> record = SourceRecord.fresh(fast).answered("clusters", T);
    assertEquals(SourceState.LIVE, status(record, T.plusSeconds(10), fleet).state());
    assertEquals(
        Optional.of("Source fast: no report for 10 s (polls every 50 ms)"),
        status(record, T.plusMillis(10_001), fleet).message());
  }

  @Test
  void anErrorWithoutAMessageIsNamedByItsKind() {
    SourceRecord<String> record = SourceRecord.fresh(kubeflow).failed(new NullPointerException());
    assertEquals(
        Optional.of("Source kfp: NullPointerException"),
        status(record, T, TWO_INTERVALS).message());
  }
}
