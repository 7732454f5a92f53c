package dev.fleetscope.benchmarks.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a samples CSV for {@code recommend --samples}: {@code containers} containers with one row
 * a minute, time-major (every container's row for a minute, then the next minute), so that no
 * container's rows are together: the order a Prometheus export gives and the hardest for a reader
 * that groups by container.
 *
 * <p>{@code java -cp modules/benchmarks/target/benchmarks.jar
 * dev.fleetscope.benchmarks.engine.GenerateSampleCsv FILE ROWS [CONTAINERS]}
 */
public final class GenerateSampleCsv {
  private GenerateSampleCsv() {}

  public static void main(String[] args) throws IOException {
    write(
        Path.of(args[0]),
        Long.parseLong(args[1]),
        args.length > 2 ? Integer.parseInt(args[2]) : 500);
  }

  static void write(Path file, long rows, int containers) throws IOException {
    Random random = new Random(7);
    double[] cpuBase = new double[containers];
    double[] memoryBase = new double[containers];
    for (int c = 0; c < containers; c++) {
      cpuBase[c] = 0.05 + 2 * random.nextDouble();
      memoryBase[c] = (100 + 4000 * random.nextDouble()) * (1 << 20);
    }
    long start = 1_700_006_400L;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "container,timestamp,cpu_cores,memory_bytes,cpu_request,memory_request,cpu_limit,memory_limit\n");
      for (long row = 0; row < rows; row++) {
        int c = (int) (row % containers);
        long minute = row / containers;
        double day = Math.sin(2 * Math.PI * (minute % 1440) / 1440.0) * 0.3 + 1;
        double cpu = cpuBase[c] * day * Math.exp(0.2 * random.nextGaussian());
        long memory = (long) (memoryBase[c] * (1 + 0.02 * random.nextGaussian()));
        out.write(
            "bench/ns-"
                + (c % 20)
                + "/deploy-"
                + c
                + "/app,"
                + (start + 60 * minute)
                + ","
                + String.format(java.util.Locale.ROOT, "%.4f", cpu)
                + ","
                + memory
                + ",2,4Gi,,4Gi\n");
      }
    }
  }
}
