package dev.fleetscope.simulator.inference;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * What one demo model's traffic looks like before any drift: its request rate, the centre and
 * spread of each feature, its markets and devices, its score distribution; and whether, when and
 * how fast it drifts. Drawn once from (seed, model), so every window of a model's log agrees.
 */
record ModelTraits(
    long stream,
    int rowsPerHour,
    double latencyMedianMs,
    double latencySigma,
    double basketMedian,
    double itemsMean,
    double accountAgeMedianDays,
    double[] countryWeights,
    double mobileShare,
    double scoreLogitMean,
    double scoreLogitSigma,
    DriftScenario scenario,
    Duration onset,
    Duration ramp) {

  static final String[] COUNTRIES = {"DE", "FR", "GB", "US", "NL", "ES", "IT", "PL"};
  private static final double[] COUNTRY_BASE = {0.22, 0.16, 0.15, 0.14, 0.09, 0.09, 0.08, 0.07};

  /**
   * About four in ten models drift: a seasonal shift, a new market or a score skew in similar
   * numbers.
   */
  static ModelTraits of(long seed, String model) {
    long stream = Mix.stream(seed, model);
    SplittableRandom r = new SplittableRandom(stream);
    double[] countries = new double[COUNTRIES.length];
    double sum = 0;
    for (int i = 0; i < countries.length; i++) {
      countries[i] = COUNTRY_BASE[i] * r.nextDouble(0.7, 1.3);
      sum += countries[i];
    }
    for (int i = 0; i < countries.length; i++) {
      countries[i] /= sum;
    }
    double pick = r.nextDouble();
    DriftScenario scenario =
        pick < 0.58
            ? DriftScenario.STABLE
            : pick < 0.72
                ? DriftScenario.SEASONAL_SHIFT
                : pick < 0.86 ? DriftScenario.NEW_MARKET : DriftScenario.SCORE_SKEW;
    return new ModelTraits(
        stream,
        r.nextInt(140, 241),
        Math.exp(r.nextDouble(Math.log(15), Math.log(120))),
        r.nextDouble(0.35, 0.5),
        Math.exp(r.nextDouble(Math.log(25), Math.log(90))),
        r.nextDouble(1.5, 3.5),
        r.nextDouble(200, 700),
        countries,
        r.nextDouble(0.45, 0.65),
        r.nextDouble(-1.4, -0.4),
        r.nextDouble(0.9, 1.2),
        scenario,
        Duration.ofHours(r.nextInt(24, 7 * 24 + 1)),
        Duration.ofHours(r.nextInt(72, 6 * 24 + 1)));
  }

  /**
   * How far the drift has gone at {@code t}: 0 before the onset, rising linearly to 1 over the
   * ramp.
   */
  double level(Instant origin, Instant t) {
    if (scenario == DriftScenario.STABLE) {
      return 0;
    }
    double since = Duration.between(origin.plus(onset), t).toSeconds();
    return Math.clamp(since / ramp.toSeconds(), 0, 1);
  }
}
