package dev.fleetscope.cost.price;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import java.util.Optional;

/**
 * The on-demand (Linux, shared tenancy) price of an instance type in a region, as a catalog lists
 * it, and its spot price where the source gives one.
 */
public record InstancePrice(
    Provider provider,
    String region,
    String instanceType,
    InstanceShape shape,
    HourlyPrice price,
    Optional<HourlyPrice> spot) {

  /** An on-demand price without a spot price (what the catalog clients return). */
  public InstancePrice(
      Provider provider,
      String region,
      String instanceType,
      InstanceShape shape,
      HourlyPrice price) {
    this(provider, region, instanceType, shape, price, Optional.empty());
  }

  public InstanceKey key() {
    return new InstanceKey(provider, region, instanceType);
  }
}
