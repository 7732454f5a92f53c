package dev.fleetscope.runtime.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files the console owns, written whole or not at all: the text goes to a temporary file beside the
 * target that then replaces it in one rename, so a crash mid-write never leaves a half-written
 * file.
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temporary =
        Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Moves an unreadable file out of the way as {@code NAME.unreadable} (replacing an older one), so
   * the user can look at it and the next save starts clean. Returns where it went.
   */
  public static Path setAside(Path file) throws IOException {
    Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
    Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    return aside;
  }
}
