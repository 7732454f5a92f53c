package dev.fleetscope.cost.price;

import dev.fleetscope.model.Provider;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refreshes a price snapshot from the live catalogs, region by region. GCP machine types are priced from the
 * shapes the snapshot already knows, since GCP lists parts, not types. The first catalog that fails stops the
 * refresh and the snapshot in use stays as it was.
 */
public final class PriceRefresh {
  /** Which regions to ask each catalog for; an empty list skips that catalog. */
  public record Regions(List<String> azure, List<String> aws, List<String> gcp) {
    public Regions {
      azure = List.copyOf(azure);
      aws = List.copyOf(aws);
      gcp = List.copyOf(gcp);
    }
  }

  private final AzureRetailPrices azure;
  private final AwsPriceList aws;
  private final Optional<GcpBillingCatalog> gcp;

  /** @param gcp empty when no GCP API key is configured: GCP prices then stay as they are */
  public PriceRefresh(AzureRetailPrices azure, AwsPriceList aws, Optional<GcpBillingCatalog> gcp) {
    this.azure = azure;
    this.aws = aws;
    this.gcp = gcp;
  }

  public PriceSnapshot refresh(PriceSnapshot current, Regions regions, LocalDate today) throws IOException {
    List<InstancePrice> fresh = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (String region : regions.azure()) {
      fresh.addAll(azure.virtualMachines(region));
      used.add("Azure Retail Prices API");
    }
    for (String region : regions.aws()) {
      fresh.addAll(aws.ec2(region));
      used.add("AWS Price List offer files");
    }
    if (gcp.isPresent() && !regions.gcp().isEmpty()) {
      GcpRates rates = gcp.get().computeEngineRates();
      List<InstancePrice> machineTypes = current.book().prices().stream()
          .filter(p -> p.provider() == Provider.GCP).toList();
      for (String region : regions.gcp()) {
        fresh.addAll(rates.price(machineTypes, region));
      }
      used.add("GCP Cloud Billing Catalog");
    }
    if (used.isEmpty()) {
      return current;
    }
    return current.refreshedWith(fresh, "on-demand Linux prices from the " + String.join(", ", used), today);
  }
}
