package dev.fleetscope.cost.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostSourcesTest {
  @TempDir Path dir;

  @Test
  void everyKindOfSourceSurvivesSaveAndLoad() throws IOException {
    List<CostSource> sources =
        List.of(
            new CostSource.FocusExport(
                "aws-prod",
                "AWS production",
                List.of(dir.resolve("focus"), dir.resolve("x.csv.gz"))),
            new CostSource.OpenCost(
                "ml-prod",
                "ml-prod OpenCost",
                URI.create("http://localhost:9003"),
                Currency.getInstance("EUR")),
            new CostSource.PriceCatalog(
                "gcp-prices",
                "GCP list prices",
                CostSource.Catalog.GCP_BILLING_CATALOG,
                List.of("us-central1", "europe-west4"),
                "FLEETSCOPE_GCP_API_KEY"));
    Path file = dir.resolve("config").resolve(CostSources.FILE_NAME);

    CostSources.save(file, sources);

    assertEquals(sources, CostSources.load(file));
    assertTrue(Files.readString(file).contains("\"kind\" : \"opencost\""));
  }

  @Test
  void aRelativeExportPathIsTakenFromTheFilesFolder() throws IOException {
    Path file = dir.resolve("cost-sources.json");
    java.nio.file.Files.writeString(
        file,
        "[{\"kind\": \"focus-export\", \"id\": \"aws\", \"displayName\": \"AWS\","
            + " \"paths\": [\"exports/../focus\", \"/data/focus\"]}]");
    CostSource.FocusExport read = (CostSource.FocusExport) CostSources.load(file).getFirst();
    assertEquals(
        List.of(dir.toAbsolutePath().resolve("focus"), Path.of("/data/focus")), read.paths());
    CostSources.save(file, List.of(read));
    assertEquals(List.of(read), CostSources.load(file), "saved absolute, read back the same");
  }

  @Test
  void noFileMeansNoSources() throws IOException {
    assertEquals(List.of(), CostSources.load(dir.resolve("absent.json")));
  }

  @Test
  void refusesTwoSourcesWithOneId() {
    List<CostSource> twins =
        List.of(
            new CostSource.FocusExport("a", "A", List.of(dir)),
            new CostSource.FocusExport("a", "B", List.of(dir)));

    IOException e =
        assertThrows(IOException.class, () -> CostSources.save(dir.resolve("s.json"), twins));

    assertTrue(e.getMessage().endsWith("two cost sources share the id 'a'"), e.getMessage());
  }

  @Test
  void reportsUnknownKindWithTheFile() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("s.json"), "[{\"kind\":\"bigquery\",\"id\":\"x\",\"displayName\":\"X\"}]");

    IOException e = assertThrows(IOException.class, () -> CostSources.load(file));

    assertEquals(
        file
            + ": line 1, column 10, [0]: unknown kind 'bigquery'; known are focus-export,"
            + " opencost, price-catalog",
        e.getMessage());
  }

  @Test
  void aPathThatIsNotTextIsToldByPlaceNotByJacksonsSentence() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("s.json"),
            "[{\"kind\":\"focus-export\",\"id\":\"x\",\"displayName\":\"X\",\n"
                + "  \"paths\": [{\"bucket\": \"b\"}]}]");

    IOException e = assertThrows(IOException.class, () -> CostSources.load(file));

    assertEquals(file + ": line 2, column 13, [0].paths[0]: expected text", e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsToldSoNotByTheDecodersInputLength() throws IOException {
    // 0xFF never occurs in UTF-8 (a Latin-1 "ÿ").
    Path file = Files.write(dir.resolve("s.json"), new byte[] {'[', (byte) 0xFF, ']'});

    IOException e = assertThrows(IOException.class, () -> CostSources.load(file));

    assertEquals(file + ": not UTF-8 text", e.getMessage());
  }
}
