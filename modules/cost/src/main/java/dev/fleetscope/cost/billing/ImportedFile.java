package dev.fleetscope.cost.billing;

import java.nio.file.Path;

/** What an import did with one export file. */
public record ImportedFile(Path path, String sha256, Outcome outcome, long rows) {
  public enum Outcome {
    /** New content: its rows were added. */
    IMPORTED,
    /**
     * New content at a path imported before (a cloud export refreshed in place): its rows replaced
     * the old ones.
     */
    REPLACED,
    /**
     * The same bytes were imported before, under this or another name: nothing was added, so
     * nothing counts twice.
     */
    ALREADY_IMPORTED
  }
}
