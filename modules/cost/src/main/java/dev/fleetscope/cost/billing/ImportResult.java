package dev.fleetscope.cost.billing;

import java.util.List;

/** The files of one import, in the order they were read. */
public record ImportResult(List<ImportedFile> files) {
  public ImportResult {
    files = List.copyOf(files);
  }

  /** Rows added by this import (files already imported add none). */
  public long rowsImported() {
    return files.stream().mapToLong(ImportedFile::rows).sum();
  }
}
