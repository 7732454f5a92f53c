package dev.fleetscope.cost.billing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reports over the store. Sums are DuckDB DECIMAL sums, exact; nothing passes through a double. */
final class CostReports {
  private final Connection db;

  CostReports(Connection db) {
    this.db = db;
  }

  CostReport report(CostQuery query) throws SQLException {
    String sql =
        "SELECT "
            + query.groupBy().sql()
            + " AS group_key, sum(billed_cost), sum(effective_cost), "
            + "sum(list_cost), count(*), min(charge_period_start), max(charge_period_end) FROM billing_row"
            + where(query)
            + " GROUP BY group_key ORDER BY sum("
            + query.rankBy().sqlName()
            + ") DESC, group_key NULLS LAST";
    List<CostGroup> groups = new ArrayList<>();
    Instant first = null;
    Instant last = null;
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bindPeriod(statement, query);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          groups.add(
              new CostGroup(
                  Optional.ofNullable(rs.getString(1)),
                  money(rs.getBigDecimal(2)),
                  money(rs.getBigDecimal(3)),
                  money(rs.getBigDecimal(4)),
                  rs.getLong(5)));
          first = earlier(first, utc(rs.getObject(6, LocalDateTime.class)));
          last = later(last, utc(rs.getObject(7, LocalDateTime.class)));
        }
      }
    }
    Optional<Instant> from = query.from().isPresent() ? query.from() : Optional.ofNullable(first);
    Optional<Instant> to = query.to().isPresent() ? query.to() : Optional.ofNullable(last);
    return new CostReport(currency(), from, to, query.groupBy(), query.rankBy(), groups);
  }

  /**
   * Exact cost per UTC day of ChargePeriodStart in {@code [from, to)}, days without rows left out.
   */
  List<DailyCost> daily(CostMeasure measure, Instant from, Instant to) throws SQLException {
    List<DailyCost> days = new ArrayList<>();
    try (PreparedStatement statement =
        db.prepareStatement(
            "SELECT CAST(charge_period_start AS DATE) AS day, sum("
                + measure.sqlName()
                + ") FROM billing_row WHERE charge_period_start >= ? AND charge_period_start < ? "
                + "GROUP BY day ORDER BY day")) {
      statement.setObject(1, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
      statement.setObject(2, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          days.add(
              new DailyCost(
                  rs.getObject(1, java.time.LocalDate.class), money(rs.getBigDecimal(2))));
        }
      }
    }
    return days;
  }

  Optional<Currency> storeCurrency() throws SQLException {
    return currency();
  }

  List<ImportedFile> importedFiles() throws SQLException {
    List<ImportedFile> files = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery("SELECT path, sha256, row_count FROM focus_file ORDER BY id")) {
      while (rs.next()) {
        files.add(
            new ImportedFile(
                Path.of(rs.getString(1)),
                rs.getString(2),
                ImportedFile.Outcome.IMPORTED,
                rs.getLong(3)));
      }
    }
    return files;
  }

  /** The store's currency; the import keeps it to one. */
  private Optional<Currency> currency() throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery("SELECT CAST(billing_currency AS VARCHAR) FROM billing_row LIMIT 1")) {
      return rs.next() ? Optional.of(Currency.getInstance(rs.getString(1))) : Optional.empty();
    }
  }

  private static String where(CostQuery query) {
    List<String> conditions = new ArrayList<>();
    query.from().ifPresent(f -> conditions.add("charge_period_start >= ?"));
    query.to().ifPresent(t -> conditions.add("charge_period_start < ?"));
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bindPeriod(PreparedStatement statement, CostQuery query) throws SQLException {
    int index = 1;
    if (query.from().isPresent()) {
      statement.setObject(index++, LocalDateTime.ofInstant(query.from().get(), ZoneOffset.UTC));
    }
    if (query.to().isPresent()) {
      statement.setObject(index, LocalDateTime.ofInstant(query.to().get(), ZoneOffset.UTC));
    }
  }

  /**
   * The exact sum without the store's trailing zeros, but never fewer than two decimals: 215.07,
   * 48.00.
   */
  static BigDecimal money(BigDecimal sum) {
    BigDecimal stripped = sum.stripTrailingZeros();
    return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
  }

  private static Instant utc(LocalDateTime time) {
    return time == null ? null : time.toInstant(ZoneOffset.UTC);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }
}
