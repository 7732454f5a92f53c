package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Units;
import dev.fleetscope.prometheus.PromQuery;
import dev.fleetscope.runtime.NothingToWorkOnException;
import java.time.Instant;
import java.util.List;

/**
 * Why a Prometheus's history gave no container to recommend, in the words a person needs to fix it:
 * no usage at all, usage whose pods kube-state-metrics never named, usage without
 * kube-state-metrics facts at the window's end (the instant query and the lookback named), or
 * workloads whose containers have no usage.
 *
 * @param server the Prometheus's URL
 * @param start the window's first instant
 * @param end the window's end, {@code --end}
 * @param usageContainers workload containers with usage in the window
 * @param unattributed usage series whose pod has no owner kube-state-metrics names
 * @param clusters the clusters kube-state-metrics describes at {@code end}
 * @param owners the instant query that names the workloads at {@code end}
 */
record EmptyHistory(
    String server,
    Instant start,
    Instant end,
    int usageContainers,
    int unattributed,
    List<Cluster> clusters,
    PromQuery owners) {

  /**
   * Prometheus's default {@code --query.lookback-delta}: how old an instant query's sample may be.
   */
  static final String LOOKBACK = "5 min unless its --query.lookback-delta says otherwise";

  NothingToWorkOnException exception() {
    return new NothingToWorkOnException("no container to recommend: " + reason());
  }

  String reason() {
    String window = "between " + start + " and " + end;
    long workloads = clusters.stream().mapToLong(c -> c.workloads().count()).sum();
    if (usageContainers == 0 && unattributed == 0) {
      return "Prometheus at "
          + server
          + " has no container usage series (cAdvisor's container_cpu_usage_seconds_total and"
          + " container_memory_working_set_bytes) "
          + window
          + ": is cAdvisor scraped, and do --end and --window cover a time the fleet ran?";
    }
    if (usageContainers == 0) {
      return unattributed
          + " container usage series "
          + window
          + ", but kube-state-metrics names the owner of none of their pods (kube_pod_owner) in"
          + " that window: is kube-state-metrics scraped by "
          + server
          + "?";
    }
    if (workloads == 0) {
      return "usage series for "
          + usageContainers
          + " containers "
          + window
          + ", but no kube-state-metrics facts at --end "
          + end
          + ": the instant query \""
          + owners.name()
          + "\" ("
          + owners.promql()
          + ") found no series within Prometheus's lookback ("
          + LOOKBACK
          + "). kube-state-metrics was not scraped then or its samples are older than that:"
          + " give an --end when it ran (a window of "
          + Units.duration(java.time.Duration.between(start, end))
          + " ending then).";
    }
    return "kube-state-metrics names "
        + workloads
        + " workloads at --end "
        + end
        + ", but none of their containers has usage "
        + window
        + " (usage series for "
        + usageContainers
        + " other containers): do both name the clusters alike (--cluster-label,"
        + " --cluster-name)?";
  }
}
