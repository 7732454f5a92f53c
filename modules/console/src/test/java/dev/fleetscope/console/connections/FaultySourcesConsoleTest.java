package dev.fleetscope.console.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.ConsoleApp;
import dev.fleetscope.console.ConsoleOptions;
import dev.fleetscope.console.DemoWithoutHistory;
import dev.fleetscope.console.FxAwait;
import dev.fleetscope.console.FxWatchdog;
import dev.fleetscope.console.QuietDesktop;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.EmptyPrometheus;
import dev.fleetscope.prometheus.Timeouts;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.runtime.connections.SavedAuth;
import dev.fleetscope.runtime.connections.SavedConnections;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A saved Prometheus whose server misbehaves, driven through the whole console, headless (TestFX on
 * Monocle), with the FX thread watched ({@link FxWatchdog}): its row in the Connections view says
 * failed or stale with the reason, the demo fleet beside it goes on being polled and shown, and
 * when the server answers again the source is live without a restart. The faults are served on
 * loopback by {@link FaultyServer}; the source's deadlines are 1 s to connect and read, 2 s in all.
 */
@ExtendWith(FxWatchdog.class)
class FaultySourcesConsoleTest {
  /** Short deadlines, so that a hanging server fails a poll in seconds. */
  private static final Timeouts SHORT =
      Timeouts.DEFAULT
          .withDeadlines(
              new Deadlines(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2)))
          .withQuery(Duration.ofSeconds(1))
          .withRetries(1, Duration.ZERO, Duration.ZERO);

  /** What each fault shows in the source's row. */
  enum Case {
    HANG(Fault.HANG, "(whole-call deadline)"),
    DRIP(Fault.DRIP, "(whole-call deadline)"),
    HTML_500(Fault.HTML_500, "HTTP 500"),
    HTML_503(Fault.HTML_503, "HTTP 503"),
    WRONG_SHAPE(null, "does not fit the API");

    final Fault fault;
    final String reason;

    Case(Fault fault, String reason) {
      this.fault = fault;
      this.reason = reason;
    }

    Function<String, Answer> route() {
      return fault == null
          ? target ->
              Answer.json(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\"}}")
          : target -> Answer.of(fault);
    }
  }

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final AtomicReference<Function<String, Answer>> behaviour = new AtomicReference<>();
  private FleetSource demo;
  private LiveFleet fleet;
  private Application app;

  @BeforeAll
  static void registerStage() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
    if (fleet != null) {
      fleet.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Case.class)
  void aFaultySourceIsMarkedWithTheReasonTheRestGoesOnAndItRecoversByItself(Case fault)
      throws Exception {
    behaviour.set(fault.route());
    try (FaultyServer server = FaultyServer.start(target -> behaviour.get().apply(target))) {
      String row = open(server.url(""));

      await(() -> status(row).startsWith("failed: "));
      assertTrue(status(row).contains(fault.reason), status(row));
      assertTrue(status(row).contains("127.0.0.1:" + server.port()), status(row));
      theDemoFleetGoesOn();

      behaviour.set(EmptyPrometheus::answer);
      await(() -> status(row).startsWith("live · updated "));
    }
  }

  @Test
  void aRefusedSourceRecoversWhenItsServerStartsOnItsPort() throws Exception {
    int port;
    try (FaultyServer refused = FaultyServer.start(Fault.REFUSED)) {
      port = refused.port();
    }
    String row = open("http://127.0.0.1:" + port);
    await(() -> status(row).startsWith("failed: "));
    assertTrue(status(row).contains("connection refused"), status(row));
    theDemoFleetGoesOn();

    try (MockWebServer back = emptyPrometheusOn(port)) {
      await(() -> status(row).startsWith("live · updated "));
      assertTrue(back.getRequestCount() > 0);
    }
  }

  @Test
  void aLiveSourceThatStopsAnsweringIsStaleWithTheReasonThenLiveAgain() throws Exception {
    behaviour.set(EmptyPrometheus::answer);
    try (FaultyServer server = FaultyServer.start(target -> behaviour.get().apply(target))) {
      String row = open(server.url(""));
      await(() -> status(row).startsWith("live · updated "));

      behaviour.set(target -> Answer.of(Fault.HANG));
      await(() -> status(row).startsWith("stale since "));
      assertTrue(status(row).contains("deadline"), status(row));
      theDemoFleetGoesOn();

      // While its polls hang, the window answers clicks and the overview shows the source stale.
      robot.clickOn("#nav-overview");
      await(() -> overviewBanner().contains(" is stale"));
      robot.clickOn("#nav-connections");

      behaviour.set(EmptyPrometheus::answer);
      await(() -> status(row).startsWith("live · updated "));
    }
  }

  /**
   * Closing the form of a connection test that waits on a dripping server ends the test's call: the
   * server sees its connection closed long before the test's own deadline (3 min).
   */
  @Test
  void closingTheFormEndsTheConnectionTestInFlight() throws Exception {
    try (FaultyServer server = FaultyServer.start(Fault.DRIP)) {
      open(null);
      robot.clickOn("#nav-connections");
      robot.clickOn("#prometheus-add");
      robot.clickOn("#prometheus-url");
      robot.interact(
          () ->
              robot
                  .lookup("#prometheus-url")
                  .queryAs(TextInputControl.class)
                  .setText(server.url("")));
      robot.clickOn("#prometheus-test");
      server.awaitTargets(t -> !t.isEmpty());
      assertEquals(1, server.openConnections());

      robot.clickOn("#prometheus-cancel");
      await(() -> server.openConnections() == 0);
    }
  }

  /**
   * Opens the console on the demo fleet and, when {@code url} is given, a saved Prometheus there;
   * returns the selector of the Prometheus's row in the Connections view.
   */
  private String open(String url) throws Exception {
    demo = DemoWithoutHistory.at(Clock.systemUTC());
    fleet = new LiveFleet(List.of(demo), Clock.systemUTC());
    fleet.pollOnce(demo);
    AppDirs dirs = new AppDirs(dir, dir);
    ConnectionsStore store = new ConnectionsStore(dirs);
    Optional<ConnectionSettings> settings =
        Optional.ofNullable(url)
            .map(
                u ->
                    ConnectionSettings.forUrl(u)
                        .withRefreshInterval(ConnectionSettings.MIN_REFRESH)
                        .withTimeouts(SHORT));
    store.save(
        new SavedConnections(
            true,
            settings.map(s -> List.of(new PrometheusEntry(s, SavedAuth.NONE))).orElse(List.of()),
            List.of(),
            List.of()));
    // KUBECONFIG names a file that is not there: whatever this machine has is not read.
    ConnectedSources connections =
        new ConnectedSources(
            store,
            fleet,
            () -> demo,
            Map.of("KUBECONFIG", dir.resolve("none.yaml").toString()),
            dir,
            Clock.systemUTC());
    connections.start();
    fleet.start();
    ConsoleOptions options =
        new ConsoleOptions(
                fleet,
                PipelineSetup.none(Clock.systemUTC()),
                dirs,
                false,
                Instant.now(),
                System.out)
            .withConnections(connections);
    QuietDesktop.in(dir); // alerts in the corner would cover what the robot clicks
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    if (settings.isEmpty()) {
      return "";
    }
    robot.clickOn("#nav-connections");
    return "#prometheus-row-" + PrometheusRowNode.safe(settings.get().id());
  }

  /** The demo fleet is still polled and live while the other source fails. */
  private void theDemoFleetGoesOn() throws Exception {
    Instant seen = demoStatus().lastSuccess().orElseThrow();
    await(() -> demoStatus().lastSuccess().orElseThrow().isAfter(seen));
    assertEquals(SourceState.LIVE, demoStatus().state());
  }

  private SourceStatus demoStatus() {
    return fleet.latest().sources().stream()
        .filter(s -> s.sourceId().equals(DemoFleetSource.ID))
        .findFirst()
        .orElseThrow();
  }

  /** The overview's banner of sources that are not live, when shown. */
  private String overviewBanner() {
    return robot.lookup(".stale-banner").queryAllAs(Label.class).stream()
        .filter(Label::isVisible)
        .map(Label::getText)
        .collect(Collectors.joining("\n"));
  }

  private String status(String row) {
    return robot
        .lookup(row)
        .tryQuery()
        .map(r -> ((Label) r.lookup(".connection-status")).getText())
        .orElse("");
  }

  private static MockWebServer emptyPrometheusOn(int port) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(EmptyPrometheus.body(request.getUrl().encodedPath()))
                .build();
          }
        });
    server.start(java.net.InetAddress.getLoopbackAddress(), port);
    return server;
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
