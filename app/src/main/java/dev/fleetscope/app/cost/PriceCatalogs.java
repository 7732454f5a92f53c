package dev.fleetscope.app.cost;

import dev.fleetscope.cost.price.AwsPriceList;
import dev.fleetscope.cost.price.AzureRetailPrices;
import dev.fleetscope.cost.price.GcpBillingCatalog;
import dev.fleetscope.cost.price.PriceRefresh;
import dev.fleetscope.cost.price.PriceSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Refreshes the instance price snapshot from the public catalogs and keeps it in the data directory, where
 * {@link PriceSnapshot#current} prefers it to the bundled one. Blocking; call it off the FX thread.
 */
public final class PriceCatalogs {
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofMinutes(5)).build();

  /**
   * @param gcpApiKey GCP's catalog needs a key; without one GCP prices stay as they are
   * @return the refreshed snapshot, already saved
   */
  public PriceSnapshot refresh(Path dataDirectory, PriceRefresh.Regions regions, Optional<String> gcpApiKey,
      LocalDate today) throws IOException {
    PriceRefresh refresh = new PriceRefresh(new AzureRetailPrices(http, AzureRetailPrices.PUBLIC_API),
        new AwsPriceList(http, AwsPriceList.PUBLIC_OFFERS),
        gcpApiKey.map(key -> new GcpBillingCatalog(http, GcpBillingCatalog.PUBLIC_API, key)));
    PriceSnapshot refreshed = refresh.refresh(PriceSnapshot.current(dataDirectory), regions, today);
    refreshed.save(dataDirectory);
    return refreshed;
  }
}
