package dev.fleetscope.app.cli;

import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.drift.DriftTest;
import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.drift.source.DuckDbSource;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.drift.source.Windows;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope drift}: Evidently's data drift report on two CSV/Parquet files, or on two time windows of one
 * inference log, printed as a table or as JSON.
 */
@Command(
        name = "drift",
        description = "Compare a current window of model inputs or outputs with a reference window, column by column, "
                + "with Evidently's tests and thresholds.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:bad input (files, columns, options)"})
public final class DriftCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false)
        Files files;

        @ArgGroup(exclusive = false)
        Log log;
    }

    static final class Files {
        @Option(names = "--reference", required = true, paramLabel = "FILE", description = "Reference data (.csv, .tsv, .parquet).")
        Path reference;

        @Option(names = "--current", required = true, paramLabel = "FILE", description = "Current data, same columns.")
        Path current;
    }

    static final class Log {
        @Option(names = "--log", required = true, paramLabel = "FILE", description = "One inference log to split by time.")
        Path file;

        @Option(names = "--timestamp-column", defaultValue = "timestamp", paramLabel = "COL",
                description = "Column holding each row's time (default: ${DEFAULT-VALUE}).")
        String timestampColumn;

        @Option(names = "--reference-window", required = true, paramLabel = "START/END",
                description = "ISO-8601 interval, start inclusive, end exclusive, UTC unless an offset is given.")
        String referenceWindow;

        @Option(names = "--current-window", required = true, paramLabel = "START/END",
                description = "Current window of the log, same form.")
        String currentWindow;
    }

    @Option(names = "--categorical", split = ",", paramLabel = "COL", description = "Columns to compare as labels even if numeric.")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--test", paramLabel = "COL=NAME",
            description = "Test for a column: ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger.")
    Map<String, String> tests = Map.of();

    @Option(names = "--threshold", paramLabel = "COL=X", description = "Threshold for a column's test.")
    Map<String, Double> thresholds = Map.of();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { table, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Windows windows = read();
            DriftReport report = new DriftAnalyzer(options()).analyze(windows.reference(), windows.current());
            out.print(format == Format.json ? DriftJson.write(report) + "\n" : DriftTable.render(report, windows));
            out.flush();
            return 0;
        } catch (DriftInputException | IllegalArgumentException e) {
            err.println("fleetscope drift: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
    }

    private Windows read() {
        if (source.files != null) {
            return DuckDbSource.readFiles(source.files.reference, source.files.current);
        }
        Log log = source.log;
        return DuckDbSource.readLog(log.file, log.timestampColumn, TimeWindow.parse(log.referenceWindow),
                TimeWindow.parse(log.currentWindow));
    }

    private DriftOptions options() {
        DriftOptions options = DriftOptions.defaults().withCategorical(categorical.toArray(String[]::new));
        for (Map.Entry<String, String> t : tests.entrySet()) {
            options = options.withTest(t.getKey(), DriftTest.byLabel(t.getValue()));
        }
        for (Map.Entry<String, Double> t : thresholds.entrySet()) {
            options = options.withThreshold(t.getKey(), t.getValue());
        }
        return options;
    }
}
