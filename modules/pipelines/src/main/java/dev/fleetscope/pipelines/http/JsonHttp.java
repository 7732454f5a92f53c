package dev.fleetscope.pipelines.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * JSON over HTTP for one source: authenticates, waits and retries on 429/503 (honouring {@code
 * Retry-After}), renews a token once after a 401, checks the answer's {@link Shape}, and turns
 * every other failure into a {@link SourceException} that names the source and the request, the
 * status and the start of the answer, or the deadline that passed. {@link #close()} cancels the
 * requests in flight.
 */
public final class JsonHttp implements AutoCloseable {
  /** The media type of every request and expected answer. */
  public static final String JSON = "application/json";

  private static final MediaType JSON_TYPE = MediaType.get(JSON);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String source;
  private final OkHttpClient client;
  private final Deadlines deadlines;
  private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private final Credentials credentials;
  private final Backoff backoff;
  private final Clock clock;
  private volatile Optional<Instant> serverTime = Optional.empty();

  public JsonHttp(
      String source,
      OkHttpClient client,
      Deadlines deadlines,
      Credentials credentials,
      Backoff backoff,
      Clock clock) {
    this.source = source;
    this.client = HttpDeadlines.apply(client, deadlines);
    this.deadlines = deadlines;
    this.credentials = credentials;
    this.backoff = backoff;
    this.clock = clock;
  }

  /** GET of an answer that must be a JSON object. */
  public JsonNode get(HttpUrl url) throws SourceException {
    return get(url, Shape.OBJECT);
  }

  /** GET of an answer that must have this shape. */
  public JsonNode get(HttpUrl url, Shape shape) throws SourceException {
    return send(new Request.Builder().url(url).get(), false, shape).orElseThrow();
  }

  /** GET that answers empty on 404; otherwise a JSON object. */
  public Optional<JsonNode> getIfFound(HttpUrl url) throws SourceException {
    return getIfFound(url, Shape.OBJECT);
  }

  /** GET that answers empty on 404, for probing what a server offers. */
  public Optional<JsonNode> getIfFound(HttpUrl url, Shape shape) throws SourceException {
    return send(new Request.Builder().url(url).get(), true, shape);
  }

  public JsonNode post(HttpUrl url, Object body, Shape shape) throws SourceException {
    String json;
    try {
      json = MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write request body for " + url, e);
    }
    return postJson(url, json, shape);
  }

  /**
   * POST of a body already written as JSON, sent byte for byte as given (a previewed request is the
   * request sent). Headers: {@code Accept} and {@code Content-Type} both {@value #JSON}, and the
   * credentials' {@code Authorization}.
   */
  public JsonNode postJson(HttpUrl url, String json) throws SourceException {
    return postJson(url, json, Shape.OBJECT);
  }

  /** {@link #postJson(HttpUrl, String)} whose answer must have {@code shape}. */
  public JsonNode postJson(HttpUrl url, String json, Shape shape) throws SourceException {
    // Bytes, not a String: OkHttp would add "; charset=utf-8", which Airflow 3's spec for
    // /auth/token does not list.
    RequestBody content = RequestBody.create(json.getBytes(StandardCharsets.UTF_8), JSON_TYPE);
    return send(new Request.Builder().url(url).post(content), false, shape).orElseThrow();
  }

  /**
   * The server's clock ({@code Date} header) at its last answer, to poll from without trusting our
   * clock.
   */
  public Optional<Instant> serverTime() {
    return serverTime;
  }

  public String source() {
    return source;
  }

  /** Cancels the requests in flight (they fail saying so) and refuses new ones. */
  @Override
  public void close() {
    closed = true;
    inFlight.forEach(Call::cancel);
  }

  private Optional<JsonNode> send(Request.Builder builder, boolean notFoundIsEmpty, Shape shape)
      throws SourceException {
    builder.header("Accept", JSON);
    boolean renewed = false;
    int attempt = 1;
    while (true) {
      Request request = authorized(builder);
      String what = request.method() + " " + request.url();
      if (closed) {
        throw new SourceException(source + ": " + what + " was not sent: the source was closed");
      }
      Call call = client.newCall(request);
      inFlight.add(call);
      try (Response response = call.execute()) {
        rememberServerTime(response);
        int code = response.code();
        String body = response.body().string();
        if (code / 100 == 2) {
          return Optional.of(parse(body, what, code, shape));
        }
        if (code == 401 && !renewed && credentials.renew()) {
          renewed = true;
          continue;
        }
        if ((code == 429 || code == 503) && attempt < backoff.attempts()) {
          sleep(backoff.delay(attempt, retryAfter(response)), what);
          attempt++;
          continue;
        }
        if (code == 404 && notFoundIsEmpty) {
          return Optional.empty();
        }
        throw new SourceException(HttpFailure.describe(source, what, code, attempt, body), code);
      } catch (SourceException e) {
        throw e;
      } catch (IOException e) {
        IOException explained = CallFailures.explain(e, what, deadlines, call.isCanceled());
        throw new SourceException(source + ": " + explained.getMessage(), explained);
      } finally {
        inFlight.remove(call);
      }
    }
  }

  private Request authorized(Request.Builder builder) throws SourceException {
    try {
      credentials
          .authorization()
          .ifPresentOrElse(
              value -> builder.header("Authorization", value),
              () -> builder.removeHeader("Authorization"));
    } catch (SourceException e) {
      throw e;
    } catch (IOException e) {
      throw new SourceException(source + ": cannot log in: " + e.getMessage(), e);
    }
    return builder.build();
  }

  private JsonNode parse(String body, String what, int code, Shape shape) throws SourceException {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw unreadable(
          UnreadableAnswerException.notJson(
              what,
              code,
              e instanceof JsonEOFException,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              Excerpt.of(body)));
    }
    if (node == null || node.isMissingNode()) {
      throw unreadable(
          new UnreadableAnswerException(
              what, code, "it is empty where JSON was expected", Excerpt.of(body)));
    }
    Optional<String> problem = shape.problem(node);
    if (problem.isPresent()) {
      throw unreadable(new UnreadableAnswerException(what, code, problem.get(), Excerpt.of(body)));
    }
    return node;
  }

  private SourceException unreadable(UnreadableAnswerException e) {
    return new SourceException(source + ": " + e.getMessage(), e);
  }

  private void rememberServerTime(Response response) {
    Optional<Instant> date = httpDate(response.header("Date"));
    if (date.isPresent()) {
      serverTime = date;
    }
  }

  private Optional<Duration> retryAfter(Response response) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
    } catch (NumberFormatException notSeconds) {
      Instant now = httpDate(response.header("Date")).orElse(clock.instant());
      return httpDate(value).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }
  }

  private static Optional<Instant> httpDate(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void sleep(Duration delay, String what) throws SourceException {
    try {
      backoff.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(source + ": interrupted while waiting to retry " + what, e);
    }
  }
}
