package dev.fleetscope.app.cost;

import dev.fleetscope.cost.opencost.AllocationQuery;
import dev.fleetscope.cost.opencost.AllocationSet;
import dev.fleetscope.cost.opencost.OpenCostClient;
import dev.fleetscope.cost.source.CostSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Month-to-date allocations from a configured OpenCost, for the Cost view. Blocking; call it off the FX thread. */
public final class OpenCostAllocations {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();

  /** The allocations of the month so far, aggregated as OpenCost's {@code aggregate} parameter says. */
  public List<AllocationSet> monthToDate(CostSource.OpenCost source, String aggregate) throws IOException {
    HttpUrl url = HttpUrl.parse(source.baseUrl().toString());
    if (url == null) {
      throw new IOException("OpenCost " + source.displayName() + ": '" + source.baseUrl() + "' is not an http(s) URL");
    }
    return new OpenCostClient(http, url, source.currency()).allocation(AllocationQuery.of("month", aggregate));
  }

  /** Whether {@code text} is a URL an OpenCost client can call, so a bad one is refused when it is added. */
  public static boolean callable(String text) {
    return HttpUrl.parse(text) != null;
  }
}
