package dev.fleetscope.benchmarks.prometheus;

import com.sun.net.httpserver.HttpServer;
import dev.fleetscope.model.Metric;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.LabelNames;
import dev.fleetscope.prometheus.PromQuery;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.StepGrid;
import dev.fleetscope.prometheus.UsageQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU history of a fleet's workload containers (one range query, the largest answer Fleetscope
 * reads) fetched and parsed into half-precision series, against the raw transfer of the very same
 * answer: from a real Prometheus (whose evaluation is in both), and replayed from memory by a
 * loopback server (transfer only). Bytes per answer are printed at setup: divide by the time per
 * operation for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PrometheusParseBenchmark {
  @Param("2000")
  public int containers;

  @Param("2")
  public int days;

  private BenchmarkPrometheus prometheus;
  private HttpServer replay;
  private PrometheusClient fromPrometheus;
  private PrometheusClient fromReplay;
  private OkHttpClient raw;
  private Request rawFromPrometheus;
  private Request rawFromReplay;
  private PromQuery cpu;
  private StepGrid grid;

  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    prometheus = BenchmarkPrometheus.start(containers, Duration.ofDays(days));
    grid =
        HistoryRequest.ending(prometheus.end, prometheus.window, BenchmarkPrometheus.SCRAPE).grid();
    cpu = new UsageQueries(LabelNames.STANDARD).usage(Metric.CPU_CORES, BenchmarkPrometheus.SCRAPE);
    raw = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build();
    rawFromPrometheus = rangeRequest(prometheus.url);
    byte[] answer;
    try (Response response = raw.newCall(rawFromPrometheus).execute()) {
      answer = response.body().bytes();
    }
    replay = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    replay.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    replay.start();
    String replayUrl = "http://127.0.0.1:" + replay.getAddress().getPort();
    rawFromReplay = rangeRequest(replayUrl);
    fromPrometheus = new PrometheusClient(ConnectionSettings.forUrl(prometheus.url));
    fromReplay = new PrometheusClient(ConnectionSettings.forUrl(replayUrl));
    System.out.printf(
        Locale.ROOT,
        "%nCPU answer: %,d bytes, %d series x %d points%n",
        answer.length,
        containers,
        grid.points());
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    fromPrometheus.close();
    fromReplay.close();
    replay.stop(0);
    prometheus.close();
  }

  @Benchmark
  public long prometheusTransfer() throws IOException {
    return transfer(rawFromPrometheus);
  }

  @Benchmark
  public int prometheusFetchAndParse() throws IOException {
    return fetchAndParse(fromPrometheus);
  }

  @Benchmark
  public long replayTransfer() throws IOException {
    return transfer(rawFromReplay);
  }

  @Benchmark
  public int replayFetchAndParse() throws IOException {
    return fetchAndParse(fromReplay);
  }

  private long transfer(Request request) throws IOException {
    try (Response response = raw.newCall(request).execute()) {
      return response.body().byteStream().transferTo(OutputStream.nullOutputStream());
    }
  }

  private int fetchAndParse(PrometheusClient client) throws IOException {
    SeriesSink sink = new SeriesSink(grid);
    client.queryRange(cpu, grid.first(), grid.last(), grid.step(), sink);
    return sink.series.size();
  }

  /** The request PrometheusClient sends for the CPU range (a POST form: the query is long). */
  private Request rangeRequest(String url) {
    FormBody form =
        new FormBody.Builder()
            .add("query", cpu.promql())
            .add("start", Long.toString(grid.first().getEpochSecond()))
            .add("end", Long.toString(grid.last().getEpochSecond()))
            .add("step", Long.toString(grid.step().toSeconds()))
            .add("timeout", "120")
            .build();
    return new Request.Builder().url(url + "/api/v1/query_range").post(form).build();
  }
}
