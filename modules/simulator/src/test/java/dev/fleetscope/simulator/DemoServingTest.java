package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.model.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoServingTest {
  private static final Instant NOW = DemoFleetTest.NOW;
  private static final Duration HOUR = Duration.ofHours(1);

  private static final Simulator SIMULATOR =
      new Simulator(Simulator.DEFAULT_SEED, new MutableClock(NOW));
  private static final DemoServing SERVING = new DemoServing(SIMULATOR);

  private static ModelServing the(ServingSnapshot snapshot, DemoServer server) {
    return snapshot.models().stream()
        .filter(m -> m.model().workload().orElseThrow().equals(server.workload().ref()))
        .findFirst()
        .orElseThrow();
  }

  private static DemoServer first(java.util.function.Predicate<DemoServer> which) {
    return DemoServers.of(SIMULATOR.fleet()).stream().filter(which).findFirst().orElseThrow();
  }

  @Test
  void servesEveryKindFromTheInferenceServicesOfTheServingNamespaces() {
    List<DemoServer> servers = DemoServers.of(SIMULATOR.fleet());
    Map<ServerKind, Long> kinds =
        servers.stream().collect(Collectors.groupingBy(DemoServer::kind, Collectors.counting()));
    assertEquals(ServerKind.values().length, kinds.size(), kinds.toString());
    assertTrue(servers.size() >= 50, servers.size() + " servers");
    assertTrue(servers.stream().anyMatch(DemoServer::olderNames));
    assertEquals(1, servers.stream().filter(DemoServer::degradesUnderLoad).count());
    assertEquals(1, servers.stream().filter(DemoServer::errorsSpike).count());
  }

  @Test
  void isTheSameForTheSameSeedAndClock() {
    Simulator again = new Simulator(Simulator.DEFAULT_SEED, new MutableClock(NOW));
    assertEquals(
        SERVING.snapshot(NOW, HOUR, c -> java.util.Optional.empty()),
        new DemoServing(again).snapshot(NOW, HOUR, c -> java.util.Optional.empty()));
  }

  @Test
  void followsTheDayLikeTheCpuItUses() {
    DemoServer server = first(s -> s.kind() == ServerKind.OTEL && !s.degradesUnderLoad());
    Instant day = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    double offset = server.utcOffsetHours();
    // Busiest around 16:00 local, quietest around 04:00.
    Instant afternoon =
        day.plus(Duration.ofHours(17)).minus(Duration.ofMinutes((long) (offset * 60)));
    Instant night = day.plus(Duration.ofHours(5)).minus(Duration.ofMinutes((long) (offset * 60)));
    double busy = the(SERVING.snapshot(afternoon, HOUR), server).requestsPerSecond().orElseThrow();
    double quiet = the(SERVING.snapshot(night, HOUR), server).requestsPerSecond().orElseThrow();
    assertTrue(busy > 2 * quiet, busy + " vs " + quiet + " requests/s");
  }

  @Test
  void slowsDownOneModelInItsBusiestHours() {
    DemoServer server = first(DemoServer::degradesUnderLoad);
    DemoServer other =
        first(s -> s.kind() == ServerKind.OTEL && !s.degradesUnderLoad() && !s.errorsSpike());
    double slowdown = p99Ratio(server);
    double steady = p99Ratio(other);
    assertTrue(slowdown > 3, "p99 at peak / p99 at night: " + slowdown);
    assertTrue(steady < 1.5, "another model's p99 barely moves: " + steady);
  }

  @Test
  void spikesOneModelsErrorsEveryAfternoon() {
    DemoServer server = first(DemoServer::errorsSpike);
    Instant day = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(1));
    Instant spikeEnd =
        day.plus(Duration.ofMinutes(14 * 60 + 40 - (long) (server.utcOffsetHours() * 60)));
    double during =
        the(SERVING.snapshot(spikeEnd, Duration.ofMinutes(40)), server).errorRatio().orElseThrow();
    double before =
        the(SERVING.snapshot(spikeEnd.minus(HOUR), Duration.ofMinutes(40)), server)
            .errorRatio()
            .orElseThrow();
    assertTrue(during > 0.1, "errors during the spike: " + during);
    assertTrue(before < 0.01, "errors before it: " + before);
  }

  @Test
  void givesLlmServersTokensAndEveryModelACostAtItsClustersPrices() {
    ServingSnapshot hour = SERVING.snapshot(NOW, HOUR);
    for (ModelServing m : hour.models()) {
      assertTrue(m.cost().isPresent(), m.model() + ": " + m.problems());
      assertTrue(m.cost().get().perHour() > 0, m.model().toString());
      boolean llm = m.model().server() == ServerKind.VLLM || m.model().server() == ServerKind.TGI;
      assertEquals(llm, m.tokensPerSecond().isPresent(), m.model().toString());
      assertEquals(
          llm, m.cost().get().perMillionGeneratedTokens().isPresent(), m.model().toString());
      assertEquals(m.model().server().gaps(), m.problems(), m.model().toString());
    }
  }

  /** p99 over the hour before 17:00 local over p99 over the hour before 05:00 local. */
  private static double p99Ratio(DemoServer server) {
    Instant day = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(1));
    long offset = (long) (server.utcOffsetHours() * 60);
    double peak =
        the(SERVING.snapshot(day.plus(Duration.ofMinutes(17 * 60 - offset)), HOUR), server)
            .latency()
            .orElseThrow()
            .p99();
    double night =
        the(SERVING.snapshot(day.plus(Duration.ofMinutes(5 * 60 - offset)), HOUR), server)
            .latency()
            .orElseThrow()
            .p99();
    return peak / night;
  }
}
