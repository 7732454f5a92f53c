package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.net.Excerpt;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a samples file row by row (RFC 4180, so container ids may be quoted and hold commas),
 * checking every value: a missing column, an unparsable number or negative usage stops with the
 * file, line and column named. An empty CPU or memory cell is a step without that sample; requests
 * and limits are plain numbers or Kubernetes quantities ({@code 250m}, {@code 512Mi}), empty when
 * unset.
 */
final class SampleCsvReader {
  /**
   * Receives each row; {@code resources} holds cpu_request, memory_request, cpu_limit,
   * memory_limit, NaN if unset.
   */
  interface Rows {
    void accept(String container, long timestamp, double cpu, double memory, double[] resources)
        throws IOException;
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  private SampleCsvReader() {}

  /** Reads the whole file. */
  static void read(Path file, Rows rows) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      try {
        readRecords(file, parser, rows);
      } catch (UncheckedIOException e) {
        // commons-csv reports malformed quoting this way; its message names the line the field
        // started on.
        throw new SampleFileException(
            file, parser.getCurrentLineNumber(), "malformed CSV: " + e.getCause().getMessage());
      }
    }
  }

  private static void readRecords(Path file, CSVParser parser, Rows rows) throws IOException {
    Iterator<CSVRecord> records = parser.iterator();
    if (!records.hasNext()) {
      throw new SampleFileException(
          file,
          1,
          "the file is empty; expected a header " + String.join(",", SampleColumns.REQUIRED));
    }
    List<String> header = new ArrayList<>();
    records.next().forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
    SampleColumns columns = SampleColumns.of(file, header);
    double[] resources = new double[SampleColumns.RESOURCES.size()];
    List<Map<String, Double>> parsed = new ArrayList<>();
    for (int i = 0; i < resources.length; i++) {
      parsed.add(new HashMap<>());
    }
    long rowsRead = 0;
    while (records.hasNext()) {
      Row row = new Row(file, parser.getCurrentLineNumber(), records.next(), columns);
      String container = row.containerId(columns.container());
      long timestamp = row.timestamp(columns.timestamp());
      double cpu = row.usage(columns.cpu());
      double memory = row.usage(columns.memory());
      for (int i = 0; i < resources.length; i++) {
        int column = columns.resources()[i];
        resources[i] = column < 0 ? Double.NaN : row.quantity(column, parsed.get(i));
      }
      rows.accept(container, timestamp, cpu, memory, resources);
      rowsRead++;
    }
    if (rowsRead == 0) {
      throw new SampleFileException(
          file, 2, "the file has a header and no rows: there is no usage to recommend from");
    }
  }

  /** One record with the checks that name where a bad value is. */
  private record Row(Path file, long line, CSVRecord record, SampleColumns columns) {
    Row {
      if (record.size() != columns.names().size()) {
        throw new SampleFileException(
            file,
            line,
            "expected "
                + columns.names().size()
                + " fields ("
                + String.join(",", columns.names())
                + "), found "
                + record.size());
      }
    }

    /** A container id as apply reads it back: {@code cluster/namespace/owner/container}. */
    String containerId(int column) {
      String value = record.get(column);
      if (value.isEmpty()) {
        throw bad(column, "empty; every row needs a container id");
      }
      if (!isContainerId(value)) {
        throw bad(
            column,
            "'"
                + Excerpt.of(value)
                + "' is not cluster/namespace/owner/container (four names joined by '/'),"
                + " which apply needs to find the workload");
      }
      return value;
    }

    long timestamp(int column) {
      double seconds = number(column, record.get(column), "unix seconds");
      if (!(seconds >= 0) || seconds > 1e11) {
        throw bad(column, "not a unix time in seconds: '" + record.get(column) + "'");
      }
      return (long) Math.floor(seconds);
    }

    double usage(int column) {
      String value = record.get(column);
      if (value.isEmpty()) {
        return Double.NaN;
      }
      double usage = number(column, value, "number");
      if (usage < 0) {
        throw bad(column, "negative usage " + value);
      }
      return usage;
    }

    /**
     * Requests and limits repeat row after row, so each distinct text is parsed once: {@code
     * parsed} remembers (up to 10,000 texts per column).
     */
    double quantity(int column, Map<String, Double> parsed) {
      String value = record.get(column);
      Double known = parsed.get(value);
      if (known == null) {
        known = quantity(value, column);
        if (parsed.size() >= 10_000) {
          parsed.clear();
        }
        parsed.put(value, known);
      }
      return known;
    }

    private double quantity(String value, int column) {
      if (value.isEmpty()) {
        return Double.NaN;
      }
      double amount;
      try {
        amount = Quantities.parse(value).doubleValue();
      } catch (IllegalArgumentException e) {
        throw bad(column, "not a number or Kubernetes quantity: '" + value + "'");
      }
      if (!(amount >= 0) || Double.isInfinite(amount)) {
        throw bad(column, "must be a non-negative amount, was '" + value + "'");
      }
      return amount;
    }

    private double number(int column, String value, String what) {
      try {
        double number = Double.parseDouble(value);
        if (Double.isFinite(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad(column, "not a " + what + ": '" + value + "'");
    }

    private SampleFileException bad(int column, String problem) {
      return new SampleFileException(file, line, column + 1, columns.names().get(column), problem);
    }
  }

  /** The one rule for a container id: {@code cluster/namespace/owner/container}, none blank. */
  static boolean isContainerId(String value) {
    String[] parts = value.split("/", -1);
    return parts.length == 4 && Arrays.stream(parts).noneMatch(String::isBlank);
  }
}
