package dev.fleetscope.simulator.inference;

/**
 * One column of an inference log: numbers (request latency, basket value, score) or labels
 * (country, device).
 */
public sealed interface LogColumn permits LogColumn.Numbers, LogColumn.Labels {
  String name();

  int size();

  /** One value per row. The array belongs to the column: callers read it and do not change it. */
  record Numbers(String name, double[] values) implements LogColumn {
    @Override
    public int size() {
      return values.length;
    }
  }

  /** One label per row. The array belongs to the column: callers read it and do not change it. */
  record Labels(String name, String[] values) implements LogColumn {
    @Override
    public int size() {
      return values.length;
    }
  }
}
