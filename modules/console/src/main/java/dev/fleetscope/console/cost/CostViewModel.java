package dev.fleetscope.console.cost;

import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.cost.allocation.NodeCostAllocator;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.cost.AllocationBreakdown;
import dev.fleetscope.runtime.cost.AllocationSummary;
import dev.fleetscope.runtime.cost.BillingDesk;
import dev.fleetscope.runtime.cost.BillingSources;
import dev.fleetscope.runtime.cost.Breakdown;
import dev.fleetscope.runtime.cost.CostActivity;
import dev.fleetscope.runtime.cost.CostDimension;
import dev.fleetscope.runtime.cost.CostState;
import dev.fleetscope.runtime.cost.CostStates;
import dev.fleetscope.runtime.cost.OpenCostBreakdowns;
import dev.fleetscope.runtime.cost.PriceStatus;
import dev.fleetscope.runtime.cost.SavingsTracker;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Cost view's model. Nothing happens until the view is first shown ({@link #activate}), so the
 * console's start pays nothing for cost. Then three background threads work apart, so none waits
 * behind another: the billing worker owns the sources and the billing store ({@link BillingDesk}),
 * the allocation worker allocates node cost on each snapshot and asks OpenCost, and the savings
 * tracker runs the rightsizing engine. Each result is folded into one immutable {@link CostState}
 * that crosses to the FX thread, latest wins.
 */
public final class CostViewModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CostViewModel.class);
  private final CoalescingWorker billingWorker = new CoalescingWorker("cost-billing");
  private final CoalescingWorker allocationWorker = new CoalescingWorker("cost-allocation");
  private final CoalescingWorker.Task allocationTask =
      allocationWorker.task(this::refreshAllocation);
  private final CoalescingWorker.Task allocatedTask = allocationWorker.task(this::refreshAllocated);
  private final CoalescingWorker.Task billedTask = billingWorker.task(this::refreshBilled);
  private final CoalescingWorker.Task demoTask = billingWorker.task(this::loadDemoBill);
  private final ReadOnlyObjectWrapper<CostState> state;
  private final ObjectProperty<CostDimension> dimension =
      new SimpleObjectProperty<>(CostDimension.CLUSTER);
  private final CostStates states;
  private final BillingDesk desk;
  private final NodeCostAllocator allocator = new NodeCostAllocator();
  private final OpenCostBreakdowns openCost = new OpenCostBreakdowns();
  private final SavingsTracker savings;
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile CostDimension dimensionValue = CostDimension.CLUSTER;
  private volatile boolean active;

  public CostViewModel(Host host) {
    CostState initial = CostState.initial(dimension.get());
    this.state = new ReadOnlyObjectWrapper<>(initial);
    this.states = new CostStates(initial, new FxLatest<>(state::set));
    this.desk =
        new BillingDesk(
            new BillingSources(host.dirs().config(), host.dirs().data(), host.seed()),
            new PriceStatus(host.dirs().data()),
            states,
            this::scheduleBreakdown);
    this.savings = new SavingsTracker(estimate -> states.update(s -> s.withSavings(estimate)));
    dimension.addListener(
        (obs, old, value) -> {
          dimensionValue = value;
          states.update(s -> s.withBreakdown(Breakdown.none(value, "Computing…")));
          scheduleBreakdown();
        });
  }

  public ReadOnlyObjectProperty<CostState> state() {
    return state.getReadOnlyProperty();
  }

  /** The breakdown the view shows; set it from the FX thread. */
  public ObjectProperty<CostDimension> dimension() {
    return dimension;
  }

  /** Feed this snapshots from any thread; they are only looked at once the view has been shown. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
    if (active) {
      allocationTask.schedule();
      if (desk.demoPending()) {
        demoTask.schedule();
      }
      savings.offer(snapshot);
    }
  }

  /**
   * Called when the view is first shown: reads the sources and the bill, allocates and starts the
   * savings.
   */
  public void activate() {
    if (active) {
      return;
    }
    active = true;
    billingWorker.execute(() -> desk.startUp(latest));
    allocationTask.schedule();
    savings.offer(latest);
  }

  /** Imports a FOCUS export file or folder and, if it imports, keeps it as a source. */
  public void addFocusExport(String path) {
    String trimmed = path.strip();
    if (trimmed.isEmpty()) {
      states.activity(CostActivity.failed("Give the path of a FOCUS export file or folder."));
      return;
    }
    states.activity(CostActivity.working("Importing " + trimmed + "…"));
    billingWorker.execute(() -> desk.addExport(trimmed, latest));
  }

  /**
   * Imports every configured export again (the demo's bill when none is configured): known files
   * are skipped.
   */
  public void reimport() {
    states.activity(CostActivity.working("Importing again…"));
    billingWorker.execute(() -> desk.reimport(latest));
  }

  /**
   * Adds an OpenCost endpoint (e.g. {@code http://localhost:9003}) pricing in {@code currencyCode}.
   */
  public void addOpenCost(String url, String currencyCode) {
    billingWorker.execute(() -> desk.addOpenCost(url.strip(), currencyCode, latest));
  }

  public void removeSource(String id) {
    billingWorker.execute(() -> desk.remove(id, latest));
  }

  /** Refreshes instance prices from the public catalogs for the fleet's regions. */
  public void refreshPrices() {
    states.activity(CostActivity.working("Refreshing instance prices from the public catalogs…"));
    billingWorker.execute(() -> desk.refreshPrices(latest));
  }

  private void refreshAllocation() {
    FleetSnapshot snapshot = latest;
    if (snapshot.clusters().isEmpty()) {
      return;
    }
    try {
      AllocationSummary summary =
          AllocationSummary.of(allocator.allocate(snapshot), HourlyPrice.USD);
      states.update(s -> s.withAllocation(Optional.of(summary)));
    } catch (IllegalArgumentException e) {
      states.update(
          s ->
              s.withAllocation(Optional.empty()).withActivity(CostActivity.failed(e.getMessage())));
    }
    if (!dimensionValue.billed() || !desk.billReady()) {
      allocatedTask.schedule();
    }
  }

  /** The breakdown the user chose, on the worker that can answer it. */
  private void scheduleBreakdown() {
    if (dimensionValue.billed() && desk.billReady()) {
      billedTask.schedule();
    } else {
      allocatedTask.schedule();
    }
  }

  private void refreshBilled() {
    CostDimension wanted = dimensionValue;
    desk.billed(wanted).ifPresent(b -> show(wanted, b));
  }

  private void loadDemoBill() {
    desk.loadDemoIfNeeded(latest);
  }

  /** Allocated dimensions, and the billed ones while there is no bill to answer them. */
  private void refreshAllocated() {
    CostDimension wanted = dimensionValue;
    if (wanted.billed() && desk.billReady()) {
      return;
    }
    CostState now = states.current();
    boolean reading = now.billingNote().isEmpty();
    if (wanted == CostDimension.SERVICE) {
      show(
          wanted,
          Breakdown.none(
              wanted,
              reading
                  ? "Reading the billing export…"
                  : "Services come from a billing export: add a FOCUS export below."));
      return;
    }
    Breakdown fromNodes =
        now.allocation()
            .map(a -> AllocationBreakdown.of(a, wanted))
            .orElse(Breakdown.none(wanted, "Waiting for the fleet's first snapshot…"));
    List<CostSource.OpenCost> endpoints = desk.endpoints();
    show(
        wanted,
        wanted == CostDimension.CLUSTER
            ? fromNodes.withNote(
                reading
                    ? "From node prices until the billing export is read."
                    : "No billing export: cluster cost from node prices instead.")
            : endpoints.isEmpty()
                ? fromNodes
                : openCost.of(wanted, endpoints.getFirst(), fromNodes));
  }

  private void show(CostDimension wanted, Breakdown breakdown) {
    states.update(
        s ->
            dimensionValue == wanted
                ? s.withBreakdown(breakdown)
                : s); // a newer choice has its own refresh
  }

  @Override
  public void close() {
    savings.close();
    allocationWorker.close();
    billingWorker.closeAfter(
        () -> {
          try {
            desk.close();
          } catch (IOException e) {
            LOG.warn("Fleetscope could not close its cost store", e);
          }
        },
        Duration.ofSeconds(5));
  }
}
