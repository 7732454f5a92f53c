package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The FOCUS files under src/test/resources/focus, and small CSVs written for one test. */
final class Samples {
  static final String AWS_SAVINGS_PLAN = "focus-sample-aws-savings-plan-ec2-trimmed.csv";
  static final String SAAS_1_2 = "focus-1.2-sample-saas-spend-agreements-all-columns.csv";
  static final String AI_TOKENS = "focus-sample-ai-per-token-foundation-model-api.csv";
  static final String TAGGED = "tagged-gpu-cluster.csv";

  static final String HEADER =
      "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,"
          + "BillingAccountId,BillingCurrency,BilledCost,EffectiveCost,ListCost,ChargeCategory,ProviderName,ServiceName";

  private Samples() {}

  static Path focus(String name) {
    URL url = Samples.class.getResource("/focus/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource focus/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a sample in {@code dir}, under another name. */
  static Path copy(String name, Path dir, String as) {
    try {
      return Files.copy(focus(name), dir.resolve(as));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV of {@link #HEADER} and these data lines. */
  static Path csv(Path dir, String name, String... rows) {
    try {
      return Files.write(dir.resolve(name), concat(HEADER, rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid row of {@link #HEADER}: one hour of a service, in a currency. */
  static String row(String service, String currency, String billed, String effective, String list) {
    return "2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,2026-02-01T00:00:00Z,2026-02-01T01:00:00Z,acct-1,"
        + currency
        + ","
        + billed
        + ","
        + effective
        + ","
        + list
        + ",Usage,Acme Cloud,"
        + service;
  }

  private static List<String> concat(String header, String... rows) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(header), java.util.Arrays.stream(rows))
        .toList();
  }
}
