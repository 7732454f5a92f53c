package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.SqlQuote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A CSV, TSV or Parquet file and the DuckDB table function that scans it. CSV and TSV are read as
 * text with the header's names, RFC 4180 quoting, strict row checks, and pandas' default
 * missing-value markers as NULL so that cells Evidently users see as NaN are missing here too.
 */
record TableFile(Path path, Format format) {
  enum Format {
    CSV,
    TSV,
    PARQUET
  }

  /** pandas.read_csv's default na_values. */
  static final List<String> MISSING_MARKERS =
      List.of(
          "",
          "#N/A",
          "#N/A N/A",
          "#NA",
          "-1.#IND",
          "-1.#QNAN",
          "-NaN",
          "-nan",
          "1.#IND",
          "1.#QNAN",
          "<NA>",
          "N/A",
          "NA",
          "NULL",
          "NaN",
          "None",
          "n/a",
          "nan",
          "null");

  static TableFile of(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new DriftInputException(path + ": no such file");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".parquet") || name.endsWith(".parq")) {
      return new TableFile(path, Format.PARQUET);
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return new TableFile(path, Format.TSV);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return new TableFile(path, Format.CSV);
    }
    throw new DriftInputException(path + ": unknown file type; use .csv, .tsv or .parquet");
  }

  String scanSql() {
    String file = SqlQuote.literal(path.toString());
    if (format == Format.PARQUET) {
      return "read_parquet(" + file + ")";
    }
    char delimiter = format == Format.TSV ? '\t' : ',';
    String columns =
        LogHeader.read(path, delimiter).stream()
            .map(n -> SqlQuote.literal(n) + ": 'VARCHAR'")
            .collect(Collectors.joining(", ", "{", "}"));
    String missing =
        MISSING_MARKERS.stream().map(SqlQuote::literal).collect(Collectors.joining(", ", "[", "]"));
    return "read_csv("
        + file
        + ", auto_detect = false, header = true, delim = "
        + SqlQuote.literal(String.valueOf(delimiter))
        + ", quote = '\"', escape = '\"', strict_mode = true, "
        + "columns = "
        + columns
        + ", nullstr = "
        + missing
        + ")";
  }
}
