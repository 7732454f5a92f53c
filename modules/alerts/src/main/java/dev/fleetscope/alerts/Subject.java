package dev.fleetscope.alerts;

import dev.fleetscope.alerts.input.Placement;

/**
 * What an alert is about: a model, a pipeline, a container, a workload, a cost subject, a source.
 *
 * @param key unique among the subjects of one rule ({@code model:ranker}, {@code
 *     container:prod/ml/ranker/server}); an alert is one per rule and key
 * @param name as a person reads it ({@code ranker})
 */
public record Subject(String key, String name, Placement placement) {
  public Subject {
    if (key == null || key.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("a subject needs a key and a name");
    }
  }
}
