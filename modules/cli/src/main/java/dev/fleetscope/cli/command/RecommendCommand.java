package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.RecommendationWriter;
import dev.fleetscope.cli.output.RecommendationWriter.OutputFormat;
import dev.fleetscope.cli.output.StderrProgress;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.RiskBudget;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.VpaStrategy;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.rightsizing.HistoryRecommender;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import dev.fleetscope.runtime.rightsizing.SampleFileRecommender;
import dev.fleetscope.runtime.rightsizing.ServerSideRecommender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope recommend --samples FILE.csv | --prometheus URL}: rightsizing recommendations
 * from a CSV of usage samples or from a Prometheus's history, each proven by replaying that
 * history. The file may be larger than the heap and its rows in any order (see {@link
 * SamplePartitions}); a Prometheus is read in a fixed number of queries ({@link
 * HistoryRecommender}, or {@link ServerSideRecommender} with {@code --server-side}), with progress
 * on standard error. Bad input stops with file, line and column named, and nothing is written:
 * results are printed only once every container is done, and {@code --output} is replaced
 * atomically.
 */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Recommends CPU and memory requests and limits from usage samples or a Prometheus's history, "
          + "each proven by replaying that history against it.",
      "Input header: container,timestamp,cpu_cores,memory_bytes[,cpu_request,memory_request,cpu_limit,memory_limit]"
          + " (timestamp in unix seconds, rows in any order).",
      "With --prometheus, container ids are cluster/namespace/owner/container."
    })
public final class RecommendCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  private final Host host;

  public RecommendCommand(Host host) {
    this.host = host;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Input input;

  /** Exactly one of the two inputs. */
  static final class Input {
    @Option(
        names = "--samples",
        required = true,
        paramLabel = "FILE.csv",
        description = "The usage samples.")
    Path samples;

    @Option(
        names = "--prometheus",
        required = true,
        paramLabel = "URL",
        description =
            "Read the history from this Prometheus (also Thanos Query, Mimir, VictoriaMetrics).")
    String prometheus;
  }

  @Mixin private PrometheusOptions prometheusOptions = new PrometheusOptions();

  @Mixin private TimeoutOption timeout = new TimeoutOption();

  @Option(
      names = "--strategy",
      paramLabel = "NAME",
      defaultValue = FleetscopeStrategy.NAME,
      description = "fleetscope (default), vpa or percentile.")
  private String strategy;

  @Option(
      names = "--cpu-percentile",
      paramLabel = "P",
      description = "percentile: the CPU percentile (default 95).")
  private Double cpuPercentile;

  @Option(
      names = "--memory-buffer",
      paramLabel = "F",
      description = "percentile: added to the memory peak (default 0.15).")
  private Double memoryBuffer;

  @Option(
      names = "--min-cpu",
      paramLabel = "CORES",
      description = "percentile: smallest CPU request (default none).")
  private Double minCpu;

  @Option(
      names = "--min-memory",
      paramLabel = "BYTES",
      description = "percentile: smallest memory, bytes or a quantity like 64Mi (default none).")
  private String minMemory;

  @Option(
      names = "--cpu-risk",
      paramLabel = "SHARE",
      description = "fleetscope: share of CPU samples allowed above the request (default 0.01).")
  private Double cpuRisk;

  @Option(
      names = "--horizon-days",
      paramLabel = "DAYS",
      description =
          "fleetscope: how long a proposal must hold; trends are projected that far (default 7).")
  private Integer horizonDays;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default), json or csv.")
  private String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here (replaced whole) instead of standard output.")
  private Path output;

  @Option(
      names = "--core-hour-price",
      paramLabel = "PRICE",
      description = "What a core costs per hour (default 0.031611, OpenCost's default).")
  private double coreHourPrice = UnitPrices.DEFAULT.perCoreHour();

  @Option(
      names = "--gib-hour-price",
      paramLabel = "PRICE",
      description = "What a GiB of memory costs per hour (default 0.004237, OpenCost's default).")
  private double gibHourPrice = UnitPrices.DEFAULT.perGibHour();

  @Option(
      names = "--gpu-hour-price",
      paramLabel = "PRICE",
      description = "What a GPU costs per hour (default 0.95, OpenCost's default).")
  private double gpuHourPrice = UnitPrices.DEFAULT.perGpuHour();

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "The prices' ISO currency (default USD).")
  private String currency = "USD";

  @Option(
      names = "--temp-dir",
      paramLabel = "DIR",
      description = "Where the partition files go while reading (default the system's).")
  private Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));

  @Option(
      names = "--partitions",
      hidden = true,
      description = "How many partition files (default from file size and heap).")
  private Integer partitions;

  /**
   * Prints the recommendations; a failure propagates to {@link CommandLines}, which gives its exit
   * code and one line on standard error.
   */
  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Strategy chosen = strategy();
    OutputFormat outputFormat = outputFormat();
    UnitPrices prices =
        new UnitPrices(coreHourPrice, gibHourPrice, gpuHourPrice, Currency.getInstance(currency));
    List<NamedRecommendation> results =
        input.prometheus != null
            ? fromPrometheus(chosen, prices, err)
            : fromSamples(chosen, prices);
    StringWriter text = new StringWriter();
    RecommendationWriter.of(outputFormat).write(results, text);
    emit(text.toString());
    return ExitCode.OK;
  }

  private List<NamedRecommendation> fromPrometheus(
      Strategy chosen, UnitPrices prices, PrintWriter err) throws IOException {
    if (prometheusOptions.serverSide && !(chosen instanceof PercentileStrategy)) {
      throw new IllegalArgumentException(
          "--server-side computes percentiles on Prometheus and serves --strategy percentile only: "
              + chosen.name()
              + " needs every sample (leave out --server-side)");
    }
    HistoryRequest request = prometheusOptions.request(host.clock().instant());
    ConnectionSettings settings = prometheusOptions.settings(input.prometheus, timeout);
    long started = System.nanoTime();
    try (OnExit.Guard<PrometheusClient> guard = OnExit.guard(new PrometheusClient(settings))) {
      PrometheusClient client = guard.client();
      StderrProgress progress = new StderrProgress(err);
      List<NamedRecommendation> results;
      String skipped = "";
      if (prometheusOptions.serverSide) {
        ServerSideRecommender.Result result =
            ServerSideRecommender.recommend(
                client, request, (PercentileStrategy) chosen, prices, progress);
        results = result.recommendations();
        skipped =
            result.podLevel().isEmpty()
                ? ""
                : "; "
                    + result.podLevel().size()
                    + " pods with pod-level resources left out (sized from every sample: leave"
                    + " out --server-side)";
      } else {
        HistoryRecommender.Result result =
            HistoryRecommender.recommend(client, request, chosen, prices, progress);
        results = result.recommendations();
        result.history().annotations().warnings().forEach(w -> err.println("warning: " + w));
        skipped =
            result.withoutHistory() == 0
                ? ""
                : "; " + result.withoutHistory() + " containers had no usage in the window";
      }
      err.printf(
          Locale.ROOT,
          "%d containers recommended from %s of history at %s steps in %.1f s (%d requests to %s)%s%n",
          results.size(),
          request.window(),
          request.step(),
          (System.nanoTime() - started) / 1e9,
          client.requestsSent(),
          settings.url(),
          skipped);
      err.flush();
      return results;
    }
  }

  private List<NamedRecommendation> fromSamples(Strategy chosen, UnitPrices prices)
      throws IOException {
    Path samples = input.samples;
    if (prometheusOptions.anyGiven() || timeout.given()) {
      throw new IllegalArgumentException(
          "--window, --step, --end, --cluster-label, --cluster-name, --bearer-token-file, --header,"
              + " --server-side and --timeout apply to --prometheus");
    }
    return SampleFileRecommender.recommend(samples, tempDir, partitions, chosen, prices);
  }

  private void emit(String text) throws IOException {
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      out.write(text);
      out.flush();
      return;
    }
    AtomicFiles.write(output, text);
  }

  private Strategy strategy() {
    boolean percentileOptions =
        cpuPercentile != null || memoryBuffer != null || minCpu != null || minMemory != null;
    boolean fleetscopeOptions = cpuRisk != null || horizonDays != null;
    return switch (strategy) {
      case FleetscopeStrategy.NAME -> {
        only(
            !percentileOptions,
            "--cpu-percentile, --memory-buffer, --min-cpu and --min-memory apply to --strategy percentile");
        FleetscopeStrategy d = FleetscopeStrategy.DEFAULT;
        yield new FleetscopeStrategy(
            cpuRisk == null ? d.budget() : new RiskBudget(cpuRisk, d.budget().memorySamples()),
            horizonDays == null ? d.horizon() : Duration.ofDays(horizonDays),
            d.recencyHalfLife());
      }
      case PercentileStrategy.NAME -> {
        only(!fleetscopeOptions, "--cpu-risk and --horizon-days apply to --strategy fleetscope");
        PercentileStrategy d = PercentileStrategy.DEFAULT;
        yield new PercentileStrategy(
            cpuPercentile == null ? d.cpuPercentile() : cpuPercentile,
            memoryBuffer == null ? d.memoryBuffer() : memoryBuffer,
            minCpu == null ? 0 : minCpu,
            minMemory == null ? 0 : Quantities.parseBytes(minMemory));
      }
      case VpaStrategy.NAME -> {
        only(
            !percentileOptions && !fleetscopeOptions,
            "the vpa strategy takes no tuning options: it is the VPA's");
        yield new VpaStrategy();
      }
      default ->
          throw new IllegalArgumentException(
              "unknown strategy '"
                  + strategy
                  + "'; choose one of "
                  + String.join(", ", Strategy.NAMES));
    };
  }

  private OutputFormat outputFormat() {
    try {
      return OutputFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + format + "'; choose table, json or csv");
    }
  }

  private static void only(boolean allowed, String message) {
    if (!allowed) {
      throw new IllegalArgumentException(message);
    }
  }
}
