package dev.fleetscope.benchmarks.cost;

import dev.fleetscope.cost.billing.CostStore;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * FOCUS import rate, in rows per second, of a 10 M row CSV: hashing the file, DuckDB's typed
 * parallel read with per-cell checks, the insert and the commit. Goal: at least 1 M rows/s. {@code
 * memory} is the command line's store, {@code file} the console's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(FocusImportBenchmark.ROWS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
public class FocusImportBenchmark {
  static final int ROWS = 10_000_000;

  @Param({"memory", "file"})
  public String store;

  private Path dir;
  private Path export;
  private CostStore target;

  @Setup(Level.Trial)
  public void writeExport() throws Exception {
    dir = Files.createTempDirectory("fleetscope-focus-bench");
    export = GeneratedFocusExport.write(dir.resolve("export.csv"), ROWS);
  }

  @Setup(Level.Invocation)
  public void openEmptyStore() throws Exception {
    Files.deleteIfExists(dir.resolve("cost.duckdb"));
    Files.deleteIfExists(dir.resolve("cost.duckdb.wal"));
    target =
        store.equals("memory") ? CostStore.inMemory() : CostStore.open(dir.resolve("cost.duckdb"));
  }

  @Benchmark
  public long importTenMillionRows() throws Exception {
    return target.importFocus(List.of(export)).rowsImported();
  }

  @TearDown(Level.Invocation)
  public void closeStore() throws Exception {
    target.close();
  }

  @TearDown(Level.Trial)
  public void deleteExport() throws Exception {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }
}
