package dev.fleetscope.app.ui.cost;

import dev.fleetscope.app.cost.PriceCatalogs;
import dev.fleetscope.cost.price.PriceBook;
import dev.fleetscope.cost.price.PriceRefresh;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.cost.source.CostSource.Catalog;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The instance price snapshot in use (bundled, or refreshed into the data directory) and its refresh from the
 * public catalogs. Confined to the view-model's worker thread.
 */
final class PriceStatus {
  /** GCP's catalog needs an API key; it is read from this environment variable, never stored. */
  static final String GCP_KEY_VARIABLE = "FLEETSCOPE_GCP_API_KEY";

  private final Path dataDirectory;
  private PriceSnapshot snapshot;

  PriceStatus(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** {@code 74 instance prices as of 2024-06-01 (bundled) · list the types of 120 of 372 nodes}. */
  String describe(List<Cluster> clusters) {
    try {
      if (snapshot == null) {
        snapshot = PriceSnapshot.current(dataDirectory);
      }
    } catch (IOException e) {
      return "Instance prices could not be read: " + e.getMessage();
    }
    PriceBook book = snapshot.book();
    long nodes = clusters.stream().mapToLong(c -> c.nodes().size()).sum();
    long listed = clusters.stream().mapToLong(c -> c.nodes().stream().filter(n -> book.hourly(c, n).isPresent()).count()).sum();
    String origin = snapshot.source().contains("refreshed") ? "refreshed from the catalogs" : "bundled with Fleetscope";
    return String.format(Locale.ROOT, "%d instance prices as of %s (%s)%s", book.size(), snapshot.asOf(), origin,
        nodes == 0 ? "" : String.format(Locale.ROOT, " · they list the types of %d of the fleet's %d nodes", listed, nodes));
  }

  /**
   * Refreshes prices for the configured catalogs' regions; with none configured, for the regions the fleet's
   * clusters run in, which are then kept as the configured catalogs.
   */
  String refresh(BillingSources sources, List<Cluster> clusters, LocalDate today) throws IOException {
    List<CostSource.PriceCatalog> catalogs = sources.sources(CostSource.PriceCatalog.class);
    if (catalogs.isEmpty()) {
      for (CostSource.PriceCatalog catalog : fromFleet(sources, clusters)) {
        sources.add(catalog);
      }
      catalogs = sources.sources(CostSource.PriceCatalog.class);
    }
    List<String> azure = regions(catalogs, Catalog.AZURE_RETAIL_PRICES);
    List<String> aws = regions(catalogs, Catalog.AWS_PRICE_LIST);
    Optional<CostSource.PriceCatalog> gcp = catalogs.stream().filter(c -> c.catalog() == Catalog.GCP_BILLING_CATALOG).findFirst();
    Optional<String> gcpKey = gcp.map(CostSource.PriceCatalog::apiKeyVariable).filter(v -> !v.isBlank())
        .map(System::getenv).filter(k -> !k.isBlank());
    List<String> gcpRegions = gcpKey.isPresent() ? regions(catalogs, Catalog.GCP_BILLING_CATALOG) : List.of();
    snapshot = new PriceCatalogs().refresh(dataDirectory, new PriceRefresh.Regions(azure, aws, gcpRegions), gcpKey, today);
    String skipped = gcp.isPresent() && gcpKey.isEmpty()
        ? " GCP prices were kept: set " + gcp.get().apiKeyVariable() + " to a Cloud Billing API key to refresh them." : "";
    return "Prices refreshed: " + snapshot.book().size() + " instance prices as of " + snapshot.asOf() + "." + skipped;
  }

  private static List<String> regions(List<CostSource.PriceCatalog> catalogs, Catalog catalog) {
    return catalogs.stream().filter(c -> c.catalog() == catalog).flatMap(c -> c.regions().stream()).distinct().toList();
  }

  private static List<CostSource.PriceCatalog> fromFleet(BillingSources sources, List<Cluster> clusters) {
    List<CostSource.PriceCatalog> made = new ArrayList<>();
    add(made, sources, clusters, Provider.AZURE, Catalog.AZURE_RETAIL_PRICES, "Azure Retail Prices", "");
    add(made, sources, clusters, Provider.AWS, Catalog.AWS_PRICE_LIST, "AWS Price List", "");
    add(made, sources, clusters, Provider.GCP, Catalog.GCP_BILLING_CATALOG, "GCP Cloud Billing Catalog", GCP_KEY_VARIABLE);
    return made;
  }

  private static void add(List<CostSource.PriceCatalog> made, BillingSources sources, List<Cluster> clusters,
      Provider provider, Catalog catalog, String name, String keyVariable) {
    List<String> regions = clusters.stream().filter(c -> c.provider() == provider).map(Cluster::region).distinct().sorted().toList();
    if (!regions.isEmpty()) {
      String id = sources.freeId("prices-" + provider.name().toLowerCase(Locale.ROOT));
      made.add(new CostSource.PriceCatalog(id, name, catalog, regions, keyVariable));
    }
  }
}
