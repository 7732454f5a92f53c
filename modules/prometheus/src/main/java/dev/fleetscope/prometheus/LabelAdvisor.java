package dev.fleetscope.prometheus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the label names the server's series carry with the connection's {@link LabelNames}, and
 * says what to change.
 */
final class LabelAdvisor {
  private final PrometheusClient client;
  private final LabelNames labels;
  private final Instant start;
  private final Instant end;

  LabelAdvisor(PrometheusClient client, LabelNames labels, Instant start, Instant end) {
    this.client = client;
    this.labels = labels;
    this.start = start;
    this.end = end;
  }

  /**
   * @param counts series per metric name, from the connection test
   */
  List<String> advise(Map<String, Long> counts) throws PrometheusException {
    List<String> advice = new ArrayList<>();
    if (counts.getOrDefault(NeededMetric.CPU_USAGE.metricName(), 0L) > 0) {
      List<String> cadvisor = names(NeededMetric.CPU_USAGE);
      if (!cadvisor.contains(labels.pod()) && cadvisor.contains("pod_name")) {
        advice.add(
            "cAdvisor labels its series pod_name and container_name (Kubernetes before 1.16): use the legacy label names");
      } else if (!cadvisor.contains(labels.pod()) && cadvisor.contains("pod")) {
        advice.add("cAdvisor labels its series pod and container: use the standard label names");
      }
    }
    if (counts.getOrDefault(NeededMetric.POD_INFO.metricName(), 0L) > 0) {
      List<String> kubeStateMetrics = names(NeededMetric.POD_INFO);
      if (labels.multiCluster() && !kubeStateMetrics.contains(labels.cluster())) {
        advice.add(
            "kube-state-metrics series carry no '"
                + labels.cluster()
                + "' label: leave the cluster label empty, or name the label that tells clusters apart");
      } else if (!labels.multiCluster() && kubeStateMetrics.contains("cluster")) {
        advice.add(
            "series carry a 'cluster' label: set it as the cluster label to tell the clusters apart");
      }
    }
    if (counts.getOrDefault(NeededMetric.GPU_UTIL.metricName(), 0L) > 0) {
      List<String> dcgm = names(NeededMetric.GPU_UTIL);
      if (dcgm.contains("exported_pod") && !labels.gpuPod().equals("exported_pod")) {
        advice.add(
            "the DCGM exporter's pod labels were renamed exported_pod (scraped without honor_labels): use the exported GPU label names");
      }
    }
    return advice;
  }

  private List<String> names(NeededMetric metric) throws PrometheusException {
    return client.labelNames(List.of(metric.metricName()), start, end);
  }
}
