package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.rightsizing.ServerSideRecommender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recommend --prometheus}: its options and failures. The real Prometheus is in {@link
 * RecommendFromPrometheusIT}.
 */
class RecommendFromPrometheusTest {
  @TempDir Path dir;

  @Test
  void takesExactlyOneInput() {
    CliTestSupport.Result none =
        CliTestSupport.run(new RecommendCommand(CliTestSupport.HOST), "--format", "json");
    assertEquals(2, none.exitCode());
    assertTrue(
        none.err()
            .contains(
                "Missing required argument (specify one of these): (--samples=FILE.csv | --prometheus=URL)"),
        none.err());

    CliTestSupport.Result both =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST),
            "--samples",
            "a.csv",
            "--prometheus",
            "http://p:9090");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }

  @Test
  void refusesPrometheusOptionsWithSamples() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("s.csv"),
            "container,timestamp,cpu_cores,memory_bytes\nprod/ml/c/api,1700000000,0.1,100\n");
    CliTestSupport.Result result =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST),
            "--samples",
            csv.toString(),
            "--window",
            "7d");
    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertEquals(
        "fleetscope recommend: --window, --step, --end, --cluster-label, --cluster-name, --bearer-token-file, --header,"
            + " --server-side and --timeout apply to --prometheus\n",
        result.err());
  }

  @Test
  void theServerSideModeServesThePercentileStrategyOnly() {
    CliTestSupport.Result result =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST),
            "--prometheus",
            "http://127.0.0.1:9",
            "--server-side");
    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertEquals(
        "fleetscope recommend: --server-side computes percentiles on Prometheus and serves --strategy percentile only: fleetscope needs "
            + "every sample (leave out --server-side)\n",
        result.err());
  }

  @Test
  void namesTheServerAndTheQueryWhenPrometheusCannotBeReached() throws IOException {
    int port = CliTestSupport.closedPort();
    CliTestSupport.Result result =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST), "--prometheus", "http://127.0.0.1:" + port);
    assertEquals(ExitCode.SOURCE_FAILED, result.exitCode());
    assertTrue(
        result
            .err()
            .contains(
                "fleetscope recommend: Prometheus at http://127.0.0.1:"
                    + port
                    + " could not be reached for query \"pod owners\""),
        result.err());
    assertEquals("", result.out());
  }

  @Test
  void sendsTheBearerTokenAndHeadersToAMockWebServerStandInThatRefusesThem() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "t0ken\n");
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(401).body("Unauthorized").build());
      server.start();
      String url = "http://127.0.0.1:" + server.getPort();
      CliTestSupport.Result result =
          CliTestSupport.run(
              new RecommendCommand(CliTestSupport.HOST),
              "--prometheus",
              url,
              "--bearer-token-file",
              token.toString(),
              "--header",
              "X-Scope-OrgID=ml");
      RecordedRequest request = server.takeRequest();
      assertEquals("Bearer t0ken", request.getHeaders().get("Authorization"));
      assertEquals("ml", request.getHeaders().get("X-Scope-OrgID"));
      assertEquals(ExitCode.SOURCE_FAILED, result.exitCode());
      assertTrue(result.err().contains(url), result.err());
    }
  }

  @Test
  void aMissingTokenFileIsNamed() {
    CliTestSupport.Result result =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST),
            "--prometheus",
            "http://127.0.0.1:9",
            "--bearer-token-file",
            dir.resolve("nope").toString());
    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertEquals(
        "fleetscope recommend: --bearer-token-file "
            + dir.resolve("nope")
            + ": no such readable file\n",
        result.err());
  }

  @Test
  void theServerSideShareAboveTheRequestIsThatOfThePercentilesRank() {
    // n = 4032 steps (14 days at 5 minutes), q = 0.95: rank 0.95 * 4031 = 3829.45, so samples
    // 0..3829 (3830 of them)
    // lie at or below the interpolated value and 202 above: 202 / 4032.
    assertEquals(202 / 4032.0, ServerSideRecommender.overRankShare(0.95, 4032), 1e-15);
    assertEquals(0, ServerSideRecommender.overRankShare(1.0, 4032));
    // n = 10, q = 0.5: rank 4.5, samples 0..4 at or below, 5 above.
    assertEquals(0.5, ServerSideRecommender.overRankShare(0.5, 10));
  }
}
