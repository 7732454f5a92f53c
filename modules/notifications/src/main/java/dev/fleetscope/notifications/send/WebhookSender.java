package dev.fleetscope.notifications.send;

import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.notifications.MissingSecretException;
import dev.fleetscope.notifications.Notice;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.payload.Payload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts notices to webhooks. Reads each webhook's secrets at send time, retries by its {@link
 * RetryPolicy} within the whole-call deadline, and sends through a client whose {@link
 * SendPolicyInterceptor} enforces the session's mode. Blocks: call it off the FX thread. Messages
 * name the webhook, never its URL (for Slack and Teams the URL is the credential).
 */
public final class WebhookSender {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int DETAIL_LIMIT = 300;

  private final OkHttpClient client;
  private final Deadlines deadlines;
  private final Map<String, String> environment;
  private final RetryPolicy retry;
  private final Clock clock;

  public WebhookSender(
      OkHttpClient base,
      SessionMode mode,
      Map<String, String> environment,
      RetryPolicy retry,
      Clock clock) {
    this.client = base.newBuilder().addInterceptor(new SendPolicyInterceptor(mode)).build();
    // Each try has the client's connect and read deadlines and what is left of the whole one.
    this.deadlines =
        new Deadlines(
            orWhole(client.connectTimeoutMillis(), retry.deadline()),
            orWhole(client.readTimeoutMillis(), retry.deadline()),
            retry.deadline());
    this.environment = Map.copyOf(environment);
    this.retry = retry;
    this.clock = clock;
  }

  /** OkHttp's 0 means no limit: the whole deadline is then the only one. */
  private static Duration orWhole(int millis, Duration whole) {
    return millis > 0 ? Duration.ofMillis(millis) : whole;
  }

  /** What the "test" button does: a notice that says it is a test, whatever the filters. */
  public SendResult test(Webhook hook) {
    return post(hook, Notice.test(clock.instant()));
  }

  public SendResult send(Webhook hook, Notice notice) {
    if (notice.kind() == Notice.Kind.RESOLVED && !hook.resolved()) {
      return new SendResult.Skipped(hook.name(), "it is set not to announce resolutions");
    }
    if (notice.kind() != Notice.Kind.TEST && notice.severity().compareTo(hook.minimum()) < 0) {
      return new SendResult.Skipped(
          hook.name(),
          notice.severity().id() + " is below its minimum severity, " + hook.minimum().id());
    }
    return post(hook, notice);
  }

  private SendResult post(Webhook hook, Notice notice) {
    Secrets secrets;
    try {
      secrets = Secrets.read(hook, environment);
    } catch (MissingSecretException e) {
      return new SendResult.Failed(hook.name(), e.getMessage(), 0);
    }
    Request.Builder request =
        new Request.Builder()
            .url(secrets.url())
            .header("Accept", "application/json, text/plain")
            .post(
                RequestBody.create(
                    Payload.text(hook.kind(), notice).getBytes(StandardCharsets.UTF_8), JSON))
            .tag(SendPermission.class, new SendPermission(hook.name(), hook.sendIn()));
    secrets.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return attempts(hook, request.build(), secrets);
  }

  private SendResult attempts(Webhook hook, Request request, Secrets secrets) {
    Instant deadline = clock.instant().plus(retry.deadline());
    String last = "";
    for (int attempt = 1; ; attempt++) {
      Duration remaining = Duration.between(clock.instant(), deadline);
      Optional<Duration> retryAfter = Optional.empty();
      Call call = client.newCall(request);
      call.timeout().timeout(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
      try (Response response = call.execute()) {
        int code = response.code();
        if (code / 100 == 2) {
          return new SendResult.Delivered(hook.name(), code, attempt);
        }
        last = "HTTP " + code + detail(response, secrets);
        if (code != 429 && code < 500) {
          return new SendResult.Failed(hook.name(), "refused with " + last, attempt);
        }
        retryAfter = RetryAfter.of(response, clock.instant());
      } catch (SendRefusedException e) {
        return new SendResult.Refused(hook.name(), e.getMessage());
      } catch (IOException e) {
        // Named "the hook", never by its URL: for Slack and Teams the URL is the credential.
        last = secrets.redact(CallFailures.explain(e, "the hook", deadlines).getMessage());
      }
      if (attempt == retry.attempts()) {
        return new SendResult.Failed(
            hook.name(), "gave up after " + attempt + " tries; last: " + last, attempt);
      }
      Duration wait = retry.delay(attempt, retryAfter);
      if (clock.instant().plus(wait).isAfter(deadline)) {
        return new SendResult.Failed(
            hook.name(),
            "gave up: the next try, in "
                + wait.toSeconds()
                + " s, would start past the "
                + retry.deadline().toSeconds()
                + " s deadline; last: "
                + last,
            attempt);
      }
      try {
        retry.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new SendResult.Failed(hook.name(), "interrupted while waiting to retry", attempt);
      }
    }
  }

  /** What the service said: Slack answers plain text ({@code no_service}), Teams JSON. */
  private static String detail(Response response, Secrets secrets) throws IOException {
    String body = response.body().string().strip();
    if (body.isEmpty()) {
      return "";
    }
    String cut = body.length() > DETAIL_LIMIT ? body.substring(0, DETAIL_LIMIT) + "…" : body;
    return " (the service says: " + secrets.redact(cut) + ")";
  }

  /** A webhook's secrets as read for one send. */
  private record Secrets(HttpUrl url, Optional<String> token) {
    static Secrets read(Webhook hook, Map<String, String> environment)
        throws MissingSecretException {
      String text = hook.url().read(environment);
      HttpUrl url = HttpUrl.parse(text);
      if (url == null) {
        throw new MissingSecretException(
            "the webhook URL in " + hook.url().describe() + " is not an http(s) URL");
      }
      Optional<String> token =
          hook.token().isPresent()
              ? Optional.of(hook.token().get().read(environment))
              : Optional.empty();
      return new Secrets(url, token);
    }

    /** The text with the URL's path and query and the token cut out. */
    String redact(String text) {
      String out = text.replace(url.toString(), url.scheme() + "://" + url.host() + "/…");
      if (!url.encodedPath().equals("/")) {
        out = out.replace(url.encodedPath(), "/…");
      }
      if (url.encodedQuery() != null) {
        out = out.replace(url.encodedQuery(), "…");
      }
      String redacted = out;
      return token.map(t -> redacted.replace(t, "…")).orElse(redacted);
    }
  }
}
