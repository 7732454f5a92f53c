package dev.fleetscope.simulator.inference;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Inference logs of the demo fleet's models, generated on demand: {@link #log} is a pure function
 * of (seed, model, window) for a given origin, the start of the demo's fourteen days of history.
 * Drifting models begin to drift one to seven days after the origin and are fully drifted three to
 * six days later; the three days before the origin ({@link #reference()}) are every model's
 * undrifted reference.
 *
 * <pre>{@code
 * DemoInferenceLogs logs = DemoInferenceLogs.startingAt(seed, now);
 * InferenceLog reference = logs.log("fraud-xgb-v7", logs.reference().start(), logs.reference().end());
 * }</pre>
 */
public final class DemoInferenceLogs {
  /**
   * The columns of every demo log, in order: request features, then the model's score and its band.
   */
  public static final List<String> COLUMNS =
      List.of(
          "request_latency_ms",
          "basket_value_eur",
          "items_in_basket",
          "account_age_days",
          "country",
          "device",
          "score",
          "prediction");

  /** Label columns; the others hold numbers. */
  public static final List<String> CATEGORICAL = List.of("country", "device", "prediction");

  public static final Duration HISTORY = Duration.ofDays(14);
  public static final Duration REFERENCE = Duration.ofDays(3);
  private static final long HOUR = 3600;

  /** A half-open interval [start, end). */
  public record Window(Instant start, Instant end) {
    public Window {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException(
            "a window must end after it starts: " + start + "/" + end);
      }
    }
  }

  private final long seed;
  private final Instant origin;

  public DemoInferenceLogs(long seed, Instant origin) {
    this.seed = seed;
    this.origin = origin;
  }

  /** Logs whose fourteen days end at {@code now}'s hour, as the demo fleet's history does. */
  public static DemoInferenceLogs startingAt(long seed, Instant now) {
    return new DemoInferenceLogs(seed, now.truncatedTo(ChronoUnit.HOURS).minus(HISTORY));
  }

  public Instant origin() {
    return origin;
  }

  /**
   * The three days before the demo's history starts: traffic as the models were validated on,
   * before any drift. Three days, not one, so that a stable model's daily windows stay well clear
   * of the drift thresholds.
   */
  public Window reference() {
    return new Window(origin.minus(REFERENCE), origin);
  }

  public DriftScenario scenario(String model) {
    return ModelTraits.of(seed, model).scenario();
  }

  /** How far the model's drift has gone at {@code t}, 0 (none) to 1 (complete). */
  public double driftLevel(String model, Instant t) {
    return ModelTraits.of(seed, model).level(origin, t);
  }

  /** The requests the model served in [start, end), in time order. About 2,700 to 4,600 a day. */
  public InferenceLog log(String model, Instant start, Instant end) {
    Window window = new Window(start, end);
    ModelTraits traits = ModelTraits.of(seed, model);
    long from = Math.floorDiv(window.start().getEpochSecond(), HOUR);
    long to = Math.floorDiv(window.end().getEpochSecond() - 1, HOUR);
    LogBuilder rows =
        new LogBuilder(
            (int) Math.min(Integer.MAX_VALUE / 2, (to - from + 1) * traits.rowsPerHour()));
    for (long hour = from; hour <= to; hour++) {
      Instant middle = Instant.ofEpochSecond(hour * HOUR + HOUR / 2);
      Requests requests = new Requests(traits, hour, traits.level(origin, middle));
      int[] seconds = new int[requests.count(hour)];
      for (int i = 0; i < seconds.length; i++) {
        seconds[i] = requests.secondOfHour();
      }
      Arrays.sort(seconds);
      for (int second : seconds) {
        long at = hour * HOUR + second;
        Request request =
            requests.next(at); // drawn even when outside the window: later rows must not move
        if (at >= start.getEpochSecond() && at < end.getEpochSecond()) {
          rows.add(request);
        }
      }
    }
    return rows.build(model, start, end);
  }
}
