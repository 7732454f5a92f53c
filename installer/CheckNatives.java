import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Proves that the slimmed JDBC drivers still load their native half on this OS and architecture:
 * {@code java -cp "LIBDIR/*" installer/CheckNatives.java} opens an in-memory DuckDB (the cost
 * store) and SQLite (the audit log) and runs one query on each. The console's --smoke run reaches
 * neither, so this is the installer's only check of them.
 */
public final class CheckNatives {
  public static void main(String[] args) throws SQLException {
    check("DuckDB", "jdbc:duckdb:");
    check("SQLite", "jdbc:sqlite::memory:");
  }

  private static void check(String name, String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select 6 * 7")) {
      r.next();
      if (r.getInt(1) != 42) {
        throw new IllegalStateException(name + " answered " + r.getInt(1) + " to 6 * 7");
      }
      System.out.println(name + " " + c.getMetaData().getDatabaseProductVersion() + ": native library loads");
    }
  }
}
