package dev.fleetscope.cost.price;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;

/**
 * The on-demand (Linux, shared tenancy) price of an instance type in a region, as a catalog lists
 * it.
 */
public record InstancePrice(
    Provider provider, String region, String instanceType, InstanceShape shape, HourlyPrice price) {

  public InstanceKey key() {
    return new InstanceKey(provider, region, instanceType);
  }
}
