package dev.fleetscope.console;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * The console's two looks: a stylesheet from {@code assets/themes} and the colours TilesFX tiles
 * take.
 */
public enum Theme {
  LIGHT("light", Color.web("#ffffff"), Color.web("#1f2933")),
  DARK("dark", Color.web("#2a2f3a"), Color.web("#e4e7eb"));

  private final String id;
  private final Color tileBackground;
  private final Color tileForeground;

  Theme(String id, Color tileBackground, Color tileForeground) {
    this.id = id;
    this.tileBackground = tileBackground;
    this.tileForeground = tileForeground;
  }

  public String id() {
    return id;
  }

  public String stylesheet() {
    return Objects.requireNonNull(
            Theme.class.getResource("/dev/fleetscope/assets/themes/" + id + ".css"),
            "theme stylesheet missing from the jar: " + id)
        .toExternalForm();
  }

  public Color tileBackground() {
    return tileBackground;
  }

  public Color tileForeground() {
    return tileForeground;
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public static Theme byId(String id) {
    return "dark".equals(id) ? DARK : LIGHT;
  }
}
