package dev.fleetscope.cost.price;

import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Provider;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refreshes a price snapshot from the live catalogs, region by region. GCP machine types are priced
 * from the shapes the snapshot already knows, since GCP lists parts, not types. The first catalog
 * that fails stops the refresh and the snapshot in use stays as it was.
 */
public final class PriceRefresh implements AutoCloseable {
  /** Which regions to ask each catalog for; an empty list skips that catalog. */
  public record Regions(List<String> azure, List<String> aws, List<String> gcp) {
    public Regions {
      azure = List.copyOf(azure);
      aws = List.copyOf(aws);
      gcp = List.copyOf(gcp);
    }
  }

  private static final String AZURE = "Azure Retail Prices API";
  private static final String AWS = "AWS Price List offer files";
  private static final String GCP = "GCP Cloud Billing Catalog";

  private final AzureRetailPrices azure;
  private final AwsPriceList aws;
  private final Optional<GcpBillingCatalog> gcp;

  /**
   * @param gcp empty when no GCP API key is configured: GCP prices then stay as they are
   */
  public PriceRefresh(AzureRetailPrices azure, AwsPriceList aws, Optional<GcpBillingCatalog> gcp) {
    this.azure = azure;
    this.aws = aws;
    this.gcp = gcp;
  }

  /** Cancels the catalog request in flight: the refresh then fails and nothing changes. */
  @Override
  public void close() {
    azure.close();
    aws.close();
    gcp.ifPresent(GcpBillingCatalog::close);
  }

  public PriceSnapshot refresh(PriceSnapshot current, Regions regions, LocalDate today)
      throws IOException {
    return refresh(current, regions, today, progress -> {});
  }

  /**
   * @param progress told before each catalog request, as {@code AWS Price List offer files:
   *     us-east-1}
   */
  public PriceSnapshot refresh(
      PriceSnapshot current, Regions regions, LocalDate today, Consumer<Progress> progress)
      throws IOException {
    boolean gcpAsked = gcp.isPresent() && !regions.gcp().isEmpty();
    int steps = regions.azure().size() + regions.aws().size() + (gcpAsked ? 1 : 0);
    int done = 0;
    List<InstancePrice> fresh = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    for (String region : regions.azure()) {
      progress.accept(new Progress(AZURE + ": " + region, (double) done++ / steps));
      fresh.addAll(azure.virtualMachines(region));
      used.add(AZURE);
    }
    for (String region : regions.aws()) {
      progress.accept(new Progress(AWS + ": " + region, (double) done++ / steps));
      fresh.addAll(aws.ec2(region));
      used.add(AWS);
    }
    if (gcpAsked) {
      progress.accept(
          new Progress(GCP + ": " + String.join(", ", regions.gcp()), (double) done / steps));
      GcpRates rates = gcp.get().computeEngineRates();
      List<InstancePrice> machineTypes =
          current.book().prices().stream().filter(p -> p.provider() == Provider.GCP).toList();
      for (String region : regions.gcp()) {
        fresh.addAll(rates.price(machineTypes, region));
      }
      used.add(GCP);
    }
    if (used.isEmpty()) {
      return current;
    }
    return current.refreshedWith(
        fresh, "on-demand Linux prices from the " + String.join(", ", used), today);
  }
}
