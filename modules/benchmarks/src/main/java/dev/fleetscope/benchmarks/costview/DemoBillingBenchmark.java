package dev.fleetscope.benchmarks.costview;

import dev.fleetscope.cost.billing.CostStore;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.billing.DemoBillingExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * The Cost view's first look at the demo fleet: writing its bill as FOCUS exports (372 nodes,
 * October 1st to November 19th: 33,580 rows in 6 files) and importing them into a fresh in-memory
 * store through the cost module's validating import. Warm JVM; the console's first import also pays
 * DuckDB's start (its native library).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
public class DemoBillingBenchmark {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private List<Cluster> clusters;
  private Path written;
  private Path scratch;
  private CostStore store;

  @Setup(Level.Trial)
  public void demoFleet() throws Exception {
    clusters = demoClusters();
    written = Files.createTempDirectory("fleetscope-demo-billing-bench");
    new DemoBillingExport(clusters, Simulator.DEFAULT_SEED)
        .write(written, DemoBillingExport.defaultFrom(TODAY), TODAY);
    scratch = Files.createTempDirectory("fleetscope-demo-billing-scratch");
  }

  static List<Cluster> demoClusters() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC);
    return new Simulator(Simulator.DEFAULT_SEED, clock).snapshot("demo").clusters();
  }

  @Setup(Level.Invocation)
  public void freshStore() throws Exception {
    store = CostStore.inMemory();
  }

  @TearDown(Level.Invocation)
  public void closeStore() throws Exception {
    store.close();
  }

  @Benchmark
  public DemoBillingExport.Written generate() throws Exception {
    return new DemoBillingExport(clusters, Simulator.DEFAULT_SEED)
        .write(scratch, DemoBillingExport.defaultFrom(TODAY), TODAY);
  }

  @Benchmark
  public ImportResult importIntoFreshStore() throws Exception {
    return store.importFocus(List.of(written));
  }

  @TearDown(Level.Trial)
  public void deleteFiles() throws Exception {
    for (Path dir : List.of(written, scratch)) {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }
}
