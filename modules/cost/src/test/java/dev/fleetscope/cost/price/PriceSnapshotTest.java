package dev.fleetscope.cost.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceSnapshotTest {
  @TempDir Path dataDirectory;

  @Test
  void bundledSnapshotPricesCpuAndGpuTypesOfAllThreeClouds() {
    PriceSnapshot bundled = PriceSnapshot.bundled();

    assertEquals(LocalDate.parse("2026-01-19"), bundled.asOf());
    assertTrue(bundled.source().contains("see README.md"), bundled.source());
    assertEquals(
        Optional.of(HourlyPrice.usd(21.957642)),
        bundled.book().hourly(Provider.AWS, "us-east-1", "p4d.24xlarge"));
    assertEquals(
        8,
        bundled
            .book()
            .find(Provider.AWS, "us-east-1", "p4d.24xlarge")
            .orElseThrow()
            .shape()
            .gpus());
    assertEquals(
        Optional.of(HourlyPrice.usd(0.76)),
        bundled.book().hourly(Provider.GCP, "us-central1", "g2-standard-4"));
    assertEquals(
        Optional.of(HourlyPrice.usd(0.23)),
        bundled.book().find(Provider.GCP, "us-central1", "g2-standard-4").orElseThrow().spot());
    assertEquals(
        Optional.empty(),
        bundled.book().hourly(Provider.AWS, "eu-west-1", "m5.large"),
        "no guess by region");
  }

  @Test
  void bundledAzurePriceAgreesWithTheCapturedRetailPricesPage() {
    // The captured page's Linux pay-as-you-go hour of Standard_D2s_v3 in eastus is 0.096 USD.
    assertEquals(
        Optional.of(HourlyPrice.usd(0.096)),
        PriceSnapshot.bundled().book().hourly(Provider.AZURE, "EastUS", "standard_d2s_v3"));
  }

  @Test
  void looksUpANodePriceByItsClusterProviderAndRegion() {
    Node node =
        new Node(
            "gpu-1",
            "g5.xlarge",
            "us-east-1a",
            Resources.of(4, 16L << 30),
            Resources.of(3.9, 15L << 30),
            NodeGpus.whole("A10G", 1, 24L << 30),
            HourlyPrice.FREE_USD);
    Cluster cluster =
        new Cluster("ml-prod", Provider.AWS, "us-east-1", "src", List.of(node), List.of());

    assertEquals(
        Optional.of(HourlyPrice.usd(1.006)), PriceSnapshot.bundled().book().hourly(cluster, node));
  }

  @Test
  void refreshedSnapshotIsSavedAndPreferredWithItsSourceAndDate() throws IOException {
    PriceSnapshot refreshed =
        PriceSnapshot.bundled()
            .refreshedWith(
                List.of(
                    new InstancePrice(
                        Provider.AZURE,
                        "eastus",
                        "Standard_D2s_v3",
                        InstanceShape.UNKNOWN,
                        HourlyPrice.usd(0.099))),
                "Azure Retail Prices API",
                LocalDate.parse("2026-11-24"));

    refreshed.save(dataDirectory);
    PriceSnapshot current = PriceSnapshot.current(dataDirectory);

    assertEquals(LocalDate.parse("2026-11-24"), current.asOf());
    assertTrue(
        current.source().startsWith("Azure Retail Prices API (refreshed; older prices from"),
        current.source());
    assertEquals(
        Optional.of(HourlyPrice.usd(0.099)),
        current.book().hourly(Provider.AZURE, "eastus", "Standard_D2s_v3"));
    assertEquals(
        PriceSnapshot.bundled().book().size(), current.book().size(), "the other prices are kept");
  }

  @Test
  void bundledSnapshotCoversTheGpuFamiliesMlFleetsUse() {
    java.util.Set<String> models =
        PriceSnapshot.bundled().book().prices().stream()
            .map(p -> p.provider() + " " + p.shape().gpuModel())
            .collect(java.util.stream.Collectors.toSet());

    for (String wanted :
        List.of(
            "AWS T4",
            "AWS A10G",
            "AWS L4",
            "AWS L40S",
            "AWS A100",
            "AWS H100",
            "AWS H200",
            "GCP L4",
            "GCP A100",
            "AZURE T4",
            "AZURE A100",
            "AZURE H100")) {
      assertTrue(models.contains(wanted), wanted);
    }
  }

  @Test
  void spotPricesSurviveARefreshThatLacksThemAndTheOldNineColumnFormatStillReads()
      throws IOException {
    PriceSnapshot refreshed =
        PriceSnapshot.bundled()
            .refreshedWith(
                List.of(
                    new InstancePrice(
                        Provider.GCP,
                        "us-central1",
                        "n2-standard-16",
                        InstanceShape.UNKNOWN,
                        HourlyPrice.usd(0.8))),
                "GCP Cloud Billing Catalog",
                LocalDate.parse("2026-12-01"));
    refreshed.save(dataDirectory);

    InstancePrice n2 =
        PriceSnapshot.current(dataDirectory)
            .book()
            .find(Provider.GCP, "us-central1", "n2-standard-16")
            .orElseThrow();
    assertEquals(HourlyPrice.usd(0.8), n2.price());
    assertEquals(Optional.of(HourlyPrice.usd(0.188)), n2.spot());

    String old =
        "# as-of: 2025-01-01\nprovider,region,instance_type,vcpus,memory_gib,gpus,gpu_model,currency,"
            + "price_per_hour\nAWS,us-east-1,m5.large,2,8,0,,USD,0.096\n";
    InstancePrice m5 =
        PriceSnapshot.read(new StringReader(old), "old.csv").book().prices().getFirst();
    assertEquals(Optional.empty(), m5.spot());
  }

  @Test
  void currentIsTheBundledSnapshotUntilOneIsRefreshed() throws IOException {
    assertEquals(PriceSnapshot.bundled().asOf(), PriceSnapshot.current(dataDirectory).asOf());
  }

  @Test
  void malformedSnapshotLineIsReportedWithItsLine() {
    String text =
        "# as-of: 2026-01-01\nprovider,region,instance_type,vcpus,memory_gib,gpus,gpu_model,currency,"
            + "price_per_hour\nAWS,us-east-1,m5.large,2,8,0,,USD,cheap\n";

    IOException e =
        assertThrows(
            IOException.class, () -> PriceSnapshot.read(new StringReader(text), "prices.csv"));

    assertTrue(e.getMessage().startsWith("prices.csv, line 3: "), e.getMessage());
  }
}
