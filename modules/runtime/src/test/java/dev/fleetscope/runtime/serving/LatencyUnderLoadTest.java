package dev.fleetscope.runtime.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.serving.LatencyUnderLoad.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Eight hours by hand: CPU per replica minute by minute, and each hour's latency. The busiest
 * quarter is the two hours of most CPU.
 */
class LatencyUnderLoadTest {
  private static final Instant END = Instant.parse("2026-11-23T08:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final int HOURS = 8;
  private static final double[] CPU = {0.2, 0.3, 0.4, 0.9, 0.95, 0.5, 0.3, 0.2};

  /** The hourly CPU above, the same every minute of the hour. */
  private static Series cpu(double scale) {
    double[] minutes = new double[HOURS * 60];
    for (int i = 0; i < minutes.length; i++) {
      minutes[i] = CPU[i / 60] * scale;
    }
    return Series.of(
        Metric.CPU_CORES, END.minus(HOUR.multipliedBy(HOURS)), Duration.ofMinutes(1), minutes);
  }

  private static ServingSeries hours(IntToDoubleFunction latency, boolean triton) {
    List<ServingSnapshot> points = new ArrayList<>();
    for (int h = 0; h < HOURS; h++) {
      Instant end = END.minus(HOUR.multipliedBy(HOURS - 1 - h));
      ModelServing m =
          triton
              ? Served.triton(Served.RANKER, "r", 10, latency.applyAsDouble(h))
              : Served.otel(Served.RANKER, "r", 10, latency.applyAsDouble(h));
      points.add(Served.at(end, HOUR, m));
    }
    return new ServingSeries(END, HOUR, points);
  }

  /** 0.3 s in the two busiest hours (3 and 4), 0.1 s in the others. */
  private static final IntToDoubleFunction SLOW_WHEN_BUSY = h -> h == 3 || h == 4 ? 0.3 : 0.1;

  @Test
  void warnsWhenLatencyRoseInTheHoursCpuRanNearTheRequest() {
    LatencyUnderLoad check =
        LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, false), Served.RANKER, cpu(1), 1.0).orElseThrow();
    assertEquals(2, check.busy().size());
    assertEquals(6, check.others().size());
    assertEquals(3.0, check.rise(), 1e-9);
    assertEquals(0.925, check.busyCpuShare(), 1e-3); // half-precision samples
    assertEquals(Verdict.ROSE_WITH_CPU, check.verdict());
    assertTrue(check.warning());
    assertEquals(
        "⚠ r (OpenTelemetry): p99 latency 300 ms in the 2 busiest hours, when CPU ran at 90–95% of"
            + " the recommended request (1.00 core per replica); 100 ms in the other 6. Latency"
            + " rose 3.0× with CPU near the request: less CPU would starve it further.",
        check.describe("recommended request"));
  }

  @Test
  void aRiseWithCpuFarBelowTheRequestIsLoadNotStarvation() {
    LatencyUnderLoad check =
        LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, false), Served.RANKER, cpu(1), 4.0).orElseThrow();
    assertEquals(Verdict.ROSE_WITH_LOAD, check.verdict());
    assertFalse(check.warning());
    assertTrue(
        check
            .describe("request")
            .endsWith(
                "Latency rose 3.0× with load while CPU stayed under 50% of the request: load, not CPU starvation."),
        check.describe("request"));
  }

  @Test
  void latencyThatDoesNotRiseHolds() {
    LatencyUnderLoad check =
        LatencyUnderLoad.of(hours(h -> 0.1 + 0.01 * (h % 2), false), Served.RANKER, cpu(1), 1.0)
            .orElseThrow();
    assertEquals(Verdict.HELD, check.verdict());
    assertTrue(check.describe("request").endsWith("Latency held."), check.describe("request"));
  }

  @Test
  void usesTheMeanWhereTheServerExportsNoPercentiles() {
    LatencyUnderLoad check =
        LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, true), Served.RANKER, cpu(1), 1.0).orElseThrow();
    assertEquals("mean latency", check.figure());
    assertEquals("r (Triton)", check.model());
    assertTrue(check.warning());
  }

  @Test
  void nothingForAWorkloadThatServesNoModelOrHasNoCpuHistory() {
    WorkloadRef other = new WorkloadRef("c1", "serving", WorkloadKind.DEPLOYMENT, "other");
    assertTrue(LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, false), other, cpu(1), 1.0).isEmpty());
    assertTrue(
        LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, false), Served.RANKER, Series.EMPTY, 1.0)
            .isEmpty());
  }

  @Test
  void hoursWithoutCpuSamplesAreLeftOut() {
    // CPU recorded for the last four hours only: of the two busy hours, only hour 4 is left.
    Series lastFour = cpu(1).since(END.minus(HOUR.multipliedBy(4)));
    LatencyUnderLoad check =
        LatencyUnderLoad.of(hours(SLOW_WHEN_BUSY, false), Served.RANKER, lastFour, 1.0)
            .orElseThrow();
    assertEquals(4, check.windows().size());
    assertEquals(
        END.minus(HOUR.multipliedBy(3)).getEpochSecond(),
        check.windows().getFirst().endEpochSecond());
    assertEquals(1, check.busy().size(), "a quarter of four");
  }

  @Test
  void theMeanCpuOfAWindowIsOfTheMinutesThatStartInIt() {
    Series minutes =
        Series.of(
            Metric.CPU_CORES,
            Instant.ofEpochSecond(0),
            Duration.ofMinutes(1),
            1,
            2,
            3,
            4,
            Double.NaN,
            6);
    assertEquals(3.0, LatencyUnderLoad.meanCpu(minutes, 60, 240), 1e-9); // minutes at 60, 120, 180
    assertEquals(5.0, LatencyUnderLoad.meanCpu(minutes, 180, 400), 1e-9); // 4 and 6, NaN skipped
    assertTrue(Double.isNaN(LatencyUnderLoad.meanCpu(minutes, 600, 900)));
  }
}
