package dev.fleetscope.prometheus;

import java.util.regex.Pattern;

/**
 * The label names a Prometheus uses, which differ between setups.
 *
 * @param cluster the label naming the cluster on a federated Prometheus, Thanos or Mimir; empty
 *     when the Prometheus watches a single cluster
 * @param pod cAdvisor's pod label: {@code pod}, or {@code pod_name} before Kubernetes 1.16
 * @param container cAdvisor's container label: {@code container}, or {@code container_name} before
 *     1.16
 * @param gpuNamespace the DCGM exporter's namespace label: {@code namespace}, or {@code
 *     exported_namespace} when Prometheus scraped it without {@code honor_labels}
 * @param gpuPod the DCGM exporter's pod label ({@code pod} or {@code exported_pod})
 * @param gpuContainer the DCGM exporter's container label ({@code container} or {@code
 *     exported_container})
 * @param teamLabel the Kubernetes pod label naming the owning team (kube-state-metrics exposes it
 *     only when allow-listed with {@code --metric-labels-allowlist})
 * @param modelLabel the Kubernetes pod label naming the ML model a workload serves or trains
 */
public record LabelNames(
    String cluster,
    String pod,
    String container,
    String gpuNamespace,
    String gpuPod,
    String gpuContainer,
    String teamLabel,
    String modelLabel) {

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** Current cAdvisor and kube-state-metrics names, a single-cluster Prometheus. */
  public static final LabelNames STANDARD =
      new LabelNames("", "pod", "container", "namespace", "pod", "container", "team", "model");

  public LabelNames {
    for (String name : new String[] {pod, container, gpuNamespace, gpuPod, gpuContainer}) {
      requireLabelName(name);
    }
    if (!cluster.isEmpty()) {
      requireLabelName(cluster);
    }
  }

  /** The same names on a Prometheus that holds several clusters told apart by this label. */
  public LabelNames withClusterLabel(String label) {
    return new LabelNames(
        label, pod, container, gpuNamespace, gpuPod, gpuContainer, teamLabel, modelLabel);
  }

  /** cAdvisor's names before Kubernetes 1.16: {@code pod_name} and {@code container_name}. */
  public LabelNames withLegacyCadvisorNames() {
    return new LabelNames(
        cluster,
        "pod_name",
        "container_name",
        gpuNamespace,
        gpuPod,
        gpuContainer,
        teamLabel,
        modelLabel);
  }

  /** DCGM exporter labels renamed {@code exported_*} by a scrape without {@code honor_labels}. */
  public LabelNames withExportedGpuNames() {
    return new LabelNames(
        cluster,
        pod,
        container,
        "exported_namespace",
        "exported_pod",
        "exported_container",
        teamLabel,
        modelLabel);
  }

  public LabelNames withWorkloadLabels(String team, String model) {
    return new LabelNames(cluster, pod, container, gpuNamespace, gpuPod, gpuContainer, team, model);
  }

  public boolean multiCluster() {
    return !cluster.isEmpty();
  }

  /**
   * The label kube-state-metrics gives a Kubernetes label: {@code app.kubernetes.io/team} becomes
   * {@code label_app_kubernetes_io_team}.
   */
  public static String kubeStateMetricsLabel(String kubernetesLabel) {
    return "label_" + kubernetesLabel.replaceAll("[^a-zA-Z0-9_]", "_");
  }

  private static void requireLabelName(String name) {
    if (name == null || !LABEL_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a Prometheus label name: '" + name + "'");
    }
  }
}
