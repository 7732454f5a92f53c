package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.runtime.alerts.AlertNotices;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One alert in a "needs attention" list: its severity in colour, what is wrong, since when, its
 * value against the threshold, and where the console explains it. A click goes there.
 */
final class AlertRow extends HBox {
  private static final double WHERE_WIDTH = 240;

  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  /**
   * @param retrain starts the model's retraining, for a drift alert on a desktop
   */
  AlertRow(Alert alert, Runnable open, Optional<Runnable> retrain) {
    getStyleClass().addAll("attention-row", alert.severity().id());
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);
    Label severity = badge(alert);
    Label what = new Label(alert.subject().name() + " · " + alert.ruleId());
    what.getStyleClass().add("attention-what");
    Label summary = new Label(alert.summary());
    summary.getStyleClass().add("muted");
    summary.setTooltip(new Tooltip(alert.summary()));
    VBox text = new VBox(1, what, summary);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    Label value =
        new Label(
            alert.kind().format(alert.value())
                + " ("
                + alert.kind().condition(alert.threshold())
                + ")\nsince "
                + SINCE.format(alert.since()));
    value.getStyleClass().add("attention-value");
    value.setMinWidth(Label.USE_PREF_SIZE); // the figure is what the row is for: never cut

    Label where = new Label(AlertNotices.where(alert.link()));
    where.getStyleClass().add("attention-link");
    where.setMaxWidth(WHERE_WIDTH); // the full path is in the tooltip
    where.setMinWidth(WHERE_WIDTH / 2);

    getChildren().addAll(severity, text, value, where);
    retrain.ifPresent(
        start -> {
          Hyperlink link = new Hyperlink("Retrain…");
          link.getStyleClass().add("attention-retrain");
          link.setId("retrain-" + alert.subject().name());
          link.setMinWidth(Hyperlink.USE_PREF_SIZE);
          link.setOnAction(
              e -> {
                e.consume();
                start.run();
              });
          link.setOnMouseClicked(MouseEvent::consume); // the row's click would open the view
          getChildren().add(link);
        });
    setOnMouseClicked(e -> open.run());
    Tooltip.install(this, new Tooltip("Open " + AlertNotices.where(alert.link())));
  }

  /** {@code CRITICAL} on red, {@code WARNING} on amber, {@code INFO} on blue. */
  static Label badge(Alert alert) {
    Label badge = new Label(alert.severity().name());
    badge.getStyleClass().addAll("severity-badge", alert.severity().id());
    badge.setMinWidth(Label.USE_PREF_SIZE);
    return badge;
  }
}
