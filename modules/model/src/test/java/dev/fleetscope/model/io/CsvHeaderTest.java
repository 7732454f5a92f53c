package dev.fleetscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one header rule the cost exports and the drift logs share. */
class CsvHeaderTest {
  @TempDir Path dir;

  @Test
  void quotedFieldsKeepTheirDelimitersAndDoubledQuotesAndNamesAreStripped() throws Exception {
    assertEquals(
        List.of("BilledCost", "Tags, raw", "say \"hi\"", ""),
        CsvHeader.split(" BilledCost ,\"Tags, raw\",\"say \"\"hi\"\"\",", ','));
  }

  @Test
  void aTabSeparatedHeaderSplitsOnTabsOnly() throws Exception {
    assertEquals(List.of("a,b", "c"), CsvHeader.split("a,b\tc", '\t'));
  }

  @Test
  void anUnterminatedQuoteNamesLineOne() {
    var e =
        assertThrows(CsvHeader.MalformedHeaderException.class, () -> CsvHeader.split("a,\"b", ','));
    assertEquals("line 1: unterminated quote in the header", e.getMessage());
  }

  @Test
  void dropsAByteOrderMarkAndReadsGzipByItsNameInAnyCase() throws Exception {
    Path gz = dir.resolve("log.CSV.GZ");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("\uFEFFmodel,score\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(List.of("model", "score"), CsvHeader.read(gz, ','));
  }

  @Test
  void anEmptyFileOrABlankFirstLineHasNoNames() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path blank = Files.writeString(dir.resolve("blank.csv"), "  \na,b\n");
    assertEquals(List.of(), CsvHeader.read(empty, ','));
    assertEquals(List.of(), CsvHeader.read(blank, ','));
  }

  @Test
  void aFileNamedGzipThatIsNotFailsAsIo() throws IOException {
    Path fake = Files.writeString(dir.resolve("plain.csv.gz"), "a,b\n");
    assertThrows(IOException.class, () -> CsvHeader.read(fake, ','));
  }
}
