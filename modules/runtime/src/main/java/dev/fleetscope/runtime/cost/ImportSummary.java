package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.billing.ImportedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An import's outcome in words: what was added, what replaced an older version, what was skipped
 * and why.
 */
final class ImportSummary {
  private ImportSummary() {}

  static String describe(ImportResult result) {
    List<String> parts = new ArrayList<>();
    List<ImportedFile> imported = of(result, ImportedFile.Outcome.IMPORTED);
    List<ImportedFile> replaced = of(result, ImportedFile.Outcome.REPLACED);
    List<ImportedFile> skipped = of(result, ImportedFile.Outcome.ALREADY_IMPORTED);
    if (!imported.isEmpty()) {
      parts.add(
          String.format(
              Locale.ROOT, "Imported %s (%,d charges).", files(imported.size()), rows(imported)));
    }
    if (!replaced.isEmpty()) {
      parts.add(
          String.format(
              Locale.ROOT,
              "Replaced %s rewritten since the last import (%,d charges).",
              files(replaced.size()),
              rows(replaced)));
    }
    if (!skipped.isEmpty()) {
      parts.add(
          "Skipped "
              + files(skipped.size())
              + " already imported ("
              + names(skipped)
              + "): nothing was counted twice.");
    }
    return parts.isEmpty()
        ? "No FOCUS files (.csv, .csv.gz, .parquet) were found."
        : String.join(" ", parts);
  }

  private static List<ImportedFile> of(ImportResult result, ImportedFile.Outcome outcome) {
    return result.files().stream().filter(f -> f.outcome() == outcome).toList();
  }

  private static long rows(List<ImportedFile> files) {
    return files.stream().mapToLong(ImportedFile::rows).sum();
  }

  private static String files(int n) {
    return n + (n == 1 ? " file" : " files");
  }

  private static String names(List<ImportedFile> files) {
    String shown =
        files.stream()
            .limit(3)
            .map(f -> f.path().getFileName().toString())
            .collect(Collectors.joining(", "));
    return files.size() > 3 ? shown + " and " + (files.size() - 3) + " more" : shown;
  }
}
