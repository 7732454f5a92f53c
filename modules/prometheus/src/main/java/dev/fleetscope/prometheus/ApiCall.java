package dev.fleetscope.prometheus;

import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.io.IOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One API request with everything around it: GET, or a POST form when the URL would be long (a
 * proxy answers 414 to long URLs, and a fleet query with its joins is long); tries again with
 * backoff on 503 only (a request past its deadline is not tried again: a person is waiting); and
 * every failure turned into a {@link PrometheusException} that names the server, the query, the
 * endpoint and, for a deadline, which one and its limit.
 */
final class ApiCall {
  /** Longer URLs go by POST: 2 KiB passes every proxy and browser limit. */
  static final int MAX_GET_URL = 2048;

  record Param(String name, String value) {}

  private final OkHttpClient http;
  private final HttpUrl api;
  private final String server;
  private final Timeouts timeouts;
  private final Deadlines deadlines;
  private final AtomicLong requests;

  /**
   * Calls from the request until their answer is read. OkHttp's dispatcher forgets a call once its
   * headers have come, so cancelling through it would leave a slow body to drip on to its deadline.
   */
  private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

  ApiCall(OkHttpClient http, HttpUrl base, Timeouts timeouts, AtomicLong requests) {
    this.http = http;
    this.api = base.newBuilder().addPathSegments("api/v1").build();
    this.server = base.toString().replaceAll("/$", "");
    this.timeouts = timeouts;
    this.deadlines = timeouts.applied();
    this.requests = requests;
  }

  Annotations execute(
      String endpoint, List<Param> params, Optional<PromQuery> query, ApiResponse.DataReader data)
      throws PrometheusException {
    Request request = request(endpoint, params);
    String target = api + "/" + endpoint;
    boolean resent = false;
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= timeouts.attempts();
      requests.incrementAndGet();
      Call call = http.newCall(request);
      inFlight.add(call);
      try (Response response = call.execute()) {
        if (response.code() == 503 && !last) {
          pause(attempt + 1, retryAfter(response), query);
          continue;
        }
        return answer(response, target, query, data);
      } catch (PrometheusException e) {
        throw e;
      } catch (IOException e) {
        // A connection the server shut down as it opened (seen on loopback with TLS 1.3 client
        // certificates) never carried the request: send it once more, on a new connection.
        if (!resent && !call.isCanceled() && CallFailures.closedBeforeSending(e)) {
          resent = true;
          attempt--;
          continue;
        }
        throw failure(e, target, query, call.isCanceled());
      } finally {
        inFlight.remove(call);
      }
    }
  }

  /** Cancels every call under way, its answer's reading included: the client is closing. */
  void cancelAll() {
    inFlight.forEach(Call::cancel);
  }

  private Request request(String endpoint, List<Param> params) {
    HttpUrl.Builder url = api.newBuilder().addPathSegments(endpoint);
    params.forEach(p -> url.addQueryParameter(p.name(), p.value()));
    HttpUrl get = url.build();
    if (get.toString().length() <= MAX_GET_URL) {
      return new Request.Builder().url(get).header("Accept", "application/json").build();
    }
    FormBody.Builder form = new FormBody.Builder();
    params.forEach(p -> form.add(p.name(), p.value()));
    return new Request.Builder()
        .url(api.newBuilder().addPathSegments(endpoint).build())
        .header("Accept", "application/json")
        .post(form.build())
        .build();
  }

  private Annotations answer(
      Response response, String target, Optional<PromQuery> query, ApiResponse.DataReader data)
      throws IOException {
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    int status = response.code();
    if (type != null && "json".equals(type.subtype())) {
      ApiResponse api;
      Excerpt.Head head = new Excerpt.Head(body.byteStream());
      try {
        api = ApiResponse.read(head, data);
      } catch (MalformedAnswer e) {
        UnreadableAnswerException unreadable =
            e.syntax()
                .map(
                    at ->
                        UnreadableAnswerException.notJson(
                            target, status, at.truncated(), at.line(), at.column(), head.excerpt()))
                .orElseGet(
                    () ->
                        new UnreadableAnswerException(
                            target,
                            status,
                            "its JSON does not fit the API: " + e.getMessage(),
                            head.excerpt()));
        throw malformed(unreadable, query, status);
      }
      if (api.success()) {
        return api.annotations();
      }
      Problem problem = Problem.ofErrorType(api.errorType(), api.error());
      throw new PrometheusException(
          problem, server, query, status, api.errorType() + ": " + api.error(), null);
    }
    String excerpt = Excerpt.of(body.string());
    if (status >= 200 && status < 300) {
      throw malformed(
          new UnreadableAnswerException(
              target,
              status,
              "it is " + (type == null ? "without a content type" : type) + ", not JSON",
              excerpt),
          query,
          status);
    }
    throw new PrometheusException(
        Problem.ofHttpStatus(status), server, query, status, excerpt, null);
  }

  private PrometheusException malformed(
      UnreadableAnswerException e, Optional<PromQuery> query, int status) {
    return new PrometheusException(
        Problem.MALFORMED_RESPONSE, server, query, status, e.getMessage(), e);
  }

  private PrometheusException failure(
      IOException e, String target, Optional<PromQuery> query, boolean cancelled) {
    IOException explained = CallFailures.explain(e, target, deadlines, cancelled);
    Problem problem;
    if (CallFailures.deadlinePassed(e).isPresent()) {
      problem = Problem.CLIENT_TIMEOUT;
    } else if (cancelled || CallFailures.cancelled(e)) {
      problem = Problem.CANCELLED_BY_CLIENT;
    } else if (CallFailures.cutOff(e)) {
      problem = Problem.CUT_OFF;
    } else if (e instanceof SSLException) {
      problem = Problem.TLS;
    } else {
      problem = Problem.CONNECTION;
    }
    String what = explained.getMessage();
    if (problem == Problem.CONNECTION
        && e instanceof SocketException
        && server.startsWith("https:")) {
      what +=
          " (an https server that requires a client certificate closes the connection like this when it gets none, "
              + "or one it does not trust)";
    }
    return new PrometheusException(problem, server, query, 0, what, explained);
  }

  private void pause(int nextAttempt, Optional<Duration> serverWish, Optional<PromQuery> query)
      throws PrometheusException {
    Duration wait = timeouts.backoffBefore(nextAttempt);
    if (serverWish.isPresent() && serverWish.get().compareTo(wait) > 0) {
      wait =
          serverWish.get().compareTo(timeouts.maxBackoff()) > 0
              ? timeouts.maxBackoff()
              : serverWish.get();
    }
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PrometheusException(
          Problem.CANCELLED_BY_CLIENT,
          server,
          query,
          0,
          "interrupted while waiting to try again",
          e);
    }
  }

  private static Optional<Duration> retryAfter(Response response) {
    String header = response.header("Retry-After");
    if (header != null && header.strip().matches("\\d{1,6}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    }
    return Optional.empty();
  }
}
