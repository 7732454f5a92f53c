package dev.fleetscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all, and durably: the bytes go to a temporary file in the same
 * folder, are forced to disk, the temporary file is renamed over the target in one atomic step, and
 * the folder is synced so the rename itself survives a power cut. A crash at any moment leaves
 * either the old file or the new one, never a torn one; a leftover temporary file ({@code
 * .NAME.*.tmp}) is all a kill can leave behind.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      replace(temporary, target);
      syncFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Renames atomically. Windows refuses an atomic rename over a file another process holds open (an
   * editor, a virus scanner) with an access error: the plain replace that follows is still a single
   * rename there (MoveFileEx with MOVEFILE_REPLACE_EXISTING).
   */
  private static void replace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException | AccessDeniedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Makes the rename durable (POSIX: fsync of the directory). Windows cannot open a directory as a
   * channel and some file systems refuse to sync one; the rename is then as durable as the OS makes
   * it, which is all that can be asked there.
   */
  static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException refused) {
      // Not supported here: see above.
    }
  }
}
