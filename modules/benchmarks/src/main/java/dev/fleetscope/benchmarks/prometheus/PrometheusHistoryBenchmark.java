package dev.fleetscope.benchmarks.prometheus;

import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.FleetHistory;
import dev.fleetscope.prometheus.HistoryReader;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.PrometheusClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole fleet history read from a real Prometheus (every metric, OOM kills, throttling,
 * inventory) in a JVM limited to 256 MiB: time per read, and printed after each iteration the
 * requests sent and the heap's peak during the read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PrometheusHistoryBenchmark {
  @Param("2000")
  public int containers;

  @Param("2")
  public int days;

  private BenchmarkPrometheus prometheus;
  private PrometheusClient client;
  private HistoryRequest request;
  private FleetHistory last;

  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    prometheus = BenchmarkPrometheus.start(containers, Duration.ofDays(days));
    client = new PrometheusClient(ConnectionSettings.forUrl(prometheus.url));
    request = HistoryRequest.ending(prometheus.end, prometheus.window, BenchmarkPrometheus.SCRAPE);
  }

  @Setup(Level.Iteration)
  public void resetPeak() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @TearDown(Level.Iteration)
  public void report() {
    long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        Locale.ROOT,
        "%n%d workload containers, %d requests per read, peak heap %.1f MiB%n",
        last.usage().size(),
        last.requests(),
        peak / 1048576.0);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    client.close();
    prometheus.close();
  }

  @Benchmark
  public FleetHistory readHistory() throws IOException {
    last = new HistoryReader(client).read(request, progress -> {});
    return last;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
