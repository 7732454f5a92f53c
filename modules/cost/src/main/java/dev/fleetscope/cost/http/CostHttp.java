package dev.fleetscope.cost.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * GETs to one cost service (OpenCost, a price catalog) under its {@link Deadlines}, with failures
 * that name the service and the URL: the deadline that passed, the status and the start of an
 * answer that is not what the API defines, never a parser's own text. {@link #close()} cancels the
 * requests in flight.
 */
public final class CostHttp implements AutoCloseable {
  /** Connections and threads every cost client shares; deadlines are each client's own. */
  private static final OkHttpClient SHARED = new OkHttpClient();

  private final String service;
  private final OkHttpClient client;
  private final Deadlines deadlines;
  private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

  /**
   * @param service what the messages call it: {@code OpenCost}, {@code AWS Price List}
   */
  public CostHttp(String service, Deadlines deadlines) {
    this(service, SHARED, deadlines);
  }

  public CostHttp(String service, OkHttpClient client, Deadlines deadlines) {
    this.service = service;
    this.deadlines = deadlines;
    this.client =
        client
            .newBuilder()
            .connectTimeout(deadlines.connect())
            .readTimeout(deadlines.read())
            .writeTimeout(deadlines.read())
            .callTimeout(deadlines.call())
            .build();
  }

  /** With the deadlines {@code client} keeps; one it leaves unset (0: none) is the default's. */
  public static CostHttp adopting(String service, OkHttpClient client) {
    Deadlines d = Deadlines.DEFAULT;
    return new CostHttp(
        service,
        client,
        new Deadlines(
            orDefault(client.connectTimeoutMillis(), d.connect()),
            orDefault(client.readTimeoutMillis(), d.read()),
            orDefault(client.callTimeoutMillis(), d.call())));
  }

  public String service() {
    return service;
  }

  public Deadlines deadlines() {
    return deadlines;
  }

  /** Reads an answer; the response is closed after it. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Response response) throws IOException;
  }

  /**
   * An answer that came but is not what the API defines (an error status, not JSON, the wrong
   * shape): its message names the service, the URL and the status and quotes the answer.
   */
  public static class BadAnswer extends IOException {
    protected BadAnswer(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * GETs {@code url} and reads the answer, all within the deadlines: a failure while waiting for
   * the answer or reading its body names the deadline that passed or what broke.
   *
   * @param shown the URL as it may be printed (without a secret query parameter)
   */
  public <T> T get(HttpUrl url, HttpUrl shown, Reader<T> reader) throws IOException {
    Call call = client.newCall(new Request.Builder().url(url).get().build());
    inFlight.add(call);
    try (Response response = call.execute()) {
      return reader.read(response);
    } catch (BadAnswer e) {
      throw e;
    } catch (IOException e) {
      IOException explained =
          CallFailures.explain(e, shown.toString(), deadlines, call.isCanceled());
      throw new IOException(service + " " + explained.getMessage(), explained);
    } finally {
      inFlight.remove(call);
    }
  }

  /** The answer's JSON; an answer that is empty or not JSON is a {@link BadAnswer}. */
  public JsonNode json(ObjectMapper mapper, String body, HttpUrl shown, int status)
      throws BadAnswer {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw notJson(shown, status, e, Excerpt.of(body));
    }
    if (node == null || node.isMissingNode()) {
      throw unreadable(shown, status, "it is empty where JSON was expected", body);
    }
    return node;
  }

  /** An answer the parser could not read as JSON, at the parser's position. */
  public BadAnswer notJson(HttpUrl shown, int status, JsonProcessingException e, String excerpt) {
    var at = e.getLocation();
    return bad(
        UnreadableAnswerException.notJson(
            shown.toString(),
            status,
            e instanceof JsonEOFException,
            at == null ? 0 : at.getLineNr(),
            at == null ? 0 : at.getColumnNr(),
            excerpt),
        e);
  }

  /** An answer that is JSON but not of the shape the API defines. */
  public BadAnswer unreadable(HttpUrl shown, int status, String problem, String body) {
    return bad(
        new UnreadableAnswerException(shown.toString(), status, problem, Excerpt.of(body)), null);
  }

  /**
   * An error status, with the server's own message when it gave one, else the start of the answer.
   */
  public BadAnswer status(HttpUrl shown, int status, Optional<String> serverMessage, String body) {
    return new BadAnswer(
        service
            + " "
            + shown
            + " answered "
            + status
            + ": "
            + serverMessage.filter(m -> !m.isBlank()).orElseGet(() -> Excerpt.of(body)),
        null);
  }

  private BadAnswer bad(UnreadableAnswerException e, Throwable parserError) {
    if (parserError != null) {
      e.addSuppressed(parserError);
    }
    return new BadAnswer(service + " " + e.getMessage(), e);
  }

  /**
   * What is wrong with a field of an answer, as the end of "... answered HTTP 200 but ...": missing
   * (when required) or of another type; empty when it fits.
   */
  public static Optional<String> field(
      JsonNode answer, String name, JsonNodeType type, boolean required) {
    if (!answer.isObject()) {
      return Optional.of("it is " + article(answer.getNodeType()) + ", not a JSON object");
    }
    JsonNode value = answer.get(name);
    if (value == null || value.isNull()) {
      return required ? Optional.of("'" + name + "' is missing") : Optional.empty();
    }
    return value.getNodeType() == type
        ? Optional.empty()
        : Optional.of(
            "'" + name + "' is " + article(value.getNodeType()) + ", not " + article(type));
  }

  /** Cancels the requests in flight: for the console when a refresh is given up, and on exit. */
  @Override
  public void close() {
    inFlight.forEach(Call::cancel);
  }

  private static String article(JsonNodeType type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return (name.startsWith("a") || name.startsWith("o") ? "an " : "a ") + name;
  }

  private static Duration orDefault(int millis, Duration fallback) {
    return millis > 0 ? Duration.ofMillis(millis) : fallback;
  }
}
