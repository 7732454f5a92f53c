package dev.fleetscope.console;

import dev.fleetscope.runtime.rightsizing.SizingTraits;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Badge;
import java.util.List;
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
    return of(traits, Integer.MAX_VALUE);
  }

  /**
   * At most {@code shown} badges, then {@code +N} with the rest's sentences as its tooltip: a table
   * cell keeps its width and no badge is cut in half.
   */
  public static HBox of(SizingTraits traits, int shown) {
    HBox box = new HBox(4);
    box.getStyleClass().add("sizing-badges");
    List<Badge> badges = traits.badges();
    for (Badge badge : badges.subList(0, Math.min(shown, badges.size()))) {
      Label label = new Label(badge.text());
      label.getStyleClass().addAll("sizing-badge", styleClass(badge));
      label.setMinWidth(Label.USE_PREF_SIZE);
      Tooltip tip = new Tooltip(badge.detail());
      tip.setWrapText(true);
      tip.setMaxWidth(480);
      label.setTooltip(tip);
      box.getChildren().add(label);
    }
    if (badges.size() > shown) {
      List<Badge> rest = badges.subList(shown, badges.size());
      Label more = new Label("+" + rest.size());
      more.getStyleClass().addAll("sizing-badge", "badge-more");
      more.setMinWidth(Label.USE_PREF_SIZE);
      Tooltip tip =
          new Tooltip(
              String.join("\n", rest.stream().map(b -> b.text() + ": " + b.detail()).toList()));
      tip.setWrapText(true);
      tip.setMaxWidth(480);
      more.setTooltip(tip);
      box.getChildren().add(more);
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
