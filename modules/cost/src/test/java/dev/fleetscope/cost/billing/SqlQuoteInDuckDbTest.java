package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.io.SqlQuote;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A header name or a path put into DuckDB SQL comes back as itself, whatever it holds: the quoting
 * is what keeps a file's header from writing SQL. (Jazzer's SQL-injection hook cannot judge
 * DuckDB's dialect, see the fuzz execution in the parent pom, so this is checked here directly.)
 */
class SqlQuoteInDuckDbTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "BilledCost",
        "a\"b",
        "it's",
        "'); DROP TABLE billing_row; --",
        "\"), read_csv('/etc/passwd') --",
        "x\" FROM t; SELECT \"y",
        "line\nbreak",
        "back\\slash",
        "Čas € 時間",
        "{'a': 'VARCHAR'}",
        ""
      })
  void textAndNamesComeBackAsThemselves(String text) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT "
                    + SqlQuote.literal(text)
                    + " AS "
                    + SqlQuote.identifier(text.isEmpty() ? "empty" : text))) {
      rs.next();
      assertEquals(text, rs.getString(1));
      assertEquals(text.isEmpty() ? "empty" : text, rs.getMetaData().getColumnLabel(1));
    }
  }
}
