package dev.fleetscope.benchmarks.packing;

import dev.fleetscope.packing.LowerBound;
import dev.fleetscope.packing.Packer;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.PackingProblem;
import dev.fleetscope.packing.RandomProblems;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The packer on 10,000 pods (a tenth of them GPU pods of two families) over 50 instance types of
 * five families in ten sizes, with DaemonSet overhead: one whole packing per operation (budget: 2
 * s). The trial prints the packing's cost against the lower bound, and the thread's CPU time per
 * packing (what the wall time would be on an idle core of a shared machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PackingBenchmark {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private PackingProblem problem;
  private Packing last;
  private long cpuNanos;
  private int packings;

  @Setup(Level.Trial)
  public void setUp() {
    problem = RandomProblems.large(1, 10_000, 50);
  }

  @Benchmark
  public Packing pack10000PodsOver50Types() {
    long cpu = THREADS.getCurrentThreadCpuTime();
    last = new Packer().pack(problem);
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    packings++;
    return last;
  }

  @TearDown(Level.Trial)
  public void report() {
    LowerBound bound = LowerBound.of(problem);
    System.out.printf(
        Locale.ROOT,
        "%n%d nodes, %.2f/h, lower bound %.2f/h, gap %.2f %%; CPU time per packing %.0f ms%n",
        last.nodes().size(),
        last.costPerHour(),
        bound.costPerHour(),
        100 * bound.gap(last),
        cpuNanos / 1e6 / packings);
  }
}
