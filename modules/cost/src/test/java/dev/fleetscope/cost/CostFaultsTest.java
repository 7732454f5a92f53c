package dev.fleetscope.cost;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.opencost.AllocationQuery;
import dev.fleetscope.cost.opencost.OpenCostClient;
import dev.fleetscope.cost.price.AwsPriceList;
import dev.fleetscope.cost.price.AzureRetailPrices;
import dev.fleetscope.cost.price.GcpBillingCatalog;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.Currency;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenCost and the three price catalogs through every fault of the reliability matrix, served on
 * loopback by {@link FaultyServer} with short deadlines: each call ends within its deadline plus a
 * generous margin (a bound that proves it ends, not a speed test) and names the service, the URL
 * and what happened.
 */
class CostFaultsTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
  private static final Duration ENDS_WITHIN = Duration.ofSeconds(25);

  enum Client {
    OPENCOST("OpenCost", "/allocation/compute"),
    AWS("AWS Price List", "/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json"),
    AZURE("Azure Retail Prices", "/api/retail/prices"),
    GCP("GCP Cloud Billing Catalog", "/v1/services/6F81-5844-456A/skus");

    final String service;
    final String path;

    Client(String service, String path) {
      this.service = service;
      this.path = path;
    }

    void call(HttpUrl base) throws IOException {
      switch (this) {
        case OPENCOST -> {
          try (OpenCostClient c = new OpenCostClient(base, Currency.getInstance("USD"), SHORT)) {
            c.allocation(AllocationQuery.of("7d", "namespace"));
          }
        }
        case AWS -> {
          try (AwsPriceList c = new AwsPriceList(base, SHORT)) {
            c.ec2("us-east-1");
          }
        }
        case AZURE -> {
          try (AzureRetailPrices c = new AzureRetailPrices(base, SHORT)) {
            c.virtualMachines("eastus");
          }
        }
        case GCP -> {
          try (GcpBillingCatalog c = new GcpBillingCatalog(base, "secret-key", SHORT)) {
            c.computeEngineRates();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OPENCOST | HANG           | sent nothing for 1 s (read deadline)",
        "AWS      | HANG           | sent nothing for 1 s (read deadline)",
        "AZURE    | HANG           | sent nothing for 1 s (read deadline)",
        "GCP      | HANG           | sent nothing for 1 s (read deadline)",
        "OPENCOST | DRIP           | did not answer within 2 s (whole-call deadline)",
        "AWS      | DRIP           | did not answer within 2 s (whole-call deadline)",
        "AZURE    | DRIP           | did not answer within 2 s (whole-call deadline)",
        "GCP      | DRIP           | did not answer within 2 s (whole-call deadline)",
        "OPENCOST | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "AWS      | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "AZURE    | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "GCP      | CLOSE_MID_BODY | closed the connection before its answer was complete",
        "OPENCOST | HTML_500       | answered 500: <html> <head><title>500 Internal Server Error",
        "AWS      | HTML_500       | answered 500: <html> <head><title>500 Internal Server Error",
        "AZURE    | HTML_500       | answered 500: <html> <head><title>500 Internal Server Error",
        "GCP      | HTML_500       | answered 500: <html> <head><title>500 Internal Server Error",
        "OPENCOST | HTML_503       | answered 503: <html> <head><title>503 Service Temporarily",
        "AWS      | HTML_503       | answered 503: <html> <head><title>503 Service Temporarily",
        "AZURE    | HTML_503       | answered 503: <html> <head><title>503 Service Temporarily",
        "GCP      | HTML_503       | answered 503: <html> <head><title>503 Service Temporarily",
        "OPENCOST | REFUSED        | could not be reached: connection refused",
        "AWS      | REFUSED        | could not be reached: connection refused",
        "AZURE    | REFUSED        | could not be reached: connection refused",
        "GCP      | REFUSED        | could not be reached: connection refused",
      })
  void everyFaultEndsTheCallWithTheUrlAndWhatHappened(Client client, Fault fault, String says)
      throws IOException {
    try (FaultyServer server = FaultyServer.start(fault)) {
      String message = failure(client, server);
      assertTrue(message.startsWith(client.service + " " + server.url(client.path)), message);
      assertTrue(message.contains(says), message);
      assertTrue(!message.contains("secret-key"), message);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OPENCOST | {\"code\":200,\"data\":\"none\"}    | 'data' is a string, not an array",
        "AWS      | {\"formatVersion\":\"v1.0\"}         | it has no 'products': it is not an offer file",
        "AWS      | {\"products\":[],\"terms\":{}}      | it is not an offer file: expected 'products', an object by SKU but found [",
        "AZURE    | {\"Count\":0}                        | 'Items' is missing",
        "GCP      | {\"skus\":{}}                        | 'skus' is an object, not an array",
        "GCP      | [1]                                  | it is an array, not a JSON object",
      })
  void anAnswerOfTheWrongShapeIsAnErrorThatQuotesIt(Client client, String body, String problem)
      throws IOException {
    try (FaultyServer server = FaultyServer.start(target -> Answer.json(200, body))) {
      String message = failure(client, server);
      assertTrue(
          message.contains(" answered HTTP 200 but " + problem + "; the answer begins: " + body),
          message);
    }
  }

  private static String failure(Client client, FaultyServer server) {
    HttpUrl base = HttpUrl.get(server.url("/"));
    return assertTimeoutPreemptively(
            ENDS_WITHIN, () -> assertThrows(IOException.class, () -> client.call(base)))
        .getMessage();
  }
}
