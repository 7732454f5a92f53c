package dev.fleetscope.pipelines.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.SourceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceHealthTest {
  static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void connectingThenFailedUntilFirstReport() {
    SourceHealth health = new SourceHealth("kfp", "Kubeflow", Duration.ofMinutes(1));
    assertEquals(SourceState.CONNECTING, health.status(T).state());
    health.failed("Kubeflow: 401");
    assertEquals(SourceState.FAILED, health.status(T).state());
    assertEquals(Optional.of("Kubeflow: 401"), health.status(T).message());
  }

  @Test
  void liveWithinTwoIntervalsThenStale() {
    SourceHealth health = new SourceHealth("kfp", "Kubeflow", Duration.ofMinutes(1));
    health.succeeded(T);
    assertEquals(SourceState.LIVE, health.status(T.plusSeconds(120)).state());
    assertEquals(SourceState.STALE, health.status(T.plusSeconds(121)).state());
    assertEquals(
        Optional.of("Kubeflow: no report for 121 s (polls every 60 s)"),
        health.status(T.plusSeconds(121)).message());
  }

  @Test
  void aFailedPollAfterSuccessMakesItStaleWithTheReason() {
    SourceHealth health = new SourceHealth("kfp", "Kubeflow", Duration.ofMinutes(1));
    health.succeeded(T);
    health.failed("Kubeflow: malformed JSON");
    assertEquals(SourceState.STALE, health.status(T.plusSeconds(5)).state());
    assertEquals(Optional.of(T), health.status(T.plusSeconds(5)).lastSuccess());
    health.succeeded(T.plusSeconds(60));
    assertEquals(SourceState.LIVE, health.status(T.plusSeconds(61)).state());
  }
}
