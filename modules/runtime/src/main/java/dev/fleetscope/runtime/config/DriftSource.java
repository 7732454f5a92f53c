package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * A model's inference data the user added to the Drift view: one log split into a reference and a
 * current time window, or a reference file and a current file. Either way with the columns to
 * compare as labels and per-column test and threshold overrides (Evidently's names: {@code ks},
 * {@code psi}, ...). Paths and windows are kept as the user gave them; they are checked when the
 * drift is computed, so a file that moved shows a message, not a crash.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DriftSource.LogFile.class, name = "log"),
  @JsonSubTypes.Type(value = DriftSource.FilePair.class, name = "pair")
})
public sealed interface DriftSource permits DriftSource.LogFile, DriftSource.FilePair {
  /** What the Drift view lists it as; unique among the configured sources. */
  String name();

  List<String> categorical();

  Map<String, String> tests();

  Map<String, Double> thresholds();

  /**
   * @param referenceWindow ISO-8601 {@code START/END}, as {@code fleetscope drift
   *     --reference-window} takes it
   * @param currentWindow the same form; the daily drift history ends where it ends
   */
  record LogFile(
      String name,
      String log,
      String timestampColumn,
      String referenceWindow,
      String currentWindow,
      List<String> categorical,
      Map<String, String> tests,
      Map<String, Double> thresholds)
      implements DriftSource {
    public LogFile {
      categorical = categorical == null ? List.of() : List.copyOf(categorical);
      tests = tests == null ? Map.of() : Map.copyOf(tests);
      thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }
  }

  record FilePair(
      String name,
      String reference,
      String current,
      List<String> categorical,
      Map<String, String> tests,
      Map<String, Double> thresholds)
      implements DriftSource {
    public FilePair {
      categorical = categorical == null ? List.of() : List.copyOf(categorical);
      tests = tests == null ? Map.of() : Map.copyOf(tests);
      thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }
  }
}
