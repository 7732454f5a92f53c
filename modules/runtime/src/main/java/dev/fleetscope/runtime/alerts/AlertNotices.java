package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.notifications.Notice;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** What a notification says about an alert, whatever carries it. */
public final class AlertNotices {
  private AlertNotices() {}

  /** A firing alert's notice, or a resolved one's once it has cleared. */
  public static Notice of(Alert alert) {
    return new Notice(
        alert.status() == Alert.Status.RESOLVED ? Notice.Kind.RESOLVED : Notice.Kind.FIRING,
        alert.severity(),
        alert.ruleId(),
        alert.scope().describe(),
        alert.subject().name(),
        alert.since(),
        alert.resolvedAt(),
        alert.kind().format(alert.value()),
        alert.kind().condition(alert.threshold()),
        alert.summary(),
        where(alert.link()),
        page(alert));
  }

  /** {@code Drift › ranker}: the console's view and row that explain it. */
  public static String where(AlertLink link) {
    return title(link.view()) + " › " + link.row();
  }

  /** The view's title as the console's navigation names it ({@code Drift}). */
  public static String title(String view) {
    return view.isEmpty()
        ? view
        : view.substring(0, 1).toUpperCase(Locale.ROOT) + view.substring(1);
  }

  /** A page elsewhere that explains it: the run in its orchestrator's UI. */
  private static Optional<URI> page(Alert alert) {
    return alert.evidence() instanceof RunFacts facts ? facts.run().link() : Optional.empty();
  }
}
