package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.rules.AlertRulesFile;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code alert-rules.json} in the config folder: absent, the default rules apply. A file that
 * cannot be read leaves it untouched (it is the user's to mend: the message names the entry and
 * field) and the default rules apply meanwhile; saving then replaces it.
 */
public final class AlertRulesStore {
  /** The rules in force and, when the file could not be read, why. */
  public record Loaded(List<AlertRule> rules, Optional<String> problem) {}

  private final Path file;

  public AlertRulesStore(AppDirs dirs) {
    this(dirs.config().resolve(AlertRulesFile.FILE_NAME));
  }

  public AlertRulesStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public Loaded load() {
    try (InputStream in = Files.newInputStream(file)) {
      return new Loaded(AlertRulesFile.read(in, file.toString()), Optional.empty());
    } catch (NoSuchFileException e) {
      return new Loaded(DefaultRules.all(), Optional.empty());
    } catch (IOException e) {
      return new Loaded(
          DefaultRules.all(),
          Optional.of(e.getMessage() == null ? file + ": " + e : e.getMessage()));
    }
  }

  public void save(List<AlertRule> rules) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AlertRulesFile.write(rules, out);
    AtomicFiles.write(file, out.toString(StandardCharsets.UTF_8));
  }
}
