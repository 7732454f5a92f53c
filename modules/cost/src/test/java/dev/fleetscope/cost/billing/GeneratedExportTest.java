package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large generated export whose expected totals are summed here, in BigDecimal, while it is
 * written: the store's group totals must equal them exactly, not just to the cent. Costs carry ten
 * decimals, where doubles would drift.
 */
class GeneratedExportTest {
  private static final int ROWS = 200_000;
  private static final String[] SERVICES = {
    "Compute", "Storage", "Networking", "Kubernetes", "AI Platform"
  };
  private static final String[] TEAMS = {"vision", "search", "ranking", "platform"};

  @TempDir Path dir;

  @Test
  void groupTotalsEqualExactSumsOfTheRowsPerServiceAndPerTag() throws Exception {
    Expected expected = write(dir.resolve("generated.csv.gz"));

    try (CostStore store = CostStore.inMemory()) {
      assertEquals(
          ROWS, store.importFocus(List.of(dir.resolve("generated.csv.gz"))).rowsImported());
      CostReport byService = store.report(CostQuery.all(GroupBy.parse("ServiceName")));
      CostReport byTeam = store.report(CostQuery.all(GroupBy.parse("tag:team")));

      for (CostGroup group : byService.groups()) {
        String service = group.key().orElseThrow();
        assertEquals(expected.billedByService.get(service), group.billedCost(), service);
        assertEquals(expected.effectiveByService.get(service), group.effectiveCost(), service);
      }
      for (CostGroup group : byTeam.groups()) {
        assertEquals(
            expected.effectiveByTeam.get(group.key().orElseThrow()), group.effectiveCost());
      }
      assertEquals(SERVICES.length, byService.groups().size());
      assertEquals(expected.list, byService.total(CostMeasure.LIST));
    }
  }

  private record Expected(
      Map<String, BigDecimal> billedByService,
      Map<String, BigDecimal> effectiveByService,
      Map<String, BigDecimal> effectiveByTeam,
      BigDecimal list) {}

  private static Expected write(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    Map<String, BigDecimal> billed = new HashMap<>();
    Map<String, BigDecimal> effective = new HashMap<>();
    Map<String, BigDecimal> byTeam = new HashMap<>();
    BigDecimal list = BigDecimal.ZERO;
    Instant start = Instant.parse("2026-02-01T00:00:00Z");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      out.write(Samples.HEADER + ",Tags\n");
      for (int i = 0; i < ROWS; i++) {
        String service = SERVICES[random.nextInt(SERVICES.length)];
        String team = TEAMS[random.nextInt(TEAMS.length)];
        BigDecimal b = money(random);
        BigDecimal e = money(random);
        BigDecimal l = money(random);
        Instant hour = start.plusSeconds(3600L * (i % 672));
        out.write(
            "2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,"
                + hour
                + ","
                + hour.plusSeconds(3600)
                + ",acct,USD,"
                + b.toPlainString()
                + ","
                + e.toPlainString()
                + ","
                + l.toPlainString()
                + ",Usage,Acme Cloud,"
                + service
                + ",\"{\"\"team\"\":\"\""
                + team
                + "\"\"}\"\n");
        billed.merge(service, b, BigDecimal::add);
        effective.merge(service, e, BigDecimal::add);
        byTeam.merge(team, e, BigDecimal::add);
        list = list.add(l);
      }
    }
    return new Expected(
        normalized(billed), normalized(effective), normalized(byTeam), CostReports.money(list));
  }

  /** Up to 1,000 with ten decimals: 123.4567890123. */
  private static BigDecimal money(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextLong(1_000L * 10_000_000_000L), 10);
  }

  private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> sums) {
    Map<String, BigDecimal> out = new HashMap<>();
    sums.forEach((k, v) -> out.put(k, CostReports.money(v)));
    return out;
  }
}
