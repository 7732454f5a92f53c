package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.io.ByteKeys;
import dev.fleetscope.model.io.CsvFields;
import dev.fleetscope.model.io.CsvRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The fast way to read a samples file that fits in memory: ranges of the file are read on all cores
 * straight from its bytes ({@link CsvRange}), each container's rows kept per range and joined in
 * file order, so the result is exactly what {@link SampleCsvReader} hands over row by row.
 *
 * <p>It takes only plain files: quotes only around whole fields (a container id with a comma), no
 * blanks around values, numbers that {@link Double#parseDouble} reads without trimming, and no bad
 * row. Anything else answers empty, and the caller reads the file with {@link SampleCsvReader},
 * which accepts all of RFC 4180 and names a bad row's line and column.
 */
final class ParallelSampleReader {
  /** Ranges per thread: a loaded machine's slow thread holds up less. */
  private static final int RANGES_PER_THREAD = 4;

  /** Room a container's rows in a range start with: a range holds thousands per container. */
  private static final int ROWS_FIRST = 1024;

  /** One container's rows, in parts that together are in file order. */
  record Container(String name, List<ContainerSamples> parts) {
    ContainerSamples rows() {
      return ContainerSamples.join(parts);
    }
  }

  private ParallelSampleReader() {}

  /** The containers in the order first seen, or empty when the file is not plain. */
  static Optional<List<Container>> read(Path file, int threads) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      Optional<Header> header = Header.of(file, channel);
      if (header.isEmpty()) {
        return Optional.empty();
      }
      SampleColumns columns = header.get().columns();
      long[] bounds =
          CsvRange.split(channel, header.get().end(), size, threads * RANGES_PER_THREAD);
      List<Object> ranges =
          IntStream.range(0, bounds.length - 1)
              .parallel()
              .mapToObj(r -> readRange(channel, columns, bounds[r], bounds[r + 1]))
              .toList();
      Map<String, Container> containers = new LinkedHashMap<>();
      for (Object range : ranges) {
        if (range instanceof IOException e) {
          throw e;
        }
        if (!(range instanceof RangeRows rows)) {
          return Optional.empty(); // not plain: the complete reader takes over
        }
        for (int id = 0; id < rows.containers.size(); id++) {
          String name = new String(rows.containers.key(id), StandardCharsets.UTF_8);
          if (!SampleCsvReader.isContainerId(name)) {
            return Optional.empty(); // the complete reader names the line and column
          }
          containers
              .computeIfAbsent(name, n -> new Container(n, new ArrayList<>()))
              .parts()
              .add(rows.samples.get(id));
        }
      }
      return containers.isEmpty()
          ? Optional.empty()
          : Optional.of(List.copyOf(containers.values()));
    }
  }

  /**
   * The range's rows, its IOException, or {@link CsvRange.Unsupported}: not thrown across threads.
   */
  private static Object readRange(FileChannel channel, SampleColumns columns, long from, long to) {
    RangeRows rows = new RangeRows(columns);
    try {
      new CsvRange(channel, ',', columns.names().size(), true).read(from, to, rows);
      return rows;
    } catch (IOException | CsvRange.Unsupported | UncheckedIOException e) {
      return e;
    }
  }

  /** The header line, when it is plain, and where the rows begin. */
  private record Header(SampleColumns columns, long end) {
    static Optional<Header> of(Path file, FileChannel channel) throws IOException {
      ByteBuffer start = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 16));
      channel.read(start, 0);
      byte[] bytes = Arrays.copyOf(start.array(), start.position());
      int newline = 0;
      while (newline < bytes.length && bytes[newline] != '\n') {
        newline++;
      }
      if (newline == bytes.length) {
        return Optional.empty();
      }
      int end = newline > 0 && bytes[newline - 1] == '\r' ? newline - 1 : newline;
      String line = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      if (line.chars().anyMatch(c -> c == '"' || c == '\r' || c >= 0x7f)) {
        return Optional.empty();
      }
      List<String> names =
          Arrays.stream(line.split(",", -1)).map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
      try {
        return Optional.of(new Header(SampleColumns.of(file, names), newline + 1));
      } catch (SampleFileException e) {
        return Optional.empty(); // the complete reader says what is wrong
      }
    }
  }

  /** The rows of one range, per container in the order first seen in the range. */
  private static final class RangeRows implements CsvRange.Records {
    private final SampleColumns columns;
    private final ByteKeys containers = new ByteKeys();
    private final List<ContainerSamples> samples = new ArrayList<>();
    private final QuantityColumn[] quantities;
    private final double[] resources = new double[SampleColumns.RESOURCES.size()];

    RangeRows(SampleColumns columns) {
      this.columns = columns;
      quantities = new QuantityColumn[resources.length];
      for (int i = 0; i < resources.length; i++) {
        quantities[i] = new QuantityColumn();
      }
    }

    @Override
    public void accept(CsvFields f) {
      for (int i = 0; i < f.count(); i++) {
        if (!f.isEmpty(i) && (f.bytes()[f.start(i)] <= ' ' || f.bytes()[f.end(i) - 1] <= ' ')) {
          throw new CsvRange.Unsupported("blanks around a value");
        }
      }
      ContainerSamples rows = container(f, columns.container());
      double seconds = number(f, columns.timestamp());
      if (!(seconds >= 0) || seconds > 1e11) {
        throw new CsvRange.Unsupported("not a unix time");
      }
      double cpu = usage(f, columns.cpu());
      double memory = usage(f, columns.memory());
      for (int i = 0; i < resources.length; i++) {
        int column = columns.resources()[i];
        resources[i] = column < 0 ? Double.NaN : quantities[i].value(f, column);
      }
      rows.add((long) Math.floor(seconds), cpu, memory, resources);
    }

    private ContainerSamples container(CsvFields f, int column) {
      if (f.isEmpty(column)) {
        throw new CsvRange.Unsupported("no container id");
      }
      int id = containers.find(f.bytes(), f.start(column), f.end(column));
      if (id < 0) {
        decode(f, column); // refuses malformed UTF-8
        id = containers.add(f.bytes(), f.start(column), f.end(column));
        samples.add(new ContainerSamples(ROWS_FIRST));
      }
      return samples.get(id);
    }

    private static double usage(CsvFields f, int column) {
      if (f.isEmpty(column)) {
        return Double.NaN;
      }
      double usage = number(f, column);
      if (usage < 0) {
        throw new CsvRange.Unsupported("negative usage");
      }
      return usage;
    }

    /** A finite number as {@link Double#parseDouble} reads it. */
    private static double number(CsvFields f, int column) {
      double value = f.decimal(column);
      if (Double.isNaN(value)) {
        try {
          value = Double.parseDouble(decode(f, column));
        } catch (NumberFormatException e) {
          throw new CsvRange.Unsupported("not a number");
        }
      }
      if (!Double.isFinite(value)) {
        throw new CsvRange.Unsupported("not a finite number");
      }
      return value;
    }
  }

  /** A request or limit column: each distinct text parsed once, as {@link SampleCsvReader} does. */
  private static final class QuantityColumn {
    private final ByteKeys texts = new ByteKeys();
    private double[] values = new double[16];

    double value(CsvFields f, int column) {
      int id = texts.find(f.bytes(), f.start(column), f.end(column));
      if (id < 0) {
        double amount = parse(decode(f, column));
        id = texts.add(f.bytes(), f.start(column), f.end(column));
        if (id == values.length) {
          values = Arrays.copyOf(values, id * 2);
        }
        values[id] = amount;
      }
      return values[id];
    }

    private static double parse(String text) {
      if (text.isEmpty()) {
        return Double.NaN;
      }
      double amount;
      try {
        amount = Quantities.parse(text).doubleValue();
      } catch (IllegalArgumentException e) {
        throw new CsvRange.Unsupported("not a quantity");
      }
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw new CsvRange.Unsupported("not a non-negative amount");
      }
      return amount;
    }
  }

  /** The field as UTF-8; malformed bytes leave the fast path (the complete reader reports them). */
  private static String decode(CsvFields f, int column) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(f.bytes(), f.start(column), f.end(column) - f.start(column)));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new CsvRange.Unsupported("malformed UTF-8");
    }
  }
}
