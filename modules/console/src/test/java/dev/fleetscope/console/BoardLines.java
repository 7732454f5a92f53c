package dev.fleetscope.console;

import dev.fleetscope.console.WallBoard.Picture;
import java.util.List;

/** A board's tiles as the tests compare them: {@code subject | value | TONE}, worst first. */
public final class BoardLines {
  private BoardLines() {}

  public static List<String> of(Picture picture) {
    return picture.items().stream()
        .map(i -> i.subject() + " | " + i.value() + " | " + i.tone())
        .toList();
  }
}
