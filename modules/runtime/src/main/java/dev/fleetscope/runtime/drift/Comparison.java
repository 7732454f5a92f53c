package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.source.TimeWindow;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;

/**
 * One drift computation: a model's reference data against one current window. Values, so results
 * can be cached by what was compared.
 */
public sealed interface Comparison permits Comparison.Demo, Comparison.Log, Comparison.Pair {
  /** The {@link MonitoredModel#id()} this compares. */
  String modelId();

  /** A demo model's generated log, reference window against a current window. */
  record Demo(DemoInferenceLogs logs, String model, TimeWindow reference, TimeWindow current)
      implements Comparison {
    @Override
    public String modelId() {
      return "demo:" + model;
    }
  }

  /** Two time windows of a configured log file. */
  record Log(DriftSource.LogFile source, TimeWindow reference, TimeWindow current)
      implements Comparison {
    @Override
    public String modelId() {
      return "file:" + source.name();
    }
  }

  /** A configured reference file against its current file. */
  record Pair(DriftSource.FilePair source) implements Comparison {
    @Override
    public String modelId() {
      return "file:" + source.name();
    }
  }
}
