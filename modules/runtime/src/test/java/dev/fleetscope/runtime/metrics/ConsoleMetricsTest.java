package dev.fleetscope.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.live.ScriptedSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleMetricsTest {
  @Test
  void servesPollLatencyErrorsAndStalenessPerSource() throws Exception {
    ScriptedSource lab = new ScriptedSource("lab", Duration.ofSeconds(5));
    try (ConsoleMetrics metrics = new ConsoleMetrics();
        LiveFleet fleet = new LiveFleet(List.of(lab), Clock.systemUTC(), metrics)) {
      metrics.watch(fleet::latest);
      fleet.pollOnce(lab);
      lab.next(ScriptedSource.Next.FAIL);
      fleet.pollOnce(lab);
      int port = metrics.listen("127.0.0.1", 0);
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(body.contains("fleetscope_source_poll_errors_total{source=\"lab\"} 1.0"), body);
      assertTrue(body.contains("fleetscope_source_poll_seconds_count{source=\"lab\"} 2"), body);
      assertTrue(body.contains("fleetscope_source_stale{source=\"lab\"} 1.0"), body);
      assertTrue(
          body.contains("fleetscope_source_last_success_timestamp_seconds{source=\"lab\"}"), body);
    }
  }

  @Test
  void servesTheCurrentRecommendationsAndCountsApplyOutcomesByState() throws Exception {
    try (ConsoleMetrics metrics = new ConsoleMetrics()) {
      metrics.recommended("fleetscope", 460, Map.of(Currency.getInstance("USD"), 84023.5));
      metrics.changeFinished(ChangeState.ROLLED_OUT);
      metrics.changeFinished(ChangeState.ROLLED_OUT);
      metrics.changeFinished(ChangeState.FAILED);
      metrics.runEnded(RunOutcome.Kind.STOPPED);
      int port = metrics.listen("127.0.0.1", 0);
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(body.contains("fleetscope_recommendations{strategy=\"fleetscope\"} 460.0"), body);
      assertTrue(
          body.contains(
              "fleetscope_recommendations_savings_per_month{currency=\"USD\",strategy=\"fleetscope\"} 84023.5"),
          body);
      assertTrue(body.contains("fleetscope_apply_changes_total{state=\"rolled_out\"} 2.0"), body);
      assertTrue(body.contains("fleetscope_apply_changes_total{state=\"failed\"} 1.0"), body);
      assertTrue(body.contains("fleetscope_apply_runs_total{outcome=\"stopped\"} 1.0"), body);
    }
  }
}
