package dev.fleetscope.cost.billing;

import java.util.List;

/** The files of one import, in the order they were read. */
public record ImportResult(List<ImportedFile> files) {
  public ImportResult {
    files = List.copyOf(files);
  }

  /**
   * Why this import added no rows, for the user (on stderr by the command line): every file was
   * imported before, or holds a header and no rows. Empty when rows were added.
   */
  public java.util.Optional<String> nothingAddedBecause() {
    if (rowsImported() > 0) {
      return java.util.Optional.empty();
    }
    long known =
        files.stream().filter(f -> f.outcome() == ImportedFile.Outcome.ALREADY_IMPORTED).count();
    long empty = files.size() - known;
    StringBuilder why = new StringBuilder("no billing rows were added: ");
    if (known > 0) {
      why.append(known).append(known == 1 ? " file was" : " files were").append(" imported before");
    }
    if (empty > 0) {
      why.append(known > 0 ? ", " : "")
          .append(empty)
          .append(empty == 1 ? " file holds" : " files hold")
          .append(" a header and no rows");
    }
    return java.util.Optional.of(why.toString());
  }

  /** Rows added by this import (files already imported add none). */
  public long rowsImported() {
    return files.stream().mapToLong(ImportedFile::rows).sum();
  }
}
