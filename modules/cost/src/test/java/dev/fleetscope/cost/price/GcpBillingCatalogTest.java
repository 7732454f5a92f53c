package dev.fleetscope.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.testing.Resources;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two pages of Compute Engine SKUs written from the Billing Catalog API reference (see the README
 * beside them).
 */
class GcpBillingCatalogTest {
  private MockWebServer server;
  private GcpBillingCatalog catalog;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    catalog = new GcpBillingCatalog(server.url("/"), "test-key", Deadlines.DEFAULT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readsUnitsPlusNanosOfOnDemandSkusAcrossPages() throws Exception {
    GcpRates rates = servedRates();

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals("/v1/services/6F81-5844-456A/skus", first.getUrl().encodedPath());
    assertEquals("test-key", first.getUrl().queryParameter("key"));
    assertEquals("CiRwYWdlLTI", second.getUrl().queryParameter("pageToken"));
    assertEquals(Optional.of(new BigDecimal("0.031611000")), rates.coreHour("N2", "us-central1"));
    assertEquals(Optional.of(new BigDecimal("0.004237000")), rates.gibHour("n2", "us-central1"));
    // units "2" + nanos 933908000: 2.933908 per A100 hour.
    assertEquals(Optional.of(new BigDecimal("2.933908000")), rates.gpuHour("A100", "us-central1"));
    // The Preemptible and 1-year commitment N2 SKUs on page 1 do not replace the on-demand rate.
    assertEquals(Optional.empty(), rates.coreHour("N2", "europe-west1"));
  }

  @Test
  void pricesMachineTypesFromTheirShapes() throws Exception {
    GcpRates rates = servedRates();
    List<InstancePrice> gcpTypes =
        PriceSnapshot.bundled().book().prices().stream()
            .filter(p -> p.provider() == Provider.GCP)
            .toList();

    Map<String, Double> central = byType(rates.price(gcpTypes, "us-central1"));
    Map<String, Double> frankfurt = byType(rates.price(gcpTypes, "europe-west3"));

    // n2-standard-8: 8 x 0.031611 + 32 GiB x 0.004237 = 0.388472, the bundled snapshot's price too.
    assertEquals(0.388472, central.get("n2-standard-8"), 1e-9);
    // g2-standard-4: 4 x 0.024988 + 16 x 0.002927 + 1 L4 x 0.56 = 0.706784.
    assertEquals(0.706784, central.get("g2-standard-4"), 1e-9);
    // n2-standard-4 in europe-west3: 4 x 0.040704 + 16 x 0.005455 = 0.250096.
    assertEquals(0.250096, frankfurt.get("n2-standard-4"), 1e-9);
    // No A2 core or RAM rate was served: a2-highgpu-1g is left out, not priced at its GPU alone.
    assertEquals(null, central.get("a2-highgpu-1g"));
    assertEquals(null, central.get("e2-standard-4"));
  }

  @Test
  void errorNamesTheRequestWithoutTheApiKey() {
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .body(
                "{\"error\":{\"code\":403,\"message\":\"API key not valid.\",\"status\":\"PERMISSION_DENIED\"}}")
            .build());

    IOException e = assertThrows(IOException.class, catalog::computeEngineRates);

    assertTrue(e.getMessage().endsWith("answered 403: API key not valid."), e.getMessage());
    assertTrue(!e.getMessage().contains("test-key"), e.getMessage());
  }

  private GcpRates servedRates() throws IOException {
    server.enqueue(
        new MockResponse.Builder()
            .body(Resources.text("/price/gcp-billing-catalog-compute-skus-page-1.json"))
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .body(Resources.text("/price/gcp-billing-catalog-compute-skus-page-2.json"))
            .build());
    return catalog.computeEngineRates();
  }

  private static Map<String, Double> byType(List<InstancePrice> prices) {
    return prices.stream()
        .collect(Collectors.toMap(InstancePrice::instanceType, p -> p.price().amount()));
  }
}
