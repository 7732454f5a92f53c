package dev.fleetscope.runtime.config;

import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.model.io.BrokenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * One file the console owns (settings, connections, drift sources): read through {@link
 * BrokenFiles}, so a torn or unreadable file is kept aside under a dated name and reported, never
 * replaced by the next save without a word; written through {@link AtomicFiles}, whole and durably.
 * A file that could not even be read (permissions, a vanished disk) is left where it is, and saves
 * are refused rather than let them replace it.
 *
 * @param <T> what the file holds
 */
public final class OwnedFile<T> {
  private final Path file;
  private final String what;
  private final BrokenFiles broken;
  private volatile Optional<String> problem = Optional.empty();
  private volatile boolean leftAlone;

  /**
   * @param what what the file holds, for a message ({@code "settings"})
   * @param clock dates a set-aside copy
   */
  public OwnedFile(Path file, String what, Clock clock) {
    this.file = file;
    this.what = what;
    this.broken = new BrokenFiles(clock);
  }

  public Path file() {
    return file;
  }

  /**
   * The file's contents; empty when it does not exist yet or could not be used, which {@link
   * #problem()} then says, with where the file was kept.
   *
   * @param parser throws whatever says why the text is not what the file should hold
   */
  public Optional<T> read(BrokenFiles.Parser<T> parser) {
    problem = Optional.empty();
    leftAlone = false;
    try {
      return switch (broken.read(file, text -> nonNull(parser.parse(text)))) {
        case BrokenFiles.Read.Missing<T> missing -> Optional.empty();
        case BrokenFiles.Read.Parsed<T> parsed -> Optional.of(parsed.value());
        case BrokenFiles.Read.SetAside<T> aside -> {
          problem = Optional.of(aside.message());
          yield Optional.empty();
        }
      };
    } catch (IOException e) {
      leftAlone = true;
      problem =
          Optional.of(
              file
                  + " could not be read ("
                  + e.getMessage()
                  + "); it is left as it is, and changes are not saved over it");
      return Optional.empty();
    }
  }

  /** Why the last {@link #read} gave nothing although the file exists. */
  public Optional<String> problem() {
    return problem;
  }

  /**
   * Replaces the file whole and durably.
   *
   * @throws IOException also when the file could not be read at start: it is not replaced unseen
   */
  public void write(String text) throws IOException {
    if (leftAlone) {
      throw new IOException(
          file + " could not be read when Fleetscope started, so it is not replaced");
    }
    AtomicFiles.write(file, text);
  }

  private T nonNull(T value) {
    if (value == null) {
      throw new IllegalArgumentException("it holds JSON null, not the " + what);
    }
    return value;
  }
}
