package dev.fleetscope.cost.price;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The GCP Cloud Billing Catalog API: the SKUs of Compute Engine ({@code
 * services/6F81-5844-456A/skus}, an API key required), page by page through {@code nextPageToken},
 * read into per-part rates. Blocking; call it off the FX thread.
 */
public final class GcpBillingCatalog {
  public static final HttpUrl PUBLIC_API = HttpUrl.get("https://cloudbilling.googleapis.com/");
  public static final String COMPUTE_ENGINE = "6F81-5844-456A";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGES = 10_000;

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String apiKey;

  public GcpBillingCatalog(OkHttpClient http, HttpUrl baseUrl, String apiKey) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
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
    try (Response response = CatalogCall.execute(http, url, shown, "GCP Cloud Billing Catalog")) {
      String body = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(
            "GCP Cloud Billing Catalog "
                + shown
                + " answered "
                + response.code()
                + ": "
                + JSON.readTree(body.isBlank() ? "{}" : body)
                    .path("error")
                    .path("message")
                    .asText(body.strip()));
      }
      return CatalogCall.json(JSON, body, shown, "GCP Cloud Billing Catalog");
    }
  }
}
