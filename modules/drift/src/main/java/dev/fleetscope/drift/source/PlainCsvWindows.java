package dev.fleetscope.drift.source;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.NumericalColumn;
import dev.fleetscope.drift.source.RangeColumns.Mode;
import dev.fleetscope.model.io.ByteKeys;
import dev.fleetscope.model.io.CsvRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The fast path of {@link DuckDbSource#readFiles} for two plain CSV files: both are read on all
 * cores straight from their bytes ({@link CsvRange}), their columns typed by the rules {@link
 * KindProbe} applies through DuckDB (its first {@value KindProbe#SAMPLE_ROWS} rows, then every row)
 * and copied into the same {@link Windows}, number for number and label for label.
 *
 * <p>It answers empty whenever it cannot be sure to agree with DuckDB: a file that leaves the plain
 * form {@link CsvRange} reads, a value whose kind only DuckDB can tell ({@link CsvValue#OTHER})
 * where that kind decides the column, malformed UTF-8, a file without rows, columns that differ.
 * DuckDB then reads the files, and reports what is wrong with the line.
 */
final class PlainCsvWindows {
  /** Bytes read first, sequentially, to choose each column's mode for the parallel pass. */
  private static final long PREFIX = 1 << 20;

  private static final int RANGES_PER_THREAD = 4;

  private PlainCsvWindows() {}

  static Optional<Windows> read(TableFile reference, TableFile current) {
    if (!isPlainCsv(reference) || !isPlainCsv(current)) {
      return Optional.empty();
    }
    try (FileChannel ref = FileChannel.open(reference.path(), StandardOpenOption.READ);
        FileChannel cur = FileChannel.open(current.path(), StandardOpenOption.READ)) {
      Window r = Window.open(reference, ref);
      Window c = Window.open(current, cur);
      if (!new HashSet<>(r.names).equals(new HashSet<>(c.names))) {
        return Optional.empty();
      }
      readAll(List.of(r, c));
      ComparedColumns compared = ComparedColumns.of(r.names, r::kind, c::kind);
      Map<String, ColumnKind> kinds = compared.kinds();
      if (kinds.isEmpty()) {
        return Optional.empty();
      }
      recount(List.of(r, c), kinds);
      return Optional.of(new Windows(r.dataset(kinds), c.dataset(kinds), compared.times()));
    } catch (CsvRange.Unsupported | DriftInputException | IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static boolean isPlainCsv(TableFile file) {
    return file.format() == TableFile.Format.CSV && !file.path().toString().endsWith(".gz");
  }

  /** Every range of every window, on all cores. */
  private static void readAll(List<Window> windows) throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    List<Runnable> tasks = new ArrayList<>();
    for (Window w : windows) {
      w.sampleModes();
      w.bounds = CsvRange.split(w.channel, w.start, w.channel.size(), threads * RANGES_PER_THREAD);
      RangeColumns[] ranges = new RangeColumns[w.bounds.length - 1];
      w.ranges = Arrays.asList(ranges);
      tasks.addAll(w.rangeTasks(w.modes, ranges));
    }
    run(tasks);
  }

  /** Counts the labels of columns read as numbers that turned out to hold labels. */
  private static void recount(List<Window> windows, Map<String, ColumnKind> kinds)
      throws IOException {
    List<Runnable> tasks = new ArrayList<>();
    for (Window w : windows) {
      Mode[] modes = new Mode[w.names.size()];
      boolean any = false;
      for (int c = 0; c < modes.length; c++) {
        boolean text = kinds.get(w.names.get(c)) == ColumnKind.TEXT;
        modes[c] = text && w.modes[c] != Mode.LABELS ? Mode.LABELS : Mode.SKIP;
        any |= modes[c] == Mode.LABELS;
      }
      if (any) {
        RangeColumns[] ranges = new RangeColumns[w.bounds.length - 1];
        w.recounted = modes;
        w.recountRanges = Arrays.asList(ranges);
        tasks.addAll(w.rangeTasks(modes, ranges));
      }
    }
    run(tasks);
  }

  private static void run(List<Runnable> tasks) {
    List<RuntimeException> failures =
        tasks.parallelStream()
            .map(
                t -> {
                  try {
                    t.run();
                    return null;
                  } catch (RuntimeException e) {
                    return e;
                  }
                })
            .filter(e -> e != null)
            .toList();
    if (!failures.isEmpty()) {
      throw failures.getFirst();
    }
  }

  /** One file: its header, where its rows begin, how each column is read, and its ranges. */
  private static final class Window {
    final TableFile file;
    final FileChannel channel;
    final List<String> names;
    final long start;
    Mode[] modes;
    long[] bounds;
    List<RangeColumns> ranges;

    /** Columns counted again as labels, and the ranges that counted them; null if none. */
    Mode[] recounted;

    List<RangeColumns> recountRanges;
    double bytesPerRow;

    private Window(TableFile file, FileChannel channel, List<String> names, long start) {
      this.file = file;
      this.channel = channel;
      this.names = names;
      this.start = start;
    }

    static Window open(TableFile file, FileChannel channel) throws IOException {
      // the complete reader's rule for names (blank, control characters, repeated), same message
      List<String> names = LogHeader.read(file.path(), ',');
      long start = CsvRange.lineStartAtOrAfter(channel, 1, channel.size());
      if (start >= channel.size()) {
        throw new CsvRange.Unsupported("no rows");
      }
      return new Window(file, channel, names, start);
    }

    /**
     * Columns whose first rows hold anything but numbers and times are counted as labels; times are
     * only judged (a column of them is left out); the rest is read as numbers. A column that turns
     * out to hold labels after all is counted again ({@link #recount}).
     */
    void sampleModes() throws IOException {
      long end = CsvRange.lineStartAtOrAfter(channel, start + PREFIX, channel.size());
      Mode[] kindsOnly = new Mode[names.size()];
      Arrays.fill(kindsOnly, Mode.KINDS);
      RangeColumns sample = new RangeColumns(kindsOnly, 0);
      new CsvRange(channel, ',', names.size(), true).read(start, end, sample);
      modes = new Mode[names.size()];
      for (int c = 0; c < modes.length; c++) {
        boolean words = sample.first(c, CsvValue.TEXT) >= 0 || sample.first(c, CsvValue.OTHER) >= 0;
        modes[c] =
            words ? Mode.LABELS : sample.first(c, CsvValue.TIME) >= 0 ? Mode.KINDS : Mode.NUMBERS;
      }
      bytesPerRow = (end - start) / (double) Math.max(1, sample.rows());
    }

    /** Tasks that read each range with these modes into {@code results}. */
    List<Runnable> rangeTasks(Mode[] rangeModes, RangeColumns[] results) {
      List<Runnable> tasks = new ArrayList<>();
      for (int r = 0; r < results.length; r++) {
        int range = r;
        tasks.add(
            () -> {
              long from = bounds[range];
              long to = bounds[range + 1];
              RangeColumns columns =
                  new RangeColumns(rangeModes, (int) Math.ceil((to - from) / bytesPerRow * 1.05));
              try {
                new CsvRange(channel, ',', names.size(), true).read(from, to, columns);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              results[range] = columns;
            });
      }
      return tasks;
    }

    /**
     * The column's kind in this window, by {@link KindProbe}'s rules: numbers when the first rows
     * hold no non-number and no row does; else times when the first rows hold times only and no row
     * holds anything but times; else text. Where a value DuckDB alone can judge would decide, the
     * fast path gives up.
     */
    ColumnKind kind(String name) {
      int c = names.indexOf(name);
      boolean sampleText = inSample(c, CsvValue.TEXT);
      boolean sampleTime = inSample(c, CsvValue.TIME);
      boolean sampleOther = inSample(c, CsvValue.OTHER);
      if (!sampleText && !sampleTime) {
        if (sampleOther) {
          throw new CsvRange.Unsupported("a value only DuckDB can judge in the first rows");
        }
        if (anywhere(c, CsvValue.TEXT) || anywhere(c, CsvValue.TIME)) {
          return ColumnKind.TEXT;
        }
        if (anywhere(c, CsvValue.OTHER)) {
          throw new CsvRange.Unsupported("a value only DuckDB can judge among numbers");
        }
        return anywhere(c, CsvValue.NUMBER) ? ColumnKind.NUMBER : ColumnKind.EMPTY;
      }
      if (sampleText) {
        return ColumnKind.TEXT;
      }
      if (inSample(c, CsvValue.NUMBER) || sampleOther) {
        throw new CsvRange.Unsupported("numbers among times in the first rows");
      }
      if (anywhere(c, CsvValue.TEXT)) {
        return ColumnKind.TEXT;
      }
      if (anywhere(c, CsvValue.NUMBER) || anywhere(c, CsvValue.OTHER)) {
        throw new CsvRange.Unsupported("a value only DuckDB can judge among times");
      }
      return ColumnKind.TIME;
    }

    private boolean inSample(int c, CsvValue value) {
      long offset = 0;
      for (RangeColumns range : ranges) {
        int first = range.first(c, value);
        if (first >= 0 && offset + first < KindProbe.SAMPLE_ROWS) {
          return true;
        }
        offset += range.rows();
        if (offset >= KindProbe.SAMPLE_ROWS) {
          return false;
        }
      }
      return false;
    }

    private boolean anywhere(int c, CsvValue value) {
      return ranges.stream().anyMatch(range -> range.first(c, value) >= 0);
    }

    /** The columns, joined from the ranges on all cores (a numerical one is a fresh array). */
    Dataset dataset(Map<String, ColumnKind> kinds) {
      List<Map.Entry<String, ColumnKind>> wanted = List.copyOf(kinds.entrySet());
      return new Dataset(
          wanted.parallelStream()
              .<Column>map(
                  e -> {
                    int c = names.indexOf(e.getKey());
                    return e.getValue() == ColumnKind.TEXT
                        ? labels(e.getKey(), c)
                        : numbers(e.getKey(), c);
                  })
              .toList());
    }

    private NumericalColumn numbers(String name, int c) {
      if (modes[c] != Mode.NUMBERS) {
        throw new CsvRange.Unsupported("numbers in a column not read as numbers"); // cannot happen
      }
      int rows = ranges.stream().mapToInt(RangeColumns::rows).sum();
      double[] values = new double[rows];
      int at = 0;
      for (RangeColumns range : ranges) {
        System.arraycopy(range.numbers(c), 0, values, at, range.rows());
        at += range.rows();
      }
      return new NumericalColumn(name, values);
    }

    /** Labels in DuckDB's order for text: by their UTF-8 bytes. */
    private CategoricalColumn labels(String name, int c) {
      ByteKeys all = new ByteKeys();
      long[] counts = new long[16];
      boolean again = recounted != null && recounted[c] == Mode.LABELS;
      for (RangeColumns range : again ? recountRanges : ranges) {
        ByteKeys keys = range.labels(c);
        for (int k = 0; k < keys.size(); k++) {
          byte[] key = keys.key(k);
          int id = all.add(key, 0, key.length);
          if (id == counts.length) {
            counts = Arrays.copyOf(counts, id * 2);
          }
          counts[id] += range.count(c, k);
        }
      }
      long[] totals = counts;
      Map<String, Long> ordered = new LinkedHashMap<>();
      IntStream.range(0, all.size())
          .boxed()
          .sorted((a, b) -> Arrays.compareUnsigned(all.key(a), all.key(b)))
          .forEach(id -> ordered.put(decode(all.key(id)), totals[id]));
      return CategoricalColumn.fromCounts(name, ordered);
    }

    private static String decode(byte[] utf8) {
      try {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8)).toString();
      } catch (CharacterCodingException e) {
        throw new CsvRange.Unsupported("malformed UTF-8"); // DuckDB names the line
      }
    }
  }
}
