package dev.fleetscope.cost.price;

import dev.fleetscope.model.Provider;
import java.util.Locale;

/**
 * One instance type in one region of one cloud: what a price is looked up by. Names compare
 * ignoring case.
 */
public record InstanceKey(Provider provider, String region, String instanceType) {
  public InstanceKey {
    region = region.strip().toLowerCase(Locale.ROOT);
    instanceType = instanceType.strip().toLowerCase(Locale.ROOT);
  }
}
