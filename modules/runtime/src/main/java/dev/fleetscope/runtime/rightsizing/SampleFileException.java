package dev.fleetscope.runtime.rightsizing;

import java.nio.file.Path;

/**
 * Bad input in a samples file, named by file, line and column so that a person can find and fix it.
 */
public final class SampleFileException extends RuntimeException {
  SampleFileException(Path file, long line, String problem) {
    super(file.getFileName() + ", line " + line + ": " + problem);
  }

  SampleFileException(Path file, long line, int column, String columnName, String problem) {
    super(
        file.getFileName()
            + ", line "
            + line
            + ", column "
            + column
            + " ("
            + columnName
            + "): "
            + problem);
  }
}
