package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.UnitPrices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path ({@link ParallelSampleReader}) and the partitioned RFC 4180 path recommend the same
 * for random samples files, or fail with the same message: rows of containers interleaved, quoted
 * ids with commas, CRLF, blank lines, blanks around values, empty cells, requests and limits as
 * quantities, bad rows, ids that are not cluster/namespace/owner/container.
 */
class ParallelSampleReaderPropertyTest {
  private static final Path DIR = temporaryFolder();

  private static final String[] QUANTITIES = {"", "250m", "1", "0.5", "512Mi", "2Gi", "1e9", "-1"};
  private static final String[] ODD_NUMBERS = {" 0.5", "+1", "1d", "NaN", "x", "-3", "0x1p2"};

  @Property(tries = 60)
  void fastAndPartitionedPathsRecommendTheSame(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Path file = write(random);
    String partitioned = outcome(file, 1 + random.nextInt(3));
    assertEquals(partitioned, outcome(file, null));
    boolean fast = ParallelSampleReader.read(file, 2).isPresent();
    Statistics.collect(fast);
    Statistics.coverage(c -> c.check(true).percentage(p -> p >= 60));
  }

  private static String outcome(Path file, Integer partitions) {
    try {
      return SampleFileRecommender.recommend(
              file, DIR, partitions, StrategyChoice.DEFAULT.strategy(), UnitPrices.DEFAULT)
          .toString();
    } catch (IllegalArgumentException | SampleFileException | IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static Path write(Random random) throws IOException {
    String eol = random.nextBoolean() ? "\r\n" : "\n";
    boolean resources = random.nextBoolean();
    boolean odd = random.nextInt(5) == 0; // a file the fast path hands over
    StringBuilder csv = new StringBuilder("container,timestamp,cpu_cores,memory_bytes");
    if (resources) {
      csv.append(",cpu_request,memory_limit");
    }
    csv.append(eol);
    int containers = 1 + random.nextInt(5);
    int rows = 50 + random.nextInt(3000);
    long start = 1_700_000_000L;
    for (int r = 0; r < rows; r++) {
      int c = random.nextInt(containers);
      String id =
          c == 3
              ? "\"prod/ns/pod,with comma/main\""
              : odd && c == 4 ? "ns/pod-4/main" : "prod/ns/pod-" + c + "/main";
      long t = start + 60L * (r / containers) + (random.nextInt(10) == 0 ? random.nextInt(30) : 0);
      csv.append(id).append(',').append(t).append(random.nextInt(7) == 0 ? ".5" : "");
      csv.append(',').append(random.nextInt(30) == 0 ? "" : usage(random, 0.1, odd));
      csv.append(',').append(random.nextInt(30) == 0 ? "" : usage(random, 4e8, odd));
      if (resources) {
        csv.append(',').append(quantity(random, odd)).append(',').append(quantity(random, odd));
      }
      csv.append(eol);
      if (odd && random.nextInt(200) == 0) {
        csv.append(eol); // a blank line: the complete reader skips it
      }
    }
    Path file = DIR.resolve("samples.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static String usage(Random random, double scale, boolean odd) {
    if (odd && random.nextInt(500) == 0) {
      return ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
    }
    double value = Math.abs(random.nextGaussian()) * scale;
    return random.nextInt(5) == 0 ? String.format("%.3f", value) : String.valueOf(value);
  }

  private static String quantity(Random random, boolean odd) {
    String q = QUANTITIES[random.nextInt(odd ? QUANTITIES.length : QUANTITIES.length - 1)];
    return odd && random.nextInt(100) == 0 ? "\"" + q + "\"" : q;
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.walk(DIR)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("parallel-samples");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
