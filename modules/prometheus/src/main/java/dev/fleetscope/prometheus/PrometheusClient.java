package dev.fleetscope.prometheus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Prometheus HTTP API ({@code /api/v1}) for one connection: instant and range queries streamed
 * into a {@link SeriesHandler}, label names, series and build info. Also speaks to Thanos Query,
 * Mimir and VictoriaMetrics, which serve the same API. Every request keeps the connection's {@link
 * Timeouts#deadlines() deadlines}, its streamed answer included. Thread-safe; {@link #close()}
 * cancels requests in flight.
 *
 * <pre>{@code
 * try (PrometheusClient client = new PrometheusClient(ConnectionSettings.forUrl("http://127.0.0.1:9090"))) {
 *   client.query(new PromQuery("targets up", "up"), Instant.now(), (labels, samples) -> ...);
 * }
 * }</pre>
 */
public final class PrometheusClient implements AutoCloseable {
  private final ConnectionSettings settings;
  private final OkHttpClient http;
  private final ApiCall call;
  private final AtomicLong requests = new AtomicLong();

  public PrometheusClient(ConnectionSettings settings) throws IOException {
    this.settings = settings;
    Deadlines deadlines = settings.timeouts().applied();
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .connectTimeout(deadlines.connect())
            .readTimeout(deadlines.read())
            .writeTimeout(deadlines.read())
            .callTimeout(deadlines.call())
            .retryOnConnectionFailure(true)
            .addInterceptor(new CredentialsInterceptor(settings.auth(), settings.fixedHeaders()));
    TlsSetup.apply(settings.tls(), builder);
    this.http = builder.build();
    this.call =
        new ApiCall(http, HttpUrl.get(settings.url().toString()), settings.timeouts(), requests);
  }

  public ConnectionSettings settings() {
    return settings;
  }

  /** Evaluates {@code query} at one instant ({@code /api/v1/query}). */
  public Annotations query(PromQuery query, Instant time, SeriesHandler handler)
      throws PrometheusException {
    List<ApiCall.Param> params =
        List.of(
            new ApiCall.Param("query", query.promql()),
            new ApiCall.Param("time", seconds(time)),
            new ApiCall.Param("timeout", seconds(settings.timeouts().serverTimeout())));
    return call.execute("query", params, Optional.of(query), new ResultReader(handler))
        .about(query);
  }

  /**
   * Evaluates {@code query} at {@code start}, {@code start + step}, ... up to {@code end} in one
   * request ({@code /api/v1/query_range}). Prometheus refuses more than 11,000 points per series:
   * {@link RangeFetcher} splits longer ranges.
   */
  public Annotations queryRange(
      PromQuery query, Instant start, Instant end, Duration step, SeriesHandler handler)
      throws PrometheusException {
    List<ApiCall.Param> params =
        List.of(
            new ApiCall.Param("query", query.promql()),
            new ApiCall.Param("start", seconds(start)),
            new ApiCall.Param("end", seconds(end)),
            new ApiCall.Param("step", seconds(step)),
            new ApiCall.Param("timeout", seconds(settings.timeouts().serverTimeout())));
    return call.execute("query_range", params, Optional.of(query), new ResultReader(handler))
        .about(query);
  }

  /**
   * The label names of the series matching the selectors within the time range ({@code
   * /api/v1/labels}).
   */
  public List<String> labelNames(List<String> matchers, Instant start, Instant end)
      throws PrometheusException {
    List<String> names = new ArrayList<>();
    call.execute(
        "labels",
        rangeWithMatchers(matchers, start, end),
        Optional.empty(),
        p -> names.addAll(ApiResponse.strings(p)));
    return names;
  }

  /**
   * The label sets of the series matching the selectors within the time range ({@code
   * /api/v1/series}).
   */
  public List<Map<String, String>> series(List<String> matchers, Instant start, Instant end)
      throws PrometheusException {
    return series(matchers, start, end, Optional.empty());
  }

  /** The label sets of the series matching one selector, named for messages as a query is. */
  public List<Map<String, String>> series(PromQuery selector, Instant start, Instant end)
      throws PrometheusException {
    return series(List.of(selector.promql()), start, end, Optional.of(selector));
  }

  private List<Map<String, String>> series(
      List<String> matchers, Instant start, Instant end, Optional<PromQuery> purpose)
      throws PrometheusException {
    List<Map<String, String>> series = new ArrayList<>();
    call.execute(
        "series",
        rangeWithMatchers(matchers, start, end),
        purpose,
        p -> {
          ApiResponse.expect(p, p.currentToken(), JsonToken.START_ARRAY, "an array of label sets");
          while (p.nextToken() == JsonToken.START_OBJECT) {
            series.add(stringFields(p));
          }
        });
    return series;
  }

  /** {@code /api/v1/status/buildinfo}. */
  public BuildInfo buildInfo() throws PrometheusException {
    Map<String, String> fields = new HashMap<>();
    call.execute(
        "status/buildinfo",
        List.of(),
        Optional.empty(),
        p -> {
          ApiResponse.expect(p, p.currentToken(), JsonToken.START_OBJECT, "the build info object");
          fields.putAll(stringFields(p));
        });
    return new BuildInfo(
        fields.getOrDefault("version", "unknown"),
        fields.getOrDefault("revision", ""),
        fields.getOrDefault("goVersion", ""));
  }

  /**
   * The number of series in the head block ({@code /api/v1/status/tsdb}); Thanos and Mimir answer
   * 404.
   */
  public OptionalLong headSeries() throws PrometheusException {
    long[] series = {-1};
    call.execute(
        "status/tsdb",
        List.of(),
        Optional.empty(),
        p -> {
          ApiResponse.expect(p, p.currentToken(), JsonToken.START_OBJECT, "the TSDB status object");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("headStats") && p.currentToken() == JsonToken.START_OBJECT) {
              String count = stringFields(p).get("numSeries");
              try {
                series[0] = count == null ? -1 : Long.parseLong(count);
              } catch (NumberFormatException e) {
                throw new MalformedAnswer(
                    "headStats.numSeries is not a count but '" + count + "'", e);
              }
            } else {
              p.skipChildren();
            }
          }
        });
    return series[0] < 0 ? OptionalLong.empty() : OptionalLong.of(series[0]);
  }

  /** Requests sent so far, retries included: what "queries per cluster" is counted with. */
  public long requestsSent() {
    return requests.get();
  }

  /**
   * Cancels requests in flight (they fail with a {@link Problem#CANCELLED_BY_CLIENT}) and releases
   * connections: for the console when a source is removed, and on exit.
   */
  @Override
  public void close() {
    call.cancelAll();
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static List<ApiCall.Param> rangeWithMatchers(
      List<String> matchers, Instant start, Instant end) {
    List<ApiCall.Param> params = new ArrayList<>();
    matchers.forEach(m -> params.add(new ApiCall.Param("match[]", m)));
    params.add(new ApiCall.Param("start", seconds(start)));
    params.add(new ApiCall.Param("end", seconds(end)));
    return params;
  }

  private static Map<String, String> stringFields(JsonParser p) throws IOException {
    Map<String, String> fields = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (p.currentToken().isScalarValue()) {
        fields.put(name, p.getText());
      } else {
        p.skipChildren();
      }
    }
    return fields;
  }

  /** Epoch seconds with milliseconds, as the API reads times: {@code 1435781451.781}. */
  static String seconds(Instant time) {
    return BigDecimal.valueOf(time.toEpochMilli(), 3).stripTrailingZeros().toPlainString();
  }

  /** A duration in seconds, as the API reads steps and timeouts: {@code 300}, {@code 0.000001}. */
  static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString();
  }
}
