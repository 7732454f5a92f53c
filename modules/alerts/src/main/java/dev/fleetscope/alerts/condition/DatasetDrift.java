package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.ColumnDrift;
import dev.fleetscope.alerts.input.DriftResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each model's share of drifted columns. */
final class DatasetDrift implements Condition {
  private static final int NAMED_COLUMNS = 3;

  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    FleetPlaces places = new FleetPlaces(inputs.fleet());
    List<Measurement> out = new ArrayList<>();
    for (DriftResult result : inputs.drift().orElseThrow()) {
      if (result.columns().isEmpty()) {
        continue;
      }
      String model = result.model();
      out.add(
          new Measurement(
              new Subject(
                  "model:" + model, model, result.placement().plus(places.servingModel(model))),
              result.driftedShare(),
              Optional.empty(),
              summary(result),
              new AlertLink(AlertLink.DRIFT, model),
              result));
    }
    return out;
  }

  /** {@code ranker: 7 of 12 columns drifted (58%): basket_size, country, score and 4 more}. */
  private static String summary(DriftResult result) {
    List<ColumnDrift> drifted = result.drifted();
    String columns =
        drifted.stream()
            .sorted(Comparator.comparing(ColumnDrift::column))
            .limit(NAMED_COLUMNS)
            .map(ColumnDrift::column)
            .collect(Collectors.joining(", "));
    String more =
        drifted.size() > NAMED_COLUMNS ? " and " + (drifted.size() - NAMED_COLUMNS) + " more" : "";
    return result.model()
        + ": "
        + drifted.size()
        + " of "
        + result.columns().size()
        + " columns drifted ("
        + Texts.percent(result.driftedShare())
        + ")"
        + (drifted.isEmpty() ? "" : ": " + columns + more)
        + ", current "
        + result.current()
        + " against reference "
        + result.reference();
  }
}
