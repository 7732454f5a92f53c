package dev.fleetscope.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A console without notifications in its corner, for tests that click near it: the demo fleet's
 * alerts would otherwise pop up over the buttons being clicked (and under Monocle take the keys).
 */
public final class QuietDesktop {
  private QuietDesktop() {}

  /** Writes the user's {@code settings.json} into {@code configDir}, as a user would. */
  public static void in(Path configDir) throws IOException {
    Files.createDirectories(configDir);
    Files.writeString(configDir.resolve("settings.json"), "{\"desktopNotices\": false}");
  }
}
