package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStructureTest {
  private static final List<String> HEADER = List.of("A", "B");

  @TempDir Path dir;

  @Test
  void aByteOrderMarkBeforeAQuotedHeaderIsFine() throws Exception {
    Path file = dir.resolve("bom.csv");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "\"A\",\"B\"\r\n\"x, \"\"y\"\"\",2\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    Files.write(file, all);

    assertEquals(Optional.empty(), CsvStructure.check(file, HEADER));
  }

  @Test
  void aLineBreakInsideAQuotedCellCountsForTheLinesAfterIt() throws Exception {
    Path file = dir.resolve("multiline.csv");
    Files.writeString(file, "A,B\n\"one\ntwo\",1\nx,y\"z\n");

    CsvStructure.Problem problem = CsvStructure.check(file, HEADER).orElseThrow();

    assertEquals(4, problem.line());
    assertEquals("B", problem.column());
  }
}
