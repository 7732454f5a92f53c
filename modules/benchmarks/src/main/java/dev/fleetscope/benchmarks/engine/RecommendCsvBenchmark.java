package dev.fleetscope.benchmarks.engine;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.runtime.rightsizing.SampleFileRecommender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * {@code recommend --samples} end to end on a 5,000,000-row CSV (500 containers, 10,000 one-minute
 * rows each, time-major so no container's rows are together, 340 MB): parse and check every row,
 * partition to temporary files, group, recommend with the default strategy (as the command does,
 * without writing the plan). One shot per iteration.
 *
 * <p>Run: {@code java -jar modules/benchmarks/target/benchmarks.jar RecommendCsvBenchmark -f 1 -wi
 * 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RecommendCsvBenchmark {
  static final long ROWS = 5_000_000;

  private Path directory;
  private Path csv;

  @Setup(Level.Trial)
  public void writeCsv() throws IOException {
    directory = Files.createTempDirectory("fleetscope-csv-bench-");
    csv = directory.resolve("samples.csv");
    GenerateSampleCsv.write(csv, ROWS, 500);
    System.out.printf("%n%s: %d rows, %d MB%n", csv, ROWS, Files.size(csv) >> 20);
  }

  @Benchmark
  public int recommendFiveMillionRows() throws IOException {
    return SampleFileRecommender.recommend(
            csv, directory, null, FleetscopeStrategy.DEFAULT, UnitPrices.DEFAULT)
        .size();
  }

  @TearDown(Level.Trial)
  public void deleteCsv() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
