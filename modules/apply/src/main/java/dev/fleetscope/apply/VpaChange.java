package dev.fleetscope.apply;

import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerResources;

/**
 * What Fleetscope offers instead of patching a container a VPA manages: the VPA-side change, to be
 * exported as YAML. Either bound the VPA around the recommendation ({@code minAllowed} at the
 * recommended requests, so it cannot shrink the container below what the replay proved safe), or
 * switch the VPA off and let Fleetscope apply.
 *
 * @param recommended the resources Fleetscope would have set, as quantities
 */
public record VpaChange(
    WorkloadRef workload,
    VerticalAutoscaler vpa,
    String container,
    ContainerResources current,
    ContainerResources recommended) {}
