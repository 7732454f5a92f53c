package dev.fleetscope.drift.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Column names from a CSV file's first line (RFC 4180 quoting). DuckDB then reads the file with
 * these names and its sniffer off, so a malformed row is reported with its line instead of changing
 * the guessed dialect.
 */
final class CsvHeader {
  private CsvHeader() {}

  static List<String> read(Path file, char delimiter) {
    String line;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      line = r.readLine();
    } catch (IOException e) {
      throw new DriftInputException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (line == null || line.isBlank()) {
      throw new DriftInputException(
          file + ": line 1: empty file, expected a header line with column names");
    }
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    List<String> names = split(line, delimiter, file);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isBlank()) {
        throw new DriftInputException(file + ": line 1: column " + (i + 1) + " has no name");
      }
      int control = name.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
      if (control >= 0) {
        throw new DriftInputException(
            file
                + ": line 1: column "
                + (i + 1)
                + " has a control character ("
                + String.format("U+%04X", control)
                + ") in its name");
      }
      if (!seen.add(name)) {
        throw new DriftInputException(file + ": line 1: column name '" + name + "' appears twice");
      }
    }
    return names;
  }

  private static List<String> split(String line, char delimiter, Path file) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == delimiter) {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new DriftInputException(file + ": line 1: unterminated quote in the header");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
