package dev.fleetscope.console;

import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import dev.fleetscope.updates.UpdateStatus;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The console's update notice: the daily check runs on a virtual thread once the window is up (it
 * never delays the start), and a newer release becomes a dismissible notice with a link to its
 * page. A failed check shows nothing; the console never downloads or installs anything.
 */
final class UpdateNotice {
  private UpdateNotice() {}

  static void start(DailyUpdateCheck check, MainWindow window, Consumer<String> openPage) {
    if (check.isOff()) {
      return;
    }
    Thread.ofVirtual()
        .name("update-check")
        .start(
            () ->
                check
                    .newerReleaseIfDue()
                    .ifPresent(status -> Platform.runLater(() -> show(status, window, openPage))));
  }

  private static void show(UpdateStatus status, MainWindow window, Consumer<String> openPage) {
    String page = status.latest().orElseThrow().page().toString();
    window.notice(
        "update-notice",
        "Fleetscope "
            + status.latest().orElseThrow().version().orElseThrow()
            + " is available (this is "
            + status.current()
            + ").",
        "Release notes and downloads",
        () -> openPage.accept(page));
  }
}
