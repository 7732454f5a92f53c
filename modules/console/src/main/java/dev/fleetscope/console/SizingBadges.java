package dev.fleetscope.console;

import dev.fleetscope.runtime.rightsizing.SizingTraits;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Badge;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * What decides how a workload may be sized, as small coloured labels for a table cell (each with
 * its sentence as a tooltip): the autoscaler, pod level, GPUs, JVM, job, sidecar. The themes colour
 * them by kind ({@code .sizing-badge.badge-vpa}, ...).
 */
public final class SizingBadges {
  private SizingBadges() {}

  public static HBox of(SizingTraits traits) {
    HBox box = new HBox(4);
    box.getStyleClass().add("sizing-badges");
    for (Badge badge : traits.badges()) {
      Label label = new Label(badge.text());
      label.getStyleClass().addAll("sizing-badge", styleClass(badge));
      label.setMinWidth(Label.USE_PREF_SIZE);
      Tooltip tip = new Tooltip(badge.detail());
      tip.setWrapText(true);
      tip.setMaxWidth(480);
      label.setTooltip(tip);
      box.getChildren().add(label);
    }
    return box;
  }

  /** {@code badge-vpa}, {@code badge-pod-level}, ... */
  public static String styleClass(Badge badge) {
    return "badge-" + badge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The badges' sentences, one a line, for the selected row's pane. */
  public static String details(SizingTraits traits) {
    return String.join("\n", traits.details());
  }
}
