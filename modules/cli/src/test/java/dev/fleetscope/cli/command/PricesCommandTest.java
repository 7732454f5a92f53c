package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.runtime.config.AppDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fleetscope prices} on the bundled snapshot, and refreshed from an Azure Retail Prices
 * served locally.
 */
class PricesCommandTest {
  @TempDir Path home;

  @Test
  void listsBundledCpuAndGpuTypesAsJson() {
    CliTestSupport.Result run =
        run(
            "--provider",
            "azure",
            "--region",
            "eastus",
            "--instance-type",
            "Standard_NC4as_T4_v3,standard_d2s_v3",
            "--format",
            "json");

    // From the bundled instance-prices.csv: AZURE,eastus,Standard_D2s_v3,2,8,0,,USD,0.096 and
    // AZURE,eastus,Standard_NC4as_T4_v3,4,28,1,T4,USD,0.526.
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "{\"as_of\":\"2026-01-19\",\"source\":\"bundled\",\"prices\":["
            + "{\"provider\":\"azure\",\"region\":\"eastus\",\"instance_type\":\"Standard_D2s_v3\",\"vcpus\":2,"
            + "\"memory_gib\":8,\"gpus\":0,\"gpu_model\":null,\"currency\":\"USD\",\"price_per_hour\":0.096},"
            + "{\"provider\":\"azure\",\"region\":\"eastus\",\"instance_type\":\"Standard_NC4as_T4_v3\",\"vcpus\":4,"
            + "\"memory_gib\":28,\"gpus\":1,\"gpu_model\":\"T4\",\"currency\":\"USD\",\"price_per_hour\":0.526}]}"
            + System.lineSeparator(),
        run.out());
  }

  @Test
  void tableNamesTheSnapshotAndTheUnits() {
    CliTestSupport.Result run = run("--region", "us-central1", "--instance-type", "a2-highgpu-1g");

    // GCP,us-central1,a2-highgpu-1g,12,85,1,A100,USD,3.673385 of the bundled 132.
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "1 of 132 instance prices as of 2026-01-19 (bundled with Fleetscope)",
            "PROVIDER  REGION       INSTANCE TYPE  VCPUS  MEMORY (GiB)  GPUS  GPU MODEL  PRICE PER HOUR",
            "gcp       us-central1  a2-highgpu-1g     12            85     1  A100           3.6734 USD",
            ""),
        run.out());
  }

  @Test
  void refreshFollowsPagesSavesForTheConsoleAndReportsWhatChanged() throws Exception {
    try (MockWebServer azure = new MockWebServer()) {
      azure.start();
      // D2s_v3 went from the bundled 0.096 to 0.1; E2s_v5 is new, and Azure's catalog says nothing
      // of its shape.
      serve(
          azure,
          "{\"Items\":["
              + item("Standard_D2s_v3", "0.1")
              + "],\"NextPageLink\":\""
              + azure.url("/api/retail/prices?page=2")
              + "\"}");
      serve(azure, "{\"Items\":[" + item("Standard_E2s_v5", "0.126") + "],\"NextPageLink\":null}");

      CliTestSupport.Result run =
          run(
              "--refresh",
              "--provider",
              "azure",
              "--region",
              "eastus",
              "--azure-prices-url",
              azure.url("/").toString(),
              "--instance-type",
              "Standard_D2s_v3,Standard_E2s_v5",
              "--format",
              "json");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(
          "{\"as_of\":\"2026-03-05\",\"source\":\"refreshed\",\"prices\":["
              + "{\"provider\":\"azure\",\"region\":\"eastus\",\"instance_type\":\"Standard_D2s_v3\",\"vcpus\":2,"
              + "\"memory_gib\":8,\"gpus\":0,\"gpu_model\":null,\"currency\":\"USD\",\"price_per_hour\":0.1},"
              + "{\"provider\":\"azure\",\"region\":\"eastus\",\"instance_type\":\"Standard_E2s_v5\",\"vcpus\":null,"
              + "\"memory_gib\":null,\"gpus\":null,\"gpu_model\":null,\"currency\":\"USD\",\"price_per_hour\":0.126}]}"
              + System.lineSeparator(),
          run.out());
      assertTrue(run.err().contains("[  0%] Azure Retail Prices API: eastus"), run.err());
      // 132 bundled prices: one changed, 131 as they were, and one new.
      assertTrue(run.err().contains("1 changed, 1 new, 131 unchanged."), run.err());
      assertTrue(
          run.err().contains("changed azure eastus Standard_D2s_v3: 0.096 USD/h -> 0.1 USD/h"),
          run.err());
      assertTrue(run.err().contains("new azure eastus Standard_E2s_v5: 0.126 USD/h"), run.err());
      assertEquals(
          "eastus",
          azure
              .takeRequest()
              .getUrl()
              .queryParameter("$filter")
              .replaceAll(".*armRegionName eq '(\\w+)'.*", "$1"));

      PriceSnapshot saved = PriceSnapshot.current(dirs().data());
      assertEquals(
          0.1,
          saved
              .book()
              .find(dev.fleetscope.model.Provider.AZURE, "eastus", "standard_d2s_v3")
              .orElseThrow()
              .price()
              .amount());
      assertEquals(133, saved.book().size());
    }
  }

  @Test
  void failedRefreshNamesTheCatalogAndLeavesTheSavedPricesAlone() throws Exception {
    PriceSnapshot.bundled()
        .refreshedWith(
            java.util.List.of(), "an earlier refresh", java.time.LocalDate.parse("2026-01-02"))
        .save(dirs().data());
    Path file = dirs().data().resolve(PriceSnapshot.FILE_NAME);
    byte[] before = Files.readAllBytes(file);
    try (MockWebServer azure = new MockWebServer()) {
      azure.enqueue(new MockResponse.Builder().code(500).body("{\"Error\":\"busy\"}").build());
      azure.start();

      CliTestSupport.Result run =
          run(
              "--refresh",
              "--provider",
              "azure",
              "--region",
              "eastus",
              "--azure-prices-url",
              azure.url("/").toString());

      assertEquals(ExitCode.SOURCE_FAILED, run.exitCode());
      assertEquals("", run.out());
      assertTrue(
          run.err()
              .contains(
                  "fleetscope prices: refresh failed, the saved prices are unchanged: Azure Retail Prices "
                      + azure.url("/api/retail/prices")
                      + "?api-version="),
          run.err());
      assertTrue(run.err().contains("answered 500"), run.err());
      assertArrayEquals(before, Files.readAllBytes(file));
      assertEquals(1, Files.list(dirs().data()).count(), "no partial file left behind");
    }
  }

  @Test
  void aFilterThatMatchesNothingIsNotAnEmptyTable() {
    CliTestSupport.Result run = run("--region", "mars-1", "--provider", "aws");
    assertEquals(ExitCode.NOTHING_TO_WORK_ON, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .startsWith(
                "fleetscope prices: no listed price matches --region mars-1 --provider aws; the"
                    + " list has "),
        run.err());
    assertTrue(run.err().contains(" in us-east-1"), "names the regions it does list: " + run.err());
    assertTrue(run.err().contains("(--refresh reads a region's prices from its cloud)"), run.err());
  }

  @Test
  void regionNoCatalogListsNeedsItsCloud() {
    CliTestSupport.Result run = run("--refresh", "--region", "mars-north-1");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "--region mars-north-1: no price catalog lists it; name its cloud with --provider"),
        run.err());
  }

  @Test
  void gcpRefreshWithoutItsKeyNamesTheVariable() {
    CliTestSupport.Result run = run("--refresh", "--provider", "gcp");

    assertEquals(ExitCode.BAD_INPUT, run.exitCode());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains(
                "nothing to refresh: GCP's catalog needs a Cloud Billing API key in FLEETSCOPE_GCP_API_KEY"),
        run.err());
  }

  private static void serve(MockWebServer server, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  /** A Linux pay-as-you-go hour as the Retail Prices API lists one. */
  private static String item(String size, String price) {
    return "{\"currencyCode\":\"USD\",\"retailPrice\":"
        + price
        + ",\"armRegionName\":\"eastus\",\"armSkuName\":\""
        + size
        + "\",\"productName\":\"Virtual Machines Series\",\"skuName\":\""
        + size
        + "\",\"type\":\"Consumption\","
        + "\"unitOfMeasure\":\"1 Hour\"}";
  }

  private AppDirs dirs() {
    return new AppDirs(home.resolve("config"), home.resolve("data"));
  }

  private CliTestSupport.Result run(String... args) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);
    return CliTestSupport.run(
        new PricesCommand(dirs(), Map.<String, String>of()::get, clock), args);
  }
}
