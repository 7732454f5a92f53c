package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.Series;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a model's latency behaved in the windows when its server container's CPU ran nearest a
 * request, against the other windows: the check that keeps a rightsizing from trading latency for
 * savings unseen, and what tells a rise with load from one with CPU starvation.
 *
 * <p>The busiest quarter of the windows (by mean CPU per replica, at least one) is compared with
 * the rest by the median of their latencies: the p99, or the mean where the server exports no
 * percentiles (Triton). Latency <em>rose</em> when the busy windows' median is {@value #RISE} times
 * the others' or more; it rose <em>with CPU near the request</em> when, besides, CPU in the busy
 * windows averaged {@value #NEAR} of the request or more. A rise with CPU far below the request is
 * load, not starvation.
 *
 * @param model the model, as {@code name (server)}
 * @param figure {@code p99 latency}, or {@code mean latency}
 * @param requestCores the CPU request per replica the windows are compared with
 * @param windowName what one window is called: {@code hour}, {@code 5 min window}
 * @param windows each window's CPU as a share of the request and its latency, oldest first
 */
public record LatencyUnderLoad(
    String model, String figure, double requestCores, String windowName, List<Window> windows) {
  public static final double NEAR = 0.5;
  public static final double RISE = 1.5;

  /**
   * @param cpuShare mean CPU per replica over the window, as a share of the request
   * @param latencySeconds the window's p99 (or mean) latency
   */
  public record Window(long endEpochSecond, double cpuShare, double latencySeconds) {}

  /** What the latency did in the busy windows. */
  public enum Verdict {
    /** It rose while CPU ran near the request: less CPU would starve it further. */
    ROSE_WITH_CPU,
    /** It rose with load while CPU stayed far below the request: not CPU starvation. */
    ROSE_WITH_LOAD,
    /** It held. */
    HELD,
    /** Too few windows to compare. */
    UNKNOWN
  }

  public LatencyUnderLoad {
    windows = List.copyOf(windows);
  }

  /**
   * The check for the models {@code workload} serves, on {@code series}' windows, against {@code
   * cpu} (per replica, as sources record it) and {@code requestCores}; of several models, the one
   * whose latency rose most. Empty when the workload serves no model in the series, or no window
   * has both a latency and CPU samples.
   */
  public static Optional<LatencyUnderLoad> of(
      ServingSeries series, WorkloadRef workload, Series cpu, double requestCores) {
    if (!(requestCores > 0) || cpu.isEmpty()) {
      return Optional.empty();
    }
    List<ModelServing> models = new ArrayList<>();
    for (ServingSnapshot point : series.points()) {
      for (ModelServing m : point.models()) {
        if (m.model().workload().equals(Optional.of(workload))
            && models.stream().noneMatch(k -> k.model().equals(m.model()))) {
          models.add(m);
        }
      }
    }
    return models.stream()
        .map(m -> check(series, m, cpu, requestCores))
        .flatMap(Optional::stream)
        .max(Comparator.comparingDouble(c -> Double.isNaN(c.rise()) ? 0 : c.rise()));
  }

  private static Optional<LatencyUnderLoad> check(
      ServingSeries series, ModelServing model, Series cpu, double requestCores) {
    String id = model.model().id();
    boolean percentiles =
        series.points().stream()
            .flatMap(p -> p.model(id).stream())
            .anyMatch(m -> m.latency().isPresent());
    double[] latency =
        series.values(
            id,
            m ->
                percentiles
                    ? m.latency()
                        .map(p -> OptionalDouble.of(p.p99()))
                        .orElse(OptionalDouble.empty())
                    : m.meanLatencySeconds());
    long[] ends = series.ends();
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < ends.length; i++) {
      double used = meanCpu(cpu, ends[i] - series.step().toSeconds(), ends[i]);
      if (Double.isFinite(latency[i]) && Double.isFinite(used)) {
        windows.add(new Window(ends[i], used / requestCores, latency[i]));
      }
    }
    if (windows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LatencyUnderLoad(
            model.model().name() + " (" + model.model().server().displayName() + ")",
            percentiles ? "p99 latency" : "mean latency",
            requestCores,
            windowName(series),
            windows));
  }

  /** The mean of the samples whose step starts in {@code [from, until)}; NaN when none. */
  public static double meanCpu(Series cpu, long from, long until) {
    if (cpu.isEmpty()) {
      return Double.NaN;
    }
    long start = cpu.start().getEpochSecond();
    int step = cpu.stepSeconds();
    int first = Math.clamp(Math.ceilDiv(from - start, (long) step), 0, cpu.size());
    int last = Math.clamp(Math.ceilDiv(until - start, (long) step), 0, cpu.size());
    double sum = 0;
    int n = 0;
    for (int i = first; i < last; i++) {
      double v = cpu.get(i);
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static String windowName(ServingSeries series) {
    long minutes = series.step().toMinutes();
    if (minutes == 60) {
      return "hour";
    }
    return minutes % 60 == 0 ? minutes / 60 + " h window" : minutes + " min window";
  }

  /**
   * The busiest quarter of the windows by CPU, at least one; none when there is only one window.
   */
  public List<Window> busy() {
    if (windows.size() < 2) {
      return List.of();
    }
    int n = Math.max(1, windows.size() / 4);
    return windows.stream()
        .sorted(Comparator.comparingDouble(Window::cpuShare).reversed())
        .limit(n)
        .toList();
  }

  /** The windows that are not {@link #busy()}. */
  public List<Window> others() {
    List<Window> busy = busy();
    return windows.stream().filter(w -> !busy.contains(w)).toList();
  }

  /** The busy windows' median latency over the others'; NaN with fewer than two windows. */
  public double rise() {
    return median(busy()) / median(others());
  }

  /** The busy windows' mean CPU as a share of the request. */
  public double busyCpuShare() {
    return busy().stream().mapToDouble(Window::cpuShare).average().orElse(Double.NaN);
  }

  public Verdict verdict() {
    double rise = rise();
    if (Double.isNaN(rise)) {
      return Verdict.UNKNOWN;
    }
    if (rise < RISE) {
      return Verdict.HELD;
    }
    return busyCpuShare() >= NEAR ? Verdict.ROSE_WITH_CPU : Verdict.ROSE_WITH_LOAD;
  }

  /** Whether latency rose with CPU near the request: a smaller request risks it. */
  public boolean warning() {
    return verdict() == Verdict.ROSE_WITH_CPU;
  }

  /**
   * One or two sentences, every figure with its unit.
   *
   * @param requestName what the request is: {@code recommended request}, {@code request}
   */
  public String describe(String requestName) {
    String request = requestName + " (" + Units.cores(requestCores) + " per replica)";
    if (verdict() == Verdict.UNKNOWN) {
      return String.format(
          Locale.ROOT,
          "%s: %s %s in the one %s with CPU to compare with.",
          model,
          figure,
          ServingText.seconds(windows.getFirst().latencySeconds()),
          windowName);
    }
    List<Window> busy = busy();
    String figures =
        String.format(
            Locale.ROOT,
            "%s: %s %s in the %s, when CPU ran at %s of the %s; %s in the other %d",
            model,
            figure,
            ServingText.seconds(median(busy)),
            busy.size() == 1
                ? "busiest " + windowName
                : busy.size() + " busiest " + windowName + "s",
            range(busy),
            request,
            ServingText.seconds(median(others())),
            others().size());
    return switch (verdict()) {
      case ROSE_WITH_CPU ->
          String.format(
              Locale.ROOT,
              "⚠ %s. Latency rose %.1f× with CPU near the request: less CPU would starve it"
                  + " further.",
              figures,
              rise());
      case ROSE_WITH_LOAD ->
          String.format(
              Locale.ROOT,
              "%s. Latency rose %.1f× with load while CPU stayed under %s of the request: load,"
                  + " not CPU starvation.",
              figures,
              rise(),
              Units.percent(NEAR));
      default -> figures + ". Latency held.";
    };
  }

  private static String range(List<Window> windows) {
    double low = windows.stream().mapToDouble(Window::cpuShare).min().orElse(Double.NaN);
    double high = windows.stream().mapToDouble(Window::cpuShare).max().orElse(Double.NaN);
    String a = Units.percent(low);
    String b = Units.percent(high);
    return a.equals(b) ? a : a.replace("%", "") + "–" + b;
  }

  private static double median(List<Window> windows) {
    double[] values = windows.stream().mapToDouble(Window::latencySeconds).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }
}
