package dev.fleetscope.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token file ({@code tokenFile}), re-read every minute as client-go does: projected tokens
 * rotate.
 */
final class TokenFile implements TokenSource {
  private static final Duration REREAD = Duration.ofMinutes(1);
  private final Path file;
  private final Clock clock;
  private String token;
  private Instant readAt = Instant.MIN;

  TokenFile(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  @Override
  public synchronized String token() throws IOException {
    if (token == null || clock.instant().isAfter(readAt.plus(REREAD))) {
      token = Files.readString(file).strip();
      readAt = clock.instant();
    }
    return token;
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }
}
