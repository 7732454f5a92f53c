package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the owned-file fuzz tests check of a file that could not be read. */
public final class OwnedFiles {
  private OwnedFiles() {}

  /**
   * {@code name} is gone from {@code dir}, its bytes are kept whole under one dated name beside it,
   * and {@code problem} names where.
   */
  public static void assertKeptAside(Path dir, String name, byte[] bytes, String problem)
      throws IOException {
    assertFalse(Files.exists(dir.resolve(name)), "the unreadable file is not left to be replaced");
    List<Path> kept;
    try (Stream<Path> files = Files.list(dir)) {
      kept = files.filter(f -> f.getFileName().toString().startsWith(name + ".broken-")).toList();
    }
    assertEquals(1, kept.size(), kept.toString());
    assertArrayEquals(bytes, Files.readAllBytes(kept.getFirst()));
    assertTrue(problem.contains("it was kept as " + kept.getFirst()), problem);
    // Jackson's own location text must not reach the user, unless the file itself holds those
    // characters and the message quotes them (a fuzzer's value 'vi[Source:ew')
    if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("[Source:")) {
      assertFalse(problem.contains("[Source:"), problem);
    }
  }
}
