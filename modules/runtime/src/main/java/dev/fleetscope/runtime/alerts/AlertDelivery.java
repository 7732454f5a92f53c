package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.notifications.Notice;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.desktop.DesktopRateLimiter;
import dev.fleetscope.notifications.send.SendResult;
import dev.fleetscope.notifications.send.WebhookSender;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Tells people what fired and resolved at an evaluation: the desktop through the console's
 * notifications, a few a minute (the rest counted and announced as "and N more"); every webhook on
 * a worker of its own, since a webhook may take a minute of retries. Whether a webhook may send in
 * this session's mode is the sender's to enforce, at the HTTP layer.
 */
public final class AlertDelivery implements Consumer<AlertState>, AutoCloseable {
  private static final int RESULTS_KEPT = 50;

  /** The console's notifications. */
  public interface Desktop {
    /**
     * @param heldBack alerts not shown since the last notification, for an "and 4 more"
     */
    void show(Alert alert, int heldBack);

    /** Alerts held back while notifications were coming too fast, now that there is room. */
    void more(int count);

    /**
     * Whether this alert is for these notifications at all: the console announces failed and slow
     * runs through the Pipelines view's own notifications already.
     */
    default boolean wants(Alert alert) {
      return true;
    }

    /** No notifications: the user turned them off ({@code "desktopNotices": false}). */
    Desktop NONE =
        new Desktop() {
          @Override
          public boolean wants(Alert alert) {
            return false;
          }

          @Override
          public void show(Alert alert, int heldBack) {}

          @Override
          public void more(int count) {}
        };
  }

  private final Desktop desktop;
  private final DesktopRateLimiter limiter;
  private final WebhookSender sender;
  private final Supplier<List<Webhook>> webhooks;
  private final ExecutorService worker;
  private final Clock clock;
  private final Deque<SendResult> results = new ArrayDeque<>();

  /**
   * @param webhooks read at each delivery, so an edited {@code notifications.json} counts at once
   * @param worker where webhooks are sent; its threads may wait a minute on one
   */
  public AlertDelivery(
      Desktop desktop,
      DesktopRateLimiter limiter,
      WebhookSender sender,
      Supplier<List<Webhook>> webhooks,
      ExecutorService worker,
      Clock clock) {
    this.desktop = desktop;
    this.limiter = limiter;
    this.sender = sender;
    this.webhooks = webhooks;
    this.worker = worker;
    this.clock = clock;
  }

  @Override
  public void accept(AlertState state) {
    for (Alert alert : state.fired().stream().filter(desktop::wants).toList()) {
      DesktopRateLimiter.Decision decision = limiter.offer(clock.instant());
      if (decision.show()) {
        desktop.show(alert, decision.heldBack());
      }
    }
    if (state.fired().isEmpty()) {
      limiter.flush(clock.instant()).ifPresent(desktop::more);
    }
    List<Notice> notices =
        Stream.concat(state.fired().stream(), state.resolved().stream())
            .map(AlertNotices::of)
            .toList();
    if (notices.isEmpty()) {
      return;
    }
    List<Webhook> hooks = webhooks.get();
    if (!hooks.isEmpty() && !worker.isShutdown()) {
      worker.execute(() -> notices.forEach(n -> hooks.forEach(h -> keep(sender.send(h, n)))));
    }
  }

  /** What the test button does: blocks, so call it off the FX thread. */
  public SendResult test(Webhook hook) {
    return keep(sender.test(hook));
  }

  /** The latest sends, newest first. */
  public synchronized List<SendResult> results() {
    return List.copyOf(results);
  }

  private synchronized SendResult keep(SendResult result) {
    results.addFirst(result);
    while (results.size() > RESULTS_KEPT) {
      results.removeLast();
    }
    return result;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
