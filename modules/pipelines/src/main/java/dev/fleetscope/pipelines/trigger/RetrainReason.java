package dev.fleetscope.pipelines.trigger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a retraining run is started, carried in its parameters so the pipeline (and whoever reads its
 * runs) knows: the model, its drifted columns with their tests and scores, and the two windows
 * compared.
 *
 * @param summary one line for a person ({@code ranker: 7 of 12 columns drifted (58%)})
 * @param driftedShare drifted columns over columns tested, 0..1
 * @param columns the drifted columns
 */
public record RetrainReason(
    String model,
    String summary,
    double driftedShare,
    List<Column> columns,
    Window reference,
    Window current,
    Cause cause) {

  /** What asked for the run: a drift alert, or a person (the command line's {@code trigger}). */
  public enum Cause {
    DRIFT("fleetscope-drift", "drift"),
    MANUAL("fleetscope-manual", "manual");

    private final String id;
    private final String label;

    Cause(String id, String label) {
      this.id = id;
      this.label = label;
    }

    /** As the reason object names it ({@code fleetscope-drift}). */
    public String id() {
      return id;
    }

    /** As the {@code fleetscope.dev/trigger} label of an Argo workflow names it. */
    public String label() {
      return label;
    }
  }

  /** A reason for a run started because the model drifted. */
  public RetrainReason(
      String model,
      String summary,
      double driftedShare,
      List<Column> columns,
      Window reference,
      Window current) {
    this(model, summary, driftedShare, columns, reference, current, Cause.DRIFT);
  }

  /**
   * A run a person asked for at {@code at}, with no drift to report: its reason names the model and
   * says why in {@code summary}.
   */
  public static RetrainReason manual(String model, String summary, Instant at) {
    Window now = new Window(at, at);
    return new RetrainReason(model, summary, 0, List.of(), now, now, Cause.MANUAL);
  }

  /** One drifted column: the test or distance, its score and the threshold it crossed. */
  public record Column(String name, String test, double score, double threshold) {}

  /** A time window compared, {@code [from, to)}. */
  public record Window(Instant from, Instant to) {
    /** ISO 8601's interval form. */
    @Override
    public String toString() {
      return from + "/" + to;
    }
  }

  public RetrainReason {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("a retraining reason names its model");
    }
    columns = List.copyOf(columns);
  }

  /** The reason as the JSON object the run receives, in a stable order. */
  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("trigger", cause.id());
    json.put("model", model);
    json.put("summary", summary);
    if (cause == Cause.MANUAL) {
      json.put("requestedAt", current.to().toString());
      return json;
    }
    json.put("driftedShare", driftedShare);
    json.put(
        "columns",
        columns.stream()
            .map(
                c -> {
                  Map<String, Object> column = new LinkedHashMap<>();
                  column.put("name", c.name());
                  column.put("test", c.test());
                  column.put("score", c.score());
                  column.put("threshold", c.threshold());
                  return column;
                })
            .toList());
    json.put("referenceWindow", reference.toString());
    json.put("currentWindow", current.toString());
    return json;
  }
}
