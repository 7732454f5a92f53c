package dev.fleetscope.runtime.connections;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the user connected, as {@code connections.json} keeps it: the Prometheus servers, the
 * kubeconfigs with their enabled contexts (the environment's kubeconfig always first), and whether
 * the demo fleet is shown beside them. With nothing connected the demo fleet is shown whatever the
 * switch says: the console is never empty. The pipeline sources are watched beside the demo fleet's
 * pipelines; they are not fleet sources, so they do not let the demo fleet be switched off.
 */
public record SavedConnections(
    boolean demoFleet,
    List<PrometheusEntry> prometheus,
    List<KubeconfigEntry> kubeconfigs,
    List<PipelineEntry> pipelines) {
  public static final SavedConnections NONE =
      new SavedConnections(true, List.of(), List.of(), List.of());

  /** Without pipeline sources (files written before they could be saved). */
  public SavedConnections(
      boolean demoFleet, List<PrometheusEntry> prometheus, List<KubeconfigEntry> kubeconfigs) {
    this(demoFleet, prometheus, kubeconfigs, List.of());
  }

  public SavedConnections {
    prometheus = List.copyOf(prometheus);
    pipelines = List.copyOf(pipelines);
    if (pipelines.stream().map(PipelineEntry::id).distinct().count() != pipelines.size()) {
      throw new IllegalArgumentException("two pipeline sources share an id");
    }
    List<KubeconfigEntry> files = new ArrayList<>();
    KubeconfigEntry environment =
        kubeconfigs.stream()
            .filter(KubeconfigEntry::fromEnvironment)
            .findFirst()
            .orElse(KubeconfigEntry.ENVIRONMENT);
    files.add(environment);
    for (KubeconfigEntry entry : kubeconfigs) {
      if (!entry.fromEnvironment()
          && files.stream().noneMatch(e -> e.file().equals(entry.file()))) {
        files.add(entry);
      }
    }
    kubeconfigs = List.copyOf(files);
    long ids = prometheus.stream().map(PrometheusEntry::id).distinct().count();
    if (ids != prometheus.size()) {
      throw new IllegalArgumentException("two Prometheus connections share an id");
    }
  }

  /** Whether any Prometheus or kubeconfig context is a source. */
  public boolean hasSources() {
    return !prometheus.isEmpty()
        || kubeconfigs.stream().anyMatch(k -> !k.enabledContexts().isEmpty());
  }

  public boolean showsDemoFleet() {
    return demoFleet || !hasSources();
  }

  public SavedConnections withDemoFleet(boolean shown) {
    return new SavedConnections(shown, prometheus, kubeconfigs, pipelines);
  }

  /** Adds the connection, or replaces the one with its id. */
  public SavedConnections withPrometheus(PrometheusEntry entry) {
    return replacingPrometheus(entry.id(), entry);
  }

  /**
   * Replaces the connection {@code oldId} (whose id may have changed with its URL) by {@code
   * entry}.
   */
  public SavedConnections replacingPrometheus(String oldId, PrometheusEntry entry) {
    List<PrometheusEntry> list = new ArrayList<>(prometheus);
    int at = indexOf(oldId);
    if (at >= 0) {
      list.set(at, entry);
    } else {
      list.add(entry);
    }
    return new SavedConnections(demoFleet, list, kubeconfigs, pipelines);
  }

  public SavedConnections withoutPrometheus(String id) {
    return new SavedConnections(
        demoFleet,
        prometheus.stream().filter(p -> !p.id().equals(id)).toList(),
        kubeconfigs,
        pipelines);
  }

  public Optional<PrometheusEntry> prometheus(String id) {
    return prometheus.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public SavedConnections withKubeconfig(KubeconfigEntry entry) {
    List<KubeconfigEntry> list = new ArrayList<>(kubeconfigs);
    list.replaceAll(k -> k.file().equals(entry.file()) ? entry : k);
    if (list.stream().noneMatch(k -> k.file().equals(entry.file()))) {
      list.add(entry);
    }
    return new SavedConnections(demoFleet, prometheus, list, pipelines);
  }

  public SavedConnections withoutKubeconfig(Path file) {
    Optional<Path> key = Optional.of(file.toAbsolutePath().normalize());
    return new SavedConnections(
        demoFleet,
        prometheus,
        kubeconfigs.stream().filter(k -> !k.file().equals(key)).toList(),
        pipelines);
  }

  /** Adds the pipeline source, or replaces the one with its id. */
  public SavedConnections withPipeline(PipelineEntry entry) {
    List<PipelineEntry> list = new ArrayList<>(pipelines);
    list.replaceAll(p -> p.id().equals(entry.id()) ? entry : p);
    if (list.stream().noneMatch(p -> p.id().equals(entry.id()))) {
      list.add(entry);
    }
    return new SavedConnections(demoFleet, prometheus, kubeconfigs, list);
  }

  public SavedConnections withoutPipeline(String id) {
    return new SavedConnections(
        demoFleet,
        prometheus,
        kubeconfigs,
        pipelines.stream().filter(p -> !p.id().equals(id)).toList());
  }

  public Optional<PipelineEntry> pipeline(String id) {
    return pipelines.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private int indexOf(String id) {
    for (int i = 0; i < prometheus.size(); i++) {
      if (prometheus.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
