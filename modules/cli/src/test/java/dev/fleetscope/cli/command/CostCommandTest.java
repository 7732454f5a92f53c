package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandTest {
  private static final String SAVINGS_PLAN = "focus-sample-aws-savings-plan-ec2-trimmed.csv";
  private static final String TAGGED = "tagged-gpu-cluster.csv";

  @TempDir Path dir;

  @Test
  void printsJsonExactlyAsSpecified() {
    CliTestSupport.Result run =
        run("--focus", focus(SAVINGS_PLAN), "--group-by", "ChargeCategory", "--format", "json");

    // Usage: committed hours 3 x (0.00 billed, 71.69 effective, 107.54 list) + on-demand 2 x 3.84.
    // Purchase: the all-upfront Savings Plan, 628004.40 billed and listed, amortized to 0.00
    // effective.
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "{\"currency\":\"USD\",\"from\":\"2026-02-01T00:00:00Z\",\"to\":\"2027-02-01T00:00:00Z\",\"groups\":["
            + "{\"key\":\"Usage\",\"billed_cost\":7.68,\"effective_cost\":222.75,\"list_cost\":330.30,\"rows\":5},"
            + "{\"key\":\"Purchase\",\"billed_cost\":628004.40,\"effective_cost\":0.00,\"list_cost\":628004.40,\"rows\":1}"
            + "]}"
            + System.lineSeparator(),
        run.out());
  }

  @Test
  void printsTableWithCurrencyPeriodSharesAndTotal() {
    CliTestSupport.Result run =
        run("--focus", focus(TAGGED), "--group-by", "tag:team", "--cost", "billed");

    // Billed: vision 32.7726, untagged 1.15 + 0.10, search 2 x 0.384; total 34.7906.
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Billed cost by tag:team, 2026-03-01T00:00:00Z to 2026-04-01T00:00:00Z (end excluded)",
            "TAG:TEAM  BILLED COST (USD)  SHARE  ROWS",
            "vision                32.77    94%     1",
            "(none)                 1.25   3.6%     2",
            "search                 0.77   2.2%     2",
            "TOTAL                 34.79   100%     5",
            ""),
        run.out());
  }

  @Test
  void printsCsvWithExactAmountsAndQuotedKeys() throws Exception {
    Path file = dir.resolve("comma.csv");
    Files.writeString(
        file,
        """
        BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BillingAccountId,BillingCurrency,BilledCost,EffectiveCost,ListCost,ChargeCategory,ProviderName,ServiceName
        2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,2026-02-01T00:00:00Z,2026-02-01T01:00:00Z,a,EUR,0.0000001,0.0000001,0.0000002,Usage,p,"Storage, archive"
        """);

    CliTestSupport.Result run = run("--focus", file.toString(), "--format", "csv");

    assertEquals(
        String.join(
            System.lineSeparator(),
            "key,currency,billed_cost,effective_cost,list_cost,rows",
            "\"Storage, archive\",EUR,0.0000001,0.0000001,0.0000002,1",
            ""),
        run.out());
  }

  @Test
  void selectsChargePeriodFromInclusiveToExclusive() {
    CliTestSupport.Result run =
        run(
            "--focus",
            focus(SAVINGS_PLAN),
            "--from",
            "2026-02-01T01:00:00Z",
            "--to",
            "2026-02-01T03:00:00Z",
            "--format",
            "json");

    // Only the committed hours starting 01:00 and 02:00 and the on-demand hour starting 01:00.
    assertEquals(
        "{\"currency\":\"USD\",\"from\":\"2026-02-01T01:00:00Z\",\"to\":\"2026-02-01T03:00:00Z\",\"groups\":["
            + "{\"key\":\"Amazon Elastic Compute Cloud\",\"billed_cost\":3.84,\"effective_cost\":147.22,"
            + "\"list_cost\":218.92,\"rows\":3}]}"
            + System.lineSeparator(),
        run.out());
  }

  @Test
  void malformedExportFailsWithFileAndLineAndPrintsNoReport() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.write(
        file,
        Stream.concat(
                Files.readAllLines(Path.of(focus(SAVINGS_PLAN))).stream().limit(3),
                Stream.of("2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,5/1/25,x"))
            .toList());

    CliTestSupport.Result run = run("--focus", file.toString(), "--format", "json");

    assertEquals(ExitCode.BAD_INPUT, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("fleetscope cost: " + file + ", line 4"), run.err());
  }

  @Test
  void unknownGroupColumnIsABadOptionNamingTheChoices() {
    CliTestSupport.Result run = run("--focus", focus(SAVINGS_PLAN), "--group-by", "Team");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .contains("--group-by: cannot group by 'Team': use tag:KEY or one of BillingCurrency"),
        run.err());
  }

  @Test
  void unknownCostMeasureIsABadOption() {
    CliTestSupport.Result run = run("--focus", focus(SAVINGS_PLAN), "--cost", "amortized");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("--cost: 'amortized' is not one of billed, effective, list"), run.err());
  }

  private static CliTestSupport.Result run(String... args) {
    return CliTestSupport.run(new CostCommand(), args);
  }

  private static String focus(String name) {
    try {
      return Path.of(CostCommandTest.class.getResource("/focus/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
