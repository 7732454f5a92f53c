package dev.fleetscope.drift.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.NumericalColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast path ({@link PlainCsvWindows}) and DuckDB read the same random CSV files to the same
 * windows, number for number (bit for bit) and label for label, or fail with the same message:
 * quoting, CRLF, blank lines, missing-value markers, times, mixed columns, and files larger than
 * the fast path's first pass (1 MiB) and DuckDB's first rows (10,000) where a column changes kind.
 */
class PlainCsvWindowsPropertyTest {
  private static final Path DIR = temporaryFolder();

  private static final String[] NUMBERS = {
    "0",
    "-0",
    "3",
    "-12",
    "3.25",
    "0.1",
    "1e3",
    "1.5E-7",
    "007",
    "123456789012345678901",
    "0.30000000000000004",
    "1e400",
    "1e-400",
    "-2.5e+3",
    "99999.999"
  };

  /** What the fast path must take: numbers it reads exactly, ISO times, labels, missing. */
  private static final String[] PLAIN_NUMBERS =
      Arrays.stream(NUMBERS).filter(n -> !n.startsWith("1e")).toArray(String[]::new);

  private static final int[] PLAIN_PROFILES = {0, 2, 3, 4};

  private static final String[] ODD_NUMBERS = {
    ".5", "5.", "+3", " 4 ", "inf", "1_000", "0x10", "-"
  };
  private static final String[] MISSING = {"", "NA", "nan", "NULL", "N/A", "None"};
  private static final String[] PRESENT_MISSING = Arrays.copyOfRange(MISSING, 1, MISSING.length);
  private static final String[] LABELS = {"a", "b c", "Ünïcode", "x,y", " padded", "blue", "NaN!"};
  private static final String[] TIMES = {
    "2024-05-01", "2024-05-01 10:00:00", "2024-02-29T23:59:59.5", "2023-02-29", "2024-05-01T10:00Z"
  };

  /** Times every reader reads alike (the last two above only DuckDB can judge). */
  private static final String[] PLAIN_TIMES = Arrays.copyOf(TIMES, 3);

  /**
   * Most pairs are plain (what exports write: the fast path must take them, and the coverage check
   * fails if it stops doing so); the rest mix in everything the fast path hands to DuckDB.
   */
  @Property(tries = 50)
  void smallFilesReadTheSameBothWays(@ForAll long seed) throws IOException {
    // mixed first: Random's first draws from seeds jqwik picks close together are alike, and once
    // made only half the files plain (seed -9044028038600245927), failing the coverage check
    Random random = new Random(new SplittableRandom(seed).nextLong());
    boolean plain = random.nextInt(5) != 0;
    int columns = 1 + random.nextInt(4);
    int[] profiles =
        plain
            ? random.ints(columns, 0, PLAIN_PROFILES.length).map(p -> PLAIN_PROFILES[p]).toArray()
            : random.ints(columns, 0, 6).toArray();
    if (plain && profiles[0] == 3) {
      profiles[0] = 0; // a file of times alone has nothing to compare: DuckDB says so
    }
    Path reference = write("ref.csv", random, profiles, 1 + random.nextInt(30), -1, plain);
    Path current = write("cur.csv", random, profiles, 1 + random.nextInt(30), -1, plain);
    assertSameOutcome(reference, current);
    boolean fast = fastPathTaken(reference, current);
    Statistics.label("plain files take the fast path").collect(plain, fast);
    Statistics.label("plain files take the fast path")
        .coverage(
            c -> {
              c.check(true, false).count(n -> n == 0);
              c.check(true, true).percentage(p -> p >= 60);
              // a fifth of the tries are mixed, but 50 tries can draw as few as two (CI did, once):
              // the check is that the mixed ones are tried at all
              c.check(false, false).count(n -> n >= 1);
            });
  }

  /** A column changes kind after the first rows (or after the fast path's first megabyte). */
  @Property(tries = 4)
  void largeFilesWhereAColumnChangesKindLateReadTheSameBothWays(
      @ForAll long seed, @ForAll @IntRange(min = 10_001, max = 80_000) int changeAt)
      throws IOException {
    Random random = new Random(seed);
    int[] profiles = {0, 2 + random.nextInt(2)};
    Path reference = write("ref.csv", random, profiles, changeAt + 50, changeAt, false);
    Path current = write("cur.csv", random, profiles, 100, -1, false);
    assertSameOutcome(reference, current);
    Statistics.collect(fastPathTaken(reference, current));
  }

  private static boolean fastPathTaken(Path reference, Path current) {
    return PlainCsvWindows.read(TableFile.of(reference), TableFile.of(current)).isPresent();
  }

  private static void assertSameOutcome(Path reference, Path current) {
    assertEquals(
        outcome(() -> DuckDbSource.readWithDuckDb(TableFile.of(reference), TableFile.of(current))),
        outcome(() -> DuckDbSource.readFiles(reference, current)));
  }

  private interface Read {
    Windows read();
  }

  private static String outcome(Read read) {
    try {
      Windows w = read.read();
      return describe(w.reference()) + "|" + describe(w.current()) + "|" + w.skippedTimeColumns();
    } catch (DriftInputException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** Every number as its bits, every label with its count. */
  private static String describe(Dataset dataset) {
    StringBuilder out = new StringBuilder();
    for (Column column : dataset.columns()) {
      out.append(column.name()).append('=');
      switch (column) {
        case NumericalColumn n ->
            out.append(
                Arrays.toString(
                    Arrays.stream(n.values()).mapToLong(Double::doubleToLongBits).toArray()));
        case CategoricalColumn c -> out.append(c.categories()).append(Arrays.toString(c.counts()));
        default -> out.append(column);
      }
      out.append(';');
    }
    return out.toString();
  }

  /**
   * Profiles: 0 numbers, 1 odd numbers, 2 labels, 3 times, 4 missing markers, 5 anything. From row
   * {@code changeAt} on, every column holds labels instead. A plain file has no blank line, no
   * escaped quote, and only numbers and times every reader reads alike.
   */
  private static Path write(
      String name, Random random, int[] profiles, int rows, int changeAt, boolean plain)
      throws IOException {
    boolean crlf = random.nextBoolean();
    String eol = crlf ? "\r\n" : "\n";
    boolean blankLines = !plain && random.nextInt(8) == 0;
    boolean escapedQuotes = !plain && random.nextInt(6) == 0;
    // one column with an empty value is an empty line, which the fast path leaves to DuckDB
    String[] missing = plain && profiles.length == 1 ? PRESENT_MISSING : MISSING;
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < profiles.length; c++) {
      // quoted, a plain file keeps the name; an odd one may rename the column (columns differ)
      String quotedName = "\"" + (plain ? "c" : "col ") + c + "\"";
      csv.append(c == 0 ? "" : ",").append(random.nextInt(5) == 0 ? quotedName : "c" + c);
    }
    csv.append(eol);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < profiles.length; c++) {
        int profile = r >= changeAt && changeAt >= 0 ? 2 : profiles[c];
        csv.append(c == 0 ? "" : ",").append(field(random, profile, escapedQuotes, plain, missing));
      }
      if (r < rows - 1 || random.nextInt(4) != 0) {
        csv.append(eol);
      }
      if (blankLines && random.nextInt(10) == 0) {
        csv.append(eol);
      }
    }
    Path file = DIR.resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static String field(
      Random random, int profile, boolean escapedQuotes, boolean plain, String[] missing) {
    int pick = profile == 5 ? random.nextInt(5) : profile;
    String value =
        switch (pick) {
          case 0 -> random.nextInt(20) == 0 ? pickOf(random, missing) : number(random, plain);
          case 1 -> random.nextInt(3) == 0 ? pickOf(random, ODD_NUMBERS) : number(random, plain);
          case 2 -> pickOf(random, LABELS);
          case 3 -> pickOf(random, plain ? PLAIN_TIMES : TIMES);
          default -> pickOf(random, missing);
        };
    int quoting = random.nextInt(12);
    if (value.contains(",") || (quoting == 0 && !Arrays.asList(MISSING).contains(value))) {
      return "\"" + value + "\"";
    }
    return quoting == 1 && escapedQuotes ? "\"" + value + "\"\"x\"" : value; // slow path only
  }

  private static String number(Random random, boolean plain) {
    return random.nextInt(4) == 0
        ? pickOf(random, plain ? PLAIN_NUMBERS : NUMBERS)
        : String.valueOf(random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3));
  }

  private static String pickOf(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(DIR)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(DIR);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("plain-csv-windows");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
