package dev.fleetscope.console.serving;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.serving.ServingBoard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The wall's serving board: how many models fail requests, then the worst few (failing requests,
 * then a latency rising within the window, then the slowest), each with its latency, errors and
 * traffic, and how old the window read from the model servers is. (Not the {@link ServingBoard}:
 * that is what the model servers were read as.)
 */
public final class ServingWallBoard {
  /**
   * Failed requests from this share on are worth a look, and from {@link #ERRORS_CRITICAL} urgent.
   */
  static final double ERRORS_WARNING = 0.01;

  static final double ERRORS_CRITICAL = 0.05;

  /** A latency this many times its usual within the window is worth a look. */
  static final double RISE_WARNING = 2;

  private ServingWallBoard() {}

  public static WallBoard of(ServingViewModel model, Clock clock) {
    model.activate(); // reading starts with the board, as with the view
    return new WallBoard("serving-board", clock, model.state(), ServingWallBoard::picture);
  }

  static Picture picture(ServingState state) {
    if (state.board().isEmpty()) {
      return new Picture(
          "Reading the model servers…",
          Tone.NEUTRAL,
          List.of(),
          state.message(),
          now -> new WallDataAge("nothing read yet", DataAge.FRESH));
    }
    ServingSnapshot window = state.board().get().window();
    List<ModelServing> models = window.models();
    Duration step = window.window().dividedBy(ServingViewModel.POINTS);
    if (models.isEmpty()) {
      return new Picture(
          "No model servers",
          Tone.NEUTRAL,
          List.of(),
          "vLLM, TGI, Triton, KServe and Seldon metrics in the fleet's Prometheus",
          now -> read(window.end(), step, now));
    }
    List<Concern> concerns =
        state.board().get().lines().stream().map(Concern::of).sorted().toList();
    List<Item> items = concerns.stream().map(c -> item(c, window.end(), step)).toList();
    long failing = concerns.stream().filter(c -> c.errors() >= ERRORS_WARNING).count();
    long slower = concerns.stream().filter(Concern::rising).count();
    double requests = models.stream().mapToDouble(m -> m.requestsPerSecond().orElse(0)).sum();
    String of = " of " + models.size() + " models ";
    String headline =
        failing > 0
            ? failing + of + "failing requests"
            : slower > 0
                ? slower + of + "slower than usual"
                : models.size()
                    + (models.size() == 1 ? " model" : " models")
                    + " · "
                    + rate(requests);
    return new Picture(
        headline,
        items.getFirst().tone(),
        items,
        "over the last " + WallBoard.span(window.window()),
        now -> read(window.end(), step, now));
  }

  /**
   * Why a model is on the board, worst first: failing requests (the larger share first), then a
   * latency rising within the window (the steeper first), then the rest, slowest first.
   *
   * @param rise the latest window's latency over the median of the earlier ones; NaN when there are
   *     too few to say
   */
  private record Concern(ModelServing model, double errors, double rise, double latency)
      implements Comparable<Concern> {
    static Concern of(ServingBoard.Line line) {
      ModelServing m = line.serving();
      return new Concern(
          m, errorShare(m), riseOf(line.latencySeconds()), latencySeconds(m).orElse(0));
    }

    Tone tone() {
      if (errors >= ERRORS_CRITICAL) {
        return Tone.CRITICAL;
      }
      return errors >= ERRORS_WARNING || rising() ? Tone.WARNING : Tone.CALM;
    }

    boolean rising() {
      return rise >= RISE_WARNING;
    }

    private int tier() {
      return errors >= ERRORS_WARNING ? 0 : rising() ? 1 : 2;
    }

    @Override
    public int compareTo(Concern other) {
      return Comparator.comparingInt(Concern::tier)
          .thenComparingDouble(
              c -> c.tier() == 0 ? -c.errors : c.tier() == 1 ? -c.rise : -c.latency)
          .compare(this, other);
    }
  }

  /** The error ratio when it is why the model is here, else its latency. */
  private static Item item(Concern c, Instant end, Duration step) {
    ModelServing m = c.model();
    String latency =
        latencySeconds(m).stream().mapToObj(ServingWallBoard::seconds).findFirst().orElse("—");
    String latencyWord = m.latency().isPresent() ? "p99" : "mean";
    String traffic =
        rate(m.requestsPerSecond().orElse(0))
            + " · "
            + m.model().cluster()
            + "/"
            + m.model().namespace();
    if (c.errors() >= ERRORS_WARNING) {
      return new Item(
          m.model().name(),
          Units.percent(c.errors()),
          "of requests fail · " + latencyWord + " " + latency + " · " + traffic,
          c.tone(),
          now -> read(end, step, now));
    }
    return new Item(
        m.model().name(),
        latency,
        latencyWord
            + " latency"
            + (c.rising() ? String.format(Locale.ROOT, ", %.1f× its usual", c.rise()) : "")
            + " · "
            + Units.percent(c.errors())
            + " errors · "
            + traffic,
        c.tone(),
        now -> read(end, step, now));
  }

  /** The last finite value over the median of the finite ones before it; NaN with fewer than 4. */
  static double riseOf(double[] series) {
    double[] finite = Arrays.stream(series).filter(Double::isFinite).toArray();
    if (finite.length < 4) {
      return Double.NaN;
    }
    double[] before = Arrays.copyOf(finite, finite.length - 1);
    Arrays.sort(before);
    double median =
        before.length % 2 == 1
            ? before[before.length / 2]
            : (before[before.length / 2 - 1] + before[before.length / 2]) / 2;
    return median > 0 ? finite[finite.length - 1] / median : Double.NaN;
  }

  private static double errorShare(ModelServing m) {
    return m.errorRatio().orElse(0);
  }

  private static OptionalDouble latencySeconds(ModelServing m) {
    return m.latency().map(Percentiles::p99).map(OptionalDouble::of).orElse(m.meanLatencySeconds());
  }

  private static String seconds(double seconds) {
    return Units.duration(Duration.ofNanos(Math.round(seconds * 1e9)));
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, perSecond < 10 ? "%.1f req/s" : "%,.0f req/s", perSecond);
  }

  /**
   * {@code read 3 min ago}, from the end of the window read: amber once four windows were missed.
   */
  private static WallDataAge read(Instant end, Duration step, Instant now) {
    Duration age = Duration.between(end, now);
    return new WallDataAge("read " + DataAge.ago(age), DataAge.of(age, step));
  }
}
