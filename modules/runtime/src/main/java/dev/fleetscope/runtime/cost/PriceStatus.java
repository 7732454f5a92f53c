package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.price.PriceBook;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instance price snapshot in use (bundled, or refreshed into the data directory) and its
 * refresh from the public catalogs. Confined to the view-model's worker thread.
 */
public final class PriceStatus {
  private final Path dataDirectory;
  private PriceCatalogs.Current current;

  public PriceStatus(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** {@code 74 instance prices as of 2024-06-01 (bundled) · list the types of 120 of 372 nodes}. */
  String describe(List<Cluster> clusters) {
    try {
      if (current == null) {
        current = PriceCatalogs.current(dataDirectory);
      }
    } catch (IOException e) {
      return "Instance prices could not be read: " + e.getMessage();
    }
    PriceBook book = current.snapshot().book();
    long nodes = clusters.stream().mapToLong(c -> c.nodes().size()).sum();
    long listed =
        clusters.stream()
            .mapToLong(c -> c.nodes().stream().filter(n -> book.hourly(c, n).isPresent()).count())
            .sum();
    String origin = current.refreshed() ? "refreshed from the catalogs" : "bundled with Fleetscope";
    return String.format(
        Locale.ROOT,
        "%d instance prices as of %s (%s)%s",
        book.size(),
        current.snapshot().asOf(),
        origin,
        nodes == 0
            ? ""
            : String.format(
                Locale.ROOT,
                " · they list the types of %d of the fleet's %d nodes",
                listed,
                nodes));
  }

  /**
   * Refreshes prices for the configured catalogs' regions; with none configured, for the regions
   * the fleet's clusters run in, which are then kept as the configured catalogs.
   */
  String refresh(BillingSources sources, List<Cluster> clusters, LocalDate today)
      throws IOException {
    List<CostSource.PriceCatalog> catalogs = sources.sources(CostSource.PriceCatalog.class);
    if (catalogs.isEmpty()) {
      for (CostSource.PriceCatalog catalog : fromFleet(sources, clusters)) {
        sources.add(catalog);
      }
      catalogs = sources.sources(CostSource.PriceCatalog.class);
    }
    PriceCatalogs.Plan plan = PriceCatalogs.Plan.of(catalogs, System::getenv);
    PriceSnapshot snapshot =
        new PriceCatalogs().refresh(dataDirectory, plan, today, progress -> {});
    current = new PriceCatalogs.Current(snapshot, true);
    String skipped =
        plan.missingGcpKey()
            .map(
                v ->
                    " GCP prices were kept: set "
                        + v
                        + " to a Cloud Billing API key to refresh them.")
            .orElse("");
    return "Prices refreshed: "
        + snapshot.book().size()
        + " instance prices as of "
        + snapshot.asOf()
        + "."
        + skipped;
  }

  private static List<CostSource.PriceCatalog> fromFleet(
      BillingSources sources, List<Cluster> clusters) {
    List<CostSource.PriceCatalog> made = new ArrayList<>();
    for (Provider provider : List.of(Provider.AZURE, Provider.AWS, Provider.GCP)) {
      List<String> regions =
          clusters.stream()
              .filter(c -> c.provider() == provider)
              .map(Cluster::region)
              .distinct()
              .sorted()
              .toList();
      if (!regions.isEmpty()) {
        made.add(
            PriceCatalogs.catalog(
                sources.freeId("prices-" + provider.name().toLowerCase(Locale.ROOT)),
                provider,
                regions));
      }
    }
    return made;
  }
}
