package dev.fleetscope.cost.price;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The GCP Cloud Billing Catalog API: the SKUs of Compute Engine ({@code
 * services/6F81-5844-456A/skus}, an API key required), page by page through {@code nextPageToken},
 * read into per-part rates. Blocking; call it off the FX thread.
 */
public final class GcpBillingCatalog implements AutoCloseable {
  public static final HttpUrl PUBLIC_API = HttpUrl.get("https://cloudbilling.googleapis.com/");
  public static final String COMPUTE_ENGINE = "6F81-5844-456A";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGES = 10_000;

  private static final String SERVICE = "GCP Cloud Billing Catalog";

  private final CostHttp http;
  private final HttpUrl baseUrl;
  private final String apiKey;

  /**
   * @param deadlines of each page ({@link Deadlines#DEFAULT} suits one)
   */
  public GcpBillingCatalog(HttpUrl baseUrl, String apiKey, Deadlines deadlines) {
    this(new CostHttp(SERVICE, deadlines), baseUrl, apiKey);
  }

  private GcpBillingCatalog(CostHttp http, HttpUrl baseUrl, String apiKey) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  /** Cancels the request in flight. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * The on-demand core, memory and GPU rates of every region, in the currency the catalog answers
   * in (USD).
   */
  public GcpRates computeEngineRates() throws IOException {
    GcpRates.Builder rates = new GcpRates.Builder();
    String pageToken = "";
    for (int page = 0; page < MAX_PAGES; page++) {
      HttpUrl.Builder url =
          baseUrl
              .newBuilder()
              .addPathSegments("v1/services")
              .addPathSegment(COMPUTE_ENGINE)
              .addPathSegment("skus")
              .addQueryParameter("key", apiKey);
      if (!pageToken.isEmpty()) {
        url.addQueryParameter("pageToken", pageToken);
      }
      JsonNode body = get(url.build());
      body.path("skus").forEach(rates::add);
      pageToken = body.path("nextPageToken").asText("");
      if (pageToken.isEmpty()) {
        return rates.build();
      }
    }
    throw new IOException("GCP Cloud Billing Catalog kept paging past " + MAX_PAGES + " pages");
  }

  private JsonNode get(HttpUrl url) throws IOException {
    // The key is a secret: name the request without it.
    HttpUrl shown = url.newBuilder().removeAllQueryParameters("key").build();
    return http.get(
        url,
        shown,
        response -> {
          String body = response.body().string();
          int status = response.code();
          if (!response.isSuccessful()) {
            throw http.status(shown, status, errorMessage(body), body);
          }
          JsonNode page = http.json(JSON, body, shown, status);
          Optional<String> problem =
              CostHttp.field(page, "skus", JsonNodeType.ARRAY, true)
                  .or(() -> CostHttp.field(page, "nextPageToken", JsonNodeType.STRING, false));
          if (problem.isPresent()) {
            throw http.unreadable(shown, status, problem.get(), body);
          }
          return page;
        });
  }

  /** Google APIs explain an error in {@code error.message}. */
  private static Optional<String> errorMessage(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root == null
          ? Optional.empty()
          : Optional.ofNullable(root.path("error").path("message").textValue());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
