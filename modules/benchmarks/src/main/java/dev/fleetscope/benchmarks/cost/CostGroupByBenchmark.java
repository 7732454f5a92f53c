package dev.fleetscope.benchmarks.cost;

import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.cost.billing.CostStore;
import dev.fleetscope.cost.billing.GroupBy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * Latency of a grouped cost report over 10 M billing rows in the console's file store: exact
 * DECIMAL sums of the three costs, row counts and the period, by a column of 23 values, by one of
 * 50,000 (ResourceId), by a JSON tag, and over the month's second half only. Goal: well under a
 * second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
public class CostGroupByBenchmark {
  @Param({"ServiceName", "ResourceId", "tag:team", "ServiceName from 2026-02-15"})
  public String groupBy;

  private Path dir;
  private CostStore store;
  private CostQuery query;

  @Setup(Level.Trial)
  public void importTenMillionRows() throws Exception {
    dir = Files.createTempDirectory("fleetscope-groupby-bench");
    Path export = GeneratedFocusExport.write(dir.resolve("export.csv"), FocusImportBenchmark.ROWS);
    store = CostStore.open(dir.resolve("cost.duckdb"));
    store.importFocus(List.of(export));
    Files.delete(export);
    String[] parts = groupBy.split(" from ");
    Optional<Instant> from =
        parts.length > 1 ? Optional.of(Instant.parse(parts[1] + "T00:00:00Z")) : Optional.empty();
    query = new CostQuery(GroupBy.parse(parts[0]), from, Optional.empty(), CostMeasure.EFFECTIVE);
  }

  @Benchmark
  public CostReport report() throws Exception {
    return store.report(query);
  }

  @TearDown(Level.Trial)
  public void deleteStore() throws Exception {
    store.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }
}
