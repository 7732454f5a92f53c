package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.console.CornerNotices;
import dev.fleetscope.model.Severity;
import dev.fleetscope.runtime.alerts.AlertDelivery;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Alerts as the console's notifications, in the corner of its window; a click shows what explains
 * the alert. Failed and slow runs are left to the Pipelines view's own notifications, which
 * announce them already. The delivery decides how many (a few a minute).
 */
public final class AlertNotifier implements AlertDelivery.Desktop {
  /** A popup grows as wide as its text: longer summaries are cut (the Overview has them whole). */
  private static final int LINE = 90;

  private final Window owner;
  private final BooleanSupplier dark;
  private final Consumer<Alert> open;
  private final Runnable openAll;
  private boolean closed; // read and written on the FX thread

  /**
   * @param openAll shows every alert (the "and 4 more" notification)
   */
  public AlertNotifier(Window owner, BooleanSupplier dark, Consumer<Alert> open, Runnable openAll) {
    this.owner = owner;
    this.dark = dark;
    this.open = open;
    this.openAll = openAll;
  }

  @Override
  public boolean wants(Alert alert) {
    return alert.kind() != RuleKind.PIPELINE_FAILED && alert.kind() != RuleKind.PIPELINE_SLOW;
  }

  @Override
  public void show(Alert alert, int heldBack) {
    String summary = alert.summary();
    String text =
        (summary.length() > LINE ? summary.substring(0, LINE - 1) + "…" : summary)
            + (heldBack > 0 ? "\nand " + heldBack + " more held back: see the Overview" : "");
    Platform.runLater(
        () ->
            raise(
                alert.subject().name() + ": " + alert.ruleId(),
                text,
                alert.severity(),
                () -> open.accept(alert)));
  }

  @Override
  public void more(int count) {
    Platform.runLater(
        () ->
            raise(
                count + " more alerts",
                "They came too fast to show each: the Overview lists them",
                Severity.WARNING,
                openAll));
  }

  /**
   * Closes the notifications still on screen and raises no more: the console is closing. On the FX
   * thread; an evaluation finishing after it shows nothing.
   */
  public void close() {
    closed = true;
    CornerNotices.closeAll(owner);
  }

  private void raise(String title, String text, Severity severity, Runnable onClick) {
    if (closed || !owner.isShowing()) {
      return; // closing: ControlsFX needs a showing owner
    }
    Notifications popup =
        Notifications.create()
            .owner(owner)
            .position(Pos.BOTTOM_RIGHT)
            .title(title)
            .text(text)
            .styleClass(CornerNotices.STYLE_CLASS)
            .hideAfter(Duration.seconds(severity == Severity.CRITICAL ? 30 : 15))
            .onAction(e -> onClick.run());
    if (dark.getAsBoolean()) {
      popup.darkStyle();
    }
    switch (severity) {
      case CRITICAL -> popup.showError();
      case WARNING -> popup.showWarning();
      case INFO -> popup.showInformation();
    }
  }
}
