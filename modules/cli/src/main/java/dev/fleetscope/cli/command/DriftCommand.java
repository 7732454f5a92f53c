package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.DriftJson;
import dev.fleetscope.cli.output.DriftTable;
import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.drift.DriftTest;
import dev.fleetscope.drift.HistogramDrift;
import dev.fleetscope.drift.source.DuckDbSource;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.drift.source.Windows;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.PrometheusException;
import dev.fleetscope.runtime.drift.HistogramReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope drift}: Evidently's data drift report on two CSV/Parquet files, on two time
 * windows of one inference log, or on a model server's Prometheus histograms over two windows,
 * printed as a table or as JSON.
 */
@Command(
    name = "drift",
    description =
        "Compare a current window of model inputs or outputs with a reference window, column by column, "
            + "with Evidently's tests and thresholds.")
public final class DriftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin TimeoutOption timeout = new TimeoutOption();

  static final class Source {
    @ArgGroup(exclusive = false)
    Files files;

    @ArgGroup(exclusive = false)
    Log log;

    @ArgGroup(exclusive = false)
    Histograms histograms;
  }

  static final class Files {
    @Option(
        names = "--reference",
        required = true,
        paramLabel = "FILE",
        description = "Reference data (.csv, .tsv, .parquet).")
    Path reference;

    @Option(
        names = "--current",
        required = true,
        paramLabel = "FILE",
        description = "Current data, same columns.")
    Path current;
  }

  static final class Log {
    @Option(
        names = "--log",
        required = true,
        paramLabel = "FILE",
        description = "One inference log to split by time.")
    Path file;

    @Option(
        names = "--timestamp-column",
        defaultValue = "timestamp",
        paramLabel = "COL",
        description = "Column holding each row's time (default: ${DEFAULT-VALUE}).")
    String timestampColumn;
  }

  static final class Histograms {
    @Option(
        names = "--prometheus",
        required = true,
        paramLabel = "URL",
        description = "Prometheus (or Thanos, Mimir) holding the model server's histograms.")
    String url;

    @Option(
        names = "--histogram",
        required = true,
        split = ",",
        paramLabel = "NAME",
        description =
            "Histograms to compare, each a column of the report (e.g. model_score, with or without _bucket).")
    List<String> names;

    @Option(
        names = "--match",
        paramLabel = "MATCHERS",
        description =
            "Label matchers picking the model's series, e.g. model=\"ranker\",namespace=\"serving\".")
    String match;

    @Option(
        names = "--bearer-token-file",
        paramLabel = "FILE",
        description = "Send the token in this file as a bearer token.")
    Path bearerTokenFile;
  }

  @Option(
      names = "--reference-window",
      paramLabel = "START/END",
      description =
          "With --log or --prometheus: ISO-8601 interval, start inclusive, end exclusive, UTC unless an offset is given.")
  String referenceWindow;

  @Option(
      names = "--current-window",
      paramLabel = "START/END",
      description = "With --log or --prometheus: the current window, same form.")
  String currentWindow;

  @Option(
      names = "--categorical",
      split = ",",
      paramLabel = "COL",
      description = "Columns to compare as labels even if numeric.")
  List<String> categorical = new ArrayList<>();

  @Option(
      names = "--test",
      paramLabel = "COL=NAME",
      description =
          "Test for a column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger.")
  Map<String, String> tests = Map.of();

  @Option(
      names = "--threshold",
      paramLabel = "COL=X",
      description = "Threshold for a column's test.")
  Map<String, Double> thresholds = Map.of();

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  enum Format {
    table,
    json
  }

  /** Prints the report; a failure propagates to {@link CommandLines} for its exit code. */
  @Override
  public Integer call() throws PrometheusException {
    PrintWriter out = spec.commandLine().getOut();
    checkWindows();
    String text;
    if (source.histograms != null) {
      DriftReport report = histogramReport();
      text =
          format == Format.json
              ? DriftJson.write(report) + "\n"
              : DriftTable.render(report, List.of());
    } else {
      if (timeout.given()) {
        throw new IllegalArgumentException("--timeout applies to --prometheus");
      }
      Windows windows = read();
      DriftReport report =
          new DriftAnalyzer(options()).analyze(windows.reference(), windows.current());
      text =
          format == Format.json
              ? DriftJson.write(report) + "\n"
              : DriftTable.render(report, windows.skippedTimeColumns());
    }
    out.print(text);
    out.flush();
    return ExitCode.OK;
  }

  /** Windows split a log or a Prometheus's history; two files are windows already. */
  private void checkWindows() {
    boolean needed = source.files == null;
    if (needed && (referenceWindow == null || currentWindow == null)) {
      throw new IllegalArgumentException(
          (source.log != null ? "--log" : "--prometheus")
              + " needs --reference-window and --current-window");
    }
    if (!needed && (referenceWindow != null || currentWindow != null)) {
      throw new IllegalArgumentException(
          "--reference-window and --current-window split a --log or a --prometheus's "
              + "history; --reference and --current are the windows already");
    }
  }

  private Windows read() {
    if (source.files != null) {
      return DuckDbSource.readFiles(source.files.reference, source.files.current);
    }
    Log log = source.log;
    return DuckDbSource.readLog(
        log.file,
        log.timestampColumn,
        TimeWindow.parse(referenceWindow),
        TimeWindow.parse(currentWindow));
  }

  /**
   * Each histogram a categorical column of ordered buckets, tested as Evidently tests categories.
   */
  private DriftReport histogramReport() throws PrometheusException {
    Histograms h = source.histograms;
    TimeWindow reference = TimeWindow.parse(referenceWindow);
    TimeWindow current = TimeWindow.parse(currentWindow);
    DriftOptions options = options();
    HistogramDrift drift = new HistogramDrift(options);
    List<ColumnResult> columns = new ArrayList<>();
    try (OnExit.Guard<PrometheusClient> guard = OnExit.guard(new PrometheusClient(settings(h)))) {
      PrometheusClient client = guard.client();
      HistogramReader reader = new HistogramReader(client);
      for (String name : h.names) {
        HistogramReader.Buckets ref = reader.read(name, h.match, reference);
        HistogramReader.Buckets cur = reader.read(name, h.match, current);
        if (!Arrays.equals(ref.upperBounds(), cur.upperBounds())) {
          throw new IllegalArgumentException(
              "histogram "
                  + name
                  + " has other buckets in the current window (le "
                  + Arrays.toString(cur.upperBounds())
                  + ") than in the reference (le "
                  + Arrays.toString(ref.upperBounds())
                  + "): the model server's buckets changed between them");
        }
        columns.add(drift.compare(name, ref.upperBounds(), ref.cumulative(), cur.cumulative()));
      }
    } catch (PrometheusException e) {
      throw e;
    } catch (java.io.IOException e) { // setting the client up: TLS files, token file
      throw new IllegalArgumentException("--prometheus " + h.url + ": " + e.getMessage(), e);
    }
    return DriftReport.of(columns, options.driftShare());
  }

  private ConnectionSettings settings(Histograms h) {
    return PrometheusOptions.withTimeout(
        PrometheusOptions.withBearerTokenFile(ConnectionSettings.forUrl(h.url), h.bearerTokenFile),
        timeout);
  }

  private DriftOptions options() {
    DriftOptions options =
        DriftOptions.defaults().withCategorical(categorical.toArray(String[]::new));
    for (Map.Entry<String, String> t : tests.entrySet()) {
      options = options.withTest(t.getKey(), DriftTest.byLabel(t.getValue()));
    }
    for (Map.Entry<String, Double> t : thresholds.entrySet()) {
      options = options.withThreshold(t.getKey(), t.getValue());
    }
    return options;
  }
}
