package dev.fleetscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads a file Fleetscope owns (settings, connections, sources) and, when it cannot be parsed,
 * keeps it for the user under a dated name beside it ({@code
 * settings.json.broken-2026-12-05T101500Z}) instead of letting the next save replace it. What
 * happened is returned, never swallowed, so the caller can tell the user where the file went.
 */
public final class BrokenFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Parses the whole text of a file; throws whatever says why it cannot. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String text) throws Exception;
  }

  /** The outcome of reading one owned file. */
  public sealed interface Read<T> {
    /** The file does not exist yet: the caller starts from its defaults. */
    record Missing<T>(Path file) implements Read<T> {}

    record Parsed<T>(Path file, T value) implements Read<T> {}

    /**
     * The file could not be parsed and now lives at {@code keptAs}; {@code problem} says why, for
     * the user.
     */
    record SetAside<T>(Path file, Path keptAs, String problem) implements Read<T> {
      public String message() {
        return file + " could not be read (" + problem + "); it was kept as " + keptAs;
      }
    }

    default Optional<T> parsed() {
      return this instanceof Parsed<T> parsed ? Optional.of(parsed.value()) : Optional.empty();
    }
  }

  private final Clock clock;

  public BrokenFiles(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reads and parses {@code file}. A file that is not UTF-8 or that the parser refuses (any
   * exception it throws) is moved aside; a failure to read (permissions, a vanished disk) is thrown
   * as it is, since moving the file would not help.
   */
  public <T> Read<T> read(Path file, Parser<T> parser) throws IOException {
    if (!Files.exists(file)) {
      return new Read.Missing<>(file);
    }
    byte[] bytes = Files.readAllBytes(file);
    String problem;
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return new Read.Parsed<>(file, parser.parse(text));
    } catch (CharacterCodingException e) {
      problem = "not UTF-8 text";
    } catch (Exception e) {
      problem = firstLine(e);
    }
    return new Read.SetAside<>(file, setAside(file), problem);
  }

  /** Moves the file to a dated name beside it that no earlier set-aside holds. */
  public Path setAside(Path file) throws IOException {
    String base = file.getFileName() + ".broken-" + STAMP.format(clock.instant());
    Path aside = file.resolveSibling(base);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(base + "-" + n);
    }
    Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    AtomicFiles.syncFolder(file.toAbsolutePath().getParent());
    return aside;
  }

  /** The parser's message, first line, without a JSON library's {@code at [Source: ...]}. */
  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String first = message.strip().lines().findFirst().orElse(message);
    return first.replaceFirst("\\s*\\(?(start marker )?at \\[Source:.*$", "").strip();
  }
}
