package dev.fleetscope.alerts.input;

import dev.fleetscope.model.ContainerRef;
import java.time.Duration;

/**
 * How much of the time a container was held back by its CPU limit: the share of its CFS periods
 * that were throttled ({@code rate(container_cpu_cfs_throttled_periods_total[W]) /
 * rate(container_cpu_cfs_periods_total[W])}), per replica, over {@code window}.
 */
public record ThrottlingReading(ContainerRef container, double throttledShare, Duration window)
    implements Evidence {
  public ThrottlingReading {
    if (!(throttledShare >= 0 && throttledShare <= 1)) {
      throw new IllegalArgumentException(
          container + ": a throttled share is between 0 and 1, was " + throttledShare);
    }
  }
}
