package dev.fleetscope.benchmarks.prometheus;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.LabelNames;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.ServingReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long reading model serving takes against a real Prometheus: {@link ServingBenchmarkFleet}'s
 * hundred models backfilled once, then each window read once to warm up and {@code runs} times
 * timed; prints the queries per reading and the fastest, median and slowest wall time. A main
 * rather than a JMH benchmark so that the 25 hours of series are written and backfilled once (JMH
 * forks per benchmark).
 *
 * <pre>
 * java -cp modules/benchmarks/target/benchmarks.jar \
 *     dev.fleetscope.benchmarks.prometheus.ServingReadTiming [runs]
 * </pre>
 */
public final class ServingReadTiming {
  private static final UnitPrices PRICES = new UnitPrices(0.0316, 0.0042, 1.2, HourlyPrice.USD);

  private ServingReadTiming() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long built = System.nanoTime();
    try (BenchmarkPrometheus prometheus =
            BenchmarkPrometheus.start(ServingBenchmarkFleet.SPAN, new ServingBenchmarkFleet());
        PrometheusClient client =
            new PrometheusClient(
                ConnectionSettings.forUrl(prometheus.url)
                    .withLabels(LabelNames.STANDARD.withClusterLabel("cluster")))) {
      System.out.printf(
          Locale.ROOT,
          "Prometheus with 100 models ready in %.0f s%n",
          (System.nanoTime() - built) / 1e9);
      for (Duration window : List.of(Duration.ofHours(1), Duration.ofHours(24))) {
        ServingReader reader = new ServingReader(client);
        ServingSnapshot snapshot = reader.read(prometheus.end, window, c -> Optional.of(PRICES));
        long[] nanos = new long[runs];
        long queries = 0;
        for (int i = 0; i < runs; i++) {
          long before = client.requestsSent();
          long start = System.nanoTime();
          snapshot = reader.read(prometheus.end, window, c -> Optional.of(PRICES));
          nanos[i] = System.nanoTime() - start;
          queries = client.requestsSent() - before;
        }
        Arrays.sort(nanos);
        long withProblems = snapshot.models().stream().filter(m -> !m.problems().isEmpty()).count();
        System.out.printf(
            Locale.ROOT,
            "window %s: %d models (%d with problems), %d queries per reading, wall time min %.0f ms, median %.0f ms, max %.0f ms%n",
            window,
            snapshot.models().size(),
            withProblems,
            queries,
            nanos[0] / 1e6,
            nanos[runs / 2] / 1e6,
            nanos[runs - 1] / 1e6);
      }
    }
  }
}
