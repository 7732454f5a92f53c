package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.source.CostSource;
import java.util.List;
import java.util.Optional;

/**
 * Everything the Cost view draws, computed off the FX thread.
 *
 * @param billingNote why there is no billing picture, when there is none; empty while the bill is
 *     being read
 * @param prices the instance price snapshot in use, for the sources panel
 */
public record CostState(
    CostDimension dimension,
    Optional<BillingPicture> billing,
    String billingNote,
    Optional<AllocationSummary> allocation,
    Breakdown breakdown,
    SavingsEstimate savings,
    List<CostSource> sources,
    String prices,
    CostActivity activity) {

  public CostState {
    sources = List.copyOf(sources);
  }

  CostState withBilling(Optional<BillingPicture> picture, String note) {
    return new CostState(
        dimension, picture, note, allocation, breakdown, savings, sources, prices, activity);
  }

  public CostState withAllocation(Optional<AllocationSummary> summary) {
    return new CostState(
        dimension, billing, billingNote, summary, breakdown, savings, sources, prices, activity);
  }

  public CostState withBreakdown(Breakdown changed) {
    return new CostState(
        changed.dimension(),
        billing,
        billingNote,
        allocation,
        changed,
        savings,
        sources,
        prices,
        activity);
  }

  public CostState withSavings(SavingsEstimate changed) {
    return new CostState(
        dimension, billing, billingNote, allocation, breakdown, changed, sources, prices, activity);
  }

  CostState withSources(List<CostSource> changed, String priceSnapshot) {
    return new CostState(
        dimension,
        billing,
        billingNote,
        allocation,
        breakdown,
        savings,
        changed,
        priceSnapshot,
        activity);
  }

  public CostState withActivity(CostActivity changed) {
    return new CostState(
        dimension, billing, billingNote, allocation, breakdown, savings, sources, prices, changed);
  }

  public static CostState initial(CostDimension dimension) {
    return new CostState(
        dimension,
        Optional.empty(),
        "",
        Optional.empty(),
        Breakdown.none(dimension, "Computing…"),
        new SavingsEstimate.Waiting("waiting for the fleet"),
        List.of(),
        "",
        CostActivity.NONE);
  }
}
