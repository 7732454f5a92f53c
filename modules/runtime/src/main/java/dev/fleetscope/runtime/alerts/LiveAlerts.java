package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.desktop.DesktopRateLimiter;
import dev.fleetscope.notifications.send.RetryPolicy;
import dev.fleetscope.notifications.send.SendResult;
import dev.fleetscope.notifications.send.WebhookSender;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * The console's alerts: the rules of {@code alert-rules.json} judged by an {@link AlertsService},
 * what fires told to the desktop and to the webhooks of {@code notifications.json} as the session's
 * mode allows. Files are read on the alerts thread, never on the FX thread.
 */
public final class LiveAlerts implements AutoCloseable {
  private final AlertRulesStore rulesStore;
  private final NotificationsStore hooksStore;
  private final AlertDelivery delivery;
  private final AlertsService service;
  private volatile Optional<String> rulesProblem = Optional.empty();
  private volatile NotificationsStore.Loaded hooks =
      new NotificationsStore.Loaded(List.of(), Optional.empty());

  public LiveAlerts(
      AppDirs dirs,
      SessionMode mode,
      Map<String, String> environment,
      Clock clock,
      AlertDelivery.Desktop desktop) {
    this.rulesStore = new AlertRulesStore(dirs);
    this.hooksStore = new NotificationsStore(dirs);
    this.delivery =
        new AlertDelivery(
            desktop,
            DesktopRateLimiter.standard(),
            new WebhookSender(new OkHttpClient(), mode, environment, RetryPolicy.DEFAULT, clock),
            this::webhooks,
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("webhooks").factory()),
            clock);
    this.service = new AlertsService(List.of(), clock, delivery);
  }

  public AlertsService service() {
    return service;
  }

  /** Reads the files, then evaluates every {@code every}, all on the alerts thread. */
  public void start(Duration every) {
    Thread.ofVirtual()
        .name("alerts-load")
        .start(
            () -> {
              reload();
              service.start(every);
            });
  }

  /** Reads the rules and webhooks again (after an edit). Blocks on file I/O. */
  public void reload() {
    AlertRulesStore.Loaded rules = rulesStore.load();
    rulesProblem =
        rules
            .problem()
            .map(p -> p + "; the default rules apply until it is mended or saved from the console");
    service.rules(rules.rules());
    hooks = hooksStore.load();
  }

  /** Why the rules file could not be read, when it could not: the default rules apply. */
  public Optional<String> rulesProblem() {
    return rulesProblem;
  }

  public Optional<String> webhooksProblem() {
    return hooks.problem();
  }

  public List<Webhook> webhooks() {
    return hooks.webhooks();
  }

  /** Saves the rules and judges by them from the next evaluation on. Blocks on file I/O. */
  public void save(List<AlertRule> rules) throws IOException {
    rulesStore.save(rules);
    service.rules(rules);
    rulesProblem = Optional.empty();
  }

  public String rulesFile() {
    return rulesStore.file().toString();
  }

  public String webhooksFile() {
    return hooksStore.file().toString();
  }

  /** The test button: blocks for as long as the webhook takes (a minute at most). */
  public SendResult test(Webhook hook) {
    return delivery.test(hook);
  }

  public List<SendResult> results() {
    return delivery.results();
  }

  @Override
  public void close() {
    service.close();
    delivery.close();
  }
}
