package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FOCUS Foundation's sample exports, imported and summed by hand. */
class FocusSampleImportTest {
  private CostStore store;

  @BeforeEach
  void open() throws Exception {
    store = CostStore.inMemory();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void sumsAwsSavingsPlanSampleExactlyPerChargeCategory() throws Exception {
    ImportResult result = store.importFocus(List.of(Samples.focus(Samples.AWS_SAVINGS_PLAN)));
    assertEquals(6, result.rowsImported());

    CostReport report = store.report(CostQuery.all(GroupBy.parse("ChargeCategory")));

    // Usage rows: 3 committed hours (billed 0.00, effective 71.69, list 107.54) + 2 on-demand hours
    // (3.84 each).
    // Purchase row: the all-upfront Savings Plan, billed and listed at 628004.40, effective 0.00
    // (amortized away).
    assertEquals(
        List.of(
            new CostGroup(
                Optional.of("Usage"),
                new BigDecimal("7.68"),
                new BigDecimal("222.75"),
                new BigDecimal("330.30"),
                5),
            new CostGroup(
                Optional.of("Purchase"),
                new BigDecimal("628004.40"),
                new BigDecimal("0.00"),
                new BigDecimal("628004.40"),
                1)),
        report.groups());
    assertEquals(Optional.of(Currency.getInstance("USD")), report.currency());
    assertEquals(Optional.of(Instant.parse("2026-02-01T00:00:00Z")), report.from());
    assertEquals(
        Optional.of(Instant.parse("2027-02-01T00:00:00Z")),
        report.to(),
        "the purchase covers a year");
  }

  @Test
  void readsDraftOnePointThreeSampleThroughServiceProviderName() throws Exception {
    store.importFocus(List.of(Samples.focus(Samples.AI_TOKENS)));

    CostReport report = store.report(CostQuery.all(GroupBy.parse("providername")));

    // 42.00 input tokens + 52.50 output tokens.
    assertEquals(
        List.of(
            new CostGroup(
                Optional.of("Solora AI"),
                new BigDecimal("94.50"),
                new BigDecimal("94.50"),
                new BigDecimal("94.50"),
                2)),
        report.groups());
  }

  @Test
  void refusesSaasSampleWhoseDatesAreNotIso8601() throws Exception {
    Path saas = Samples.focus(Samples.SAAS_1_2);

    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(saas)));

    assertEquals(saas, e.file());
    assertEquals(Optional.of("line 2"), e.location());
    assertEquals(Optional.of("ChargePeriodStart"), e.column());
    assertTrue(
        e.getMessage()
            .contains("'4/1/25' is not an ISO 8601 UTC date-time such as 2026-02-01T00:00:00Z"),
        e.getMessage());
    assertEquals(List.of(), store.importedFiles());
  }

  @Test
  void groupsByTagKeysThatHoldColonsAndSlashes() throws Exception {
    store.importFocus(List.of(Samples.focus(Samples.TAGGED)));

    CostReport byTeam = store.report(CostQuery.all(GroupBy.parse("tag:team")));
    CostReport byCluster = store.report(CostQuery.all(GroupBy.parse("tag:aws:eks:cluster-name")));
    CostReport byOwnership =
        store.report(CostQuery.all(GroupBy.parse("tag:kubernetes.io/cluster/ml-prod")));

    // vision: one p4d hour 32.7726; untagged: S3 1.15 + tax 0.10; search: two m5 hours, effective
    // 0.2688 each.
    assertEquals(
        List.of(
            new CostGroup(
                Optional.of("vision"),
                new BigDecimal("32.7726"),
                new BigDecimal("32.7726"),
                new BigDecimal("32.7726"),
                1),
            new CostGroup(
                Optional.empty(),
                new BigDecimal("1.25"),
                new BigDecimal("1.25"),
                new BigDecimal("1.25"),
                2),
            new CostGroup(
                Optional.of("search"),
                new BigDecimal("0.768"),
                new BigDecimal("0.5376"),
                new BigDecimal("0.768"),
                2)),
        byTeam.groups());
    assertEquals(new BigDecimal("33.5406"), byCluster.groups().getFirst().billedCost());
    assertEquals(Optional.of("owned"), byOwnership.groups().getFirst().key());
    assertEquals(new BigDecimal("34.5602"), byTeam.total(CostMeasure.EFFECTIVE));
  }

  @Test
  void groupsByKubernetesClusterNamedInProviderTags() throws Exception {
    store.importFocus(List.of(Samples.focus(Samples.TAGGED)));

    CostReport byCluster = store.report(CostQuery.all(new GroupBy.KubernetesCluster()));

    // ml-prod: the p4d hour (32.7726) and two m5 hours (2 x 0.2688 effective); S3 and tax carry no
    // cluster tag.
    assertEquals(
        List.of(
            new CostGroup(
                Optional.of("ml-prod"),
                new BigDecimal("33.5406"),
                new BigDecimal("33.3102"),
                new BigDecimal("33.5406"),
                3),
            new CostGroup(
                Optional.empty(),
                new BigDecimal("1.25"),
                new BigDecimal("1.25"),
                new BigDecimal("1.25"),
                2)),
        byCluster.groups());
  }

  @Test
  void selectsRowsByHalfOpenChargePeriod() throws Exception {
    store.importFocus(List.of(Samples.focus(Samples.TAGGED)));

    CostReport firstHour =
        store.report(
            new CostQuery(
                GroupBy.parse("ServiceName"),
                Optional.of(Instant.parse("2026-03-01T00:00:00Z")),
                Optional.of(Instant.parse("2026-03-01T01:00:00Z")),
                CostMeasure.BILLED));

    // Everything but the second m5.2xlarge hour, which starts at 01:00, the excluded end.
    assertEquals(4, firstHour.rows());
    assertEquals(new BigDecimal("34.4066"), firstHour.total(CostMeasure.BILLED));
    assertEquals(Optional.of(Instant.parse("2026-03-01T01:00:00Z")), firstHour.to());
  }
}
