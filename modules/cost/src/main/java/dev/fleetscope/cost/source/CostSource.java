package dev.fleetscope.cost.source;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/**
 * A cloud account or cluster as a cost source, as the console adds it and keeps it ({@link
 * CostSources} writes them as JSON): what to read, never a secret (an API key is named by the
 * environment variable holding it).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CostSource.FocusExport.class, name = "focus-export"),
  @JsonSubTypes.Type(value = CostSource.OpenCost.class, name = "opencost"),
  @JsonSubTypes.Type(value = CostSource.PriceCatalog.class, name = "price-catalog")
})
public sealed interface CostSource {
  /** Unique among the sources, stable across renames. */
  String id();

  String displayName();

  /** A cloud's FOCUS export: files, or the folders the user syncs from the export bucket. */
  record FocusExport(String id, String displayName, List<Path> paths) implements CostSource {
    public FocusExport {
      paths = List.copyOf(paths);
      if (paths.isEmpty()) {
        throw new IllegalArgumentException(
            "a FOCUS export source needs at least one file or folder");
      }
    }
  }

  /**
   * An OpenCost install, e.g. {@code http://localhost:9003} through a port-forward, and the
   * currency it prices in.
   */
  record OpenCost(String id, String displayName, URI baseUrl, Currency currency)
      implements CostSource {}

  /**
   * A public price catalog to refresh instance prices from, for these regions.
   *
   * @param apiKeyVariable the environment variable holding the API key (GCP needs one); empty when
   *     none is needed
   */
  record PriceCatalog(
      String id, String displayName, Catalog catalog, List<String> regions, String apiKeyVariable)
      implements CostSource {
    public PriceCatalog {
      regions = List.copyOf(regions);
    }
  }

  enum Catalog {
    AZURE_RETAIL_PRICES,
    AWS_PRICE_LIST,
    GCP_BILLING_CATALOG
  }
}
