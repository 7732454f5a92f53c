package dev.fleetscope.model;

import java.util.Optional;

/** A running container of one pod: what it asked for and how it has fared. */
public record Container(ContainerSpec spec, int restarts, Optional<Termination> lastTermination) {
  public String name() {
    return spec.name();
  }
}
