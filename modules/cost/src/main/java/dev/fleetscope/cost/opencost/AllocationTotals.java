package dev.fleetscope.cost.opencost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenCost's allocations summed over the steps of a window, one group per aggregate, largest total
 * first. Sums are exact (OpenCost's decimals as they came), so the groups add up to {@link
 * #total()} to the last digit.
 *
 * @param from the earliest allocation start, {@code to} the latest end; empty when OpenCost
 *     returned nothing
 */
public record AllocationTotals(
    Currency currency, Optional<Instant> from, Optional<Instant> to, List<Group> groups) {
  public AllocationTotals {
    groups = List.copyOf(groups);
  }

  /** One aggregate, e.g. a namespace; {@code __idle__} is node capacity no workload took. */
  public record Group(String name, Parts cost) {
    public boolean idle() {
      return name.equals(Allocation.IDLE);
    }
  }

  /** The cost parts OpenCost reports, adjustments included; they add up to {@code total}. */
  public record Parts(
      BigDecimal cpu,
      BigDecimal ram,
      BigDecimal gpu,
      BigDecimal pv,
      BigDecimal network,
      BigDecimal loadBalancer,
      BigDecimal shared,
      BigDecimal external,
      BigDecimal total) {
    public static final Parts ZERO =
        new Parts(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);

    static Parts of(Allocation a) {
      return new Parts(
          a.cpuCost(),
          a.ramCost(),
          a.gpuCost(),
          a.pvCost(),
          a.networkCost(),
          a.loadBalancerCost(),
          a.sharedCost(),
          a.externalCost(),
          a.totalCost());
    }

    public Parts plus(Parts o) {
      return new Parts(
          cpu.add(o.cpu),
          ram.add(o.ram),
          gpu.add(o.gpu),
          pv.add(o.pv),
          network.add(o.network),
          loadBalancer.add(o.loadBalancer),
          shared.add(o.shared),
          external.add(o.external),
          total.add(o.total));
    }

    /**
     * Load balancers, shared and external cost: parts of the total that belong to no resource of
     * the group.
     */
    public BigDecimal other() {
      return loadBalancer.add(shared).add(external);
    }
  }

  /**
   * @param currency what the OpenCost install prices in: its API does not say
   */
  public static AllocationTotals of(List<AllocationSet> sets, Currency currency) {
    Map<String, Parts> byName = new LinkedHashMap<>();
    Instant from = null;
    Instant to = null;
    for (AllocationSet set : sets) {
      for (Allocation a : set.allocations()) {
        byName.merge(a.name(), Parts.of(a), Parts::plus);
        from = from == null || a.start().isBefore(from) ? a.start() : from;
        to = to == null || a.end().isAfter(to) ? a.end() : to;
      }
    }
    List<Group> groups =
        byName.entrySet().stream()
            .map(e -> new Group(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparing((Group g) -> g.cost().total())
                    .reversed()
                    .thenComparing(Group::name))
            .toList();
    return new AllocationTotals(
        currency, Optional.ofNullable(from), Optional.ofNullable(to), groups);
  }

  public Parts total() {
    return groups.stream().map(Group::cost).reduce(Parts.ZERO, Parts::plus);
  }
}
