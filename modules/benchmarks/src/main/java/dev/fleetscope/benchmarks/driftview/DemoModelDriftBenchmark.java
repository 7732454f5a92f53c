package dev.fleetscope.benchmarks.driftview;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.drift.NumericalColumn;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import dev.fleetscope.simulator.inference.DriftScenario;
import dev.fleetscope.simulator.inference.InferenceLog;
import dev.fleetscope.simulator.inference.LogColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the Drift view pays for one demo model, from nothing cached: {@link #currentReport}
 * generates the model's three-day reference (about 10,000 rows) and last 24 hours (about 3,000
 * rows) of inference log and runs the default report on its 8 columns, as the view's scan does for
 * every model; {@link #dailyHistory} generates the reference once and compares fourteen daily
 * windows with it, as selecting a model does. Run for a model whose inputs drift (the holiday
 * season's) and for a stable one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class DemoModelDriftBenchmark {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  static final Duration DAY = Duration.ofDays(1);

  @Param({"SEASONAL_SHIFT", "STABLE"})
  DriftScenario scenario;

  private final DemoInferenceLogs logs = DemoInferenceLogs.startingAt(Simulator.DEFAULT_SEED, NOW);
  private final DriftAnalyzer analyzer = new DriftAnalyzer(DriftOptions.defaults());
  private String model;

  @Setup
  public void pickModel() {
    model =
        IntStream.range(0, 1000)
            .mapToObj(i -> "model-" + i)
            .filter(m -> logs.scenario(m) == scenario)
            .findFirst()
            .orElseThrow();
  }

  @Benchmark
  public DriftReport currentReport() {
    return analyzer.analyze(reference(), window(NOW.minus(DAY), NOW));
  }

  @Benchmark
  public double dailyHistory() {
    Dataset reference = reference();
    double shares = 0;
    for (int k = 14; k >= 1; k--) {
      Instant end = NOW.minus(DAY.multipliedBy(k - 1));
      shares += analyzer.analyze(reference, window(end.minus(DAY), end)).driftShare();
    }
    return shares;
  }

  private Dataset reference() {
    return window(logs.reference().start(), logs.reference().end());
  }

  private Dataset window(Instant start, Instant end) {
    return dataset(logs.log(model, start, end));
  }

  /** As the console converts a log: numbers stay numbers, labels are counted. */
  static Dataset dataset(InferenceLog log) {
    List<Column> columns =
        log.columns().stream()
            .map(
                c ->
                    switch (c) {
                      case LogColumn.Numbers n ->
                          (Column) new NumericalColumn(n.name(), n.values());
                      case LogColumn.Labels l -> CategoricalColumn.of(l.name(), l.values());
                    })
            .toList();
    return new Dataset(columns);
  }
}
