package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.LabelSelector;
import dev.fleetscope.model.LabelSelector.Operator;
import dev.fleetscope.model.LabelSelector.Requirement;
import java.util.ArrayList;
import java.util.List;

/** Label selectors as the API writes them ({@code matchLabels}, {@code matchExpressions}). */
final class Selectors {
  private Selectors() {}

  /**
   * The selector at {@code selector}: absent or null selects nothing, {@code {}} everything.
   *
   * @param where names it in a message: {@code PodDisruptionBudget ml/serving-pdb}
   */
  static LabelSelector of(JsonNode selector, String where) {
    if (selector == null || selector.isMissingNode() || selector.isNull()) {
      return LabelSelector.NOTHING;
    }
    List<Requirement> expressions = new ArrayList<>();
    try {
      for (JsonNode e : selector.path("matchExpressions")) {
        List<String> values = new ArrayList<>();
        e.path("values").forEach(v -> values.add(v.asText()));
        expressions.add(
            new Requirement(
                e.path("key").asText(), Operator.of(e.path("operator").asText()), values));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    return LabelSelector.of(WorkloadJson.labels(selector.path("matchLabels")), expressions);
  }

  /** A PodDisruptionBudget's {@code spec.selector}. */
  static LabelSelector ofBudget(JsonNode pdb) {
    return of(
        pdb.at("/spec/selector"),
        "PodDisruptionBudget "
            + pdb.at("/metadata/namespace").asText()
            + "/"
            + pdb.at("/metadata/name").asText());
  }
}
