package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.MonthOutlook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger closes its DuckDB store when idle and opens it again, with its bill, when read. */
class BillingLedgerTest {
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @TempDir Path dir;

  private BillingLedger november(Duration idle) throws Exception {
    BillingLedger ledger = new BillingLedger(dir.resolve("cost.duckdb"), "test store", idle);
    ledger.importFocus(List.of(SmallBill.november().write(dir.resolve("november.csv"))));
    return ledger;
  }

  @Test
  void anIdleStoreClosesAndOpensAgainWithItsBillWhenRead() throws Exception {
    try (BillingLedger ledger = november(Duration.ofMillis(200))) {
      Optional<MonthOutlook> before = ledger.outlook(NOVEMBER, CostMeasure.EFFECTIVE);
      assertTrue(before.isPresent());
      assertTrue(ledger.isOpen());
      awaitClosed(ledger);
      assertEquals(before, ledger.outlook(NOVEMBER, CostMeasure.EFFECTIVE));
      assertTrue(ledger.isOpen());
      awaitClosed(ledger); // and closes again after that read
    }
  }

  @Test
  void aStoreReadMoreOftenThanItsIdleTimeStaysOpen() throws Exception {
    try (BillingLedger ledger = november(Duration.ofSeconds(1))) {
      long end = System.nanoTime() + Duration.ofMillis(2500).toNanos();
      while (System.nanoTime() < end) {
        ledger.outlook(NOVEMBER, CostMeasure.EFFECTIVE);
        assertTrue(ledger.isOpen());
        Thread.sleep(50);
      }
    }
  }

  @Test
  void aClosedLedgerSaysSoAndStaysClosed() throws Exception {
    BillingLedger ledger = november(Duration.ofMillis(100));
    ledger.close();
    IOException e =
        assertThrows(IOException.class, () -> ledger.outlook(NOVEMBER, CostMeasure.EFFECTIVE));
    assertEquals("the test store is closed", e.getMessage());
    assertFalse(ledger.isOpen());
  }

  @Test
  void aStoreThatCannotBeOpenedFailsWhenTheLedgerIsOpened() throws Exception {
    Path notAStore = Files.writeString(dir.resolve("cost.duckdb"), "not a DuckDB file");
    IOException e = assertThrows(IOException.class, () -> BillingLedger.open(notAStore));
    assertTrue(
        e.getMessage().startsWith("cannot open the cost store " + notAStore + ": "),
        e.getMessage());
  }

  private static void awaitClosed(BillingLedger ledger) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (ledger.isOpen() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertFalse(ledger.isOpen(), "still open 10 s after its last use");
  }
}
