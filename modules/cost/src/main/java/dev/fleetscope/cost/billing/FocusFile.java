package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One FOCUS export file and the format its name says it is in; {@code named} when the user named
 * the file itself rather than a folder holding it.
 */
record FocusFile(Path path, Format format, boolean named) {
  enum Format {
    CSV,
    PARQUET
  }

  /**
   * The format of a file by its name: {@code .csv}, {@code .csv.gz} (DuckDB reads gzip itself),
   * {@code .parquet}.
   */
  static Optional<Format> formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return Optional.of(Format.CSV);
    }
    return name.endsWith(".parquet") ? Optional.of(Format.PARQUET) : Optional.empty();
  }

  /**
   * The export files named by the user: a file as it is, a folder searched recursively (as a cloud
   * export bucket is synced: one folder per billing period). Sorted by path so imports are
   * repeatable.
   */
  static List<FocusFile> expand(List<Path> paths) throws FocusImportException, IOException {
    List<FocusFile> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<FocusFile> found = inFolder(path);
        if (found.isEmpty()) {
          throw new FocusImportException(
              path, "folder holds no FOCUS export (.csv, .csv.gz or .parquet files)");
        }
        files.addAll(found);
      } else if (Files.isRegularFile(path)) {
        Format format =
            formatOf(path)
                .orElseThrow(
                    () ->
                        new FocusImportException(
                            path, "not a FOCUS export: expected a .csv, .csv.gz or .parquet file"));
        files.add(new FocusFile(path, format, true));
      } else {
        throw new FocusImportException(path, "no such file or folder");
      }
    }
    return files;
  }

  private static List<FocusFile> inFolder(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .sorted()
          .flatMap(p -> formatOf(p).map(f -> new FocusFile(p, f, false)).stream())
          .toList();
    }
  }
}
