package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The SHA-256 of a file's bytes: how the store recognises an export it has already imported,
 * whatever its name.
 */
final class ContentHash {
  private ContentHash() {}

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
      while (channel.read(buffer) > 0) {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * For a hash computed on another thread: an I/O failure comes back as {@link
   * UncheckedIOException}.
   */
  static String sha256Unchecked(Path file) {
    try {
      return sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hash computed on another thread, its I/O failure rethrown as it was. */
  static String await(CompletableFuture<String> hashing, Path file) throws IOException {
    try {
      return hashing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("cannot hash " + file + ": " + e.getCause(), e.getCause());
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
