package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DemoFleetSourceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

  /**
   * The console's demo fleet answers its polls at once but leaves its history alone until the
   * console's first frame is up, then records it as any demo fleet does.
   */
  @Test
  @Timeout(120)
  void aFleetHoldingItsHistoryAnswersAtOnceAndRecordsItOnlyOnceLetStart() throws Exception {
    DemoFleetSource demo =
        DemoFleetSource.holdingHistory(Simulator.DEFAULT_SEED, CLOCK, Duration.ofSeconds(1));
    assertFalse(demo.poll().clusters().isEmpty(), "the live fleet without its history");
    demo.poll();
    // long enough for a fleet not holding it to record some of its containers
    Thread.sleep(500);
    assertEquals(0, demo.simulator().historyProgress(), "nothing recorded while held");
    assertTrue(demo.progress().isPresent(), "the recording to come is announced");

    demo.startHistory();
    demo.startHistory(); // idempotent: the console may say so twice
    demo.awaitHistory();
    assertTrue(demo.simulator().historyReady());
    assertTrue(demo.progress().isEmpty());
  }

  @Test
  @Timeout(120)
  void aFleetNotHoldingItsHistoryRecordsItFromItsFirstPoll() throws Exception {
    DemoFleetSource demo =
        new DemoFleetSource(Simulator.DEFAULT_SEED, CLOCK, Duration.ofSeconds(1));
    demo.poll();
    demo.awaitHistory();
    assertTrue(demo.simulator().historyReady());
  }
}
