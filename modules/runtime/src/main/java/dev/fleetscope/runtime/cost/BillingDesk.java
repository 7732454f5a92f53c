package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.opencost.OpenCostAllocations;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The billing side of the Cost view, run on its billing worker only: reads the configured sources,
 * imports exports (or the demo's generated bill), reads the month's picture and the billed
 * breakdowns, and changes the sources when the user asks. Everything it learns goes into {@link
 * CostStates}.
 */
public final class BillingDesk implements AutoCloseable {
  private static final String NO_EXPORT = "No billing export yet: add a FOCUS export below.";

  private final BillingSources sources;
  private final PriceStatus prices;
  private final CostStates states;
  private final Runnable breakdownChanged;
  private volatile boolean demoTried;
  private volatile boolean billReady;
  private volatile List<CostSource.OpenCost> endpoints = List.of();

  /**
   * @param breakdownChanged called when the bill or the sources change what the breakdown shows
   */
  public BillingDesk(
      BillingSources sources, PriceStatus prices, CostStates states, Runnable breakdownChanged) {
    this.sources = sources;
    this.prices = prices;
    this.states = states;
    this.breakdownChanged = breakdownChanged;
  }

  /** Whether a bill has been read, so billed breakdowns can be answered (any thread). */
  public boolean billReady() {
    return billReady;
  }

  /** Whether the demo's bill is still to be made (any thread). */
  public boolean demoPending() {
    return !demoTried;
  }

  /** The configured OpenCost endpoints (any thread). */
  public List<CostSource.OpenCost> endpoints() {
    return endpoints;
  }

  public void startUp(FleetSnapshot fleet) {
    try {
      sources.load();
    } catch (IOException e) {
      states.activity(CostActivity.failed(e.getMessage()));
    }
    publishSources(fleet);
    if (sources.hasExports()) {
      importing(() -> sources.syncExports().orElseThrow(), fleet);
    } else {
      loadDemoIfNeeded(fleet);
    }
  }

  /**
   * With no export configured and the demo fleet live, generates and imports the demo's bill, once.
   */
  public void loadDemoIfNeeded(FleetSnapshot fleet) {
    if (demoTried || sources.hasExports()) {
      return;
    }
    List<Cluster> demoClusters =
        fleet.clusters().stream().filter(c -> c.sourceId().equals(DemoFleetSource.ID)).toList();
    if (demoClusters.isEmpty()) {
      states.update(
          s -> s.billingNote().equals(NO_EXPORT) ? s : s.withBilling(Optional.empty(), NO_EXPORT));
      return;
    }
    demoTried = true;
    states.activity(CostActivity.working("Generating the demo fleet's billing export…"));
    try {
      DemoBilling demo = sources.loadDemo(demoClusters, today(fleet));
      states.activity(
          CostActivity.done(
              String.format(
                  Locale.ROOT,
                  "Demo billing: %,d charges in %d FOCUS files generated in %.1f s and imported in %.1f s (%s).",
                  demo.written().rows(),
                  demo.written().files().size(),
                  seconds(demo.generation()),
                  seconds(demo.importing()),
                  demo.folder())));
    } catch (FocusImportException | IOException | RuntimeException e) {
      states.activity(
          CostActivity.failed("The demo billing export could not be made: " + e.getMessage()));
    }
    refreshBilling(fleet);
  }

  public void addExport(String path, FleetSnapshot fleet) {
    importing(() -> sources.addExport(Path.of(path)), fleet);
  }

  /**
   * Imports every configured export again (the demo's bill when none is configured): known files
   * are skipped.
   */
  public void reimport(FleetSnapshot fleet) {
    importing(
        () -> {
          if (sources.hasExports()) {
            return sources.syncExports().orElseThrow();
          }
          if (sources.demo().isPresent()) {
            return sources.reimportDemo();
          }
          throw new IOException(
              "There is no billing export to import yet: add a FOCUS export file or folder.");
        },
        fleet);
  }

  public void addOpenCost(String url, String currencyCode, FleetSnapshot fleet) {
    Optional<Currency> currency = currency(currencyCode);
    if (currency.isEmpty() || !OpenCostAllocations.callable(url)) {
      states.activity(
          CostActivity.failed(
              currency.isEmpty()
                  ? "'" + currencyCode + "' is not an ISO 4217 currency code such as USD."
                  : "'" + url + "' is not an http(s) URL such as http://localhost:9003."));
      return;
    }
    changeSources(
        () ->
            sources.add(
                new CostSource.OpenCost(
                    sources.freeId("opencost"), url, URI.create(url), currency.get())),
        "Added OpenCost at " + url + ": namespace, team and model come from it now.",
        fleet);
  }

  public void remove(String id, FleetSnapshot fleet) {
    changeSources(() -> sources.remove(id), "Removed source " + id + ".", fleet);
  }

  public void refreshPrices(FleetSnapshot fleet) {
    try {
      states.activity(CostActivity.done(prices.refresh(sources, fleet.clusters(), today(fleet))));
    } catch (IOException | RuntimeException e) {
      states.activity(
          CostActivity.failed("Price refresh failed, prices are unchanged: " + e.getMessage()));
    }
    publishSources(fleet);
  }

  /** The breakdown of the bill's month, if the bill can answer the dimension. */
  public Optional<Breakdown> billed(CostDimension dimension) {
    Optional<BillingPicture> picture = states.current().billing();
    Optional<BillingLedger> ledger = sources.ledger();
    if (!dimension.billed() || picture.isEmpty() || ledger.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(BillingBreakdown.ofMonth(ledger.get(), picture.get(), dimension));
    } catch (IOException e) {
      return Optional.of(Breakdown.none(dimension, e.getMessage()));
    }
  }

  private interface SourceChange {
    void run() throws IOException;
  }

  private void changeSources(SourceChange change, String said, FleetSnapshot fleet) {
    try {
      change.run();
      states.activity(CostActivity.done(said));
    } catch (IOException | IllegalArgumentException e) {
      states.activity(CostActivity.failed(e.getMessage()));
    }
    publishSources(fleet);
    breakdownChanged.run();
  }

  private interface Import {
    ImportResult run() throws FocusImportException, IOException;
  }

  private void importing(Import work, FleetSnapshot fleet) {
    try {
      states.activity(CostActivity.done(ImportSummary.describe(work.run())));
    } catch (FocusImportException e) {
      // The store imports all or nothing; say so where its message does not.
      boolean said = e.getMessage().toLowerCase(Locale.ROOT).contains("nothing was imported");
      states.activity(
          CostActivity.failed(
              said ? e.getMessage() + "." : e.getMessage() + ". Nothing was imported."));
    } catch (IOException | RuntimeException e) {
      states.activity(CostActivity.failed(e.getMessage()));
    }
    publishSources(fleet);
    refreshBilling(fleet);
  }

  private void refreshBilling(FleetSnapshot fleet) {
    Optional<BillingLedger> ledger = sources.ledger();
    try {
      Optional<BillingPicture> picture =
          ledger.isEmpty()
              ? Optional.empty()
              : BillingPicture.read(
                  ledger.get(), sources.describe(), sources.demo().isPresent(), today(fleet));
      String note =
          picture.isPresent()
              ? ""
              : ledger.isEmpty() ? NO_EXPORT : "The billing export holds no charges yet.";
      billReady = picture.isPresent();
      states.update(s -> s.withBilling(picture, note));
    } catch (IOException e) {
      states.update(
          s ->
              s.withBilling(s.billing(), "The billing store could not be read: " + e.getMessage()));
    }
    breakdownChanged.run();
  }

  private void publishSources(FleetSnapshot fleet) {
    String priceText = prices.describe(fleet.clusters());
    List<CostSource> list = sources.sources();
    endpoints = sources.sources(CostSource.OpenCost.class);
    states.update(s -> s.withSources(list, priceText));
  }

  /** The fleet's day: the demo's fixed instant in tests, today otherwise. */
  private static LocalDate today(FleetSnapshot fleet) {
    return LocalDate.ofInstant(
        fleet.clusters().isEmpty() ? Instant.now() : fleet.at(), ZoneOffset.UTC);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static Optional<Currency> currency(String code) {
    try {
      return Optional.of(Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    sources.close();
  }
}
