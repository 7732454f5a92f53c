package dev.fleetscope.simulator.inference;

import java.util.SplittableRandom;

/**
 * Draws the requests of one hour of a model's traffic at a given drift level. Every hour has its
 * own random stream, so a window of the log sees exactly the rows any other window covering that
 * hour sees.
 */
final class Requests {
  static final String NEW_COUNTRY = "BR";
  private static final String[] DEVICES = {"mobile", "desktop", "tablet"};
  private static final double TABLET_OF_NON_MOBILE = 0.15;

  private final ModelTraits traits;
  private final double level;
  private final SplittableRandom random;
  private final double[] countryCumulative;
  private final double[] deviceCumulative;

  Requests(ModelTraits traits, long hour, double level) {
    this.traits = traits;
    this.level = level;
    this.random = new SplittableRandom(Mix.stream(traits.stream(), hour));
    this.countryCumulative = cumulative(countryWeights());
    this.deviceCumulative = cumulative(deviceWeights());
  }

  /**
   * How many requests the hour holds: the model's rate, lower at night (UTC), with some
   * hour-to-hour noise.
   */
  int count(long hour) {
    double hourOfDay = Math.floorMod(hour, 24);
    double daily = 0.6 + 0.4 * (1 + Math.cos(2 * Math.PI * (hourOfDay - 14) / 24)) / 2;
    return (int) Math.round(traits.rowsPerHour() * daily * random.nextDouble(0.9, 1.1));
  }

  /** Draws the next request, at {@code epochSecond}. */
  Request next(long epochSecond) {
    int countryIndex = pick(countryCumulative);
    String country =
        countryIndex < ModelTraits.COUNTRIES.length
            ? ModelTraits.COUNTRIES[countryIndex]
            : NEW_COUNTRY;
    String device = DEVICES[pick(deviceCumulative)];
    boolean seasonal = traits.scenario() == DriftScenario.SEASONAL_SHIFT;
    double latency =
        traits.latencyMedianMs()
            * Math.exp(traits.latencySigma() * gaussian())
            * (country.equals(NEW_COUNTRY) ? 2.2 : 1);
    double basketScale = Math.exp(0.5 * gaussian());
    double basket = traits.basketMedian() * (seasonal ? 1 + 0.3 * level : 1) * basketScale;
    int items = 1 + poisson(traits.itemsMean() * (seasonal ? 1 + 0.4 * level : 1));
    double accountAge = Math.round(traits.accountAgeMedianDays() * Math.exp(0.9 * gaussian()));
    double logit =
        traits.scoreLogitMean()
            + 0.3 * Math.log(basketScale)
            + shift()
            + traits.scoreLogitSigma() * spread() * gaussian();
    double score = 1 / (1 + Math.exp(-logit));
    String prediction = score < 0.4 ? "low" : score < 0.7 ? "medium" : "high";
    return new Request(
        epochSecond,
        Math.round(latency * 10) / 10.0,
        Math.round(basket * 100) / 100.0,
        items,
        accountAge,
        country,
        device,
        score,
        prediction);
  }

  int secondOfHour() {
    return random.nextInt(3600);
  }

  /**
   * Where the scores' logit moves: up with the season's bigger baskets, further up when a feature
   * breaks.
   */
  private double shift() {
    return switch (traits.scenario()) {
      case SEASONAL_SHIFT -> 0.6 * level;
      case SCORE_SKEW -> 0.9 * level;
      default -> 0;
    };
  }

  private double spread() {
    return traits.scenario() == DriftScenario.SCORE_SKEW ? 1 - 0.3 * level : 1;
  }

  /** The markets' shares; in a new market's scenario, BR takes up to 22 % of the traffic. */
  private double[] countryWeights() {
    double[] base = traits.countryWeights();
    double newShare = traits.scenario() == DriftScenario.NEW_MARKET ? 0.22 * level : 0;
    double[] w = new double[base.length + 1];
    for (int i = 0; i < base.length; i++) {
      w[i] = base[i] * (1 - newShare);
    }
    w[base.length] = newShare;
    return w;
  }

  /** Mobile, desktop, tablet; in the holiday season phones take up to 22 points more. */
  private double[] deviceWeights() {
    double mobile =
        Math.min(
            0.95,
            traits.mobileShare()
                + (traits.scenario() == DriftScenario.SEASONAL_SHIFT ? 0.22 * level : 0));
    double rest = 1 - mobile;
    return new double[] {mobile, rest * (1 - TABLET_OF_NON_MOBILE), rest * TABLET_OF_NON_MOBILE};
  }

  private static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    return c;
  }

  private int pick(double[] cumulative) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private double gaussian() {
    double u1 = 1 - random.nextDouble(); // in (0, 1]: the log stays finite
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** Knuth's method: fine for the small means of items in a basket. */
  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }
}
