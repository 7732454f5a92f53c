package dev.fleetscope.alerts.input;

import dev.fleetscope.model.ContainerRef;
import java.time.Instant;
import java.util.List;

/** The OOM kills of one container within an alert's window, oldest first. */
public record OomKills(ContainerRef container, List<Instant> kills) implements Evidence {
  public OomKills {
    kills = List.copyOf(kills);
  }
}
