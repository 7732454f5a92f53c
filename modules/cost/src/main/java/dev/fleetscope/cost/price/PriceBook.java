package dev.fleetscope.cost.price;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.Provider;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instance prices by provider, region and instance type. Immutable; {@link #refreshedWith} makes a
 * newer book.
 */
public final class PriceBook {
  private final Map<InstanceKey, InstancePrice> prices;

  private PriceBook(Map<InstanceKey, InstancePrice> prices) {
    this.prices = prices;
  }

  public static PriceBook of(Collection<InstancePrice> prices) {
    Map<InstanceKey, InstancePrice> byKey = new LinkedHashMap<>();
    prices.forEach(p -> byKey.put(p.key(), p));
    return new PriceBook(Map.copyOf(byKey));
  }

  /** The on-demand price per hour; empty when the book does not list that type in that region. */
  public Optional<HourlyPrice> hourly(Provider provider, String region, String instanceType) {
    return find(provider, region, instanceType).map(InstancePrice::price);
  }

  public Optional<InstancePrice> find(Provider provider, String region, String instanceType) {
    return Optional.ofNullable(prices.get(new InstanceKey(provider, region, instanceType)));
  }

  /** A node's price from its cluster's provider and region and its own instance type. */
  public Optional<HourlyPrice> hourly(Cluster cluster, Node node) {
    return hourly(cluster.provider(), cluster.region(), node.instanceType());
  }

  /**
   * This book with {@code newer} prices replacing the ones they name; prices the newer ones lack
   * are kept. A newer price that does not know its shape (Azure's catalog lists none), its GPU
   * model (AWS's) or its spot price (none of the catalog clients reads spot) keeps the older one's.
   */
  public PriceBook refreshedWith(Collection<InstancePrice> newer) {
    Map<InstanceKey, InstancePrice> merged = new LinkedHashMap<>(prices);
    newer.forEach(
        p ->
            merged.merge(
                p.key(),
                p,
                (old, fresh) ->
                    new InstancePrice(
                        fresh.provider(),
                        fresh.region(),
                        fresh.instanceType(),
                        shape(old.shape(), fresh.shape()),
                        fresh.price(),
                        fresh.spot().or(old::spot))));
    return new PriceBook(Map.copyOf(merged));
  }

  private static InstanceShape shape(InstanceShape old, InstanceShape fresh) {
    if (fresh.equals(InstanceShape.UNKNOWN)) {
      return old;
    }
    boolean sameGpus = fresh.gpus() == old.gpus();
    return fresh.gpuModel().isEmpty() && sameGpus
        ? new InstanceShape(fresh.vcpus(), fresh.memoryGib(), fresh.gpus(), old.gpuModel())
        : fresh;
  }

  /** Every price, ordered by provider, region and instance type. */
  public List<InstancePrice> prices() {
    return prices.values().stream()
        .sorted(
            Comparator.comparing((InstancePrice p) -> p.key().provider())
                .thenComparing(p -> p.key().region())
                .thenComparing(p -> p.key().instanceType()))
        .toList();
  }

  public int size() {
    return prices.size();
  }
}
