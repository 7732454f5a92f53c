package dev.fleetscope.apply.export;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.WorkloadChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partial object that carries a change's new container resources: {@code apiVersion}, {@code
 * kind}, {@code metadata} and the containers (by name) of the pod template, where the workload kind
 * keeps it.
 */
final class PatchDocument {
  private PatchDocument() {}

  /**
   * @param removals how a resource the change removes is written: {@code null} deletes it in a
   *     strategic merge patch; server-side apply has no such value, so there it is left out
   */
  static Map<String, Object> of(WorkloadChange change, boolean nullForRemovals) {
    WorkloadRef ref = change.workload();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", apiVersion(ref.kind()));
    doc.put("kind", ref.kind().kubernetesKind());
    doc.put("metadata", map("name", ref.name(), "namespace", ref.namespace()));
    List<Object> containers = new ArrayList<>();
    for (ContainerChange c : change.containers()) {
      Map<String, Object> resources = new LinkedHashMap<>();
      section(resources, "requests", c.before().requests(), c.after().requests(), nullForRemovals);
      section(resources, "limits", c.before().limits(), c.after().limits(), nullForRemovals);
      containers.add(map("name", c.container(), "resources", resources));
    }
    Map<String, Object> podSpec = map("template", map("spec", map("containers", containers)));
    doc.put(
        "spec",
        switch (ref.kind()) {
          case CRON_JOB -> map("jobTemplate", map("spec", podSpec));
          default -> podSpec;
        });
    return doc;
  }

  /** A file name that names the workload: {@code deployment-ml-serving.yaml}. */
  static String fileName(WorkloadRef ref) {
    return ref.kind().kubernetesKind().toLowerCase(Locale.ROOT)
        + "-"
        + ref.namespace()
        + "-"
        + ref.name()
        + ".yaml";
  }

  /** Resource keys the change removes. */
  static List<String> removals(ContainerChange c) {
    List<String> removed = new ArrayList<>();
    c.before().requests().keySet().stream()
        .filter(k -> !c.after().requests().containsKey(k))
        .forEach(k -> removed.add("requests." + k));
    c.before().limits().keySet().stream()
        .filter(k -> !c.after().limits().containsKey(k))
        .forEach(k -> removed.add("limits." + k));
    return removed;
  }

  private static void section(
      Map<String, Object> resources,
      String name,
      Map<String, String> before,
      Map<String, String> after,
      boolean nullForRemovals) {
    Map<String, Object> values = new LinkedHashMap<>(after);
    if (nullForRemovals) {
      before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> values.put(k, null));
    }
    if (!values.isEmpty()) {
      resources.put(name, values);
    }
  }

  private static String apiVersion(WorkloadKind kind) {
    return switch (kind) {
      case DEPLOYMENT, STATEFUL_SET, DAEMON_SET -> "apps/v1";
      case JOB, CRON_JOB -> "batch/v1";
    };
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
