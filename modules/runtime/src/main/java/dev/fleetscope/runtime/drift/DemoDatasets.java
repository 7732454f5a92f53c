package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.Column;
import dev.fleetscope.drift.Dataset;
import dev.fleetscope.drift.NumericalColumn;
import dev.fleetscope.simulator.inference.InferenceLog;
import dev.fleetscope.simulator.inference.LogColumn;
import java.util.List;

/** A demo inference log as the drift module's dataset: numbers stay numbers, labels are counted. */
final class DemoDatasets {
  private DemoDatasets() {}

  static Dataset of(InferenceLog log) {
    List<Column> columns =
        log.columns().stream()
            .map(
                c ->
                    switch (c) {
                      case LogColumn.Numbers n ->
                          (Column) new NumericalColumn(n.name(), n.values());
                      case LogColumn.Labels l -> CategoricalColumn.of(l.name(), l.values());
                    })
            .toList();
    return new Dataset(columns);
  }

  /** The most values any column holds: the row count, unless every column misses some. */
  static long rows(Dataset dataset) {
    return dataset.columns().stream()
        .mapToLong(
            c ->
                switch (c) {
                  case NumericalColumn n -> n.values().length;
                  case CategoricalColumn k -> Math.round(k.total());
                })
        .max()
        .orElse(0);
  }
}
