package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed export is refused with a message naming the file, the place and the problem;
 * nothing stays.
 */
class MalformedFocusTest {
  @TempDir Path dir;
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
  void refusesFileWithoutMandatoryColumnsNamingThemAll() throws Exception {
    Path file = dir.resolve("no-costs.csv");
    Files.writeString(
        file,
        """
        BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BillingAccountId,BillingCurrency,BilledCost,ChargeCategory,ProviderName,ServiceName
        2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,2026-02-01T00:00:00Z,2026-02-01T01:00:00Z,a,USD,1,Usage,p,s
        """);

    FocusImportException e = refused(file);

    assertEquals(Optional.empty(), e.location());
    assertTrue(
        e.getMessage()
            .startsWith(file + ": missing mandatory FOCUS columns EffectiveCost, ListCost"),
        e.getMessage());
  }

  @Test
  void refusesDateThatIsNotIso8601WithItsLine() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "bad-date.csv",
            Samples.row("Compute", "USD", "1", "1", "1"),
            Samples.row("Compute", "USD", "1", "1", "1")
                .replace("2026-02-01T01:00:00Z", "2026-02-01 01:00"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 3", "ChargePeriodEnd");
    assertTrue(
        e.getMessage().contains("'2026-02-01 01:00' is not an ISO 8601 UTC date-time"),
        e.getMessage());
  }

  @Test
  void refusesDateWithAnOffsetOtherThanUtc() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "offset.csv",
            Samples.row("Compute", "USD", "1", "1", "1")
                .replace(
                    "2026-02-01T00:00:00Z,2026-02-01T01:00",
                    "2026-02-01T02:00:00+02:00,2026-02-01T01:00"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 2", "ChargePeriodStart");
    assertTrue(e.getMessage().contains("is not in UTC (offset +02:00)"), e.getMessage());
  }

  @Test
  void refusesNonNumericCostWithItsLineAndCountsTheOthers() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "bad-cost.csv",
            Samples.row("Compute", "USD", "1.00", "1.00", "1.00"),
            Samples.row("Compute", "USD", "1.00", "\"12,50\"", "1.00"),
            Samples.row("Compute", "USD", "n/a", "1.00", "1.00"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 3", "EffectiveCost");
    assertTrue(
        e.getMessage().contains("'12,50' is not a number (1 more bad cell in this file)"),
        e.getMessage());
  }

  @Test
  void refusesACarriageReturnThatEndsNoLineWithItsPlace() throws Exception {
    // DuckDB stops on this with an internal error naming no line; a quoted one is a cell's text.
    Path file =
        Samples.csv(
            dir,
            "lone-cr.csv",
            Samples.row("Compute\r", "USD", "1", "1", "1"),
            Samples.row("\"Com\rpute\"", "USD", "1", "1", "1"),
            Samples.row("Compute", "USD", "1", "1", "1").replace("2026-02-01T01", "2026-\r02"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 4", "ChargePeriodEnd");
    assertTrue(e.getMessage().contains("a carriage return that ends no line"), e.getMessage());
  }

  @Test
  void refusesAQuoteInsideAnUnquotedCellWithItsPlace() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "stray-quote.csv",
            Samples.row("\"Compute, \"\"large\"\"\"", "USD", "1", "1", "1"),
            Samples.row("Com\"pute", "USD", "1", "1", "1"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 3", "ServiceName");
    assertTrue(e.getMessage().contains("a quote inside a cell"), e.getMessage());
  }

  @Test
  void refusesTextAfterAClosingQuoteAndAnUnclosedQuote() throws Exception {
    FocusImportException after =
        refused(
            Samples.csv(dir, "after-quote.csv", Samples.row("\"Compute\"x", "USD", "1", "1", "1")));
    FocusImportException unclosed =
        refused(Samples.csv(dir, "unclosed.csv", Samples.row("\"Compute", "USD", "1", "1", "1")));

    assertPlace(after, "line 2", "ServiceName");
    assertTrue(after.getMessage().contains("text after a quoted cell's closing quote"));
    assertPlace(unclosed, "line 2", "ServiceName");
    assertTrue(unclosed.getMessage().contains("never closed"), unclosed.getMessage());
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirPlace() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "latin1.csv",
            Samples.row("\"Compute \u00e9\"", "USD", "1", "1", "1"),
            Samples.row("Compute", "USD", "1", "1", "1"));
    byte[] bytes = Files.readAllBytes(file);
    int second = indexOf(bytes, "Compute\n".getBytes(StandardCharsets.UTF_8));
    bytes[second + 3] = (byte) 0xE9; // 'p' as Latin-1 'é': a lead byte without its continuation
    Files.write(file, bytes);

    FocusImportException e = refused(file);

    assertPlace(e, "line 3", "ServiceName");
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = bytes.length - part.length; i >= 0; i--) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void refusesEmptyCost() throws Exception {
    Path file = Samples.csv(dir, "empty-cost.csv", Samples.row("Compute", "USD", "", "1", "1"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 2", "BilledCost");
    assertTrue(
        e.getMessage().contains("is empty; FOCUS requires a cost on every row"), e.getMessage());
  }

  @Test
  void refusesCurrencyThatIsNotIso4217() throws Exception {
    Path file = Samples.csv(dir, "bad-currency.csv", Samples.row("Compute", "US$", "1", "1", "1"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 2", "BillingCurrency");
    assertTrue(e.getMessage().contains("'US$' is not an ISO 4217 currency code"), e.getMessage());
  }

  @Test
  void refusesRowWithMissingCells() throws Exception {
    Path file =
        Samples.csv(
            dir,
            "short-row.csv",
            Samples.row("Compute", "USD", "1", "1", "1"),
            "2026-02-01T00:00:00Z,x");

    FocusImportException e = refused(file);

    assertEquals(Optional.of("line 3"), e.location());
    assertTrue(e.getMessage().contains("has 2 cells where the header has 12"), e.getMessage());
  }

  @Test
  void refusesTagsThatAreNotJson() throws Exception {
    Path file = dir.resolve("bad-tags.csv");
    Files.write(
        file,
        List.of(
            Samples.HEADER + ",Tags",
            Samples.row("Compute", "USD", "1", "1", "1") + ",{team:vision}"));

    FocusImportException e = refused(file);

    assertPlace(e, "line 2", "Tags");
    assertTrue(e.getMessage().contains("'{team:vision}' is not valid JSON"), e.getMessage());
  }

  @Test
  void refusesMixedCurrenciesAcrossFilesAndKeepsNeither() throws Exception {
    Path dollars = Samples.csv(dir, "dollars.csv", Samples.row("Compute", "USD", "1", "1", "1"));
    Path euros = Samples.csv(dir, "euros.csv", Samples.row("Compute", "EUR", "1", "1", "1"));

    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(dollars, euros)));

    assertTrue(
        e.getMessage().contains("mixed billing currencies: USD in dollars.csv; EUR in euros.csv"),
        e.getMessage());
    assertEquals(List.of(), store.importedFiles());
  }

  @Test
  void refusesCurrencyOtherThanTheOneTheStoreAlreadyHolds() throws Exception {
    store.importFocus(
        List.of(Samples.csv(dir, "dollars.csv", Samples.row("Compute", "USD", "1", "1", "1"))));
    Path euros = Samples.csv(dir, "euros.csv", Samples.row("Compute", "EUR", "2", "2", "2"));

    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(euros)));

    assertEquals(euros.toAbsolutePath(), e.file().toAbsolutePath());
    assertEquals(
        1,
        store.report(CostQuery.all(GroupBy.parse("ServiceName"))).rows(),
        "the dollars stay alone");
  }

  @Test
  void badSecondFileRollsBackTheGoodFirstOne() throws Exception {
    Path good = Samples.csv(dir, "a-good.csv", Samples.row("Compute", "USD", "1", "1", "1"));
    Path bad = Samples.csv(dir, "b-bad.csv", Samples.row("Compute", "USD", "one", "1", "1"));

    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(dir)));

    assertEquals(bad, e.file());
    assertEquals(List.of(), store.importedFiles());
    assertEquals(
        0,
        store.report(CostQuery.all(GroupBy.parse("ServiceName"))).rows(),
        good + " was not kept");
  }

  @Test
  void refusesPathThatIsNeitherExportNorFolder() {
    Path missing = dir.resolve("nowhere.csv");

    FocusImportException e = refused(missing);

    assertEquals(missing + ": no such file or folder", e.getMessage());
  }

  private FocusImportException refused(Path file) {
    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(file)));
    assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
    try {
      assertEquals(List.of(), store.importedFiles(), "nothing imported");
      assertEquals(
          0, store.report(CostQuery.all(GroupBy.parse("ServiceName"))).rows(), "no rows kept");
    } catch (java.sql.SQLException sql) {
      throw new AssertionError(sql);
    }
    return e;
  }

  private static void assertPlace(FocusImportException e, String location, String column) {
    assertEquals(Optional.of(location), e.location(), e.getMessage());
    assertEquals(Optional.of(column), e.column(), e.getMessage());
    assertTrue(e.getMessage().endsWith("nothing was imported"), e.getMessage());
  }
}
