package dev.fleetscope.model.io;

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
 * The column names on a CSV file's first line, for the modules that hand CSV files to DuckDB (cost
 * exports, drift logs). They read the header themselves and give DuckDB the names with its sniffer
 * off, so that one ragged row is reported with its line instead of changing the guessed dialect.
 *
 * <p>The rule: UTF-8, gzip when the name ends in {@code .gz} (any case), a leading byte-order mark
 * dropped, RFC 4180 fields (the delimiter separates, double quotes enclose, a doubled quote is a
 * quote), each name stripped of surrounding blanks. What a module accepts as names (blank,
 * repeated, control characters) is its own rule, with its own message.
 */
public final class CsvHeader {
  private CsvHeader() {}

  /** Thrown for a first line that is not a CSV header; the message names its line. */
  public static final class MalformedHeaderException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedHeaderException(String message) {
      super(message);
    }
  }

  /**
   * The names on the file's first line; empty when the file is empty or its first line blank (the
   * caller says what it expected there).
   */
  public static List<String> read(Path file, char delimiter)
      throws IOException, MalformedHeaderException {
    String line;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
      line = reader.readLine();
    }
    if (line == null || line.isBlank()) {
      return List.of();
    }
    return split(line.startsWith("\uFEFF") ? line.substring(1) : line, delimiter);
  }

  /** The RFC 4180 fields of one line, stripped. */
  public static List<String> split(String line, char delimiter) throws MalformedHeaderException {
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
      } else if (c == delimiter && !quoted) {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new MalformedHeaderException("line 1: unterminated quote in the header");
    }
    fields.add(field.toString().strip());
    return List.copyOf(fields);
  }

  /** The file's bytes, uncompressed when its name ends in {@code .gz}: what a CSV reader sees. */
  public static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return in;
    }
    try {
      return new GZIPInputStream(in);
    } catch (IOException notGzip) {
      in.close();
      throw notGzip;
    }
  }
}
