package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.ServingOutput;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.ServingOptions;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.NothingToWorkOnException;
import dev.fleetscope.runtime.serving.ServingService;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope serving}: what every model server delivered over a window, read from a
 * Prometheus or computed for the demo fleet, with what it costs. A model missing a figure shows
 * none (never zero) and standard error says why, model by model; a window in which no model served
 * is an error, not an empty report.
 */
@Command(
    name = "serving",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Model serving over a window: requests/s, error ratio, latency percentiles, time to first token,"
          + " tokens/s and cost per hour, per 1,000 requests and per million generated tokens of every"
          + " vLLM, Triton, TGI and OpenTelemetry-instrumented model, from a Prometheus or the demo"
          + " fleet.",
      "Ratios are fractions (the table: percent), times seconds, costs in --currency."
    })
public final class ServingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin private TimeoutOption timeout = new TimeoutOption();

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--prometheus",
        required = true,
        paramLabel = "URL",
        description = "Read the model servers' metrics from this Prometheus (or Thanos, Mimir).")
    String prometheus;

    @Option(
        names = "--demo",
        required = true,
        description = "The demo fleet's model servers, priced at its clusters' node prices.")
    boolean demo;
  }

  @Mixin private PrometheusServerOptions server = new PrometheusServerOptions();

  @Option(
      names = "--model-label",
      paramLabel = "LABEL",
      defaultValue = "model",
      description =
          "--prometheus: the label naming the model on OpenTelemetry's http_server_request_duration_seconds. Default: ${DEFAULT-VALUE}.")
  String modelLabel;

  @Option(
      names = "--window",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      defaultValue = "1h",
      description = "How long a window to read, whole minutes, e.g. 1h (default), 24h, 90m.")
  Duration window;

  @Option(
      names = "--end",
      paramLabel = "INSTANT",
      description =
          "The window ends here, e.g. 2026-11-23T09:00:00Z (default: now), to the minute.")
  Instant end;

  @Option(
      names = "--core-hour-price",
      paramLabel = "PRICE",
      description =
          "What a core costs per hour (default 0.031611, OpenCost's; --demo: its node prices).")
  Double coreHourPrice;

  @Option(
      names = "--gib-hour-price",
      paramLabel = "PRICE",
      description =
          "What a GiB of memory costs per hour (default 0.004237, OpenCost's; --demo: its node prices).")
  Double gibHourPrice;

  @Option(
      names = "--gpu-hour-price",
      paramLabel = "PRICE",
      description =
          "What a GPU costs per hour (default 0.95, OpenCost's; --demo: its node prices).")
  Double gpuHourPrice;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      defaultValue = "USD",
      description = "The prices' ISO currency. Default: ${DEFAULT-VALUE}.")
  String currency;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      defaultValue = "table",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  private final Host host;

  /**
   * With the host whose clock {@code --end} defaults to and whose seed the demo fleet grows from.
   */
  public ServingCommand(Host host) {
    this.host = host;
  }

  @Override
  public Integer call() {
    if (source.demo && server.anyGiven()) {
      throw new ParameterException(
          spec.commandLine(),
          "--cluster-label, --cluster-name and --bearer-token-file apply to --prometheus");
    }
    ServingOutput output = output();
    Currency money = currency();
    Duration length = window();
    Instant until = (end == null ? host.clock().instant() : end).truncatedTo(ChronoUnit.MINUTES);
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    ServingSnapshot snapshot;
    String read;
    try {
      if (source.demo) {
        snapshot = demo(until, length, money);
        read = "";
      } else {
        ConnectionSettings settings = settings();
        try (PrometheusClient client = new PrometheusClient(settings)) {
          snapshot =
              ServingService.prometheus(
                      settings.displayName(), client, options(), c -> Optional.of(prices(money)))
                  .snapshot(until, length);
          read = client.requestsSent() + " queries to " + settings.url();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // one line naming the query, exit code 3 (Failure)
    }
    snapshot.notes().forEach(n -> err.println("note: " + n));
    if (snapshot.models().isEmpty()) {
      err.flush(); // the notes that say why, before the failure's line
      throw new NothingToWorkOnException(
          "no model served in the "
              + length.toMinutes()
              + " minutes before "
              + until
              + (source.demo ? "" : " at " + source.prometheus)
              + ": nothing to report");
    }
    for (ModelServing m : snapshot.models()) {
      if (!m.problems().isEmpty()) {
        err.println("warning: " + m.model() + ": " + String.join("; ", m.problems()));
      }
    }
    spec.commandLine().getOut().print(output.render(snapshot, money));
    spec.commandLine().getOut().flush();
    if (!source.demo) { // the demo's output is the same every run: no timing in it
      err.printf(
          Locale.ROOT,
          "%d models over %s ending %s, %s in %.1f s%n",
          snapshot.models().size(),
          length,
          until,
          read,
          (System.nanoTime() - started) / 1e9);
    }
    err.flush();
    return 0;
  }

  /**
   * The demo fleet as it stands at {@code until}, with the history its GPU busy shares come from,
   * priced at its node prices unless prices were given.
   */
  private ServingSnapshot demo(Instant until, Duration length, Currency money) throws IOException {
    Simulator simulator = new Simulator(host.seed(), Clock.fixed(until, ZoneOffset.UTC));
    simulator.buildHistory();
    Function<String, Optional<UnitPrices>> prices;
    if (pricesGiven()) {
      UnitPrices given = prices(money);
      prices = c -> Optional.of(given);
    } else {
      Map<String, UnitPrices> nodes =
          simulator.snapshot(DemoFleetSource.ID).clusters().stream()
              .collect(Collectors.toMap(Cluster::name, UnitPrices::of));
      prices = c -> Optional.ofNullable(nodes.get(c));
    }
    return ServingService.demo(simulator, prices).snapshot(until, length);
  }

  private boolean pricesGiven() {
    return coreHourPrice != null || gibHourPrice != null || gpuHourPrice != null;
  }

  private UnitPrices prices(Currency money) {
    UnitPrices d = UnitPrices.DEFAULT;
    return new UnitPrices(
        coreHourPrice == null ? d.perCoreHour() : coreHourPrice,
        gibHourPrice == null ? d.perGibHour() : gibHourPrice,
        gpuHourPrice == null ? d.perGpuHour() : gpuHourPrice,
        money);
  }

  private ConnectionSettings settings() {
    try {
      return server.settings(source.prometheus, timeout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ServingOptions options() {
    try {
      return ServingOptions.DEFAULT.withOtelModelLabel(modelLabel);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--model-label: " + e.getMessage());
    }
  }

  private Duration window() {
    if (window.toSeconds() % 60 != 0 || window.toNanos() % 1_000_000_000 != 0) {
      throw new ParameterException(
          spec.commandLine(), "--window " + window + ": a serving window is whole minutes");
    }
    if (source.demo && window.compareTo(Simulator.HISTORY) > 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--window: the demo fleet keeps " + Simulator.HISTORY.toDays() + " days of history");
    }
    return window;
  }

  private Currency currency() {
    try {
      return Currency.getInstance(currency.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--currency '" + currency + "' is not an ISO 4217 code such as USD or EUR");
    }
  }

  private ServingOutput output() {
    return Arrays.stream(ServingOutput.values())
        .filter(o -> o.name().equalsIgnoreCase(format))
        .findFirst()
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "--format: '" + format + "' is not one of table, json, csv"));
  }
}
