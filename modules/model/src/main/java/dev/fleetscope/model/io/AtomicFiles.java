package dev.fleetscope.model.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes a file whole or not at all, and durably: the bytes go to a temporary file in the same
 * folder, are forced to disk, the temporary file is renamed over the target in one atomic step, and
 * the folder is synced so the rename itself survives a power cut. A crash at any moment leaves
 * either the old file or the new one, never a torn one; a leftover temporary file ({@code
 * .NAME.*.tmp}) is all a kill can leave behind.
 */
public final class AtomicFiles {
  /** Tries of the atomic rename before the plain replace; the pauses double from 10 ms. */
  static final int RENAME_ATTEMPTS = 5;

  private static final long FIRST_PAUSE_MILLIS = 10;

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
      replace(temporary, target, Files::move);
      syncFolder(folder);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Renames atomically. Windows refuses the rename over a file another process holds open (an
   * editor, a virus scanner, a second Fleetscope reading it) with an access error that passes when
   * that process lets go: the rename is tried again after 10, 20, 40, 80 and 160 ms, then once as a
   * plain replace (still a single rename there, MoveFileEx with MOVEFILE_REPLACE_EXISTING), and
   * only then is the error thrown, naming the file.
   */
  static void replace(Path temporary, Path target, Renamer renamer) throws IOException {
    AccessDeniedException denied = null;
    for (int attempt = 0; attempt < RENAME_ATTEMPTS; attempt++) {
      try {
        renamer.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return;
      } catch (AtomicMoveNotSupportedException e) {
        break;
      } catch (AccessDeniedException e) {
        denied = e;
        pause(Duration.ofMillis(FIRST_PAUSE_MILLIS << attempt));
      }
    }
    try {
      renamer.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (AccessDeniedException e) {
      AccessDeniedException held =
          new AccessDeniedException(
              target.toString(),
              null,
              "another process holds it: still refused after "
                  + (RENAME_ATTEMPTS + 1)
                  + " tries over "
                  + (FIRST_PAUSE_MILLIS * ((1L << RENAME_ATTEMPTS) - 1))
                  + " ms");
      held.initCause(e);
      if (denied != null) {
        held.addSuppressed(denied);
      }
      throw held;
    }
  }

  /** {@link Files#move}, or a stand-in that refuses as Windows does. */
  @FunctionalInterface
  interface Renamer {
    void move(Path source, Path target, CopyOption... options) throws IOException;
  }

  private static void pause(Duration pause) throws InterruptedIOException {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to replace a file");
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
