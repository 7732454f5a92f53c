package dev.fleetscope.drift.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.drift.CategoricalColumn;
import dev.fleetscope.drift.NumericalColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSourceTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void typesColumnsOverBothWindowsAndDropsMissingMarkers() throws IOException {
    Path ref =
        write(
            "ref.csv",
            "age,city,code,day\n31,Paris,1,2024-05-01\n,Lyon,2,2024-05-02\nNA,\"Nice, FR\",3,\n");
    Path cur =
        write("cur.csv", "age,city,code,day\n 40.5 ,Paris,x,2024-06-01\nnan,Paris,2,2024-06-02\n");
    Windows w = DuckDbSource.readFiles(ref, cur);

    assertEquals(List.of("day"), w.skippedTimeColumns());
    var age = assertInstanceOf(NumericalColumn.class, w.reference().column("age").orElseThrow());
    assertEquals(3, age.values().length);
    assertEquals(31.0, age.values()[0]);
    assertTrue(Double.isNaN(age.values()[1]) && Double.isNaN(age.values()[2]));
    var curAge = (NumericalColumn) w.current().column("age").orElseThrow();
    assertEquals(40.5, curAge.values()[0]);

    var city =
        assertInstanceOf(CategoricalColumn.class, w.reference().column("city").orElseThrow());
    assertEquals(List.of("Lyon", "Nice, FR", "Paris"), city.categories());
    // numbers in the reference but "x" in the current window: labels on both sides
    var code =
        assertInstanceOf(CategoricalColumn.class, w.reference().column("code").orElseThrow());
    assertEquals(List.of("1", "2", "3"), code.categories());
    assertEquals(
        List.of("age", "city", "code"),
        w.reference().columns().stream().map(c -> c.name()).toList());
  }

  @Test
  void readsParquet() throws SQLException {
    Path ref = dir.resolve("ref.parquet");
    Path cur = dir.resolve("cur.parquet");
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT i::DOUBLE / 4 AS score, CASE WHEN i % 2 = 0 THEN 'cat' ELSE 'dog' END AS label, "
              + "i AS n FROM range(10) t(i)) TO '"
              + ref
              + "' (FORMAT PARQUET)");
      s.execute(
          "COPY (SELECT i::DOUBLE AS score, 'cat' AS label, i AS n FROM range(4) t(i)) TO '"
              + cur
              + "' (FORMAT PARQUET)");
    }
    Windows w = DuckDbSource.readFiles(ref, cur);
    var score = (NumericalColumn) w.reference().column("score").orElseThrow();
    assertArrayEquals(
        new double[] {0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25}, score.values());
    var label = (CategoricalColumn) w.current().column("label").orElseThrow();
    assertArrayEquals(new double[] {4}, label.counts());
    assertInstanceOf(NumericalColumn.class, w.current().column("n").orElseThrow());
  }

  @Test
  void malformedRowIsReportedWithFileAndLine() throws IOException {
    Path ref = write("bad.csv", "a,b,c\n1,x,2\n2,y,3\n3,y\n4,z,5\n");
    Path cur = write("cur.csv", "a,b,c\n1,x,2\n");
    var e = assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, cur));
    assertTrue(e.getMessage().startsWith(ref + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("Line: 4"), e.getMessage());
    assertTrue(e.getMessage().contains("Expected Number of Columns: 3 Found: 2"), e.getMessage());
  }

  @Test
  void unterminatedQuoteIsReportedWithItsLine() throws IOException {
    Path ref = write("ref.csv", "a,b\n1,x\n2,\"y\n3,z\n");
    var e =
        assertThrows(
            DriftInputException.class,
            () -> DuckDbSource.readFiles(ref, write("cur.csv", "a,b\n1,x\n")));
    assertTrue(
        e.getMessage().contains("Line: 3") && e.getMessage().contains("unterminated quote"),
        e.getMessage());
  }

  @Test
  void emptyFileMissingFileAndUnknownTypeAreNamed() throws IOException {
    Path ok = write("ok.csv", "a\n1\n");
    Path empty = write("empty.csv", "");
    assertEquals(
        empty + ": line 1: empty file, expected a header line with column names",
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(empty, ok))
            .getMessage());
    Path missing = dir.resolve("nope.csv");
    assertEquals(
        missing + ": no such file",
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ok, missing))
            .getMessage());
    Path json = write("x.json", "{}");
    assertEquals(
        json + ": unknown file type; use .csv, .tsv or .parquet",
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(json, ok))
            .getMessage());
    Path twice = write("twice.csv", "a,b,a\n1,2,3\n");
    assertEquals(
        twice + ": line 1: column name 'a' appears twice",
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(twice, ok))
            .getMessage());
  }

  @Test
  void notAParquetFileIsNamed() throws IOException {
    Path fake = write("fake.parquet", "not parquet");
    var e =
        assertThrows(
            DriftInputException.class,
            () -> DuckDbSource.readFiles(fake, write("ok.csv", "a\n1\n")));
    assertTrue(
        e.getMessage().startsWith(fake + ": ") && e.getMessage().contains("Parquet file"),
        e.getMessage());
  }

  @Test
  void differentColumnsAreListed() throws IOException {
    Path ref = write("ref.csv", "a,b\n1,2\n");
    Path cur = write("cur.csv", "a,c\n1,2\n");
    var e = assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, cur));
    assertEquals("columns differ: " + ref + " has [a, b], " + cur + " has [a, c]", e.getMessage());
  }

  @Test
  void splitsOneLogIntoTimeWindows() throws IOException {
    Path log =
        write(
            "log.csv",
            "ts,score,model\n"
                + "2024-05-01T10:00:00Z,0.1,a\n2024-05-01T23:59:59Z,0.2,a\n2024-05-02T00:00:00Z,0.9,b\n"
                + "2024-05-02T08:00:00+02:00,0.8,b\n,0.5,a\n");
    Windows w =
        DuckDbSource.readLog(
            log,
            "ts",
            TimeWindow.parse("2024-05-01/2024-05-02"),
            TimeWindow.parse("2024-05-02/2024-05-03"));
    assertArrayEquals(
        new double[] {0.1, 0.2},
        sorted(((NumericalColumn) w.reference().column("score").orElseThrow()).values()));
    assertArrayEquals(
        new double[] {0.8, 0.9},
        sorted(((NumericalColumn) w.current().column("score").orElseThrow()).values()));
    assertTrue(w.reference().column("ts").isEmpty());
  }

  @Test
  void splitsByEpochSeconds() throws IOException {
    Path log = write("log.csv", "t,score\n0,1\n59,2\n60,3\n61,4\n");
    Windows w =
        DuckDbSource.readLog(
            log,
            "t",
            TimeWindow.parse("1970-01-01T00:00/1970-01-01T00:01"),
            TimeWindow.parse("1970-01-01T00:01/1970-01-01T00:02"));
    assertEquals(2, ((NumericalColumn) w.current().column("score").orElseThrow()).values().length);
  }

  @Test
  void splitsAParquetLogByItsTimestampType() throws SQLException {
    Path log = dir.resolve("log.parquet");
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT TIMESTAMP '2024-05-01 00:00:00' + INTERVAL (i) HOUR AS ts, i::DOUBLE AS score "
              + "FROM range(48) t(i)) TO '"
              + log
              + "' (FORMAT PARQUET)");
    }
    Windows w =
        DuckDbSource.readLog(
            log,
            "ts",
            TimeWindow.parse("2024-05-01/2024-05-02"),
            TimeWindow.parse("2024-05-02T00:00/2024-05-02T06:00"));
    assertEquals(
        24, ((NumericalColumn) w.reference().column("score").orElseThrow()).values().length);
    assertArrayEquals(
        new double[] {24, 25, 26, 27, 28, 29},
        ((NumericalColumn) w.current().column("score").orElseThrow()).values());
  }

  @Test
  void columnEmptyInBothWindowsIsKeptAsNumbersWithoutValues() throws IOException {
    Windows w =
        DuckDbSource.readFiles(write("ref.csv", "a,b\n1,\n2,NA\n"), write("cur.csv", "a,b\n3,\n"));
    var b = assertInstanceOf(NumericalColumn.class, w.reference().column("b").orElseThrow());
    assertTrue(Double.isNaN(b.values()[0]) && Double.isNaN(b.values()[1]));
  }

  @Test
  void logErrorsNameTheLineTheColumnAndTheWindow() throws IOException {
    Path log = write("log.csv", "ts,score\n2024-05-01,1\nyesterday,2\n");
    var bad =
        assertThrows(
            DriftInputException.class,
            () ->
                DuckDbSource.readLog(
                    log,
                    "ts",
                    TimeWindow.parse("2024-05-01/2024-05-02"),
                    TimeWindow.parse("2024-05-02/2024-05-03")));
    assertEquals(log + ": line 3, column 'ts': 'yesterday' is not a timestamp", bad.getMessage());

    Path ok = write("ok.csv", "ts,score\n2024-05-01,1\n2024-05-02,2\n");
    var empty =
        assertThrows(
            DriftInputException.class,
            () ->
                DuckDbSource.readLog(
                    ok,
                    "ts",
                    TimeWindow.parse("2024-05-01/2024-05-02"),
                    TimeWindow.parse("2024-06-01/2024-06-02")));
    assertEquals(
        ok
            + ": the current window 2024-06-01T00:00:00Z/2024-06-02T00:00:00Z holds no rows (column 'ts' "
            + "spans 2024-05-01 00:00:00+00 to 2024-05-02 00:00:00+00)",
        empty.getMessage());
    var noColumn =
        assertThrows(
            DriftInputException.class,
            () ->
                DuckDbSource.readLog(
                    ok,
                    "time",
                    TimeWindow.parse("2024-05-01/2024-05-02"),
                    TimeWindow.parse("2024-05-02/2024-05-03")));
    assertEquals(ok + ": no timestamp column 'time'", noColumn.getMessage());
  }

  @Test
  void timeWindowsMustBeStartSlashEnd() {
    assertEquals(
        "time window '2024-05-01' must be START/END, e.g. 2024-05-01/2024-05-08",
        assertThrows(DriftInputException.class, () -> TimeWindow.parse("2024-05-01")).getMessage());
    assertEquals(
        "time window must end after it starts: 2024-05-02T00:00:00Z/2024-05-01T00:00:00Z",
        assertThrows(DriftInputException.class, () -> TimeWindow.parse("2024-05-02/2024-05-01"))
            .getMessage());
  }

  private static double[] sorted(double[] v) {
    double[] c = v.clone();
    java.util.Arrays.sort(c);
    return c;
  }
}
