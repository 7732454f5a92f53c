package dev.fleetscope.runtime.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.runtime.connections.SavedAuth;
import dev.fleetscope.runtime.connections.SecretRef;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class FleetServingTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant END =
      ServingSeries.alignedEnd(DemoFleetServing.NOW, Duration.ofMinutes(5));

  @Test
  void servesTheDemoFleetWhileItIsALiveSourcePricedAtItsClustersNodePrices() {
    try (FleetServing serving = FleetServing.demo(DemoFleetServing.SIMULATOR)) {
      serving.accept(DemoFleetServing.FLEET);
      ServingSnapshot read = serving.snapshot(END, HOUR);
      assertFalse(read.models().isEmpty());
      assertEquals(List.of(), read.notes());
      for (ModelServing m : read.models()) {
        UnitPrices prices =
            UnitPrices.of(DemoFleetServing.FLEET.cluster(m.model().cluster()).orElseThrow());
        var cost = m.cost().orElseThrow();
        assertEquals(
            prices.hourly(cost.held().cores(), cost.held().memoryBytes(), cost.held().gpus()),
            cost.perHour(),
            1e-9,
            m.model().id());
      }

      serving.accept(FleetSnapshot.EMPTY.withSources(List.of()));
      ServingSnapshot off = serving.snapshot(END, HOUR);
      assertTrue(off.models().isEmpty());
      assertEquals(
          List.of(
              "No source of model serving: the demo fleet is off and no Prometheus is connected"
                  + " (add one in the Connections view)"),
          off.notes());
    }
  }

  @Test
  void aPrometheusThatFailsIsANoteAndTheDemoModelsStay() throws Exception {
    try (MockWebServer prometheus = new MockWebServer()) {
      prometheus.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return new MockResponse.Builder()
                  .code(500)
                  .body(
                      "{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"tsdb overloaded\"}")
                  .build();
            }
          });
      prometheus.start(InetAddress.getLoopbackAddress(), 0);
      PrometheusEntry entry =
          new PrometheusEntry(
              ConnectionSettings.forUrl(prometheus.url("/").toString())
                  .withName("prod", "Prod Prometheus"),
              SavedAuth.NONE);
      try (FleetServing serving =
          new FleetServing(
              () -> Optional.of(DemoFleetServing.SIMULATOR), () -> List.of(entry), Map.of())) {
        serving.accept(DemoFleetServing.FLEET);
        ServingSnapshot read = serving.snapshot(END, HOUR);
        assertFalse(read.models().isEmpty());
        assertEquals(1, read.notes().size(), read.notes().toString());
        assertTrue(
            read.notes().getFirst().startsWith("Prod Prometheus could not be read: "),
            read.notes().getFirst());
        assertTrue(read.notes().getFirst().contains("tsdb overloaded"), read.notes().getFirst());
      }
    }
  }

  @Test
  void aPrometheusWhoseSecretIsMissingSaysSoWithoutReading() {
    PrometheusEntry entry =
        new PrometheusEntry(
            ConnectionSettings.forUrl("http://127.0.0.1:9").withName("lab", "Lab"),
            new SavedAuth.Bearer(new SecretRef.InEnvironment("LAB_TOKEN")));
    try (FleetServing serving = new FleetServing(Optional::empty, () -> List.of(entry), Map.of())) {
      serving.accept(DemoFleetServing.FLEET);
      ServingSnapshot read = serving.snapshot(END, HOUR);
      assertTrue(read.models().isEmpty());
      assertEquals(1, read.notes().size());
      assertTrue(
          read.notes().getFirst().startsWith("Lab could not be opened: bearer token"),
          read.notes().getFirst());
      assertTrue(read.notes().getFirst().contains("LAB_TOKEN"), read.notes().getFirst());
    }
  }
}
