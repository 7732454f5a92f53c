package dev.fleetscope.model.poll;

import java.time.Duration;

/** Told about every poll of every source: the console's own metrics listen here. */
public interface PollObserver {
  PollObserver NONE = (sourceId, took, succeeded) -> {};

  void polled(String sourceId, Duration took, boolean succeeded);
}
