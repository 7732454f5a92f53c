package dev.fleetscope.model.serving;

import dev.fleetscope.model.WorkloadRef;
import java.util.Objects;
import java.util.Optional;

/**
 * One model as one kind of server serves it in one workload.
 *
 * @param name the model's name as the server labels it (TGI labels none: there it is the workload's
 *     name)
 * @param workload the workload whose pods serve it; empty when kube-state-metrics does not know
 *     those pods' owner
 */
public record ServedModel(
    ServerKind server,
    String name,
    String cluster,
    String namespace,
    Optional<WorkloadRef> workload) {

  public ServedModel {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(workload, "workload");
  }

  /** {@code cluster/namespace/workload/model} ({@code ?} for an unknown workload). */
  public String id() {
    return cluster
        + "/"
        + namespace
        + "/"
        + workload.map(WorkloadRef::name).orElse("?")
        + "/"
        + name;
  }

  @Override
  public String toString() {
    return server.id() + " " + id();
  }
}
