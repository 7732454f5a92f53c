package dev.fleetscope.runtime.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.simulator.DemoServing;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServingServiceTest {
  private static final Instant END = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration FIVE = Duration.ofMinutes(5);

  /** Reads by hand: each window one model, its rate the window's end in minutes; counts reads. */
  private final List<Instant> reads = new ArrayList<>();

  private ServingService counting(boolean settled) {
    return new ServingService(
        "test",
        (end, window) -> {
          reads.add(end);
          return Served.at(
              end, window, Served.otel(Served.RANKER, "r", end.getEpochSecond() / 60.0, 0.1));
        },
        () -> settled);
  }

  @Test
  void aSeriesIsConsecutiveWindowsOldestFirstEndingAtTheEnd() throws IOException {
    ServingSeries series = counting(true).series(END, FIVE, 12);
    assertEquals(12, series.points().size());
    assertEquals(END.minus(Duration.ofHours(1)), series.start());
    assertEquals(END.minus(Duration.ofMinutes(55)), series.points().getFirst().end());
    assertEquals(END, series.points().getLast().end());
    series.points().forEach(p -> assertEquals(FIVE, p.window()));
    double[] rates = series.values(Served.RANKER.id() + "/r", m -> m.requestsPerSecond());
    assertEquals(END.getEpochSecond() / 60.0, rates[11]);
    assertEquals(rates[11] - 55, rates[0]);
  }

  @Test
  void movingOnByOneStepReadsOnlyTheNewWindow() throws IOException {
    ServingService service = counting(true);
    service.series(END, FIVE, 12);
    assertEquals(12, reads.size());
    service.series(END.plus(FIVE), FIVE, 12);
    assertEquals(13, reads.size());
    assertEquals(END.plus(FIVE), reads.getLast());
    service.snapshot(END, FIVE);
    assertEquals(13, reads.size(), "a window read before is not read again");
  }

  @Test
  void keepsOnlyTheLatestReadings() throws IOException {
    ServingService service = counting(true);
    for (int i = 0; i <= ServingService.KEPT; i++) {
      service.snapshot(END.plus(FIVE.multipliedBy(i)), FIVE);
    }
    service.snapshot(END.plus(FIVE.multipliedBy(ServingService.KEPT)), FIVE);
    assertEquals(ServingService.KEPT + 1, reads.size(), "the newest is still kept");
    service.snapshot(END, FIVE);
    assertEquals(ServingService.KEPT + 2, reads.size(), "the oldest was let go");
  }

  @Test
  void keepsNothingReadBeforeTheSourceSettles() throws IOException {
    ServingService service = counting(false);
    service.snapshot(END, FIVE);
    service.snapshot(END, FIVE);
    assertEquals(2, reads.size());
  }

  @Test
  void theDemoFleetsReadingIsTheSimulatorsAndSaysWhenGpuBusySharesAreMissing() throws IOException {
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(END, ZoneOffset.UTC));
    ServingService demo = ServingService.demo(simulator, c -> Optional.of(Served.PRICES));
    ServingSnapshot read = demo.snapshot(END, Duration.ofHours(1));
    ServingSnapshot expected =
        new DemoServing(simulator)
            .snapshot(END, Duration.ofHours(1), c -> Optional.of(Served.PRICES));
    assertEquals(expected.models(), read.models());
    assertEquals(
        List.of("GPU busy shares come once the demo fleet's 14 days of history are recorded"),
        read.notes());
    assertTrue(read.models().stream().allMatch(m -> m.gpuBusyShare().isEmpty()));
  }

  @Test
  void alignsEndsOnWholeSteps() {
    assertEquals(
        Instant.parse("2026-11-23T09:05:00Z"),
        ServingSeries.alignedEnd(Instant.parse("2026-11-23T09:09:59Z"), FIVE));
    assertEquals(
        Instant.parse("2026-11-23T08:00:00Z"),
        ServingSeries.alignedEnd(Instant.parse("2026-11-23T09:59:00Z"), Duration.ofHours(2)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServingSeries.alignedEnd(END, Duration.ofSeconds(90)));
  }

  @Test
  void aModelMissingFromAWindowIsNaNThereNotZero() throws IOException {
    ServingService gappy =
        new ServingService(
            "gappy",
            (end, window) ->
                end.equals(END)
                    ? Served.at(end, window)
                    : Served.at(end, window, Served.otel(Served.RANKER, "r", 3, 0.1)),
            () -> true);
    double[] rates =
        gappy.series(END, FIVE, 3).values(Served.RANKER.id() + "/r", m -> m.requestsPerSecond());
    assertEquals(3, rates[0]);
    assertEquals(3, rates[1]);
    assertTrue(Double.isNaN(rates[2]));
  }
}
