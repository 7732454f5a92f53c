package dev.fleetscope.benchmarks.drift;

import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.drift.NumericalColumn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Evidently's default data drift report on 50 columns with {@code rows} reference rows and as many
 * current rows: 40 continuous numerical columns (normed Wasserstein) and 10 numerical columns of 20
 * codes declared categorical (Jensen-Shannon), everything starting from raw primitive arrays. The
 * same data and the SciPy 1.10 computation are in {@code
 * modules/benchmarks/scipy/drift_report_scipy.py}. Throughput in columns x rows per second is 50 *
 * 2 * rows / (seconds per report). Each iteration ends by printing its peak heap and the process
 * CPU time per report, which other processes on a shared machine disturb less than wall time (the
 * SciPy script prints its CPU time too).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DriftReportBenchmark {
  static final int NUMERICAL = 40;
  static final int CATEGORICAL = 10;
  static final long MOD = 999_983;

  @Param("1000000")
  int rows;

  Dataset reference;
  Dataset current;
  DriftAnalyzer analyzer;
  private long cpuAtStart;
  private int reports;

  @Setup(Level.Trial)
  public void data() {
    List<Column> ref = new ArrayList<>();
    List<Column> cur = new ArrayList<>();
    String[] categorical = new String[CATEGORICAL];
    for (int j = 0; j < NUMERICAL; j++) {
      ref.add(new NumericalColumn("num" + j, numbers(rows, 7919 + 2L * j, 0.0)));
      cur.add(new NumericalColumn("num" + j, numbers(rows, 104729 + 2L * j, 0.01 * j)));
    }
    for (int j = 0; j < CATEGORICAL; j++) {
      categorical[j] = "cat" + j;
      ref.add(new NumericalColumn("cat" + j, codes(rows, 7, j, 20)));
      cur.add(new NumericalColumn("cat" + j, codes(rows, 11, j, 23)));
    }
    reference = new Dataset(ref);
    current = new Dataset(cur);
    analyzer = new DriftAnalyzer(DriftOptions.defaults().withCategorical(categorical));
  }

  /** x_i = ((i * mult) % 999983) / 1000 + shift, as the Python script computes it. */
  static double[] numbers(int n, long mult, double shift) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ((i * mult) % MOD) / 1000.0 + shift;
    }
    return x;
  }

  /** c_i = ((i * mult + j) % mod) % 20. */
  static double[] codes(int n, long mult, int j, long mod) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = ((i * mult + j) % mod) % 20;
    }
    return x;
  }

  @Setup(Level.Iteration)
  public void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    cpuAtStart = cpuNanos();
    reports = 0;
  }

  @TearDown(Level.Iteration)
  public void printPeak() {
    long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        Locale.ROOT,
        "%n[peak heap this iteration: %d MiB, of which input arrays %d MiB; "
            + "process CPU per report: %d ms]%n",
        peak >> 20,
        (2L * (NUMERICAL + CATEGORICAL) * rows * Double.BYTES) >> 20,
        (cpuNanos() - cpuAtStart) / Math.max(1, reports) / 1_000_000);
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  @Benchmark
  public DriftReport defaultReport() {
    reports++;
    return analyzer.analyze(reference, current);
  }
}
