package dev.fleetscope.simulator.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoInferenceLogsTest {
  static final long SEED = 20261124L;
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static final Instant HOUR = Instant.parse("2026-11-20T15:00:00Z");
  static final Duration DAY = Duration.ofDays(1);
  private final DemoInferenceLogs logs = DemoInferenceLogs.startingAt(SEED, NOW);

  @Test
  void originIsFourteenDaysBeforeTheHourAndTheReferenceTheThreeDaysBefore() {
    assertEquals(Instant.parse("2026-11-06T15:00:00Z"), logs.origin());
    assertEquals(
        new DemoInferenceLogs.Window(Instant.parse("2026-11-03T15:00:00Z"), logs.origin()),
        logs.reference());
  }

  @Test
  void sameSeedModelAndWindowGiveTheSameRows() {
    InferenceLog a = logs.log("fraud-xgb-v7", HOUR.minus(DAY), HOUR);
    InferenceLog b =
        new DemoInferenceLogs(SEED, logs.origin()).log("fraud-xgb-v7", HOUR.minus(DAY), HOUR);
    assertArrayEquals(a.epochSeconds(), b.epochSeconds());
    for (int i = 0; i < a.columns().size(); i++) {
      assertColumnEquals(a.columns().get(i), b.columns().get(i));
    }
    InferenceLog otherSeed =
        new DemoInferenceLogs(SEED + 1, logs.origin()).log("fraud-xgb-v7", HOUR.minus(DAY), HOUR);
    assertFalse(Arrays.equals(a.epochSeconds(), otherSeed.epochSeconds()));
  }

  @Test
  void aWindowHoldsExactlyTheRowsOfTheLongerWindowThatCoversIt() {
    Instant start = HOUR.minus(Duration.ofHours(30)).plusSeconds(1234); // not on an hour
    Instant end = HOUR.minus(Duration.ofHours(3)).plusSeconds(77);
    InferenceLog longer = logs.log("ranker-v9", HOUR.minus(Duration.ofDays(2)), HOUR);
    InferenceLog inner = logs.log("ranker-v9", start, end);
    int[] inside =
        IntStream.range(0, longer.rows())
            .filter(
                i ->
                    longer.epochSeconds()[i] >= start.getEpochSecond()
                        && longer.epochSeconds()[i] < end.getEpochSecond())
            .toArray();
    assertEquals(inside.length, inner.rows());
    double[] latency =
        ((LogColumn.Numbers) longer.column("request_latency_ms").orElseThrow()).values();
    double[] innerLatency =
        ((LogColumn.Numbers) inner.column("request_latency_ms").orElseThrow()).values();
    for (int k = 0; k < inside.length; k++) {
      assertEquals(longer.epochSeconds()[inside[k]], inner.epochSeconds()[k]);
      assertEquals(latency[inside[k]], innerLatency[k]);
    }
  }

  @Test
  void aDayHoldsAFewThousandRowsInTimeOrderWithEveryColumn() {
    InferenceLog day = logs.log("ranker-v9", HOUR.minus(DAY), HOUR);
    assertTrue(day.rows() >= 2_500 && day.rows() <= 5_000, "rows " + day.rows());
    assertEquals(DemoInferenceLogs.COLUMNS, day.columns().stream().map(LogColumn::name).toList());
    for (int i = 1; i < day.rows(); i++) {
      assertTrue(day.epochSeconds()[i - 1] <= day.epochSeconds()[i]);
    }
    assertTrue(day.epochSeconds()[0] >= HOUR.minus(DAY).getEpochSecond());
    assertTrue(day.epochSeconds()[day.rows() - 1] < HOUR.getEpochSecond());
    for (LogColumn c : day.columns()) {
      assertEquals(
          DemoInferenceLogs.CATEGORICAL.contains(c.name()),
          c instanceof LogColumn.Labels,
          c.name());
    }
    double[] score = numbers(day, "score");
    assertTrue(Arrays.stream(score).allMatch(s -> s > 0 && s < 1));
  }

  @Test
  void aboutFourInTenModelsDriftAndEveryScenarioOccurs() {
    Map<DriftScenario, Integer> counts = new EnumMap<>(DriftScenario.class);
    for (int i = 0; i < 400; i++) {
      counts.merge(logs.scenario("model-" + i), 1, Integer::sum);
    }
    int drifting = 400 - counts.get(DriftScenario.STABLE);
    assertTrue(drifting > 120 && drifting < 200, counts.toString()); // 42 % expected: 168
    assertTrue(counts.keySet().containsAll(List.of(DriftScenario.values())), counts.toString());
  }

  @Test
  void driftingModelsStartUndriftedAndAreFullyDriftedByTheEndOfTheHistory() {
    int checked = 0;
    for (int i = 0; i < 60; i++) {
      String model = "model-" + i;
      DriftScenario scenario = logs.scenario(model);
      assertEquals(0, logs.driftLevel(model, logs.reference().end()), model);
      assertEquals(0, logs.driftLevel(model, logs.origin().plus(Duration.ofHours(23))), model);
      assertEquals(scenario == DriftScenario.STABLE ? 0 : 1, logs.driftLevel(model, HOUR), model);
      checked += scenario == DriftScenario.STABLE ? 0 : 1;
    }
    assertTrue(checked > 10);
  }

  @Test
  void aNewMarketAppearsOnlyAfterItsOnsetAndTakesAFifthOfTheTraffic() {
    String model = firstWith(DriftScenario.NEW_MARKET);
    InferenceLog reference = logs.log(model, logs.reference().start(), logs.reference().end());
    InferenceLog current = logs.log(model, HOUR.minus(DAY), HOUR);
    assertEquals(0, share(labels(reference, "country"), "BR"));
    double brazil = share(labels(current, "country"), "BR");
    assertEquals(0.22, brazil, 0.03, "expected 22 % BR traffic when fully drifted");
    assertEquals(
        median(numbers(reference, "basket_value_eur")),
        median(numbers(current, "basket_value_eur")),
        0.08 * median(numbers(reference, "basket_value_eur")),
        "baskets stay as they were");
  }

  @Test
  void theHolidaySeasonBringsBiggerBasketsAndMorePhones() {
    String model = firstWith(DriftScenario.SEASONAL_SHIFT);
    InferenceLog reference = logs.log(model, logs.reference().start(), logs.reference().end());
    InferenceLog current = logs.log(model, HOUR.minus(DAY), HOUR);
    // basket median x 1.3 at full drift; mobile share + 22 points
    assertEquals(
        1.3,
        median(numbers(current, "basket_value_eur"))
            / median(numbers(reference, "basket_value_eur")),
        0.08);
    assertEquals(
        0.22,
        share(labels(current, "device"), "mobile") - share(labels(reference, "device"), "mobile"),
        0.04);
  }

  @Test
  void stableModelsKeepTheirScoreDistribution() {
    String model = firstWith(DriftScenario.STABLE);
    InferenceLog reference = logs.log(model, logs.reference().start(), logs.reference().end());
    InferenceLog current = logs.log(model, HOUR.minus(DAY), HOUR);
    assertEquals(median(numbers(reference, "score")), median(numbers(current, "score")), 0.02);
    assertNotEquals(0, numbers(current, "score").length);
  }

  @Test
  void rejectsAnEmptyWindow() {
    assertThrows(IllegalArgumentException.class, () -> logs.log("x", HOUR, HOUR));
  }

  private String firstWith(DriftScenario scenario) {
    return IntStream.range(0, 1000)
        .mapToObj(i -> "model-" + i)
        .filter(m -> logs.scenario(m) == scenario)
        .findFirst()
        .orElseThrow();
  }

  private static double[] numbers(InferenceLog log, String column) {
    return ((LogColumn.Numbers) log.column(column).orElseThrow()).values();
  }

  private static String[] labels(InferenceLog log, String column) {
    return ((LogColumn.Labels) log.column(column).orElseThrow()).values();
  }

  private static double share(String[] values, String label) {
    return Arrays.stream(values).filter(label::equals).count() / (double) values.length;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void assertColumnEquals(LogColumn a, LogColumn b) {
    assertEquals(a.name(), b.name());
    switch (a) {
      case LogColumn.Numbers n -> assertArrayEquals(n.values(), ((LogColumn.Numbers) b).values());
      case LogColumn.Labels l -> assertArrayEquals(l.values(), ((LogColumn.Labels) b).values());
    }
  }
}
