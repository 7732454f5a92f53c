package dev.fleetscope.app.ui.cost;

import dev.fleetscope.app.config.AppDirs;
import dev.fleetscope.app.cost.BillingLedger;
import dev.fleetscope.app.cost.DemoBilling;
import dev.fleetscope.app.cost.OpenCostAllocations;
import dev.fleetscope.app.ui.FxLatest;
import dev.fleetscope.cost.allocation.NodeCostAllocator;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Cost view's model. Nothing happens until the view is first shown ({@link #activate}), so the console's
 * start pays nothing for cost. Then one background worker owns the billing store and the sources (imports,
 * reports, OpenCost calls) and a second runs the rightsizing engine for the savings; each result is folded into
 * one immutable {@link CostState} that crosses to the FX thread, latest wins.
 */
public final class CostViewModel implements AutoCloseable {
  private static final Duration SAVINGS_EVERY = Duration.ofMinutes(10);
  private static final Duration OPENCOST_EVERY = Duration.ofMinutes(5);

  /** Owns the sources and the billing store: imports, reports. */
  private final ExecutorService worker = single("cost-billing");
  /** Allocates node cost and asks OpenCost; never waits behind an import. */
  private final ExecutorService allocationWorker = single("cost-allocation");
  private final ExecutorService savingsWorker = single("cost-savings");
  private final ReadOnlyObjectWrapper<CostState> state;
  private final Consumer<CostState> toFx;
  private final ObjectProperty<CostDimension> dimension = new SimpleObjectProperty<>(CostDimension.CLUSTER);
  private final BillingSources sources;
  private final PriceStatus prices;
  private final NodeCostAllocator allocator = new NodeCostAllocator();
  private final SavingsRun savingsRun = new SavingsRun();
  private final Map<CostDimension, OpenCostAnswer> openCostAnswers = new EnumMap<>(CostDimension.class);
  private final AtomicBoolean allocationQueued = new AtomicBoolean();
  private final AtomicBoolean billedQueued = new AtomicBoolean();
  private final AtomicBoolean allocatedQueued = new AtomicBoolean();
  private final AtomicBoolean demoQueued = new AtomicBoolean();
  private final AtomicBoolean savingsRunning = new AtomicBoolean();
  private OpenCostAllocations openCost;
  private volatile boolean demoTried;
  private CostState current;
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private volatile CostDimension dimensionValue = CostDimension.CLUSTER;
  private volatile boolean active;
  private volatile boolean closed;
  private volatile Instant savingsFrom;
  private volatile boolean billReady;
  private volatile List<CostSource.OpenCost> endpoints = List.of();

  private record OpenCostAnswer(CostSource.OpenCost endpoint, Instant at, Breakdown breakdown) {}

  public CostViewModel(AppDirs dirs) {
    this.sources = new BillingSources(dirs.config(), dirs.data());
    this.prices = new PriceStatus(dirs.data());
    this.current = CostState.initial(dimension.get());
    this.state = new ReadOnlyObjectWrapper<>(current);
    this.toFx = new FxLatest<>(state::set);
    dimension.addListener((obs, old, value) -> {
      dimensionValue = value;
      update(s -> s.withBreakdown(Breakdown.none(value, "Computing…")));
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
      schedule(allocationWorker, allocationQueued, this::refreshAllocation);
      if (!demoTried) {
        schedule(worker, demoQueued, this::loadDemoIfNeeded);
      }
      startSavingsIfDue(snapshot);
    }
  }

  /** Called when the view is first shown: reads the sources and the bill, allocates and starts the savings. */
  public void activate() {
    if (active) {
      return;
    }
    active = true;
    worker.execute(this::startUp);
    schedule(allocationWorker, allocationQueued, this::refreshAllocation);
    startSavingsIfDue(latest);
  }

  /** Imports a FOCUS export file or folder and, if it imports, keeps it as a source. */
  public void addFocusExport(String path) {
    String trimmed = path.strip();
    if (trimmed.isEmpty()) {
      update(s -> s.withActivity(CostActivity.failed("Give the path of a FOCUS export file or folder.")));
      return;
    }
    working("Importing " + trimmed + "…");
    worker.execute(() -> importing(() -> sources.addExport(Path.of(trimmed))));
  }

  /** Imports every configured export again (the demo's bill when none is configured): known files are skipped. */
  public void reimport() {
    working("Importing again…");
    worker.execute(() -> importing(() -> sources.hasExports() ? sources.syncExports().orElseThrow()
        : sources.demo().isPresent() ? sources.reimportDemo()
        : failNothingToImport()));
  }

  /** Adds an OpenCost endpoint (e.g. {@code http://localhost:9003}) pricing in {@code currencyCode}. */
  public void addOpenCost(String url, String currencyCode) {
    worker.execute(() -> {
      String trimmed = url.strip();
      Optional<Currency> currency = currency(currencyCode);
      if (!OpenCostAllocations.callable(trimmed) || currency.isEmpty()) {
        fail(currency.isEmpty() ? "'" + currencyCode + "' is not an ISO 4217 currency code such as USD."
            : "'" + trimmed + "' is not an http(s) URL such as http://localhost:9003.");
        return;
      }
      try {
        sources.add(new CostSource.OpenCost(sources.freeId("opencost"), trimmed, URI.create(trimmed), currency.get()));
        publishSources();
        done("Added OpenCost at " + trimmed + ": namespace, team and model come from it now.");
        scheduleBreakdown();
      } catch (IOException | IllegalArgumentException e) {
        fail(e.getMessage());
      }
    });
  }

  public void removeSource(String id) {
    worker.execute(() -> {
      try {
        sources.remove(id);
        publishSources();
        done("Removed source " + id + ".");
        scheduleBreakdown();
      } catch (IOException e) {
        fail(e.getMessage());
      }
    });
  }

  /** Refreshes instance prices from the public catalogs for the fleet's regions. */
  public void refreshPrices() {
    working("Refreshing instance prices from the public catalogs…");
    worker.execute(() -> {
      try {
        done(prices.refresh(sources, latest.clusters(), LocalDate.ofInstant(now(), ZoneOffset.UTC)));
      } catch (IOException | RuntimeException e) {
        fail("Price refresh failed, prices are unchanged: " + e.getMessage());
      }
      publishSources();
    });
  }

  private void startUp() {
    try {
      sources.load();
    } catch (IOException e) {
      fail(e.getMessage());
    }
    publishSources();
    if (sources.hasExports()) {
      importing(() -> sources.syncExports().orElseThrow());
    } else {
      loadDemoIfNeeded();
    }
  }

  /** With no export configured and the demo fleet live, generates and imports the demo's bill, once. */
  private void loadDemoIfNeeded() {
    if (demoTried || sources.hasExports()) {
      return;
    }
    List<Cluster> demoClusters = latest.clusters().stream().filter(c -> c.sourceId().equals(DemoFleetSource.ID)).toList();
    if (demoClusters.isEmpty()) {
      String note = "No billing export yet: add a FOCUS export below.";
      update(s -> s.billingNote().equals(note) ? s : s.withBilling(Optional.empty(), note));
      return;
    }
    demoTried = true;
    working("Generating the demo fleet's billing export…");
    try {
      DemoBilling demo = sources.loadDemo(demoClusters, LocalDate.ofInstant(latest.at(), ZoneOffset.UTC));
      done(String.format(Locale.ROOT, "Demo billing: %,d charges in %d FOCUS files generated in %.1f s and imported in %.1f s (%s).",
          demo.written().rows(), demo.written().files().size(), seconds(demo.generation()), seconds(demo.importing()),
          demo.folder()));
    } catch (FocusImportException | IOException | RuntimeException e) {
      fail("The demo billing export could not be made: " + e.getMessage());
    }
    refreshBilling();
  }

  private interface Import {
    ImportResult run() throws FocusImportException, IOException;
  }

  private void importing(Import work) {
    try {
      done(ImportSummary.describe(work.run()));
    } catch (FocusImportException e) {
      // The store imports all or nothing; say so where its message does not.
      boolean said = e.getMessage().toLowerCase(Locale.ROOT).contains("nothing was imported");
      fail(said ? e.getMessage() + "." : e.getMessage() + ". Nothing was imported.");
    } catch (IOException | RuntimeException e) {
      fail(e.getMessage());
    }
    publishSources();
    refreshBilling();
  }

  private ImportResult failNothingToImport() throws IOException {
    throw new IOException("There is no billing export to import yet: add a FOCUS export file or folder.");
  }

  private void refreshBilling() {
    Optional<BillingLedger> ledger = sources.ledger();
    try {
      Optional<BillingPicture> picture = ledger.isEmpty() ? Optional.empty()
          : BillingPicture.read(ledger.get(), sources.describe(), sources.demo().isPresent(),
              LocalDate.ofInstant(now(), ZoneOffset.UTC));
      String note = picture.isPresent() ? "" : ledger.isEmpty() ? "No billing export yet: add a FOCUS export below."
          : "The billing export holds no charges yet.";
      billReady = picture.isPresent();
      update(s -> s.withBilling(picture, note));
    } catch (IOException e) {
      update(s -> s.withBilling(s.billing(), "The billing store could not be read: " + e.getMessage()));
    }
    scheduleBreakdown();
  }

  private void refreshAllocation() {
    FleetSnapshot snapshot = latest;
    if (snapshot.clusters().isEmpty()) {
      return;
    }
    try {
      AllocationSummary summary = AllocationSummary.of(allocator.allocate(snapshot), HourlyPrice.USD);
      update(s -> s.withAllocation(Optional.of(summary)));
    } catch (IllegalArgumentException e) {
      update(s -> s.withAllocation(Optional.empty()).withActivity(CostActivity.failed(e.getMessage())));
    }
    if (!dimensionValue.billed() || !billReady) {
      schedule(allocationWorker, allocatedQueued, this::refreshAllocated);
    }
  }

  /** The breakdown the user chose, on the worker that can answer it. */
  private void scheduleBreakdown() {
    if (dimensionValue.billed() && billReady) {
      schedule(worker, billedQueued, this::refreshBilled);
    } else {
      schedule(allocationWorker, allocatedQueued, this::refreshAllocated);
    }
  }

  private void refreshBilled() {
    CostDimension wanted = dimensionValue;
    Optional<BillingPicture> picture = snapshotOfState().billing();
    Optional<BillingLedger> ledger = sources.ledger();
    if (!wanted.billed() || picture.isEmpty() || ledger.isEmpty()) {
      return; // the choice or the bill changed meanwhile, and scheduled its own refresh
    }
    YearMonth month = picture.get().outlook().month();
    CostQuery query = new CostQuery(BillingBreakdown.groupBy(wanted), Optional.of(start(month.atDay(1))),
        Optional.of(start(month.plusMonths(1).atDay(1))), BillingPicture.MEASURE);
    Breakdown breakdown;
    try {
      breakdown = BillingBreakdown.of(ledger.get().report(query), wanted, BillingPicture.MEASURE,
          picture.get().monthToDatePeriod());
    } catch (IOException e) {
      breakdown = Breakdown.none(wanted, e.getMessage());
    }
    show(wanted, breakdown);
  }

  /** Allocated dimensions, and the billed ones while there is no bill to answer them. */
  private void refreshAllocated() {
    CostDimension wanted = dimensionValue;
    if (wanted.billed() && billReady) {
      return;
    }
    CostState now = snapshotOfState();
    if (wanted == CostDimension.SERVICE) {
      show(wanted, Breakdown.none(wanted, now.billingNote().isEmpty() ? "Reading the billing export…"
          : "Services come from a billing export: add a FOCUS export below."));
      return;
    }
    Breakdown fromNodes = now.allocation().map(a -> AllocationBreakdown.of(a, wanted))
        .orElse(Breakdown.none(wanted, "Waiting for the fleet's first snapshot…"));
    Breakdown breakdown = wanted == CostDimension.CLUSTER
        ? fromNodes.withNote(now.billingNote().isEmpty() ? "From node prices until the billing export is read."
            : "No billing export: cluster cost from node prices instead.")
        : endpoints.isEmpty() ? fromNodes : fromOpenCost(wanted, endpoints.getFirst(), fromNodes);
    show(wanted, breakdown);
  }

  private Breakdown fromOpenCost(CostDimension wanted, CostSource.OpenCost endpoint, Breakdown fromNodes) {
    OpenCostAnswer cached = openCostAnswers.get(wanted);
    if (cached != null && cached.endpoint().equals(endpoint)
        && Duration.between(cached.at(), Instant.now()).compareTo(OPENCOST_EVERY) < 0) {
      return cached.breakdown();
    }
    try {
      if (openCost == null) {
        openCost = new OpenCostAllocations();
      }
      Breakdown answer = OpenCostBreakdown.of(openCost.monthToDate(endpoint, OpenCostBreakdown.aggregate(wanted)), wanted,
          endpoint.displayName());
      openCostAnswers.put(wanted, new OpenCostAnswer(endpoint, Instant.now(), answer));
      return answer;
    } catch (IOException | RuntimeException e) {
      return fromNodes.withNote("OpenCost " + endpoint.displayName() + " failed (" + e.getMessage()
          + "); showing node prices allocated by request instead.");
    }
  }

  private void show(CostDimension wanted, Breakdown breakdown) {
    update(s -> dimensionValue == wanted ? s.withBreakdown(breakdown) : s); // a newer choice has its own refresh queued
  }

  private synchronized CostState snapshotOfState() {
    return current;
  }

  private void startSavingsIfDue(FleetSnapshot snapshot) {
    if (!SavingsRun.hasHistory(snapshot)) {
      if (!snapshot.clusters().isEmpty()) {
        update(s -> s.savings() instanceof SavingsEstimate.Ready ? s
            : s.withSavings(new SavingsEstimate.Waiting("waiting for usage history")));
      }
      return;
    }
    Instant from = savingsFrom;
    if (from != null && Duration.between(from, snapshot.at()).compareTo(SAVINGS_EVERY) < 0) {
      return;
    }
    if (closed || !savingsRunning.compareAndSet(false, true)) {
      return;
    }
    savingsFrom = snapshot.at();
    savingsWorker.execute(() -> {
      try {
        double[] shown = {-1};
        SavingsEstimate result = savingsRun.run(snapshot, p -> {
          if (p - shown[0] >= 0.02) {
            shown[0] = p;
            update(s -> s.savings() instanceof SavingsEstimate.Ready ? s : s.withSavings(new SavingsEstimate.Computing(p)));
          }
        }, () -> closed);
        update(s -> s.withSavings(result));
      } catch (CancellationException e) {
        // closing
      } catch (RuntimeException e) {
        update(s -> s.withSavings(new SavingsEstimate.Failed(String.valueOf(e.getMessage()))));
      } finally {
        savingsRunning.set(false);
      }
    });
  }

  private void publishSources() {
    String priceText = prices.describe(latest.clusters());
    List<CostSource> list = sources.sources();
    endpoints = sources.sources(CostSource.OpenCost.class);
    update(s -> s.withSources(list, priceText));
  }

  private void working(String message) {
    update(s -> s.withActivity(CostActivity.working(message)));
  }

  private void done(String message) {
    update(s -> s.withActivity(CostActivity.done(message)));
  }

  private void fail(String message) {
    update(s -> s.withActivity(CostActivity.failed(message)));
  }

  private synchronized void update(UnaryOperator<CostState> change) {
    current = change.apply(current);
    toFx.accept(current);
  }

  private static void schedule(ExecutorService on, AtomicBoolean queued, Runnable work) {
    if (!on.isShutdown() && queued.compareAndSet(false, true)) {
      on.execute(() -> {
        queued.set(false);
        work.run();
      });
    }
  }

  /** The fleet's clock: the demo's fixed instant in tests, the wall clock otherwise. */
  private Instant now() {
    FleetSnapshot snapshot = latest;
    return snapshot.clusters().isEmpty() ? Instant.now() : snapshot.at();
  }

  private static ExecutorService single(String name) {
    return Executors.newSingleThreadExecutor(Thread.ofVirtual().name(name).factory());
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
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
  public void close() {
    closed = true;
    savingsWorker.shutdownNow();
    allocationWorker.shutdownNow();
    worker.execute(() -> {
      try {
        sources.close();
      } catch (IOException e) {
        System.err.println("Fleetscope could not close its cost store: " + e.getMessage());
      }
    });
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
