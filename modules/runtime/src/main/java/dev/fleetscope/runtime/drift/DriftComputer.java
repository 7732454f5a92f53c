package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.drift.source.DuckDbSource;
import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.drift.source.Windows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one {@link Comparison}: generates or reads both windows, then Evidently's report with the
 * source's overrides. Input that cannot be compared (a missing file, a bad cell, an override naming
 * no column) becomes a {@link DriftOutcome.Failed} whose message says what and where; it never
 * escapes as an exception.
 */
public final class DriftComputer {
  private static final int REFERENCES_KEPT = 8;
  private final Clock clock;
  private final DateTimeFormatter time;
  private final Map<Comparison.Demo, Dataset> references =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Comparison.Demo, Dataset> eldest) {
          return size() > REFERENCES_KEPT;
        }
      };

  public DriftComputer(Clock clock) {
    this.clock = clock;
    this.time = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(clock.getZone());
  }

  public DriftOutcome compute(Comparison comparison) {
    long started = System.nanoTime();
    try {
      return switch (comparison) {
        case Comparison.Demo d ->
            analyze(
                demoReference(d),
                DemoDatasets.of(d.logs().log(d.model(), d.current().start(), d.current().end())),
                DriftOptions.defaults(),
                window(d.reference()),
                window(d.current()),
                "",
                started);
        case Comparison.Log l -> {
          Path log = Path.of(l.source().log());
          Windows w =
              DuckDbSource.readLog(log, l.source().timestampColumn(), l.reference(), l.current());
          yield analyze(
              w.reference(),
              w.current(),
              SourceOptions.of(l.source()),
              window(l.reference()),
              window(l.current()),
              log.getFileName() + ": ",
              started);
        }
        case Comparison.Pair p -> {
          Path reference = Path.of(p.source().reference());
          Path current = Path.of(p.source().current());
          Windows w = DuckDbSource.readFiles(reference, current);
          yield analyze(
              w.reference(),
              w.current(),
              SourceOptions.of(p.source()),
              reference.getFileName().toString(),
              current.getFileName().toString(),
              reference.getFileName() + " vs " + current.getFileName() + ": ",
              started);
        }
      };
    } catch (DriftInputException | IllegalArgumentException | DateTimeException e) {
      return new DriftOutcome.Failed(e.getMessage(), clock.instant());
    }
  }

  /**
   * A demo model's reference, kept for the next comparisons: a history compares fourteen days with
   * it.
   */
  private Dataset demoReference(Comparison.Demo d) {
    var key = new Comparison.Demo(d.logs(), d.model(), d.reference(), d.reference());
    synchronized (references) {
      Dataset cached = references.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Dataset reference =
        DemoDatasets.of(d.logs().log(d.model(), d.reference().start(), d.reference().end()));
    synchronized (references) {
      references.put(key, reference);
    }
    return reference;
  }

  /**
   * @param context prefixed to the analyzer's complaints, which name columns but not files
   */
  private DriftOutcome analyze(
      Dataset reference,
      Dataset current,
      DriftOptions options,
      String referenceText,
      String currentText,
      String context,
      long started) {
    try {
      var report = new DriftAnalyzer(options).analyze(reference, current);
      return new DriftOutcome.Computed(
          report,
          referenceText,
          DemoDatasets.rows(reference),
          currentText,
          DemoDatasets.rows(current),
          clock.instant(),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(context + e.getMessage(), e);
    }
  }

  private String window(TimeWindow w) {
    return time.format(w.start()) + " – " + time.format(w.end());
  }
}
