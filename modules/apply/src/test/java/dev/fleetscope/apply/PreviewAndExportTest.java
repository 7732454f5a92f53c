package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.apply.export.GitOpsExport;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewAndExportTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final WorkloadChange CHANGE =
      new WorkloadChange(
          SERVING,
          List.of(
              new ContainerChange(
                  "api",
                  new ContainerResources(
                      Map.of("cpu", "1", "memory", "2Gi"), Map.of("cpu", "2", "memory", "2Gi")),
                  new ContainerResources(
                      Map.of("cpu", "250m", "memory", "2Gi"), Map.of("memory", "1536Mi")))));

  @Test
  void previewShowsTheResourcesDiffAndThePodsThatRestart() {
    var state =
        new WorkloadState(
            SERVING,
            Map.of(),
            2,
            new java.util.TreeMap<>(Map.of("serving-1", Map.of(), "serving-2", Map.of())),
            Optional.empty(),
            List.of(),
            false);
    assertEquals(
        """
        Deployment ml/serving (cluster prod)
          - name: api
            resources:
              requests:
        -         cpu: 1
        +         cpu: 250m
                  memory: 2Gi
              limits:
        -         cpu: 2
        -         memory: 2Gi
        +         memory: 1536Mi
          restarts 2 pods: serving-1, serving-2
        """,
        Preview.of(new ProposedChange(CHANGE, state), ApplyMethod.ROLLOUT));
  }

  @Test
  void writesOneKustomizePatchPerWorkloadAndAKustomizationListingThem(@TempDir Path dir)
      throws Exception {
    List<Path> files = GitOpsExport.write(List.of(CHANGE), dir, GitOpsExport.Format.KUSTOMIZE);
    assertEquals(
        List.of(
            dir.resolve("prod/deployment-ml-serving.yaml"), dir.resolve("prod/kustomization.yaml")),
        files);
    assertEquals(
        """
        # Fleetscope rightsizing of prod/ml/serving
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: serving
          namespace: ml
        spec:
          template:
            spec:
              containers:
              - name: api
                resources:
                  requests:
                    cpu: 250m
                    memory: 2Gi
                  limits:
                    memory: 1536Mi
                    cpu: null
        """,
        Files.readString(files.get(0)));
    assertEquals(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        patches:
        - path: deployment-ml-serving.yaml
        """,
        Files.readString(files.get(1)));
  }

  @Test
  void serverSideApplyManifestSaysWhatItCannotRemove(@TempDir Path dir) throws Exception {
    List<Path> files =
        GitOpsExport.write(List.of(CHANGE), dir, GitOpsExport.Format.SERVER_SIDE_APPLY);
    String text = Files.readString(files.getFirst());
    assertEquals(
        """
        # Fleetscope rightsizing of prod/ml/serving
        # kubectl apply --server-side --field-manager=fleetscope -f <this file>
        # the plan removes limits.cpu of container api: server-side apply cannot, delete it where it is declared
        apiVersion: apps/v1""",
        text.substring(0, text.indexOf("kind:") - 1));
    assertEquals(1, files.size());
  }
}
