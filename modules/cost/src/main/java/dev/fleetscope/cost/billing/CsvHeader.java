package dev.fleetscope.cost.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The first line of a FOCUS CSV, split into column names. Read here rather than by DuckDB's
 * sniffer, which gives up on a whole file over one ragged row that the reader itself would report
 * with its line number.
 */
final class CsvHeader {
  private CsvHeader() {}

  static List<String> read(Path file) throws IOException, FocusImportException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line == null || line.isBlank()) {
        throw new FocusImportException(
            file, "line 1", null, "the file is empty; a FOCUS export starts with a header");
      }
      return split(line.startsWith("\uFEFF") ? line.substring(1) : line);
    }
  }

  /**
   * RFC 4180 fields of one line: commas separate, double quotes enclose, a doubled quote is a
   * quote.
   */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in)
        : in;
  }
}
