package dev.fleetscope.apply.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fleetscope.apply.VpaChange;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.VerticalAutoscaler.ContainerPolicy;
import dev.fleetscope.model.change.ContainerResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The VPA-side changes offered for containers a VPA manages, as YAML for {@code kubectl apply
 * --server-side --field-manager=fleetscope}. Two files per VPA, one to choose: {@code
 * *-bounds.yaml} keeps the VPA and sets each container's {@code minAllowed} to Fleetscope's
 * recommended requests (raising {@code maxAllowed} where it was below them), so the VPA cannot
 * shrink the container below what the replay proved safe; {@code *-off.yaml} switches the VPA to
 * {@code updateMode: Off}, after which Fleetscope may apply its recommendation. {@code
 * containerPolicies} is written whole (the VPA's other policies kept as they were): a server-side
 * apply replaces the list.
 */
public final class VpaExport {
  private VpaExport() {}

  /** File name to YAML, cluster by cluster ({@code cluster/vpa-ml-ranker-vpa-bounds.yaml}). */
  public static Map<String, String> documents(List<VpaChange> changes)
      throws JsonProcessingException {
    Map<String, List<VpaChange>> byVpa = new TreeMap<>();
    for (VpaChange c : changes) {
      byVpa
          .computeIfAbsent(
              c.workload().cluster()
                  + "/vpa-"
                  + c.workload().namespace()
                  + "-"
                  + c.vpa().name().toLowerCase(Locale.ROOT),
              k -> new ArrayList<>())
          .add(c);
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (var entry : byVpa.entrySet()) {
      List<VpaChange> ofVpa = entry.getValue();
      files.put(entry.getKey() + "-bounds.yaml", bounds(ofVpa));
      files.put(entry.getKey() + "-off.yaml", off(ofVpa.getFirst()));
    }
    return files;
  }

  /** Writes {@link #documents} under {@code folder}; returns the files written. */
  public static List<Path> write(List<VpaChange> changes, Path folder) throws IOException {
    List<Path> written = new ArrayList<>();
    for (var file : documents(changes).entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      written.add(GitOpsExport.writeAtomically(target, file.getValue()));
    }
    return written;
  }

  private static String bounds(List<VpaChange> changes) throws JsonProcessingException {
    VpaChange first = changes.getFirst();
    VerticalAutoscaler vpa = first.vpa();
    List<ContainerPolicy> policies = new ArrayList<>(vpa.policies());
    StringBuilder header =
        new StringBuilder("# ")
            .append(vpa.describe())
            .append(" manages ")
            .append(String.join(", ", changes.stream().map(VpaChange::container).toList()))
            .append(" of ")
            .append(first.workload())
            .append(": Fleetscope does not patch them.\n")
            .append(
                "# Bound the VPA at Fleetscope's recommendation (or apply the -off file instead):\n")
            .append("# kubectl apply --server-side --field-manager=fleetscope -f <this file>\n");
    for (VpaChange c : changes) {
      ContainerPolicy now = vpa.policy(c.container());
      Resources min = requests(c.recommended());
      Resources max =
          new Resources(
              Math.max(now.maxAllowed().cpuCores(), min.cpuCores()),
              Math.max(now.maxAllowed().memoryBytes(), min.memoryBytes()));
      ContainerPolicy bounded =
          new ContainerPolicy(
              c.container(), now.off(), min, max, now.controlledResources(), now.requestsOnly());
      policies.removeIf(p -> p.container().equals(c.container()));
      policies.add(bounded);
      header
          .append("#   ")
          .append(c.container())
          .append(": minAllowed ")
          .append(quantities(min))
          .append(" (requests now ")
          .append(c.current().requests())
          .append(")\n");
    }
    Map<String, Object> resourcePolicy = new LinkedHashMap<>();
    resourcePolicy.put("containerPolicies", policies.stream().map(VpaExport::policy).toList());
    return header
        + GitOpsExport.YAML.writeValueAsString(
            object(first, Map.of("resourcePolicy", resourcePolicy)));
  }

  private static String off(VpaChange change) throws JsonProcessingException {
    return "# Switch "
        + change.vpa().describe()
        + " off so that Fleetscope's recommendation can be applied to "
        + change.workload()
        + ":\n# kubectl apply --server-side --field-manager=fleetscope -f <this file>\n"
        + GitOpsExport.YAML.writeValueAsString(
            object(change, Map.of("updatePolicy", Map.of("updateMode", "Off"))));
  }

  private static Map<String, Object> object(VpaChange change, Map<String, Object> spec) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "autoscaling.k8s.io/v1");
    doc.put("kind", "VerticalPodAutoscaler");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", change.vpa().name());
    metadata.put("namespace", change.workload().namespace());
    doc.put("metadata", metadata);
    doc.put("spec", spec);
    return doc;
  }

  private static Map<String, Object> policy(ContainerPolicy p) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("containerName", p.container());
    if (p.off()) {
      policy.put("mode", "Off");
    }
    bounds(p.minAllowed(), false).ifPresent(m -> policy.put("minAllowed", m));
    bounds(p.maxAllowed(), true).ifPresent(m -> policy.put("maxAllowed", m));
    policy.put("controlledResources", p.controlledResources().stream().sorted().toList());
    if (p.requestsOnly()) {
      policy.put("controlledValues", "RequestsOnly");
    }
    return policy;
  }

  /** The set quantities: above 0 for a lower bound, bounded for an upper one. */
  private static Optional<Map<String, String>> bounds(Resources r, boolean upper) {
    Map<String, String> values = new LinkedHashMap<>();
    if (upper ? r.cpuBounded() : r.cpuCores() > 0) {
      values.put("cpu", Quantities.formatCores(r.cpuCores()));
    }
    if (upper ? r.memoryBounded() : r.memoryBytes() > 0) {
      values.put("memory", Quantities.formatBytes(r.memoryBytes()));
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  private static Resources requests(ContainerResources r) {
    return new Resources(
        r.request(ContainerResources.CPU).map(Quantities::parseCores).orElse(0.0),
        r.request(ContainerResources.MEMORY).map(Quantities::parseBytes).orElse(0L));
  }

  private static String quantities(Resources r) {
    return bounds(r, false).map(Object::toString).orElse("{}");
  }
}
