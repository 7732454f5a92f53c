package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesFileTest {
  @TempDir Path dir;

  @Test
  void aHeaderWithoutRowsIsRefusedRatherThanReadAsNoObservations() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("samples.csv"), "container,timestamp,cpu_cores,memory_bytes\n\n");
    var e = assertThrows(IllegalArgumentException.class, () -> SamplesFile.read(file));
    assertEquals(
        file + " line 2: the file has a header and no rows; expected one sample per line",
        e.getMessage());
  }
}
