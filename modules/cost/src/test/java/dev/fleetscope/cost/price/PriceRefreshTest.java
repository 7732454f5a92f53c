package dev.fleetscope.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.testing.Resources;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** All three catalogs served by one MockWebServer, answering by path as the real hosts would. */
class PriceRefreshTest {
  @Test
  void refreshesTheBundledSnapshotFromAllThreeCatalogs() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String path = request.getUrl().encodedPath();
              String body =
                  path.startsWith("/api/retail/prices")
                      ? Resources.text(
                          "/price/azure-retail-prices-sample-response-d2s_v3-eastus-preview.json")
                      : path.startsWith("/offers/")
                          ? Resources.text("/price/aws-ec2-offer-file-assembled.json")
                          : request.getUrl().queryParameter("pageToken") == null
                              ? Resources.text(
                                  "/price/gcp-billing-catalog-compute-skus-page-1.json")
                              : Resources.text(
                                  "/price/gcp-billing-catalog-compute-skus-page-2.json");
              return new MockResponse.Builder().body(body).build();
            }
          });
      server.start();
      PriceRefresh refresh =
          new PriceRefresh(
              new AzureRetailPrices(server.url("/"), Deadlines.DEFAULT),
              new AwsPriceList(server.url("/"), Deadlines.DEFAULT),
              Optional.of(new GcpBillingCatalog(server.url("/"), "k", Deadlines.DEFAULT)));

      PriceSnapshot refreshed =
          refresh.refresh(
              PriceSnapshot.bundled(),
              new PriceRefresh.Regions(
                  List.of("eastus"), List.of("us-east-1"), List.of("europe-west3")),
              LocalDate.parse("2026-11-24"));

      PriceBook book = refreshed.book();
      assertEquals(LocalDate.parse("2026-11-24"), refreshed.asOf());
      assertTrue(
          refreshed
              .source()
              .startsWith(
                  "on-demand Linux prices from the Azure Retail Prices API, "
                      + "AWS Price List offer files, GCP Cloud Billing Catalog"),
          refreshed.source());
      assertEquals(
          Optional.of(HourlyPrice.usd(0.468)),
          book.hourly(Provider.AWS, "us-east-1", "c5ad.2xlarge"));
      assertEquals(
          Optional.of(HourlyPrice.usd(0.096)),
          book.hourly(Provider.AZURE, "eastus", "Standard_D2s_v3"));
      // n2-standard-8 in europe-west3: 8 x 0.040704 + 32 x 0.005455 = 0.500192.
      assertEquals(
          0.500192,
          book.hourly(Provider.GCP, "europe-west3", "n2-standard-8").orElseThrow().amount(),
          1e-9);
      assertEquals(
          Optional.of(HourlyPrice.usd(21.957642)),
          book.hourly(Provider.AWS, "us-east-1", "p4d.24xlarge"),
          "what the catalogs did not return is kept");
    }
  }
}
