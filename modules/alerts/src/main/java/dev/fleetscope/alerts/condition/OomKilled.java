package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.OomKills;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each container's OOM kills in the last 24 hours. */
final class OomKilled implements Condition {
  static final Duration WINDOW = Duration.ofHours(24);

  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    FleetSnapshot fleet = inputs.fleet().orElseThrow();
    FleetPlaces places = new FleetPlaces(inputs.fleet());
    Instant from = now.minus(WINDOW);
    List<Measurement> out = new ArrayList<>();
    for (ContainerUsage usage : fleet.usage().values()) {
      List<Instant> kills =
          usage.oomKills().stream()
              .filter(at -> at.isAfter(from) && !at.isAfter(now))
              .sorted()
              .toList();
      if (kills.isEmpty()) {
        continue;
      }
      ContainerRef ref = usage.ref();
      // The kill that made the count reach the threshold: the condition held from then on.
      int reaching = (int) Math.ceil(rule.threshold());
      Optional<Instant> heldSince =
          reaching >= 1 && reaching <= kills.size()
              ? Optional.of(kills.get(kills.size() - reaching))
              : Optional.empty();
      out.add(
          new Measurement(
              new Subject("container:" + ref.id(), ref.id(), places.of(ref)),
              kills.size(),
              heldSince,
              ref.id()
                  + " was OOM-killed "
                  + Texts.times(kills.size())
                  + " in the last 24 h, last at "
                  + Texts.at(kills.getLast()),
              new AlertLink(AlertLink.UTILIZATION, ref.id()),
              new OomKills(ref, kills)));
    }
    return out;
  }
}
