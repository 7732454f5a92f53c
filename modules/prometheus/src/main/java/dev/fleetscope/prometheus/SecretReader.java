package dev.fleetscope.prometheus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Reads a {@link Secret}. A file is read again only when its modification time or size changed, so
 * a rotated token is picked up on the next request without reading the file for every request.
 * Surrounding whitespace (the trailing newline of {@code echo token > file}) is not part of the
 * secret.
 */
final class SecretReader {
  private final Secret secret;
  private final String purpose;
  private volatile Cached cached;

  SecretReader(Secret secret, String purpose) {
    this.secret = secret;
    this.purpose = purpose;
  }

  String read() throws IOException {
    return switch (secret) {
      case Secret.Inline inline -> inline.value();
      case Secret.FromFile file -> fromFile(file.path());
    };
  }

  private String fromFile(Path path) throws IOException {
    Cached seen = cached;
    String value;
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (seen != null
          && seen.modified.equals(attributes.lastModifiedTime())
          && seen.size == attributes.size()) {
        return seen.value;
      }
      value = Files.readString(path, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      throw new IOException("the " + purpose + " file " + path + " does not exist", e);
    } catch (IOException e) {
      throw new IOException(
          "cannot read the " + purpose + " file " + path + ": " + e.getMessage(), e);
    }
    if (value.isEmpty()) {
      throw new IOException("the " + purpose + " file " + path + " is empty");
    }
    cached = new Cached(attributes.lastModifiedTime(), attributes.size(), value);
    return value;
  }

  private record Cached(FileTime modified, long size, String value) {}
}
