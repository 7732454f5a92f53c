package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.AllocationReport;
import dev.fleetscope.cost.opencost.AllocationQuery;
import dev.fleetscope.cost.opencost.AllocationTotals;
import dev.fleetscope.cost.opencost.OpenCostAllocations;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code fleetscope cost --opencost}: the options that ask an OpenCost for its allocation over a
 * window.
 */
final class OpenCostOptions {
  /** OpenCost's aggregations, comma-separated for several; labels and annotations by key. */
  private static final Pattern AGGREGATE =
      Pattern.compile(
          "(cluster|node|namespace|controllerKind|controller|service|pod|container|deployment|statefulset|daemonset|job"
              + "|(label|annotation):[A-Za-z0-9_.\\-/]+)");

  @Option(
      names = "--opencost",
      required = true,
      paramLabel = "URL",
      description =
          "OpenCost's API, e.g. http://localhost:9003 (kubectl port-forward -n opencost svc/opencost 9003).")
  String url;

  @Option(
      names = "--window",
      defaultValue = "7d",
      paramLabel = "WINDOW",
      description =
          "OpenCost window: 7d, 24h, today, month, lastweek, or START,END (RFC 3339). Default: ${DEFAULT-VALUE}.")
  String window;

  @Option(
      names = "--aggregate",
      defaultValue = "namespace",
      paramLabel = "namespace|controller|container|pod|cluster|label:KEY",
      description = "What a row is, comma-separated for several. Default: ${DEFAULT-VALUE}.")
  String aggregate;

  @Option(
      names = "--step",
      paramLabel = "STEP",
      description =
          "Ask OpenCost step by step (1d, 1h) and add the steps up; default: one step over the window.")
  String step;

  @Option(
      names = "--currency",
      defaultValue = "USD",
      paramLabel = "CODE",
      description =
          "The currency OpenCost is configured to price in (its API does not say). Default: ${DEFAULT-VALUE}.")
  Currency currency;

  /**
   * Asks OpenCost, each request within {@code deadlines}; a bad option is a usage error before any
   * request is made.
   */
  AllocationReport fetch(CommandLine cli, Deadlines deadlines) throws IOException {
    HttpUrl base =
        Optional.ofNullable(HttpUrl.parse(url))
            .orElseThrow(
                () ->
                    new ParameterException(
                        cli, "--opencost expects an http(s) URL, was '" + url + "'"));
    if (!Arrays.stream(aggregate.split(",", -1)).allMatch(a -> AGGREGATE.matcher(a).matches())) {
      throw new ParameterException(
          cli,
          "--aggregate: '"
              + aggregate
              + "' is not one of namespace, controller, "
              + "container, pod, cluster, node, service, label:KEY, annotation:KEY (comma-separated for several)");
    }
    AllocationQuery query;
    try {
      query = new AllocationQuery(window, aggregate, Optional.ofNullable(step));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, "--window: " + e.getMessage());
    }
    try (OnExit.Guard<OpenCostAllocations> openCost =
        OnExit.guard(new OpenCostAllocations(deadlines))) {
      return new AllocationReport(
          base.toString(),
          query,
          AllocationTotals.of(openCost.client().allocation(base, currency, query), currency));
    }
  }
}
