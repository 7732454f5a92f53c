package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.cost.billing.ImportedFile;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.simulator.Simulator;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo fleet's generated bill goes through the cost module's own FOCUS import (its validator):
 * every row is accepted, the store's sums equal the files' to the last decimal, and the same day
 * gives the same bill.
 */
class DemoBillingTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static List<Cluster> clusters;

  @BeforeAll
  static void demoClusters() {
    clusters =
        new Simulator(
                Simulator.DEFAULT_SEED,
                Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC))
            .snapshot("demo")
            .clusters();
  }

  @Test
  void theModulesImportAcceptsEveryGeneratedRowAndItsSumsEqualTheFiles() throws Exception {
    try (DemoBilling demo = DemoBilling.load(clusters, TODAY, Simulator.DEFAULT_SEED)) {
      assertEquals(demo.written().rows(), demo.imported().rowsImported());
      assertTrue(
          demo.imported().files().stream()
              .allMatch(f -> f.outcome() == ImportedFile.Outcome.IMPORTED));
      BigDecimal effective = BigDecimal.ZERO;
      for (Path file : demo.written().files()) {
        try (Reader in = Files.newBufferedReader(file)) {
          for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
            effective = effective.add(new BigDecimal(row.get("EffectiveCost")));
          }
        }
      }
      CostReport byCluster =
          demo.ledger().report(CostQuery.all(BillingBreakdown.groupBy(CostDimension.CLUSTER)));
      assertEquals(
          0,
          effective.compareTo(byCluster.total(CostMeasure.EFFECTIVE)),
          effective + " vs " + byCluster.total(CostMeasure.EFFECTIVE));
      assertEquals(
          List.of("aks-ds-weu", "aws-prod-use1", "gke-train-usc1"),
          byCluster.groups().stream().map(g -> g.key().orElseThrow()).sorted().toList());
    }
  }

  @Test
  void theSameFleetAndDayGiveTheSameBill() throws Exception {
    try (DemoBilling first = DemoBilling.load(clusters, TODAY, Simulator.DEFAULT_SEED);
        DemoBilling second = DemoBilling.load(clusters, TODAY, Simulator.DEFAULT_SEED)) {
      assertEquals(first.written().files().size(), second.written().files().size());
      for (int i = 0; i < first.written().files().size(); i++) {
        assertArrayEquals(
            Files.readAllBytes(first.written().files().get(i)),
            Files.readAllBytes(second.written().files().get(i)));
      }
      assertEquals(
          BillingPicture.read(first.ledger(), "demo", true, TODAY),
          BillingPicture.read(second.ledger(), "demo", true, TODAY));
    }
  }

  @Test
  void closingDeletesTheGeneratedFolder() throws Exception {
    DemoBilling demo = DemoBilling.load(clusters, TODAY, Simulator.DEFAULT_SEED);
    demo.close();
    assertTrue(Files.notExists(demo.folder()));
  }
}
