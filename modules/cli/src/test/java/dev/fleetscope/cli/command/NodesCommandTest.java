package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nodes} on the demo fleet in this process, with a plan so that no history has to be
 * recorded; the engine's own recommendations are in the golden command-line test.
 */
class NodesCommandTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  private static final FleetSnapshot DEMO =
      new DemoFleetSource(Simulator.DEFAULT_SEED, CLOCK, Duration.ofSeconds(2)).poll();

  @TempDir Path dir;

  @Test
  void comparesEveryDemoClusterAtThePlansRequestsOnOnePriceSource() throws Exception {
    Path plan =
        Files.writeString(
            dir.resolve("PLAN.json"),
            """
            {"recommendations":[
             {"container":"aws-prod-use1/recsys-serving/ranker/server","cpu":{"request":0.1,"limit":null},
              "memory":{"request":134217728,"limit":null}},
             {"container":"lab/none/gone/main","cpu":{"request":0.1,"limit":null},
              "memory":{"request":134217728,"limit":null}}]}""");

    CliTestSupport.Result result = run("--demo", "--plan", plan.toString(), "--format", "json");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(
        result
            .err()
            .contains("warning: the plan's container lab/none/gone/main is not in the fleet"),
        result.err());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals("PLAN.json", json.get("recommended_requests").asText());
    assertEquals(DEMO.clusters().size(), json.get("clusters").size());
    int nodes = 0;
    for (JsonNode cluster : json.get("clusters")) {
      Cluster demo =
          DEMO.clusters().stream()
              .filter(c -> c.name().equals(cluster.get("cluster").asText()))
              .findFirst()
              .orElseThrow();
      assertEquals(demo.nodes().size(), cluster.get("today").get("nodes").asInt());
      // the bundled snapshot lists every demo node's type, so today is priced like the candidates
      assertEquals(demo.nodes().size(), cluster.get("prices").get("listed_nodes").asInt());
      assertEquals(4, cluster.get("scenarios").size());
      for (JsonNode scenario : cluster.get("scenarios")) {
        assertTrue(
            scenario.get("cost_per_hour").asDouble()
                <= cluster.get("today").get("cost_per_hour").asDouble() + 1e-6);
        assertTrue(
            scenario.get("cost_per_hour").asDouble()
                >= scenario.get("lower_bound_per_hour").asDouble() - 1e-6);
      }
      nodes += demo.nodes().size();
    }
    assertEquals(nodes, json.get("today").get("nodes").asInt());
  }

  @Test
  void comparesANamespaceOnEveryCloudInTheChosenRegions() throws Exception {
    Path plan = Files.writeString(dir.resolve("PLAN.json"), "{\"recommendations\":[]}");

    CliTestSupport.Result result =
        run(
            "--demo",
            "--plan",
            plan.toString(),
            "--compare-providers",
            "aws-prod-use1/recsys-serving",
            "--region",
            "azure=westeurope");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(
        result.out().contains("The namespace recsys-serving of aws-prod-use1 ("), result.out());
    assertTrue(result.out().matches("(?s).*\\nAWS +us-east-1 .*"), result.out());
    assertTrue(result.out().matches("(?s).*\\nGoogle Cloud +us-central1 .*"), result.out());
    assertTrue(result.out().matches("(?s).*\\nAzure +westeurope .*"), result.out());
  }

  @Test
  void refusesARegionThePricesDoNotList() throws Exception {
    Path plan = Files.writeString(dir.resolve("PLAN.json"), "{\"recommendations\":[]}");

    CliTestSupport.Result result =
        run(
            "--demo",
            "--plan",
            plan.toString(),
            "--compare-providers",
            "aws-prod-use1/recsys-serving",
            "--region",
            "gcp=mars-1");

    assertEquals(2, result.exitCode());
    assertTrue(
        result
            .err()
            .startsWith(
                "--region: the prices list no Google Cloud types in 'mars-1'; they list us-central1"),
        result.err());
  }

  @Test
  void namesTheServerWhenPrometheusCannotBeReached() throws IOException {
    int port = CliTestSupport.closedPort();
    CliTestSupport.Result result = run("--prometheus", "http://127.0.0.1:" + port);

    assertEquals(ExitCode.SOURCE_FAILED, result.exitCode());
    assertTrue(result.err().contains("127.0.0.1:" + port), result.err());
    assertTrue(result.err().contains("connection refused"), result.err());
  }

  private CliTestSupport.Result run(String... args) {
    return CliTestSupport.run(
        new NodesCommand(
            Host.at(new AppDirs(dir.resolve("config"), dir.resolve("data"))).withClock(CLOCK)),
        args);
  }
}
