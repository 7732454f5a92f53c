package dev.fleetscope.cli.command;

import dev.fleetscope.model.net.Deadlines;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --timeout}: the longest one call to a source may take, for every command that calls out.
 * Connecting and each silence are bounded by it too; a call that passes it fails with the URL (or
 * command) and the deadline named.
 */
final class TimeoutOption {
  static final String DESCRIPTION =
      "The longest one call to a source may take, e.g. 10s, 2m (connecting and each silence too)."
          + " Default: 30s; 3m for a Prometheus history query; 10m for an AWS price file.";

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      description = DESCRIPTION)
  Duration timeout;

  /** {@code defaults}, or their whole call set to {@code --timeout} when given. */
  Deadlines or(Deadlines defaults) {
    return timeout == null ? defaults : defaults.withCall(timeout);
  }

  boolean given() {
    return timeout != null;
  }
}
