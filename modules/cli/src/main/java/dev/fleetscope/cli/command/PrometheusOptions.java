package dev.fleetscope.cli.command;

import dev.fleetscope.prometheus.Auth;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code recommend --prometheus}: which history to read, and how to reach the
 * server.
 */
final class PrometheusOptions {
  @Option(
      names = "--window",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      description = "--prometheus: how much history to read, e.g. 14d (default), 7d, 36h.")
  Duration window;

  @Option(
      names = "--step",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      description = "--prometheus: one sample per step, e.g. 5m (default), 1m.")
  Duration step;

  @Option(
      names = "--end",
      paramLabel = "INSTANT",
      description =
          "--prometheus: the window ends here, e.g. 2026-11-20T00:00:00Z (default: now), to reproduce an earlier run.")
  Instant end;

  @Mixin PrometheusServerOptions server = new PrometheusServerOptions();

  @Option(
      names = "--header",
      paramLabel = "NAME=VALUE",
      description = "--prometheus: send this header too (repeatable), e.g. X-Scope-OrgID=ml.")
  Map<String, String> headers = new LinkedHashMap<>();

  @Option(
      names = "--server-side",
      description =
          "--prometheus: let Prometheus compute the percentiles (--strategy percentile only).")
  boolean serverSide;

  static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
  static final Duration DEFAULT_STEP = Duration.ofMinutes(5);

  boolean anyGiven() {
    return window != null
        || step != null
        || end != null
        || server.anyGiven()
        || !headers.isEmpty()
        || serverSide;
  }

  /**
   * @throws IllegalArgumentException naming the option that is wrong
   */
  ConnectionSettings settings(String url, TimeoutOption timeout) {
    ConnectionSettings settings = server.settings(url, timeout);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      settings = settings.withHeader(header.getKey(), header.getValue());
    }
    return settings;
  }

  /**
   * The settings sending the token in {@code file} (re-read when it changes) as a bearer token; as
   * they are when {@code file} is null.
   *
   * @throws IllegalArgumentException naming {@code --bearer-token-file} when the file cannot be
   *     read
   */
  static ConnectionSettings withBearerTokenFile(ConnectionSettings settings, Path file) {
    if (file == null) {
      return settings;
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("--bearer-token-file " + file + ": no such readable file");
    }
    return settings.withAuth(Auth.bearer(Secret.fromFile(file)));
  }

  /** The settings with {@code --timeout} as each request's whole-call deadline, when given. */
  static ConnectionSettings withTimeout(ConnectionSettings settings, TimeoutOption timeout) {
    return settings.withDeadlines(timeout.or(settings.timeouts().deadlines()));
  }

  /** The window to read, ending at {@code --end} or else {@code now}. */
  HistoryRequest request(Instant now) {
    return HistoryRequest.ending(
        end == null ? now : end,
        window == null ? DEFAULT_WINDOW : window,
        step == null ? DEFAULT_STEP : step);
  }
}
