package dev.fleetscope.runtime.alerts;

import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.config.NotificationsFile;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code notifications.json} in the config folder, read again at each delivery so an edit counts at
 * once: absent, no webhook; unreadable, no webhook and the reason.
 */
public final class NotificationsStore {
  /** The webhooks and, when the file could not be read, why. */
  public record Loaded(List<Webhook> webhooks, Optional<String> problem) {}

  private final Path file;

  public NotificationsStore(AppDirs dirs) {
    this.file = dirs.config().resolve(NotificationsFile.FILE_NAME);
  }

  public Path file() {
    return file;
  }

  public Loaded load() {
    try (InputStream in = Files.newInputStream(file)) {
      return new Loaded(NotificationsFile.read(in, file.toString()), Optional.empty());
    } catch (NoSuchFileException e) {
      return new Loaded(List.of(), Optional.empty());
    } catch (IOException e) {
      return new Loaded(
          List.of(),
          Optional.of(
              (e.getMessage() == null ? file + ": " + e : e.getMessage())
                  + "; no webhook is sent to until it is mended"));
    }
  }
}
