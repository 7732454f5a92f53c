package dev.fleetscope.kubernetes;

/** Workload YAML for the stand-in servers. */
final class Fixtures {
  private Fixtures() {}

  /** A Deployment whose status says it is fully rolled out at generation 1. */
  static String deployment(String name, String cpu, String memory, int replicas) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: %1$s, namespace: ml, generation: 1, labels: {team: search, fleetscope.dev/model: ranker}}
        spec:
          replicas: %4$d
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec:
              containers:
              - name: sidecar
                image: envoy
                resources: {}
              - name: api
                image: api
                resources:
                  requests: {cpu: "%2$s", memory: %3$s}
                  limits: {memory: %3$s, nvidia.com/gpu: "1"}
        status: {observedGeneration: 1, replicas: %4$d, updatedReplicas: %4$d, availableReplicas: %4$d, readyReplicas: %4$d}
        """
        .formatted(name, cpu, memory, replicas);
  }
}
