package dev.fleetscope.cost.opencost;

import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * Allocations from an OpenCost: month to date from a configured source for the Cost view, or any
 * window for {@code fleetscope cost --opencost}. Blocking; call it off the FX thread.
 */
public final class OpenCostAllocations implements AutoCloseable {
  /** Of each request: OpenCost computes a month of allocations in seconds. */
  public static final Deadlines DEADLINES = Deadlines.DEFAULT;

  private final Deadlines deadlines;
  private final Set<OpenCostClient> inFlight = ConcurrentHashMap.newKeySet();

  public OpenCostAllocations() {
    this(DEADLINES);
  }

  public OpenCostAllocations(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

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
    try (OpenCostClient client = new OpenCostClient(url, currency, deadlines)) {
      inFlight.add(client);
      try {
        return client.allocation(query);
      } finally {
        inFlight.remove(client);
      }
    }
  }

  /** Cancels the requests in flight: each fails at once, saying it was cancelled. */
  @Override
  public void close() {
    inFlight.forEach(OpenCostClient::close);
  }

  /**
   * Whether {@code text} is a URL an OpenCost client can call, so a bad one is refused when it is
   * added.
   */
  public static boolean callable(String text) {
    return HttpUrl.parse(text) != null;
  }
}
