package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.cost.source.CostSources;
import dev.fleetscope.runtime.config.OwnedFiles;
import dev.fleetscope.runtime.rightsizing.FuzzFiles;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as {@code cost-sources.json}, read as the Cost view reads it at start: sources that
 * survive a save and a load unchanged, or an error that says the file was kept aside under a dated
 * name. Any other exception is a finding. Seeds: one source of each kind, as the Cost view saves
 * them.
 */
class CostSourcesFileFuzzTest {
  private static final Path DIR = FuzzFiles.folder("cost-sources-fuzz");

  @FuzzTest(maxDuration = "10s")
  void readsSourcesThatSurviveASaveOrKeepsTheFileAside(byte[] json) throws IOException {
    FuzzFiles.empty(DIR);
    Path file = Files.write(DIR.resolve(CostSources.FILE_NAME), json);
    BillingSources sources = new BillingSources(DIR, DIR, Simulator.DEFAULT_SEED);
    List<CostSource> read;
    try {
      read = sources.load();
    } catch (IOException e) {
      assertTrue(e.getMessage().startsWith("Cost sources: " + file), e.getMessage());
      OwnedFiles.assertKeptAside(DIR, CostSources.FILE_NAME, json, e.getMessage());
      return;
    }
    CostSources.save(file, read);
    assertEquals(read, CostSources.load(file));
  }

  @AfterAll
  static void clean() throws IOException {
    FuzzFiles.delete(DIR);
  }
}
