package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.ThrottlingReading;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each container's share of throttled CPU periods. */
final class CpuThrottled implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    FleetPlaces places = new FleetPlaces(inputs.fleet());
    return inputs.throttling().orElseThrow().stream()
        .map(reading -> measurement(reading, places))
        .toList();
  }

  private static Measurement measurement(ThrottlingReading reading, FleetPlaces places) {
    String id = reading.container().id();
    return new Measurement(
        new Subject("container:" + id, id, places.of(reading.container())),
        reading.throttledShare(),
        Optional.empty(),
        id
            + " was throttled in "
            + Texts.percent(reading.throttledShare())
            + " of its CPU periods over the last "
            + Texts.duration(reading.window()),
        new AlertLink(AlertLink.UTILIZATION, id),
        reading);
  }
}
