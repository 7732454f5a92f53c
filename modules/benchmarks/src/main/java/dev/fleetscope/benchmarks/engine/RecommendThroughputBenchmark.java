package dev.fleetscope.benchmarks.engine;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.Rightsizer;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.engine.VpaStrategy;
import dev.fleetscope.engine.testing.SyntheticTraces;
import dev.fleetscope.engine.testing.SyntheticTraces.Trace;
import dev.fleetscope.model.UnitPrices;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Recommendation throughput over 10,000 containers of 14 days at one-minute steps (201.6 M CPU and
 * 201.6 M memory samples per operation), on one thread: the score is samples (CPU plus memory) per
 * second per core. Each recommendation includes the strategy, the replay and the confidence.
 *
 * <p>The input is a pool of 600 distinct synthetic traces (the six kinds of {@link
 * SyntheticTraces}, 100 seeds each, 194 MB) visited round-robin, so each container's samples come
 * from memory, not cache, as they would for a real fleet. {@code sevenDays} runs the same
 * containers cut to their last 7 days: with {@code -prof gc}, bytes allocated per container stay
 * the same while samples halve, i.e. the engine's memory grows with containers, not with samples.
 * The trial prints the peak heap (run with {@code -jvmArgs -Xmx1g} to keep the collector from
 * inflating it).
 *
 * <p>On a shared machine the wall-clock score undercounts what a core does; each iteration
 * therefore also prints samples per second of the benchmark thread's own CPU time.
 *
 * <p>Run: {@code java -jar modules/benchmarks/target/benchmarks.jar RecommendThroughput -f 1 -wi 2
 * -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RecommendThroughputBenchmark {
  static final int CONTAINERS = 10_000;
  static final int POOL_SEEDS = 100;
  static final int FOURTEEN_DAY_SAMPLES = CONTAINERS * 14 * 1440 * 2;
  static final int SEVEN_DAY_SAMPLES = CONTAINERS * 7 * 1440 * 2;

  @Param({"fleetscope", "vpa", "percentile"})
  public String strategy;

  private Rightsizer rightsizer;
  private final List<Trace> pool = new ArrayList<>();
  private final List<UsageHistory> lastWeek = new ArrayList<>();
  private long samplesThisIteration;
  private long cpuNanosAtStart;

  @Setup(Level.Trial)
  public void setUp() {
    rightsizer = new Rightsizer(strategy(strategy));
    for (int seed = 0; seed < POOL_SEEDS; seed++) {
      for (Trace trace : SyntheticTraces.all(seed * 10L)) {
        pool.add(trace);
        UsageHistory h = trace.history();
        lastWeek.add(h.slice(h.size() - 7 * 1440, h.size()));
      }
    }
    resetPeaks();
  }

  @Setup(Level.Iteration)
  public void startIteration() {
    samplesThisIteration = 0;
    cpuNanosAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void reportCpuTime() {
    long cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuNanosAtStart;
    System.out.printf(
        "  [%.0f M samples per CPU-second]", samplesThisIteration / (cpuNanos / 1e9) / 1e6);
  }

  @Benchmark
  @OperationsPerInvocation(FOURTEEN_DAY_SAMPLES)
  public void fourteenDays(Blackhole blackhole) {
    samplesThisIteration += FOURTEEN_DAY_SAMPLES;
    for (int c = 0; c < CONTAINERS; c++) {
      Trace trace = pool.get(c % pool.size());
      blackhole.consume(rightsizer.recommend(trace.history(), trace.facts(), UnitPrices.DEFAULT));
    }
  }

  @Benchmark
  @OperationsPerInvocation(SEVEN_DAY_SAMPLES)
  public void sevenDays(Blackhole blackhole) {
    samplesThisIteration += SEVEN_DAY_SAMPLES;
    for (int c = 0; c < CONTAINERS; c++) {
      int i = c % pool.size();
      blackhole.consume(
          rightsizer.recommend(lastWeek.get(i), pool.get(i).facts(), UnitPrices.DEFAULT));
    }
  }

  @TearDown(Level.Trial)
  public void reportPeakHeap() {
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    System.out.printf(
        "%npeak heap (sum of heap pools' peaks, input pool included): %d MiB%n", peak >> 20);
  }

  static Strategy strategy(String name) {
    return switch (name) {
      case FleetscopeStrategy.NAME -> FleetscopeStrategy.DEFAULT;
      case VpaStrategy.NAME -> new VpaStrategy();
      case PercentileStrategy.NAME -> PercentileStrategy.DEFAULT;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
