package dev.fleetscope.cost.price;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The Azure Retail Prices API ({@code https://prices.azure.com/api/retail/prices}, public, no
 * authentication): pay-as-you-go Linux prices of virtual machine sizes in a region, following
 * {@code NextPageLink} through every page. Blocking; call it off the FX thread.
 */
public final class AzureRetailPrices implements AutoCloseable {
  public static final HttpUrl PUBLIC_API = HttpUrl.get("https://prices.azure.com/");
  static final String API_VERSION = "2023-01-01-preview";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SERVICE = "Azure Retail Prices";

  private final CostHttp http;
  private final HttpUrl baseUrl;

  /**
   * @param deadlines of each page ({@link Deadlines#DEFAULT} suits one)
   */
  public AzureRetailPrices(HttpUrl baseUrl, Deadlines deadlines) {
    this(new CostHttp(SERVICE, deadlines), baseUrl);
  }

  private AzureRetailPrices(CostHttp http, HttpUrl baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
  }

  /** Cancels the request in flight. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * On-demand Linux prices of every VM size in an ARM region such as {@code eastus}, one per size.
   */
  public List<InstancePrice> virtualMachines(String armRegion) throws IOException {
    HttpUrl next =
        baseUrl
            .newBuilder()
            .addPathSegments("api/retail/prices")
            .addQueryParameter("api-version", API_VERSION)
            .addQueryParameter(
                "$filter",
                "serviceName eq 'Virtual Machines' and armRegionName eq '"
                    + armRegion
                    + "' and priceType eq 'Consumption'")
            .build();
    Map<String, InstancePrice> bySize = new LinkedHashMap<>();
    Set<HttpUrl> visited = new HashSet<>();
    while (next != null) {
      if (!visited.add(next)) {
        throw new IOException("Azure Retail Prices sent the same NextPageLink twice: " + next);
      }
      JsonNode page = get(next);
      for (JsonNode item : page.path("Items")) {
        if (isLinuxOnDemandHour(item)) {
          bySize.putIfAbsent(item.path("armSkuName").asText(), price(item));
        }
      }
      next = nextPage(page);
    }
    return new ArrayList<>(bySize.values());
  }

  /**
   * A page link is only followed on the host that was asked first: the API's links always are, and
   * a price list must not send the console elsewhere.
   */
  private HttpUrl nextPage(JsonNode page) throws IOException {
    JsonNode link = page.path("NextPageLink");
    if (link.isNull() || link.isMissingNode() || link.asText().isBlank()) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(link.asText());
    if (url == null || !url.host().equals(baseUrl.host()) || url.port() != baseUrl.port()) {
      throw new IOException(
          "Azure Retail Prices NextPageLink leads away from " + baseUrl + ": " + link.asText());
    }
    return url;
  }

  /**
   * Pay-as-you-go hours of a Linux VM: not Spot, not Low Priority, not the Windows product, not
   * DevTest.
   */
  static boolean isLinuxOnDemandHour(JsonNode item) {
    String sku = item.path("skuName").asText();
    return item.path("type").asText().equals("Consumption")
        && item.path("unitOfMeasure").asText().equals("1 Hour")
        && !item.path("armSkuName").asText().isBlank()
        && !item.path("productName").asText().endsWith("Windows")
        && !sku.endsWith("Spot")
        && !sku.endsWith("Low Priority");
  }

  private static InstancePrice price(JsonNode item) {
    return new InstancePrice(
        Provider.AZURE,
        item.path("armRegionName").asText(),
        item.path("armSkuName").asText(),
        InstanceShape.UNKNOWN,
        new HourlyPrice(
            item.path("retailPrice").asDouble(),
            Currency.getInstance(item.path("currencyCode").asText())));
  }

  private JsonNode get(HttpUrl url) throws IOException {
    return http.get(
        url,
        url,
        response -> {
          String body = response.body().string();
          int status = response.code();
          if (!response.isSuccessful()) {
            throw http.status(url, status, Optional.empty(), body);
          }
          JsonNode page = http.json(JSON, body, url, status);
          Optional<String> problem =
              CostHttp.field(page, "Items", JsonNodeType.ARRAY, true)
                  .or(() -> CostHttp.field(page, "NextPageLink", JsonNodeType.STRING, false));
          if (problem.isPresent()) {
            throw http.unreadable(url, status, problem.get(), body);
          }
          return page;
        });
  }
}
