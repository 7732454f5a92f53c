package dev.fleetscope.console.nodes;

import dev.fleetscope.console.FxLatest;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import dev.fleetscope.runtime.nodes.NodePricing;
import dev.fleetscope.runtime.nodes.NodeSavingsTracker;
import dev.fleetscope.runtime.nodes.PoolExport;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The node view's model, shared with the Overview and the Cost view (they show its node-level
 * savings). The tracker recommends and packs on its own thread with progress ({@link
 * NodeSavingsTracker}); comparing clouds and writing YAML run on this model's worker. Only finished
 * values cross to the FX thread, latest wins, so the FX thread never waits on a packing.
 */
public final class NodesViewModel implements AutoCloseable {
  private final ReadOnlyObjectWrapper<NodeEstimate> estimate =
      new ReadOnlyObjectWrapper<>(new NodeEstimate.Waiting("waiting for the fleet"));
  private final ReadOnlyObjectWrapper<CloudComparison> clouds =
      new ReadOnlyObjectWrapper<>(CloudComparison.NONE);
  private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");
  private final NodeSavingsTracker tracker;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofVirtual().name("nodes-view").factory());
  private final PricingSource pricing;
  private final FxLatest<CloudComparison> cloudsToFx = new FxLatest<>(clouds::set);
  private final FxLatest<String> exportedToFx = new FxLatest<>(exported::set);
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile FleetNodeReport latestReport;
  private volatile NodePricing latestPricing;

  /** The prices in use, read where the Cost view reads them. */
  public NodesViewModel(Host host) {
    this(() -> NodePricing.of(PriceCatalogs.current(host.dirs().data())));
  }

  NodesViewModel(PricingSource source) {
    this.pricing =
        () -> {
          NodePricing prices = source.current();
          latestPricing = prices;
          return prices;
        };
    FxLatest<NodeEstimate> toFx = new FxLatest<>(estimate::set);
    this.tracker =
        new NodeSavingsTracker(
            pricing::current,
            e -> {
              if (e instanceof NodeEstimate.Ready ready) {
                latestReport = ready.report();
              }
              toFx.accept(e);
            });
  }

  /** Where the prices come from; read off the FX thread. */
  interface PricingSource {
    NodePricing current() throws IOException;
  }

  public ReadOnlyObjectProperty<NodeEstimate> estimate() {
    return estimate.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<CloudComparison> clouds() {
    return clouds.getReadOnlyProperty();
  }

  /** What the last export wrote, or why it did not. */
  public ReadOnlyStringProperty exported() {
    return exported.getReadOnlyProperty();
  }

  /** Feed this snapshots from any thread. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
    tracker.offer(snapshot);
  }

  /** Packs again now, on the latest snapshot and the prices as they are now. */
  public void recompute() {
    tracker.recompute();
  }

  /**
   * Packs the selection's pods on each cloud in the given regions, at today's or the recommended
   * requests (those of the last report).
   */
  public void compareClouds(
      ProviderComparison.Selection selection,
      Scenario.Requests requests,
      Map<Provider, String> regions) {
    cloudsToFx.accept(CloudComparison.working(selection));
    worker.execute(
        () -> {
          try {
            Cluster cluster =
                cluster(selection.cluster())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "cluster " + selection.cluster() + " is gone"));
            Map<ContainerRef, Resources> recommended =
                latestReport == null ? Map.of() : latestReport.recommended().requests();
            cloudsToFx.accept(
                CloudComparison.done(
                    selection,
                    requests,
                    new ProviderComparison()
                        .compare(
                            cluster,
                            selection,
                            requests,
                            recommended,
                            regions,
                            pricing.current())));
          } catch (IOException | RuntimeException e) {
            cloudsToFx.accept(CloudComparison.failed(selection, String.valueOf(e.getMessage())));
          }
        });
  }

  /**
   * The regions each cloud can be priced in by the prices the last packing used, and the default
   * for the cluster; empty before the first packing.
   */
  public Map<Provider, List<String>> regions() {
    NodePricing prices = latestPricing;
    Map<Provider, List<String>> regions = new java.util.LinkedHashMap<>();
    if (prices != null) {
      ProviderComparison.CLOUDS.forEach(p -> regions.put(p, prices.regions(p)));
    }
    return regions;
  }

  /** The cluster's namespaces, then its workloads with pods, for the cloud comparison. */
  public List<ProviderComparison.Selection> selections(String cluster) {
    List<ProviderComparison.Selection> choices = new ArrayList<>();
    cluster(cluster)
        .ifPresent(
            c -> {
              c.namespaces()
                  .forEach(
                      ns ->
                          choices.add(
                              new ProviderComparison.Selection(
                                  cluster,
                                  ProviderComparison.Selection.Kind.NAMESPACE,
                                  ns.name())));
              c.workloads()
                  .filter(w -> w.kind() != WorkloadKind.DAEMON_SET && !w.pods().isEmpty())
                  .forEach(
                      w ->
                          choices.add(
                              new ProviderComparison.Selection(
                                  cluster,
                                  ProviderComparison.Selection.Kind.WORKLOAD,
                                  w.ref().id())));
            });
    return choices;
  }

  /** Each cloud's region to compare in by default: the cluster's own, else the first listed. */
  public Map<Provider, String> defaultRegions(String cluster) {
    NodePricing prices = latestPricing;
    return prices == null
        ? Map.of()
        : cluster(cluster).map(c -> ProviderComparison.defaultRegions(c, prices)).orElse(Map.of());
  }

  /** The currency of the last report (node prices are in one currency). */
  public Currency currency() {
    FleetNodeReport report = latestReport;
    return report == null ? HourlyPrice.USD : report.currency();
  }

  private Optional<Cluster> cluster(String name) {
    return latest.clusters().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Writes a pool's proposal as YAML into {@code folder}; advice only, allowed when read-only. */
  public void export(
      ClusterNodeReport cluster, PoolProposal pool, PoolExport.Format format, Path folder) {
    worker.execute(
        () -> {
          try {
            Path file = PoolExport.write(folder, cluster, pool, format);
            exportedToFx.accept(
                "Wrote " + file + " (advice only: nothing was sent to the cluster)");
          } catch (IOException | RuntimeException e) {
            exportedToFx.accept("Could not write the " + format.title() + ": " + e.getMessage());
          }
        });
  }

  @Override
  public void close() {
    tracker.close();
    worker.shutdownNow();
  }
}
