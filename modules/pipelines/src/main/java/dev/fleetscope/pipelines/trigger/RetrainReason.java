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
    Window current) {

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
    json.put("trigger", "fleetscope-drift");
    json.put("model", model);
    json.put("summary", summary);
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
