package dev.fleetscope.apply.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes changes into a folder for a GitOps repository instead of sending them: one subfolder per
 * cluster, one file per workload. Each file is written whole or not at all, durably ({@link
 * AtomicFiles}), so a failure or a kill leaves no half-written file.
 */
public final class GitOpsExport {
  /** What to write. */
  public enum Format {
    /** Strategic-merge patches plus a {@code kustomization.yaml} listing them. */
    KUSTOMIZE,
    /** Partial manifests for {@code kubectl apply --server-side --field-manager=fleetscope}. */
    SERVER_SIDE_APPLY
  }

  static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private GitOpsExport() {}

  /** Writes the changes; returns the files written. */
  public static List<Path> write(List<WorkloadChange> changes, Path folder, Format format)
      throws IOException {
    Map<String, List<WorkloadChange>> byCluster = new TreeMap<>();
    changes.forEach(
        c -> byCluster.computeIfAbsent(c.workload().cluster(), k -> new ArrayList<>()).add(c));
    List<Path> written = new ArrayList<>();
    for (var entry : byCluster.entrySet()) {
      Path dir = Files.createDirectories(folder.resolve(entry.getKey()));
      List<String> files = new ArrayList<>();
      for (WorkloadChange change : entry.getValue()) {
        String name = PatchDocument.fileName(change.workload());
        files.add(name);
        written.add(writeAtomically(dir.resolve(name), document(change, format)));
      }
      if (format == Format.KUSTOMIZE) {
        written.add(writeAtomically(dir.resolve("kustomization.yaml"), kustomization(files)));
      }
    }
    return written;
  }

  private static String document(WorkloadChange change, Format format)
      throws JsonProcessingException {
    boolean kustomize = format == Format.KUSTOMIZE;
    StringBuilder header =
        new StringBuilder("# Fleetscope rightsizing of ").append(change.workload()).append('\n');
    if (!kustomize) {
      header.append("# kubectl apply --server-side --field-manager=fleetscope -f <this file>\n");
      for (ContainerChange c : change.containers()) {
        for (String removed : PatchDocument.removals(c)) {
          header
              .append("# the plan removes ")
              .append(removed)
              .append(" of container ")
              .append(c.container())
              .append(": server-side apply cannot, delete it where it is declared\n");
        }
      }
    }
    return header + YAML.writeValueAsString(PatchDocument.of(change, kustomize));
  }

  private static String kustomization(List<String> files) throws JsonProcessingException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    doc.put("kind", "Kustomization");
    doc.put("patches", files.stream().map(f -> Map.of("path", f)).toList());
    return YAML.writeValueAsString(doc);
  }

  static Path writeAtomically(Path target, String text) throws IOException {
    AtomicFiles.write(target, text);
    return target;
  }
}
