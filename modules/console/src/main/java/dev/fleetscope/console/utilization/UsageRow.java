package dev.fleetscope.console.utilization;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.rightsizing.SizingTraits;
import java.util.Locale;

/**
 * One line of the utilization tree: a cluster, namespace, workload or container, with what its
 * running pods use now against what they request and are limited to (totals over pods; limits are
 * infinite when any is unset).
 *
 * @param workload the workload this row is or belongs to (null for clusters and namespaces)
 * @param container the container this row is (null above container level)
 * @param traits what decides how the workload (or this container) may be sized, as badges
 */
public record UsageRow(
    String id,
    Level level,
    String name,
    String detail,
    long pods,
    double cpuUsed,
    double cpuRequest,
    double cpuLimit,
    double memoryUsed,
    double memoryRequest,
    double memoryLimit,
    double gpus,
    double gpuActivity,
    String team,
    String model,
    boolean live,
    WorkloadRef workload,
    ContainerRef container,
    SizingTraits traits) {

  public enum Level {
    CLUSTER,
    NAMESPACE,
    WORKLOAD,
    CONTAINER
  }

  public double cpuShare() {
    return cpuRequest > 0 ? cpuUsed / cpuRequest : Double.NaN;
  }

  public double memoryShare() {
    return memoryRequest > 0 ? memoryUsed / memoryRequest : Double.NaN;
  }

  /**
   * Whether a filter text (already lower-case) matches this row's name, kind, team, model or badges
   * ({@code vpa}, {@code keda}, {@code dra}, {@code jvm}...).
   */
  public boolean matches(String filter) {
    return filter.isEmpty()
        || (name + " " + detail + " " + team + " " + model + " " + traits.text())
            .toLowerCase(Locale.ROOT)
            .contains(filter);
  }
}
