package dev.fleetscope.apply;

import dev.fleetscope.apply.Observations.Observed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a samples CSV ({@code container,timestamp,cpu_cores,memory_bytes}, the input of {@code
 * recommend}) into {@link Observations}: one pass, memory per container rather than per row.
 */
public final class SamplesFile {
  private SamplesFile() {}

  public static Observations read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String header = in.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + " line 1: empty file, expected a header");
      }
      List<String> columns = List.of(header.strip().split(",", -1));
      int container = column(columns, "container", file);
      int cpu = column(columns, "cpu_cores", file);
      int memory = column(columns, "memory_bytes", file);
      Map<String, double[]> acc = new HashMap<>();
      String line;
      for (int number = 2; (line = in.readLine()) != null; number++) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != columns.size()) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + number
                  + ": "
                  + cells.length
                  + " cells, the header has "
                  + columns.size());
        }
        double cores = number(cells, cpu, file, number);
        double bytes = number(cells, memory, file, number);
        double[] a = acc.computeIfAbsent(cells[container], k -> new double[] {0, 0, 0});
        a[0] = Math.max(a[0], bytes);
        a[1] += cores;
        a[2]++;
      }
      if (acc.isEmpty()) {
        throw new IllegalArgumentException(
            file + " line 2: the file has a header and no rows; expected one sample per line");
      }
      Map<String, Observed> observed = new HashMap<>();
      acc.forEach((id, a) -> observed.put(id, new Observed(a[0], a[1] / a[2])));
      return new Observations(observed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static int column(List<String> columns, String name, Path file) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          file + " line 1: no column '" + name + "' in the header " + columns);
    }
    return index;
  }

  private static double number(String[] cells, int index, Path file, int line) {
    try {
      double value = Double.parseDouble(cells[index]);
      if (!(value >= 0)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + ", column "
              + (index + 1)
              + ": '"
              + cells[index]
              + "' is not a non-negative number");
    }
  }
}
