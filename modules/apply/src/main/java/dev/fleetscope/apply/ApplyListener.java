package dev.fleetscope.apply;

/**
 * Receives a run's events on the run's own thread; a view-model hands them to the FX thread itself.
 */
@FunctionalInterface
public interface ApplyListener {
  ApplyListener NONE = event -> {};

  void on(ApplyEvent event);
}
