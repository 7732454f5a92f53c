package dev.fleetscope.cli.command;

import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.LabelNames;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How to reach a Prometheus (or Thanos, Mimir) and tell its clusters apart: the options every
 * command reading one shares ({@code recommend}, {@code nodes}, {@code serving}).
 */
final class PrometheusServerOptions {
  @Option(
      names = "--cluster-label",
      paramLabel = "LABEL",
      description =
          "--prometheus: the label that tells clusters apart on a federated Prometheus, Thanos or Mimir (e.g. cluster).")
  String clusterLabel;

  @Option(
      names = "--cluster-name",
      paramLabel = "NAME",
      description =
          "--prometheus: the cluster's name when there is no cluster label (default: the URL's host).")
  String clusterName;

  @Option(
      names = "--bearer-token-file",
      paramLabel = "FILE",
      description = "--prometheus: send the token in this file as a bearer token.")
  Path bearerTokenFile;

  boolean anyGiven() {
    return clusterLabel != null || clusterName != null || bearerTokenFile != null;
  }

  /**
   * The settings for {@code url} with these options and {@code --timeout}.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  ConnectionSettings settings(String url, TimeoutOption timeout) {
    ConnectionSettings settings =
        PrometheusOptions.withTimeout(ConnectionSettings.forUrl(url), timeout);
    if (clusterLabel != null && !clusterLabel.isBlank()) {
      settings = settings.withLabels(LabelNames.STANDARD.withClusterLabel(clusterLabel));
    }
    if (clusterName != null) {
      settings = settings.withClusterName(clusterName);
    }
    return PrometheusOptions.withBearerTokenFile(settings, bearerTokenFile);
  }
}
