package dev.fleetscope.cost.opencost;

import dev.fleetscope.cost.source.CostSource;
import java.io.IOException;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Allocations from an OpenCost: month to date from a configured source for the Cost view, or any
 * window for {@code fleetscope cost --opencost}. Blocking; call it off the FX thread.
 */
public final class OpenCostAllocations {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();

  /**
   * The allocations of the month so far, aggregated as OpenCost's {@code aggregate} parameter says.
   */
  public List<AllocationSet> monthToDate(CostSource.OpenCost source, String aggregate)
      throws IOException {
    HttpUrl url = HttpUrl.parse(source.baseUrl().toString());
    if (url == null) {
      throw new IOException(
          "OpenCost "
              + source.displayName()
              + ": '"
              + source.baseUrl()
              + "' is not an http(s) URL");
    }
    return allocation(url, source.currency(), AllocationQuery.of("month", aggregate));
  }

  /** Any query, for the command line: the OpenCost at {@code url}, pricing in {@code currency}. */
  public List<AllocationSet> allocation(HttpUrl url, Currency currency, AllocationQuery query)
      throws IOException {
    return new OpenCostClient(http, url, currency).allocation(query);
  }

  /**
   * Whether {@code text} is a URL an OpenCost client can call, so a bad one is refused when it is
   * added.
   */
  public static boolean callable(String text) {
    return HttpUrl.parse(text) != null;
  }
}
