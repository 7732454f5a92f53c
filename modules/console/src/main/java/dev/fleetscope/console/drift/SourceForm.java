package dev.fleetscope.console.drift;

import dev.fleetscope.drift.DriftTest;
import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.runtime.config.DriftSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the user typed into the add-source dialog, checked: every problem is named at once, so one
 * correction round suffices. Files are not opened here (that happens off the FX thread, and a
 * missing file shows on the model).
 *
 * @param log true for one log split by time, false for a reference and a current file
 * @param tests {@code COLUMN=TEST, ...} with Evidently's test names
 * @param thresholds {@code COLUMN=NUMBER, ...}
 */
record SourceForm(
    String name,
    boolean log,
    String logFile,
    String timestampColumn,
    String referenceWindow,
    String currentWindow,
    String referenceFile,
    String currentFile,
    String categorical,
    String tests,
    String thresholds) {

  /** The source, or the problems: exactly one of the two is present. */
  record Checked(DriftSource source, List<String> problems) {}

  /**
   * @param taken names of the other configured sources, which this one must not reuse
   */
  Checked check(Set<String> taken) {
    List<String> problems = new ArrayList<>();
    String n = name.strip();
    if (n.isEmpty()) {
      problems.add("Give the source a name.");
    } else if (taken.contains(n)) {
      problems.add("A source named '" + n + "' exists already: pick another name.");
    }
    List<String> labels =
        Arrays.stream(categorical.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    Map<String, String> testMap =
        pairs(
            tests,
            "test",
            problems,
            value -> {
              DriftTest.byLabel(value);
              return value.strip().toLowerCase(Locale.ROOT);
            });
    Map<String, Double> thresholdMap =
        pairs(
            thresholds,
            "threshold",
            problems,
            value -> {
              double t = Double.parseDouble(value);
              if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("must be a number of 0 or more");
              }
              return t;
            });
    DriftSource source;
    if (log) {
      required(logFile, "Choose the log file.", problems);
      required(timestampColumn, "Name the column that holds each row's time.", problems);
      window(referenceWindow, "Reference window", "2026-11-01/2026-11-08", problems);
      window(currentWindow, "Current window", "2026-11-19/2026-11-20", problems);
      source =
          new DriftSource.LogFile(
              n,
              logFile.strip(),
              timestampColumn.strip(),
              referenceWindow.strip(),
              currentWindow.strip(),
              labels,
              testMap,
              thresholdMap);
    } else {
      required(referenceFile, "Choose the reference file.", problems);
      required(currentFile, "Choose the current file.", problems);
      source =
          new DriftSource.FilePair(
              n, referenceFile.strip(), currentFile.strip(), labels, testMap, thresholdMap);
    }
    return problems.isEmpty()
        ? new Checked(source, List.of())
        : new Checked(null, List.copyOf(problems));
  }

  /** The form a configured source was made from, for editing it. */
  static SourceForm of(DriftSource source) {
    String categorical = String.join(", ", source.categorical());
    String tests = join(source.tests());
    String thresholds = join(source.thresholds());
    return switch (source) {
      case DriftSource.LogFile l ->
          new SourceForm(
              l.name(),
              true,
              l.log(),
              l.timestampColumn(),
              l.referenceWindow(),
              l.currentWindow(),
              "",
              "",
              categorical,
              tests,
              thresholds);
      case DriftSource.FilePair p ->
          new SourceForm(
              p.name(),
              false,
              "",
              "timestamp",
              "",
              "",
              p.reference(),
              p.current(),
              categorical,
              tests,
              thresholds);
    };
  }

  private interface Parser<T> {
    T parse(String value);
  }

  private static <T> Map<String, T> pairs(
      String text, String what, List<String> problems, Parser<T> parser) {
    Map<String, T> out = new LinkedHashMap<>();
    for (String item : text.split(",")) {
      String pair = item.strip();
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        problems.add(
            "The "
                + what
                + " override '"
                + pair
                + "' must be COLUMN="
                + what.toUpperCase(Locale.ROOT)
                + ".");
        continue;
      }
      String column = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      try {
        out.put(column, parser.parse(value));
      } catch (IllegalArgumentException e) {
        problems.add(
            "The "
                + what
                + " for column '"
                + column
                + "': "
                + (e instanceof NumberFormatException
                    ? "'" + value + "' is not a number"
                    : e.getMessage())
                + ".");
      }
    }
    return out;
  }

  private static void required(String value, String problem, List<String> problems) {
    if (value.isBlank()) {
      problems.add(problem);
    }
  }

  private static void window(String value, String what, String example, List<String> problems) {
    if (value.isBlank()) {
      problems.add(what + ": give START/END, e.g. " + example + ".");
      return;
    }
    try {
      TimeWindow.parse(value.strip());
    } catch (DriftInputException e) {
      problems.add(what + ": " + e.getMessage() + ".");
    }
  }

  private static String join(Map<String, ?> map) {
    return map.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .sorted()
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
