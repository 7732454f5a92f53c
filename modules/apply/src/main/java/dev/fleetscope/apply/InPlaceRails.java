package dev.fleetscope.apply;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PodStatus;
import dev.fleetscope.model.change.WorkloadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an in-place resize must pass beyond the rails of every change, each refused up front with
 * the reason the API server or the kubelet would give later: a pod whose QoS class would change, a
 * resize the node cannot hold (or one the kubelet already found infeasible), an ordinary init
 * container (it has run and cannot be resized), and pod-level resources (their in-place resize is
 * alpha in 1.35).
 */
final class InPlaceRails {
  private InPlaceRails() {}

  static List<Refusal> check(ProposedChange proposed) {
    WorkloadState state = proposed.state();
    String id = state.ref().id();
    List<Refusal> refusals = new ArrayList<>();
    for (ContainerChange change : proposed.change().containers()) {
      String containerId = state.ref().container(change.container()).id();
      if (ContainerChange.POD.equals(change.container())) {
        refusals.add(
            new Refusal(
                containerId,
                GuardRail.IN_PLACE_UNSUPPORTED,
                "pod-level resources cannot be resized in place (alpha in Kubernetes 1.35, off by"
                    + " default): apply with a rollout"));
      } else if (state.traits(change.container()).kind() == ContainerKind.INIT) {
        refusals.add(
            new Refusal(
                containerId,
                GuardRail.IN_PLACE_UNSUPPORTED,
                "an init container has run to completion and cannot be resized in place: apply"
                    + " with a rollout"));
      }
    }
    state
        .pods()
        .forEach(
            (pod, containers) -> {
              Map<String, ContainerResources> after = after(containers, proposed);
              QosClass before = QosClass.of(containers.values());
              QosClass then = QosClass.of(after.values());
              if (before != then) {
                refusals.add(
                    new Refusal(
                        id,
                        GuardRail.QOS_CHANGE,
                        "the resize would change pod "
                            + pod
                            + "'s QoS class from "
                            + before.kubernetesName()
                            + " to "
                            + then.kubernetesName()
                            + ", which Kubernetes refuses in place: apply with a rollout"));
              }
              PodStatus status = state.podStatus().get(pod);
              if (status != null) {
                infeasible(id, pod, status, after, state).forEach(refusals::add);
              }
            });
    return refusals;
  }

  private static List<Refusal> infeasible(
      String id,
      String pod,
      PodStatus status,
      Map<String, ContainerResources> after,
      WorkloadState state) {
    List<Refusal> refusals = new ArrayList<>();
    for (PodStatus.ResizeCondition condition : status.current()) {
      if (condition.infeasible()) {
        refusals.add(
            infeasible(
                id,
                pod,
                " holds a resize the kubelet found infeasible ("
                    + condition.message()
                    + "): resolve it before another"));
      }
    }
    Resources node = status.nodeAllocatable();
    Resources wanted = requests(after, state);
    if (node.cpuCores() > 0 && wanted.cpuCores() > node.cpuCores()
        || node.memoryBytes() > 0 && wanted.memoryBytes() > node.memoryBytes()) {
      refusals.add(
          infeasible(
              id,
              pod,
              " would request "
                  + Units.cores(wanted.cpuCores())
                  + " and "
                  + Units.bytes(wanted.memoryBytes())
                  + " on node "
                  + status.node()
                  + ", which has "
                  + Units.cores(node.cpuCores())
                  + " and "
                  + Units.bytes(node.memoryBytes())
                  + " allocatable: the kubelet would mark the resize Infeasible"));
    }
    return refusals;
  }

  private static Refusal infeasible(String id, String pod, String what) {
    return new Refusal(id, GuardRail.RESIZE_INFEASIBLE, "pod " + pod + what);
  }

  /** The pod's containers with the change applied. */
  private static Map<String, ContainerResources> after(
      Map<String, ContainerResources> containers, ProposedChange proposed) {
    Map<String, ContainerResources> after = new LinkedHashMap<>(containers);
    for (ContainerChange change : proposed.change().containers()) {
      after.computeIfPresent(change.container(), (name, now) -> change.after());
    }
    return after;
  }

  /**
   * What the pod requests of its node: its running containers' sum, or an init container with the
   * sidecars beside it when that is more.
   */
  private static Resources requests(
      Map<String, ContainerResources> containers, WorkloadState state) {
    Resources running = Resources.NONE;
    Resources sidecars = Resources.NONE;
    Resources init = Resources.NONE;
    for (var c : containers.entrySet()) {
      Resources r = requests(c.getValue());
      switch (state.traits(c.getKey()).kind()) {
        case CONTAINER -> running = running.plus(r);
        case SIDECAR -> {
          running = running.plus(r);
          sidecars = sidecars.plus(r);
        }
        case INIT ->
            init =
                new Resources(
                    Math.max(init.cpuCores(), r.cpuCores()),
                    Math.max(init.memoryBytes(), r.memoryBytes()));
      }
    }
    Resources during = init.plus(sidecars);
    return new Resources(
        Math.max(running.cpuCores(), during.cpuCores()),
        Math.max(running.memoryBytes(), during.memoryBytes()));
  }

  private static Resources requests(ContainerResources c) {
    return new Resources(
        c.request(ContainerResources.CPU).map(Quantities::parseCores).orElse(0.0),
        c.request(ContainerResources.MEMORY).map(Quantities::parseBytes).orElse(0L));
  }
}
