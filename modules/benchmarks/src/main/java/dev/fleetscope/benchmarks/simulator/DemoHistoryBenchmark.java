package dev.fleetscope.benchmarks.simulator;

import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the demo fleet costs at startup: building the fleet (417 workloads, nodes packed) and
 * recording 14 days of one-minute history for every container (all cores, as the console does).
 * Single shots, as a user meets them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {"-XX:+UseSerialGC", "-Xmx768m"})
public class DemoHistoryBenchmark {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC);
  private Simulator simulator;

  @Setup(Level.Invocation)
  public void freshFleet() {
    simulator = new Simulator(Simulator.DEFAULT_SEED, CLOCK);
  }

  @Benchmark
  public Simulator buildFleet() {
    return new Simulator(Simulator.DEFAULT_SEED, CLOCK);
  }

  @Benchmark
  public Simulator recordFourteenDays() {
    simulator.buildHistory();
    return simulator;
  }
}
