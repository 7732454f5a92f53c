package dev.fleetscope.kubernetes;

import dev.fleetscope.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster-wide collections the inventory mirrors. A collection the server does not serve (the
 * VPA or KEDA CRDs not installed; {@code resource.k8s.io/v1}, served from Kubernetes 1.34) is
 * absent, and what it would add is simply not there.
 */
final class Inventory {
  static final String NODES = "/api/v1/nodes";
  static final String NAMESPACES = "/api/v1/namespaces";
  static final String PODS = "/api/v1/pods";
  static final String REPLICA_SETS = "/apis/apps/v1/replicasets";
  static final String HPAS = "/apis/autoscaling/v2/horizontalpodautoscalers";
  static final String PDBS = "/apis/policy/v1/poddisruptionbudgets";
  static final String VPAS = "/apis/autoscaling.k8s.io/v1/verticalpodautoscalers";
  static final String SCALED_OBJECTS = "/apis/keda.sh/v1alpha1/scaledobjects";
  static final String RESOURCE_CLAIMS = "/apis/resource.k8s.io/v1/resourceclaims";
  static final String RESOURCE_SLICES = "/apis/resource.k8s.io/v1/resourceslices";

  private Inventory() {}

  static String path(WorkloadKind kind) {
    return switch (kind) {
      case DEPLOYMENT -> "/apis/apps/v1/deployments";
      case STATEFUL_SET -> "/apis/apps/v1/statefulsets";
      case DAEMON_SET -> "/apis/apps/v1/daemonsets";
      case JOB -> "/apis/batch/v1/jobs";
      case CRON_JOB -> "/apis/batch/v1/cronjobs";
    };
  }

  static List<String> paths() {
    List<String> paths = new ArrayList<>(List.of(NODES, NAMESPACES, PODS, REPLICA_SETS));
    for (WorkloadKind kind : WorkloadKind.values()) {
      paths.add(path(kind));
    }
    paths.addAll(List.of(HPAS, PDBS, VPAS, SCALED_OBJECTS, RESOURCE_CLAIMS, RESOURCE_SLICES));
    return paths;
  }
}
