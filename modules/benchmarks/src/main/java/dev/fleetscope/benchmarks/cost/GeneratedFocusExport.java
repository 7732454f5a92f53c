package dev.fleetscope.benchmarks.cost;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A FOCUS 1.2 CSV of many rows, written by DuckDB (tens of seconds for 10 M rows): 19 columns, the
 * 12 mandatory ones Fleetscope reads plus account, region, resource, SKU, a description it skips
 * and JSON tags; costs with ten decimals over 7 accounts, 23 services, 50,000 resources and a month
 * of hourly charge periods.
 */
final class GeneratedFocusExport {
  private GeneratedFocusExport() {}

  static Path write(Path file, long rows) throws SQLException {
    String sql =
        """
        COPY (
          SELECT '2026-02-01T00:00:00Z' AS BillingPeriodStart, '2026-03-01T00:00:00Z' AS BillingPeriodEnd,
            strftime(TIMESTAMP '2026-02-01' + to_hours(i % 672), '%Y-%m-%dT%H:%M:%SZ') AS ChargePeriodStart,
            strftime(TIMESTAMP '2026-02-01' + to_hours(i % 672 + 1), '%Y-%m-%dT%H:%M:%SZ') AS ChargePeriodEnd,
            'ACCT-' || (i % 7) AS BillingAccountId, 'Account ' || (i % 7) AS BillingAccountName,
            'USD' AS BillingCurrency,
            CAST(round(random() * 10, 10) AS DECIMAL(20, 10)) AS BilledCost,
            CAST(round(random() * 10, 10) AS DECIMAL(20, 10)) AS EffectiveCost,
            CAST(round(random() * 12, 10) AS DECIMAL(20, 10)) AS ListCost,
            'Usage' AS ChargeCategory, 'Amazon Web Services' AS ProviderName, 'Service ' || (i % 23) AS ServiceName,
            'us-east-' || (i % 3) AS RegionId,
            'arn:aws:ec2:us-east-1:111122223333:instance/i-' || lpad(CAST(i % 50000 AS VARCHAR), 12, '0') AS ResourceId,
            'SKU-' || (i % 100) AS SkuId, 'On-demand usage of instance ' || (i % 50000) AS ChargeDescription,
            '{"team":"team-' || (i % 9) || '","model":"model-' || (i % 5) || '"}' AS Tags
          FROM range({rows}) t(i)
        ) TO {file} (HEADER, DELIMITER ',')"""
            .replace("{rows}", Long.toString(rows))
            .replace("{file}", "'" + file.toAbsolutePath().toString().replace("'", "''") + "'");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
    return file;
  }
}
