package dev.fleetscope.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One series of an instant query's answer: its labels and its value. */
record Row(Map<String, String> labels, double value) {
  Row {
    labels = Map.copyOf(labels);
  }

  /** The label's value, or "" when the series has no such label (as PromQL treats it). */
  String label(String name) {
    return labels.getOrDefault(name, "");
  }

  String metricName() {
    return label("__name__");
  }

  /**
   * A handler that keeps every series of an instant query as a row: for the small inventory
   * answers.
   */
  static final class Collector implements SeriesHandler {
    final List<Row> rows = new ArrayList<>();

    @Override
    public void accept(Map<String, String> labels, Samples samples) {
      if (samples.size() > 0) {
        rows.add(new Row(labels, samples.last()));
      }
    }
  }
}
