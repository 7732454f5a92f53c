package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.CsvHeader;
import dev.fleetscope.model.io.CsvHeader.MalformedHeaderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The column names of a CSV or TSV log ({@link CsvHeader}'s rule), refused when a name is blank,
 * holds a control character or appears twice: each name becomes a column of a drift report.
 */
final class LogHeader {
  private LogHeader() {}

  static List<String> read(Path file, char delimiter) {
    List<String> names;
    try {
      names = CsvHeader.read(file, delimiter);
    } catch (IOException e) {
      throw new DriftInputException(file + ": cannot read: " + e.getMessage(), e);
    } catch (MalformedHeaderException e) {
      throw new DriftInputException(file + ": " + e.getMessage());
    }
    if (names.isEmpty()) {
      throw new DriftInputException(
          file + ": line 1: empty file, expected a header line with column names");
    }
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
}
