package dev.fleetscope.prometheus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A password or token: given inline, or read from a file that is re-read when it changes
 * (Kubernetes rotates projected service-account tokens in place). {@link #toString()} never shows
 * the value.
 */
public sealed interface Secret {
  static Secret inline(String value) {
    return new Inline(value);
  }

  static Secret fromFile(Path file) {
    return new FromFile(file);
  }

  record Inline(String value) implements Secret {
    public Inline {
      Objects.requireNonNull(value, "secret value");
    }

    @Override
    public String toString() {
      return "Inline[****]";
    }
  }

  record FromFile(Path path) implements Secret {
    public FromFile {
      Objects.requireNonNull(path, "secret file");
    }
  }
}
