package dev.fleetscope.runtime.nodes;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.packing.CapacityType;
import dev.fleetscope.packing.GpuDemand;
import dev.fleetscope.packing.NodeType;
import dev.fleetscope.packing.PodRequest;
import dev.fleetscope.packing.Taint;
import dev.fleetscope.packing.Toleration;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two inputs of {@code fleetscope pack}, read strictly: exactly the named columns (in any
 * order), every value checked, and a bad one named by file, line and column. CPU is in cores and
 * memory in bytes, or Kubernetes quantities ({@code 500m}, {@code 2Gi}); an empty {@code gpus} is
 * none, an empty {@code gpu_model} any model, an empty {@code zone} none (a type offered in every
 * zone), an empty {@code max_pods} the kubelet's default 110. Types with GPUs are tainted {@code
 * nvidia.com/gpu} as managed GPU pools are, and pods with GPUs tolerate it: CPU pods never land on
 * GPU nodes.
 */
public final class PackingCsv {
  public static final List<String> POD_COLUMNS =
      List.of("pod", "cpu", "memory_bytes", "gpus", "gpu_model", "zone");
  public static final List<String> TYPE_COLUMNS =
      List.of(
          "name", "cpu", "memory_bytes", "gpus", "gpu_model", "max_pods", "price_per_hour", "zone");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

  private PackingCsv() {}

  /** Bad input, with the file, line and column it is at. */
  public static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }

  public static List<PodRequest> pods(Path file) throws IOException {
    List<PodRequest> pods = new ArrayList<>();
    read(
        file,
        POD_COLUMNS,
        row -> {
          int gpus = row.count("gpus", 0);
          String model = row.text("gpu_model");
          String zone = row.text("zone");
          pods.add(
              new PodRequest(
                  row.name("pod"),
                  "",
                  row.cores("cpu"),
                  row.bytes("memory_bytes"),
                  GpuDemand.whole(gpus, model),
                  zone.isEmpty() ? Optional.empty() : Optional.of(zone),
                  Map.of(),
                  gpus > 0 ? List.of(Toleration.exists(Taint.NVIDIA_GPU.key())) : List.of(),
                  ""));
        });
    return pods;
  }

  public static List<NodeType> types(Path file) throws IOException {
    List<NodeType> types = new ArrayList<>();
    read(
        file,
        TYPE_COLUMNS,
        row -> {
          int gpus = row.count("gpus", 0);
          types.add(
              new NodeType(
                  row.name("name"),
                  row.cores("cpu"),
                  row.bytes("memory_bytes"),
                  gpus,
                  gpus > 0 ? row.text("gpu_model") : "",
                  Map.of(),
                  row.count("max_pods", NodeType.DEFAULT_MAX_PODS),
                  row.price("price_per_hour"),
                  row.text("zone"),
                  CapacityType.ON_DEMAND,
                  Map.of(),
                  gpus > 0 ? List.of(Taint.NVIDIA_GPU) : List.of()));
        });
    return types;
  }

  private interface RowReader {
    void accept(Row row);
  }

  private static void read(Path file, List<String> columns, RowReader rows) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      try {
        var records = parser.iterator();
        if (!records.hasNext()) {
          throw new BadInputException(
              file
                  + ", line 1: the file is empty; expected the header "
                  + String.join(",", columns));
        }
        List<String> header = header(file, records.next(), columns);
        Set<String> names = new HashSet<>();
        while (records.hasNext()) {
          long line = parser.getCurrentLineNumber();
          Row row = new Row(file, line, records.next(), header, names);
          rows.accept(row);
        }
      } catch (UncheckedIOException e) {
        throw new BadInputException(
            file
                + ", line "
                + parser.getCurrentLineNumber()
                + ": malformed CSV: "
                + e.getCause().getMessage());
      }
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }

  private static List<String> header(Path file, CSVRecord record, List<String> columns) {
    List<String> header = new ArrayList<>();
    record.forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
    for (int i = 0; i < header.size(); i++) {
      if (!columns.contains(header.get(i)) || header.indexOf(header.get(i)) != i) {
        throw new BadInputException(
            file
                + ", line 1, column "
                + (i + 1)
                + ": "
                + (columns.contains(header.get(i)) ? "a second column '" : "unknown column '")
                + header.get(i)
                + "'; the header is "
                + String.join(",", columns));
      }
    }
    List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new BadInputException(
          file
              + ", line 1: no column "
              + String.join(", ", missing)
              + "; the header is "
              + String.join(",", columns));
    }
    return header;
  }

  /** One row's cells, each parsed with the file, line and column named when it is wrong. */
  private record Row(
      Path file, long line, CSVRecord record, List<String> header, Set<String> names) {
    String text(String column) {
      int i = header.indexOf(column);
      if (i >= record.size()) {
        throw bad(
            column, "missing: the row has " + record.size() + " of " + header.size() + " cells");
      }
      return record.get(i).strip();
    }

    String name(String column) {
      String name = text(column);
      if (name.isEmpty()) {
        throw bad(column, "empty; every row needs a name");
      }
      if (!names.add(name)) {
        throw bad(column, "'" + name + "' is named twice");
      }
      return name;
    }

    double cores(String column) {
      String value = text(column);
      double cores;
      try {
        cores = Quantities.parseCores(value);
      } catch (IllegalArgumentException e) {
        throw bad(column, "'" + value + "' is not a number of cores (2, 0.5 or 500m)");
      }
      if (!(cores >= 0) || Double.isInfinite(cores)) {
        throw bad(column, "'" + value + "' is not a non-negative number of cores");
      }
      return cores;
    }

    long bytes(String column) {
      String value = text(column);
      long bytes;
      try {
        bytes = Quantities.parseBytes(value);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw bad(column, "'" + value + "' is not a number of bytes (2147483648 or 2Gi)");
      }
      if (bytes < 0) {
        throw bad(column, "'" + value + "' is negative");
      }
      return bytes;
    }

    int count(String column, int whenEmpty) {
      String value = text(column);
      if (value.isEmpty()) {
        return whenEmpty;
      }
      try {
        int count = Integer.parseInt(value);
        if (count < 0) {
          throw bad(column, "'" + value + "' is negative");
        }
        return count;
      } catch (NumberFormatException e) {
        throw bad(column, "'" + value + "' is not a whole number");
      }
    }

    double price(String column) {
      String value = text(column);
      try {
        double price = Double.parseDouble(value);
        if (!(price >= 0) || Double.isInfinite(price)) {
          throw bad(column, "'" + value + "' is not a non-negative price");
        }
        return price;
      } catch (NumberFormatException e) {
        throw bad(column, "'" + value + "' is not a price per hour (0.192)");
      }
    }

    BadInputException bad(String column, String problem) {
      return new BadInputException(
          file
              + ", line "
              + line
              + ", column "
              + (header.indexOf(column) + 1)
              + " ("
              + column
              + "): "
              + problem);
    }
  }
}
