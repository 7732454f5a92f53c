package dev.fleetscope.prometheus;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
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
 * backoff on 503 and timeouts only; and every failure turned into a {@link PrometheusException}
 * that names the server and the query.
 */
final class ApiCall {
  /** Longer URLs go by POST: 2 KiB passes every proxy and browser limit. */
  static final int MAX_GET_URL = 2048;

  private static final int MAX_BODY_IN_MESSAGE = 200;

  record Param(String name, String value) {}

  private final OkHttpClient http;
  private final HttpUrl api;
  private final String server;
  private final Timeouts timeouts;
  private final AtomicLong requests;

  ApiCall(OkHttpClient http, HttpUrl base, Timeouts timeouts, AtomicLong requests) {
    this.http = http;
    this.api = base.newBuilder().addPathSegments("api/v1").build();
    this.server = base.toString().replaceAll("/$", "");
    this.timeouts = timeouts;
    this.requests = requests;
  }

  Annotations execute(
      String endpoint, List<Param> params, Optional<PromQuery> query, ApiResponse.DataReader data)
      throws PrometheusException {
    Request request = request(endpoint, params);
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= timeouts.attempts();
      requests.incrementAndGet();
      try (Response response = http.newCall(request).execute()) {
        if (response.code() == 503 && !last) {
          pause(attempt + 1, retryAfter(response), query);
          continue;
        }
        return answer(response, query, data);
      } catch (PrometheusException e) {
        throw e;
      } catch (IOException e) {
        if (isTimeout(e) && !last) {
          pause(attempt + 1, Optional.empty(), query);
          continue;
        }
        throw failure(e, query);
      }
    }
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
      Response response, Optional<PromQuery> query, ApiResponse.DataReader data)
      throws IOException {
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    int status = response.code();
    if (type != null && "json".equals(type.subtype())) {
      ApiResponse api;
      try {
        api = ApiResponse.read(body.byteStream(), data);
      } catch (JsonProcessingException | MalformedAnswer e) {
        throw new PrometheusException(
            Problem.MALFORMED_RESPONSE, server(), query, status, describe(e), e);
      }
      if (api.success()) {
        return api.annotations();
      }
      Problem problem = Problem.ofErrorType(api.errorType(), api.error());
      throw new PrometheusException(
          problem, server(), query, status, api.errorType() + ": " + api.error(), null);
    }
    String excerpt = excerpt(body.string());
    if (status >= 200 && status < 300) {
      throw new PrometheusException(
          Problem.MALFORMED_RESPONSE,
          server(),
          query,
          status,
          "expected JSON but the answer is "
              + (type == null ? "without a content type" : type)
              + ": "
              + excerpt,
          null);
    }
    throw new PrometheusException(
        Problem.ofHttpStatus(status), server(), query, status, excerpt, null);
  }

  private PrometheusException failure(IOException e, Optional<PromQuery> query) {
    Problem problem;
    if (isTimeout(e)) {
      problem = Problem.CLIENT_TIMEOUT;
    } else if (e instanceof SSLException) {
      problem = Problem.TLS;
    } else {
      problem = Problem.CONNECTION;
    }
    String what = describe(e);
    if (problem == Problem.CONNECTION
        && e instanceof SocketException
        && server.startsWith("https:")) {
      what +=
          " (an https server that requires a client certificate closes the connection like this when it gets none, "
              + "or one it does not trust)";
    }
    return new PrometheusException(problem, server(), query, 0, what, e);
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
          Problem.CONNECTION, server(), query, 0, "interrupted while waiting to try again", e);
    }
  }

  private static Optional<Duration> retryAfter(Response response) {
    String header = response.header("Retry-After");
    if (header != null && header.strip().matches("\\d{1,6}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
    }
    return Optional.empty();
  }

  private static boolean isTimeout(IOException e) {
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    return e instanceof SocketTimeoutException
        || e instanceof InterruptedIOException && "timeout".equals(e.getMessage());
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage();
    }
    if (e instanceof JsonProcessingException json && json.getLocation() != null) {
      return json.getOriginalMessage()
          + " at line "
          + json.getLocation().getLineNr()
          + ", column "
          + json.getLocation().getColumnNr();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_BODY_IN_MESSAGE
        ? flat
        : flat.substring(0, MAX_BODY_IN_MESSAGE) + "…";
  }

  private String server() {
    return server;
  }
}
