package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftSourcesStoreTest {
  @TempDir Path dir;

  static final DriftSource.LogFile LOG =
      new DriftSource.LogFile(
          "churn-lgbm (prod)",
          "/data/churn/log.parquet",
          "ts",
          "2026-11-01/2026-11-08",
          "2026-11-19/2026-11-20",
          List.of("segment"),
          Map.of("score", "psi"),
          Map.of("score", 0.2));
  static final DriftSource.FilePair PAIR =
      new DriftSource.FilePair(
          "ranker offline eval", "/data/ref.csv", "/data/cur.csv", List.of(), Map.of(), Map.of());

  @Test
  void noFileMeansNoSourcesAndNoProblem() {
    DriftSourcesStore store = new DriftSourcesStore(new AppDirs(dir, dir));
    assertEquals(List.of(), store.load());
    assertNull(store.problem());
  }

  @Test
  void keepsBothKindsOfSourceWithTheirOverridesInAFileOfItsOwn() throws Exception {
    DriftSourcesStore store = new DriftSourcesStore(new AppDirs(dir.resolve("nested"), dir));
    store.save(List.of(LOG, PAIR));
    assertEquals(
        List.of(LOG, PAIR), new DriftSourcesStore(new AppDirs(dir.resolve("nested"), dir)).load());
    String json = Files.readString(dir.resolve("nested/drift-sources.json"));
    assertTrue(json.contains("\"kind\" : \"log\"") && json.contains("\"kind\" : \"pair\""), json);
    assertTrue(json.contains("\"score\" : \"psi\""), json);
    assertFalse(
        Files.exists(dir.resolve("nested/settings.json")), "the settings file is not touched");
  }

  @Test
  void missingOverridesReadAsNone() throws Exception {
    Files.writeString(
        dir.resolve("drift-sources.json"),
        "{\"sources\":[{\"kind\":\"pair\",\"name\":\"a\",\"reference\":\"r.csv\",\"current\":\"c.csv\"}]}");
    assertEquals(
        List.of(new DriftSource.FilePair("a", "r.csv", "c.csv", List.of(), Map.of(), Map.of())),
        new DriftSourcesStore(new AppDirs(dir, dir)).load());
  }

  @Test
  void anUnreadableFileIsKeptAsideWithTheReason() throws Exception {
    Files.writeString(dir.resolve("drift-sources.json"), "{\"sources\":[{\"kind\":\"zip\"}]}");
    DriftSourcesStore store = new DriftSourcesStore(new AppDirs(dir, dir));
    assertEquals(List.of(), store.load());
    Path kept = SettingsStoreTest.keptAside(dir, "drift-sources.json");
    assertTrue(store.problem().contains("it was kept as " + kept), store.problem());
    assertTrue(store.problem().contains("zip"), store.problem());
  }
}
