package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.CsvHeader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a carriage return that ends no line (one not followed by a line feed) outside quotes.
 * DuckDB's CSV reader stops on one with an internal error that names no line, even when told to
 * skip bad rows, so the file is checked first and refused with the line and column instead.
 */
final class LoneCarriageReturn {
  private LoneCarriageReturn() {}

  /** Where the first lone carriage return is: the 1-based line and the header's column there. */
  record Place(long line, String column) {}

  static Optional<Place> find(Path file, List<String> header) throws IOException {
    try (InputStream in = new BufferedInputStream(CsvHeader.open(file), 1 << 16)) {
      long line = 1;
      int field = 0;
      boolean quoted = false;
      boolean afterCr = false;
      int b;
      while ((b = in.read()) != -1) {
        if (afterCr && b != '\n') {
          return Optional.of(new Place(line, columnName(header, field)));
        }
        afterCr = false;
        if (b == '"') {
          quoted = !quoted; // a doubled quote inside a quoted cell toggles twice
        } else if (quoted) {
          if (b == '\n') {
            line++; // a line break inside a quoted cell still starts a new line of the file
          }
        } else if (b == ',') {
          field++;
        } else if (b == '\r') {
          afterCr = true;
        } else if (b == '\n') {
          line++;
          field = 0;
        }
      }
      return Optional.empty(); // a carriage return as the last byte ends the file cleanly
    }
  }

  private static String columnName(List<String> header, int field) {
    return field < header.size() ? header.get(field).strip() : "number " + (field + 1);
  }
}
