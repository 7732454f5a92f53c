package dev.fleetscope.simulator.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBillingExportTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static List<Cluster> clusters;

  @TempDir Path dir;

  @BeforeAll
  static void demoFleet() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC);
    clusters = new Simulator(Simulator.DEFAULT_SEED, clock).snapshot("demo").clusters();
  }

  @Test
  void theSameFleetAndDaysGiveTheSameBytes() throws IOException {
    DemoBillingExport.Written first = export(dir.resolve("a"));
    DemoBillingExport.Written second = export(dir.resolve("b"));
    assertEquals(first.rows(), second.rows());
    for (int i = 0; i < first.files().size(); i++) {
      assertArrayEquals(
          Files.readAllBytes(first.files().get(i)),
          Files.readAllBytes(second.files().get(i)),
          first.files().get(i).getFileName().toString());
    }
  }

  @Test
  void writesOneFilePerCloudAndBillingMonthCoveringAtLeastThirtyFiveDays() throws IOException {
    DemoBillingExport.Written written = export(dir);
    // From 2026-10-01 (the first of last month is earlier than 35 days before the 20th) through the
    // 19th.
    assertEquals(LocalDate.of(2026, 10, 1), written.from());
    assertEquals(
        List.of(
            "aws-focus-2026-10.csv",
            "aws-focus-2026-11.csv",
            "gcp-focus-2026-10.csv",
            "gcp-focus-2026-11.csv",
            "azure-focus-2026-10.csv",
            "azure-focus-2026-11.csv"),
        written.files().stream().map(f -> f.getFileName().toString()).toList());
    assertEquals(
        LocalDate.of(2026, 1, 25), DemoBillingExport.defaultFrom(LocalDate.of(2026, 3, 1)));
    long lines = 0;
    for (Path file : written.files()) {
      lines += Files.readAllLines(file).size() - 1;
    }
    assertEquals(written.rows(), lines);
  }

  @Test
  void everyRowPricesItsQuantityAtItsListPriceAndOnlyCommittedCpuNodesAreDiscounted()
      throws IOException {
    List<Map<String, String>> rows = rows(export(dir));
    Set<String> days = new HashSet<>();
    for (Map<String, String> row : rows) {
      BigDecimal list = new BigDecimal(row.get("ListCost"));
      BigDecimal expected =
          new BigDecimal(row.get("ListUnitPrice"))
              .multiply(new BigDecimal(row.get("PricingQuantity")));
      assertEquals(0, expected.setScale(6, RoundingMode.HALF_EVEN).compareTo(list), row.toString());
      BigDecimal effective = new BigDecimal(row.get("EffectiveCost"));
      if (row.get("CommitmentDiscountId").isEmpty()) {
        assertEquals(list, effective);
      } else {
        // AWS Savings Plan 28% off, GCP committed use 20% off: 0.768 USD/h × 24 h = 18.432 ->
        // 13.271040 on AWS.
        BigDecimal discount =
            row.get("ProviderName").equals("Amazon Web Services")
                ? new BigDecimal("0.72")
                : new BigDecimal("0.80");
        assertEquals(list.multiply(discount).setScale(6, RoundingMode.HALF_EVEN), effective);
      }
      assertEquals(row.get("EffectiveCost"), row.get("BilledCost"));
      days.add(row.get("ChargePeriodStart"));
    }
    assertEquals(50, days.size(), "October 1st through November 19th");
  }

  @Test
  void eachClusterPaysItsControlPlaneEveryDayAndNodesRunWholeOrWeekendHours() throws IOException {
    List<Map<String, String>> rows = rows(export(dir));
    Map<String, Long> controlPlaneDays =
        rows.stream()
            .filter(r -> r.get("SkuId").equals("control-plane"))
            .peek(r -> assertEquals("2.400000", r.get("ListCost"), "0.10 USD/h × 24 h"))
            .collect(Collectors.groupingBy(r -> r.get("ResourceName"), Collectors.counting()));
    assertEquals(
        Map.of("aks-ds-weu", 50L, "aws-prod-use1", 50L, "gke-train-usc1", 50L), controlPlaneDays);
    Set<String> hours =
        rows.stream()
            .filter(
                r ->
                    r.get("PricingUnit").equals("Hours") && !r.get("SkuId").equals("control-plane"))
            .map(r -> r.get("PricingQuantity"))
            .collect(Collectors.toSet());
    assertEquals(Set.of("6", "24"), hours);
    assertTrue(
        rows.stream().allMatch(r -> r.get("Tags").startsWith("{\"")),
        "every row names its cluster in Tags");
  }

  private DemoBillingExport.Written export(Path folder) throws IOException {
    return new DemoBillingExport(clusters, Simulator.DEFAULT_SEED)
        .write(folder, DemoBillingExport.defaultFrom(TODAY), TODAY);
  }

  private static List<Map<String, String>> rows(DemoBillingExport.Written written)
      throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (Path file : written.files()) {
      try (CSVParser parser =
          CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8, format)) {
        parser.forEach(record -> rows.add(record.toMap()));
      }
    }
    return rows;
  }
}
