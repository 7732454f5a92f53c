package dev.fleetscope.cost.price;

import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.cost.source.CostSource.Catalog;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The instance price snapshot the console and the command line use, and its refresh from the public
 * catalogs, kept in the data directory where {@link PriceSnapshot#current} prefers it to the
 * bundled one. Blocking; call it off the FX thread.
 */
public final class PriceCatalogs implements AutoCloseable {
  /** GCP's catalog needs an API key; it is read from this environment variable, never stored. */
  public static final String GCP_KEY_VARIABLE = "FLEETSCOPE_GCP_API_KEY";

  /** Where each catalog answers: the public hosts, or a test server. */
  public record Endpoints(HttpUrl azure, HttpUrl aws, HttpUrl gcp) {
    public static final Endpoints PUBLIC =
        new Endpoints(
            AzureRetailPrices.PUBLIC_API, AwsPriceList.PUBLIC_OFFERS, GcpBillingCatalog.PUBLIC_API);
  }

  /**
   * The snapshot in use; {@code refreshed} when it is the one a refresh saved, not the bundled one.
   */
  public record Current(PriceSnapshot snapshot, boolean refreshed) {}

  /**
   * What a refresh asks each catalog for. GCP is asked only with its key, else its prices stay as
   * they are.
   *
   * @param missingGcpKey the variable to set when a GCP catalog is configured but its key is not in
   *     the environment
   */
  public record Plan(
      PriceRefresh.Regions regions, Optional<String> gcpKey, Optional<String> missingGcpKey) {
    public static Plan of(
        List<CostSource.PriceCatalog> catalogs, Function<String, String> environment) {
      Optional<CostSource.PriceCatalog> gcp =
          catalogs.stream().filter(c -> c.catalog() == Catalog.GCP_BILLING_CATALOG).findFirst();
      Optional<String> key =
          gcp.map(CostSource.PriceCatalog::apiKeyVariable)
              .filter(v -> !v.isBlank())
              .map(environment)
              .filter(k -> !k.isBlank());
      return new Plan(
          new PriceRefresh.Regions(
              regions(catalogs, Catalog.AZURE_RETAIL_PRICES),
              regions(catalogs, Catalog.AWS_PRICE_LIST),
              key.isPresent() ? regions(catalogs, Catalog.GCP_BILLING_CATALOG) : List.of()),
          key,
          key.isPresent() ? Optional.empty() : gcp.map(CostSource.PriceCatalog::apiKeyVariable));
    }

    private static List<String> regions(List<CostSource.PriceCatalog> catalogs, Catalog catalog) {
      return catalogs.stream()
          .filter(c -> c.catalog() == catalog)
          .flatMap(c -> c.regions().stream())
          .distinct()
          .toList();
    }
  }

  private final Endpoints endpoints;
  private final Deadlines deadlines;
  private final Deadlines awsDeadlines;
  private final Set<PriceRefresh> running = ConcurrentHashMap.newKeySet();

  public PriceCatalogs() {
    this(Endpoints.PUBLIC);
  }

  public PriceCatalogs(Endpoints endpoints) {
    this(endpoints, Deadlines.DEFAULT, AwsPriceList.DEADLINES);
  }

  /**
   * @param deadlines of each request to Azure's and GCP's APIs
   * @param awsDeadlines of each AWS offer file download (hundreds of MB: {@link
   *     AwsPriceList#DEADLINES})
   */
  public PriceCatalogs(Endpoints endpoints, Deadlines deadlines, Deadlines awsDeadlines) {
    this.endpoints = endpoints;
    this.deadlines = deadlines;
    this.awsDeadlines = awsDeadlines;
  }

  /** Cancels the refreshes under way: each then fails and saves nothing. */
  @Override
  public void close() {
    running.forEach(PriceRefresh::close);
  }

  public static Current current(Path dataDirectory) throws IOException {
    return new Current(
        PriceSnapshot.current(dataDirectory),
        Files.isRegularFile(dataDirectory.resolve(PriceSnapshot.FILE_NAME)));
  }

  /**
   * The catalog that prices a cloud's instance types, under the name and key variable the console
   * gives it.
   */
  public static CostSource.PriceCatalog catalog(
      String id, Provider provider, List<String> regions) {
    return switch (provider) {
      case AZURE ->
          new CostSource.PriceCatalog(
              id, "Azure Retail Prices", Catalog.AZURE_RETAIL_PRICES, regions, "");
      case AWS ->
          new CostSource.PriceCatalog(id, "AWS Price List", Catalog.AWS_PRICE_LIST, regions, "");
      case GCP ->
          new CostSource.PriceCatalog(
              id,
              "GCP Cloud Billing Catalog",
              Catalog.GCP_BILLING_CATALOG,
              regions,
              GCP_KEY_VARIABLE);
      default -> throw new IllegalArgumentException("no public price catalog for " + provider);
    };
  }

  public static Provider provider(Catalog catalog) {
    return switch (catalog) {
      case AZURE_RETAIL_PRICES -> Provider.AZURE;
      case AWS_PRICE_LIST -> Provider.AWS;
      case GCP_BILLING_CATALOG -> Provider.GCP;
    };
  }

  /**
   * @return the refreshed snapshot, already saved; on any failure nothing is saved and the old one
   *     stays
   */
  public PriceSnapshot refresh(
      Path dataDirectory, Plan plan, LocalDate today, Consumer<Progress> progress)
      throws IOException {
    try (PriceRefresh refresh =
        new PriceRefresh(
            new AzureRetailPrices(endpoints.azure(), deadlines),
            new AwsPriceList(endpoints.aws(), awsDeadlines),
            plan.gcpKey().map(key -> new GcpBillingCatalog(endpoints.gcp(), key, deadlines)))) {
      running.add(refresh);
      try {
        PriceSnapshot refreshed =
            refresh.refresh(PriceSnapshot.current(dataDirectory), plan.regions(), today, progress);
        refreshed.save(dataDirectory);
        return refreshed;
      } finally {
        running.remove(refresh);
      }
    }
  }
}
