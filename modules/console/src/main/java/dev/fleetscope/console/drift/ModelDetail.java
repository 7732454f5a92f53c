package dev.fleetscope.console.drift;

import dev.fleetscope.runtime.drift.DriftOutcome;
import java.util.List;
import java.util.Optional;

/**
 * The selected model as the Drift view's right side shows it: its current outcome and columns
 * (empty while computing) and its drift history (absent when its data has no time).
 *
 * @param summary the model's line in the list, for the verdict above the columns
 * @param historyNote why there is no history, or empty
 */
public record ModelDetail(
    String id,
    String name,
    String origin,
    ModelRow summary,
    Optional<DriftOutcome> outcome,
    List<ColumnRow> columns,
    Optional<DriftHistory> history,
    String historyNote) {
  public static final ModelDetail NONE =
      new ModelDetail(
          "",
          "",
          "",
          new ModelRow("", "", "", ModelRow.Status.PENDING, 0, 0, Double.NaN, null, ""),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          "");

  public ModelDetail {
    columns = List.copyOf(columns);
  }

  public boolean isNone() {
    return id.isEmpty();
  }
}
