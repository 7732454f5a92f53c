package dev.fleetscope.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.cost.testing.Resources;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A captured Azure Retail Prices page (Standard_D2s_v3 in eastus), served from MockWebServer. */
class AzureRetailPricesTest {
  private static final String CAPTURED =
      "/price/azure-retail-prices-sample-response-d2s_v3-eastus-preview.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private MockWebServer server;
  private AzureRetailPrices prices;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    prices = new AzureRetailPrices(server.url("/"), Deadlines.DEFAULT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void picksLinuxPayAsYouGoHourAmongSpotLowPriorityWindowsAndDevTest() throws Exception {
    server.enqueue(new MockResponse.Builder().body(Resources.text(CAPTURED)).build());

    List<InstancePrice> found = prices.virtualMachines("eastus");

    // Of the 9 items, the Linux ("Virtual Machines DSv3 Series") Consumption hour that is neither
    // Spot nor
    // Low Priority costs 0.096; the Windows product is 0.188, Spot 0.018816, Low Priority 0.019.
    assertEquals(
        List.of(
            new InstancePrice(
                Provider.AZURE,
                "eastus",
                "Standard_D2s_v3",
                InstanceShape.UNKNOWN,
                HourlyPrice.usd(0.096))),
        found);
    RecordedRequest request = server.takeRequest();
    assertEquals("2023-01-01-preview", request.getUrl().queryParameter("api-version"));
    assertEquals(
        "serviceName eq 'Virtual Machines' and armRegionName eq 'eastus' and priceType eq 'Consumption'",
        request.getUrl().queryParameter("$filter"));
  }

  @Test
  void followsNextPageLinkUntilItIsNull() throws Exception {
    ObjectNode captured = (ObjectNode) JSON.readTree(Resources.text(CAPTURED));
    ArrayNode items = (ArrayNode) captured.get("Items");
    ObjectNode first = captured.deepCopy();
    ObjectNode second = captured.deepCopy();
    // The Linux hour (item 7, index 6) lands on the second page.
    ((ArrayNode) first.get("Items"))
        .removeAll()
        .addAll(List.of(items.get(0), items.get(1), items.get(2), items.get(3), items.get(4)));
    ((ArrayNode) second.get("Items"))
        .removeAll()
        .addAll(List.of(items.get(5), items.get(6), items.get(7), items.get(8)));
    String link =
        server.url("/api/retail/prices?api-version=2023-01-01-preview&$skip=5").toString();
    first.put("NextPageLink", link);
    server.enqueue(new MockResponse.Builder().body(first.toString()).build());
    server.enqueue(new MockResponse.Builder().body(second.toString()).build());

    List<InstancePrice> found = prices.virtualMachines("eastus");

    assertEquals(
        List.of(HourlyPrice.usd(0.096)), found.stream().map(InstancePrice::price).toList());
    server.takeRequest();
    assertEquals("5", server.takeRequest().getUrl().queryParameter("$skip"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void refusesNextPageLinkToAnotherHost() throws Exception {
    ObjectNode page = (ObjectNode) JSON.readTree(Resources.text(CAPTURED));
    page.put("NextPageLink", "https://prices.example.org/api/retail/prices?$skip=100");
    server.enqueue(new MockResponse.Builder().body(page.toString()).build());

    IOException e = assertThrows(IOException.class, () -> prices.virtualMachines("eastus"));

    assertTrue(e.getMessage().contains("NextPageLink leads away from"), e.getMessage());
  }

  @Test
  void reportsApiErrorWithItsStatus() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                "{\"Error\":{\"Code\":\"BadRequest\",\"Message\":\"Invalid OData parameters supplied\"}}")
            .build());

    IOException e = assertThrows(IOException.class, () -> prices.virtualMachines("eastus"));

    assertTrue(e.getMessage().contains("answered 400: {\"Error\""), e.getMessage());
  }

  @Test
  void malformedPageNamesTheCatalogAndUrl() {
    server.enqueue(new MockResponse.Builder().body("{\"Items\": [").build());

    IOException e = assertThrows(IOException.class, () -> prices.virtualMachines("eastus"));

    assertTrue(
        e.getMessage().startsWith("Azure Retail Prices " + server.url("/api/retail/prices")),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "answered something that is not JSON: it ends before it is complete (HTTP 200, line 1, column 12); "
                    + "the answer begins: {\"Items\": ["),
        e.getMessage());
  }

  @Test
  void unreachableApiNamesTheCatalogAndUrl() {
    server.close();

    IOException e = assertThrows(IOException.class, () -> prices.virtualMachines("eastus"));

    assertTrue(
        e.getMessage().startsWith("Azure Retail Prices " + server.url("/api/retail/prices")),
        e.getMessage());
    assertTrue(e.getMessage().contains("could not be reached: connection refused"), e.getMessage());
  }
}
