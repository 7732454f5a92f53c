package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.apply.export.VpaExport;
import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.model.change.ApplyMethod;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard rails of today's clusters, end to end through the Kubernetes writer: plan, screen, dry
 * run and run against a MockWebServer answering as a 1.35 API server ({@link ApiServer135}), and
 * the proof that a refused change is never sent is the server's own request log.
 */
class GuardRailsAtTheApiTest {
  private static final long MI = 1L << 20;

  @TempDir Path dir;

  private static String deployment(String name, String resources) {
    return """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"%1$s","namespace":"ml","generation":1},
         "spec":{"replicas":2,"selector":{"matchLabels":{"app":"%1$s"}},
          "template":{"metadata":{"labels":{"app":"%1$s"}},"spec":{"containers":[
            {"name":"api","image":"api","resources":%2$s}]}}},
         "status":{"observedGeneration":1,"replicas":2,"updatedReplicas":2,"availableReplicas":2}}"""
        .formatted(name, resources);
  }

  private static String pods(String name, String resources, String node, String conditions) {
    String pod =
        """
        {"metadata":{"name":"%1$s-%2$s","namespace":"ml","generation":2,"labels":{"app":"%1$s"}},
         "spec":{"nodeName":"%3$s","containers":[{"name":"api","resources":%4$s}]},
         "status":{"phase":"Running","observedGeneration":2,"qosClass":"Guaranteed","conditions":[%5$s],
          "containerStatuses":[{"name":"api","resources":%4$s}]}}""";
    return "{\"items\":["
        + pod.formatted(name, "a", node, resources, conditions)
        + ","
        + pod.formatted(name, "b", node, resources, "")
        + "]}";
  }

  private static String node(String name, String cpu, String memory) {
    return "{\"metadata\":{\"name\":\"%s\"},\"status\":{\"allocatable\":{\"cpu\":\"%s\",\"memory\":\"%s\"}}}"
        .formatted(name, cpu, memory);
  }

  private Plan screened(ApiServer135 api, ApplyMethod method, PlannedSizing... recs)
      throws Exception {
    KubernetesClusterWriter writer = writer(api);
    Plan plan = new ChangePlanner(writer).plan(List.of(recs), Optional.empty());
    Observations observed =
        new Observations(Map.of(recs[0].target().id(), new Observations.Observed(200.0 * MI, 0.2)));
    GuardRailSettings settings = new GuardRailSettings(0.05, false, Set.of(), 2, false, method);
    Plan screened = new GuardRails(settings, observed, c -> true).screen(plan);
    DryRun.run(writer, screened, method);
    new RunExecutor(writer, new MemoryAuditLog(), ApplyOptions.defaults())
        .execute("test", screened.planned(method), e -> {}, new RunControl());
    return screened;
  }

  private KubernetesClusterWriter writer(ApiServer135 api) throws Exception {
    return new KubernetesClusterWriter(
        new Connections(
            new ClusterConnector(Kubeconfig.load(List.of(api.kubeconfig(dir))), false)));
  }

  private static PlannedSizing rec(String owner, double cpu, double cpuLimit, long memory) {
    return new PlannedSizing(
        ContainerTarget.parse("prod/ml/" + owner + "/api"),
        cpu,
        Double.isNaN(cpuLimit) ? OptionalDouble.empty() : OptionalDouble.of(cpuLimit),
        memory,
        OptionalDouble.of(memory));
  }

  @Test
  void aContainerAVpaManagesIsRefusedWithTheVpasNameAndModeAndOnlyItsYamlIsOffered_MockWebServer()
      throws Exception {
    String resources =
        "{\"requests\":{\"cpu\":\"1\",\"memory\":\"1Gi\"},\"limits\":{\"memory\":\"1Gi\"}}";
    try (ApiServer135 api =
        new ApiServer135()
            .with("/apis/apps/v1/namespaces/ml/deployments/ranker", deployment("ranker", resources))
            .with("/api/v1/namespaces/ml/pods", pods("ranker", resources, "n1", ""))
            .with("/api/v1/nodes/n1", node("n1", "8", "32Gi"))
            .with(
                "/apis/autoscaling.k8s.io/v1/namespaces/ml/verticalpodautoscalers",
                """
                {"items":[{"metadata":{"name":"ranker-vpa","namespace":"ml"},
                  "spec":{"targetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"ranker"},
                   "updatePolicy":{"updateMode":"Recreate"},
                   "resourcePolicy":{"containerPolicies":[{"containerName":"*","maxAllowed":{"cpu":"2","memory":"2Gi"}}]}}}]}""")) {
      Plan plan = screened(api, ApplyMethod.ROLLOUT, rec("ranker", 0.3, Double.NaN, 512 * MI));
      assertEquals(List.of(), plan.changes());
      Refusal refusal = plan.refusals().getFirst();
      assertEquals(GuardRail.VPA_MANAGED, refusal.rule());
      assertEquals(
          "prod/ml/ranker/api: VPA ranker-vpa (Recreate) manages container api (cpu and memory)"
              + " and would undo the patch: change the VPA instead (export its YAML: minAllowed at"
              + " the recommendation, or updateMode Off)",
          refusal.toString());
      assertEquals(List.of(), api.writes());
      Map<String, String> yaml = VpaExport.documents(plan.vpaChanges());
      String bounds = yaml.get("prod/vpa-ml-ranker-vpa-bounds.yaml");
      assertTrue(
          bounds.contains(
              "- containerName: api\n      minAllowed:\n        cpu: 300m\n        memory: 512Mi\n"
                  + "      maxAllowed:\n        cpu: 2\n        memory: 2Gi"),
          bounds);
      assertTrue(bounds.contains("- containerName: '*'\n      maxAllowed:"), bounds);
      assertTrue(yaml.get("prod/vpa-ml-ranker-vpa-off.yaml").contains("updateMode: \"Off\""));
    }
  }

  @Test
  void anInPlaceResizeThatWouldChangeThePodsQosClassIsRefusedUpFront_MockWebServer()
      throws Exception {
    String guaranteed =
        "{\"requests\":{\"cpu\":\"1\",\"memory\":\"1Gi\"},\"limits\":{\"cpu\":\"1\",\"memory\":\"1Gi\"}}";
    try (ApiServer135 api =
        new ApiServer135()
            .with("/apis/apps/v1/namespaces/ml/deployments/cache", deployment("cache", guaranteed))
            .with("/api/v1/namespaces/ml/pods", pods("cache", guaranteed, "n1", ""))
            .with("/api/v1/nodes/n1", node("n1", "8", "32Gi"))) {
      // a lower request under the same limit makes the pod Burstable
      Plan plan = screened(api, ApplyMethod.IN_PLACE, rec("cache", 0.5, 1, 1L << 30));
      assertEquals(List.of(), plan.changes());
      assertEquals(
          List.of(
              "prod/ml/cache: the resize would change pod cache-a's QoS class from Guaranteed to"
                  + " Burstable, which Kubernetes refuses in place: apply with a rollout",
              "prod/ml/cache: the resize would change pod cache-b's QoS class from Guaranteed to"
                  + " Burstable, which Kubernetes refuses in place: apply with a rollout"),
          plan.refusals().stream().map(Refusal::toString).toList());
      assertEquals(List.of(), api.writes());
    }
  }

  @Test
  void anInfeasibleInPlaceResizeIsRefusedWithTheNodesCapacityOrTheKubeletsVerdict_MockWebServer()
      throws Exception {
    String resources =
        "{\"requests\":{\"cpu\":\"2\",\"memory\":\"1Gi\"},\"limits\":{\"memory\":\"1Gi\"}}";
    String infeasible =
        "{\"type\":\"PodResizePending\",\"status\":\"True\",\"reason\":\"Infeasible\","
            + "\"observedGeneration\":2,\"message\":\"Node didn't have enough capacity: cpu, requested: 6000, capacity: 4000\"}";
    try (ApiServer135 api =
        new ApiServer135()
            .with("/apis/apps/v1/namespaces/ml/deployments/batch", deployment("batch", resources))
            .with("/api/v1/namespaces/ml/pods", pods("batch", resources, "small", infeasible))
            .with("/api/v1/nodes/small", node("small", "4", "16Gi"))) {
      Plan plan = screened(api, ApplyMethod.IN_PLACE, rec("batch", 6, Double.NaN, 1L << 30));
      assertEquals(List.of(), plan.changes());
      List<String> refusals = plan.refusals().stream().map(Refusal::toString).toList();
      assertTrue(
          refusals.contains(
              "prod/ml/batch: pod batch-a holds a resize the kubelet found infeasible (Node didn't"
                  + " have enough capacity: cpu, requested: 6000, capacity: 4000): resolve it"
                  + " before another"),
          refusals.toString());
      assertTrue(
          refusals.contains(
              "prod/ml/batch: pod batch-b would request 6.00 cores and 1.00 GiB on node small,"
                  + " which has 4.00 cores and 16.0 GiB allocatable: the kubelet would mark the"
                  + " resize Infeasible"),
          refusals.toString());
      assertTrue(plan.refusals().stream().allMatch(r -> r.rule() == GuardRail.RESIZE_INFEASIBLE));
      assertEquals(List.of(), api.writes());
    }
  }

  @Test
  void aResizeThePodCanHoldIsSentToEachPodsResizeSubresource_MockWebServer() throws Exception {
    // the control: the same path does send what no rail refuses
    String resources =
        "{\"requests\":{\"cpu\":\"2\",\"memory\":\"1Gi\"},\"limits\":{\"memory\":\"1Gi\"}}";
    try (ApiServer135 api =
        new ApiServer135()
            .with("/apis/apps/v1/namespaces/ml/deployments/batch", deployment("batch", resources))
            .with("/api/v1/namespaces/ml/pods", pods("batch", resources, "small", ""))
            .with("/api/v1/nodes/small", node("small", "4", "16Gi"))
            .with("/api/v1/namespaces/ml/pods/batch-a/resize", "{}")
            .with("/api/v1/namespaces/ml/pods/batch-b/resize", "{}")) {
      Plan plan = screened(api, ApplyMethod.IN_PLACE, rec("batch", 3, Double.NaN, 1L << 30));
      assertEquals(List.of(), plan.refusals());
      assertEquals(
          List.of(
              "PATCH /api/v1/namespaces/ml/pods/batch-a/resize?fieldManager=fleetscope&dryRun=All",
              "PATCH /api/v1/namespaces/ml/pods/batch-b/resize?fieldManager=fleetscope&dryRun=All",
              "PATCH /api/v1/namespaces/ml/pods/batch-a/resize?fieldManager=fleetscope",
              "PATCH /api/v1/namespaces/ml/pods/batch-b/resize?fieldManager=fleetscope"),
          api.writes());
    }
  }
}
