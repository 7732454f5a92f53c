package dev.fleetscope.app;

import dev.fleetscope.app.logging.LogFile;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the command line's ahead-of-time cache (JEP 483, 515): the launcher runs it
 * once per build with {@code -XX:AOTCacheOutput}, and later command runs start from the cache. It
 * runs the commands that read large files, on files laid out as users' are, so the cache holds
 * their classes loaded and linked and their hot loops' profiles: without them a one-off {@code
 * recommend --samples} or {@code drift} spends a fifth of its time warming up. Its folders and
 * files are its own, in a temporary folder it removes.
 */
final class CommandLineTraining {
  /**
   * A million sample rows (60 MB) and 200,000 rows per drift window: a cache trained on 200,000
   * sample rows left a 5 M-row run a tenth slower; larger files train longer for no gain.
   */
  private static final int SAMPLE_CONTAINERS = 200;

  private static final int SAMPLE_MINUTES = 5_000;
  private static final int DRIFT_ROWS = 200_000;

  private CommandLineTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("fleetscope-training");
    try {
      Host host = Host.at(new AppDirs(dir, dir));
      LogFile.use(host.dirs().logs(), "info");
      Composition composition = new Composition(host);
      Path samples = writeSamples(dir.resolve("samples.csv"));
      Path reference = writeDriftWindow(dir.resolve("reference.csv"), 1);
      Path current = writeDriftWindow(dir.resolve("current.csv"), 2);
      run(composition, "recommend", "--samples", samples.toString());
      run(
          composition,
          "drift",
          "--reference",
          reference.toString(),
          "--current",
          current.toString());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Runs one command with its output dropped; a failure fails the training (no cache is kept). */
  private static void run(Composition composition, String... args) {
    CommandLine cli = Fleetscope.commandLine(args, composition);
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(Writer.nullWriter()));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    if (exit != 0) {
      throw new IllegalStateException(
          String.join(" ", args) + " exited " + exit + ": " + err.toString().strip());
    }
  }

  /** {@code GenerateSampleCsv}'s layout: one row a minute per container, time-major. */
  private static Path writeSamples(Path file) throws IOException {
    Random random = new Random(7);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write(
          "container,timestamp,cpu_cores,memory_bytes,cpu_request,memory_request,cpu_limit,memory_limit\n");
      for (int minute = 0; minute < SAMPLE_MINUTES; minute++) {
        for (int k = 0; k < SAMPLE_CONTAINERS; k++) {
          double cpu = (0.05 + k % 20 / 10.0) * Math.exp(0.2 * random.nextGaussian());
          long memory = (long) ((100 + 20 * k) * (1L << 20) * (1 + 0.02 * random.nextGaussian()));
          out.write(
              String.format(
                  Locale.ROOT,
                  "train/ns-%d/deploy-%d/app,%d,%.4f,%d,2,4Gi,,4Gi%n",
                  k % 20,
                  k,
                  1_700_006_400L + 60L * minute,
                  cpu,
                  memory));
        }
      }
    }
    return file;
  }

  /** Eight numerical columns and two categorical ones, as a model's feature log holds. */
  private static Path writeDriftWindow(Path file, long seed) throws IOException {
    Random random = new Random(seed);
    String[] regions = {"eu-west", "us-east", "ap-south", "sa-east"};
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      StringBuilder header = new StringBuilder();
      for (int j = 0; j < 8; j++) {
        header.append("feature_").append(j).append(',');
      }
      out.write(header.append("region,plan\n").toString());
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < DRIFT_ROWS; i++) {
        row.setLength(0);
        for (int j = 0; j < 8; j++) {
          double value = 10 * j + (1 + j) * random.nextGaussian();
          row.append(String.format(Locale.ROOT, "%.6f", value)).append(',');
        }
        row.append(regions[random.nextInt(regions.length)])
            .append(",plan-")
            .append(random.nextInt(12))
            .append('\n');
        out.write(row.toString());
      }
    }
    return file;
  }
}
