package dev.fleetscope.console.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.FxAwait;
import dev.fleetscope.console.FxWatchdog;
import dev.fleetscope.console.Theme;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.live.ScriptedSource;
import dev.fleetscope.runtime.pipelines.ConfiguredPipelines;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connections view as a user meets it, headless (TestFX on Monocle), against scripted stand-ins
 * for the servers.
 */
@ExtendWith(FxWatchdog.class)
class ConnectionsViewTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private final ScriptedSource demo = new ScriptedSource("demo", Duration.ofMillis(200));
  private final AtomicReference<Path> picked = new AtomicReference<>();
  private LiveFleet fleet;
  private ConnectionsViewModel model;

  @BeforeAll
  static void stage() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    fleet = new LiveFleet(List.of(), Clock.systemUTC());
    // KUBECONFIG names a file that is not there: the environment's kubeconfig lists nothing,
    // whatever this machine has.
    Map<String, String> environment =
        Map.of("KUBECONFIG", dir.resolve("none.yaml").toString(), "PROM_TOKEN", "t0ken");
    ConnectedSources sources =
        new ConnectedSources(
            new ConnectionsStore(new AppDirs(dir, dir)),
            fleet,
            () -> demo,
            environment,
            dir,
            Clock.systemUTC());
    sources.start();
    fleet.start();
    model =
        new ConnectionsViewModel(
            sources,
            fleet,
            new ConfiguredPipelines(
                sources.environment(),
                sources.home(),
                Clock.systemUTC(),
                () -> sources.current().kubeconfigs()),
            Clock.systemUTC());
    FilePicker picker = (title, owner) -> Optional.ofNullable(picked.get());
    FxToolkit.setupStage(
        stage -> {
          Scene scene = new Scene(new ConnectionsView(model, picker), 1400, 1000);
          scene.getStylesheets().add(Theme.LIGHT.stylesheet());
          stage.setScene(scene);
          stage.show();
        });
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    model.close();
    fleet.close();
  }

  @Test
  void testingAPrometheusShowsItsVersionAndTheMetricsItLacks() throws Exception {
    try (ScriptedPrometheus prometheus = new ScriptedPrometheus()) {
      robot.clickOn("#prometheus-add");
      fill("#prometheus-url", prometheus.url());
      robot.clickOn("#prometheus-test");

      await(() -> robot.lookup("#test-missing").tryQuery().isPresent());
      WaitForAsyncUtils.waitForFxEvents();
      String summary = text("#test-summary");
      assertTrue(
          summary.matches(
              "Prometheus 2\\.53\\.1 answered in \\d+ ms · 48,213 series in the head block · cluster 127\\.0\\.0\\.1"),
          summary);
      assertEquals(
          "Rightsizing cannot work yet: a metric it needs is missing (below).",
          text("#test-verdict"));
      List<String> missing = texts("#test-missing");
      assertTrue(
          missing.contains(
              "✗ kube_replicaset_owner — the Deployment behind each ReplicaSet (kube-state-metrics) (needed)"),
          missing.toString());
      assertTrue(
          missing.contains("✗ DCGM_FI_DEV_GPU_UTIL — GPU utilization (DCGM exporter) (optional)"),
          missing.toString());
      assertTrue(
          texts("#test-present").contains("✓ container_cpu_usage_seconds_total · 120 series"));
      assertFalse(Files.exists(dir.resolve("connections.json")), "testing saves nothing");
    }
  }

  @Test
  void aFailedTestSaysWhyNamingTheServer() throws Exception {
    int port = closedPort();
    robot.clickOn("#prometheus-add");
    fill("#prometheus-url", "http://127.0.0.1:" + port);
    robot.clickOn("#prometheus-test");
    await(() -> robot.lookup("#test-failed").tryQuery().isPresent());
    assertTrue(
        text("#test-failed")
            .startsWith(
                "Connection failed: Prometheus at http://127.0.0.1:"
                    + port
                    + " could not be reached"),
        text("#test-failed"));
  }

  @Test
  void savingAPrometheusListsItAndMakesItASourceBesideTheDemoFleet() throws Exception {
    try (ScriptedPrometheus prometheus = new ScriptedPrometheus()) {
      assertTrue(
          robot.lookup("#connections-demo").queryAs(CheckBox.class).isDisabled(),
          "nothing else connected yet");
      robot.clickOn("#prometheus-add");
      fill("#prometheus-url", prometheus.url());
      fill("#prometheus-tenant", "ml-team");
      robot.clickOn("#prometheus-save");

      String id =
          "prometheus:127.0.0.1:"
              + prometheus.url().substring(prometheus.url().lastIndexOf(':') + 1);
      Node row = await("#prometheus-row-" + id.replaceAll("[^A-Za-z0-9_-]", "-"));
      assertTrue(
          row.lookupAll(".label").stream()
              .map(n -> ((Label) n).getText())
              .anyMatch(
                  t ->
                      t.equals(
                          prometheus.url() + " · no auth · tenant ml-team · cluster 127.0.0.1")));
      assertFalse(robot.lookup("#prometheus-editor").query().isVisible());
      await(() -> fleet.sourceIds().equals(List.of("demo", id)));
      assertTrue(
          Files.readString(dir.resolve("connections.json")).contains("\"tenant\" : \"ml-team\""));

      CheckBox demoSwitch = robot.lookup("#connections-demo").queryAs(CheckBox.class);
      await(() -> !demoSwitch.isDisabled());
      robot.clickOn(demoSwitch);
      await(() -> fleet.sourceIds().equals(List.of(id)));
      assertTrue(demo.closed());
    }
  }

  @Test
  void aMistakeInTheFormIsNamedAndNothingIsSaved() throws Exception {
    robot.clickOn("#prometheus-add");
    fill("#prometheus-url", "prometheus:9090");
    robot.clickOn("#prometheus-save");
    assertEquals(
        "URL: a Prometheus URL looks like http://host:9090, was 'prometheus:9090'",
        text("#prometheus-form-error"));
    assertTrue(robot.lookup("#prometheus-editor").query().isVisible());
    Thread.sleep(200);
    assertFalse(Files.exists(dir.resolve("connections.json")));
  }

  @Test
  void anAddedKubeconfigListsItsContextsEachWithItsHealthStrip() throws Exception {
    try (ScriptedApiServer server = new ScriptedApiServer()) {
      int closed = closedPort();
      picked.set(server.kubeconfig(dir, closed));
      robot.clickOn("#kubeconfig-add");

      Node lab = await("#context-lab");
      await(() -> pills(lab).size() == 5);
      assertEquals(
          List.of("reachable", "authenticated", "v1.33.1", "list pods", "cannot patch deployments"),
          pills(lab));
      assertEquals(List.of("ok", "ok", "ok", "ok", "bad"), pillStates(lab));

      Node gone = await("#context-gone");
      await(() -> pills(gone).size() == 5);
      assertEquals(
          List.of(
              "unreachable", "authenticated ?", "version ?", "list pods ?", "patch deployments ?"),
          pills(gone));
      assertTrue(
          gone.lookupAll(".form-error").stream()
              .map(n -> ((Label) n).getText())
              .anyMatch(t -> t.startsWith("unreachable: http://127.0.0.1:" + closed + ": ")),
          "the reason is shown");
    }
  }

  @Test
  void tickingAContextMakesItASource() throws Exception {
    try (ScriptedApiServer server = new ScriptedApiServer()) {
      picked.set(server.kubeconfig(dir, closedPort()));
      robot.clickOn("#kubeconfig-add");
      Node lab = await("#context-lab");
      robot.clickOn(lab.lookup(".check-box"));
      await(() -> fleet.sourceIds().contains("kubernetes:lab"));
      await(
          () ->
              Files.exists(dir.resolve("connections.json"))
                  && Files.readString(dir.resolve("connections.json"))
                      .contains("\"enabledContexts\" : [ \"lab\" ]"));
    }
  }

  /**
   * Types into a field the quick way: the robot types a character per event, which a URL makes
   * slow.
   */
  private void fill(String field, String text) {
    robot.clickOn(field);
    robot.interact(
        () ->
            robot.lookup(field).queryAs(javafx.scene.control.TextInputControl.class).setText(text));
  }

  private static List<String> pills(Node context) {
    return context.lookupAll(".health-pill").stream().map(n -> ((Label) n).getText()).toList();
  }

  private static List<String> pillStates(Node context) {
    return context.lookupAll(".health-pill").stream()
        .map(n -> n.getStyleClass().getLast())
        .toList();
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private List<String> texts(String container) {
    return robot.lookup(container).query().lookupAll(".label").stream()
        .map(n -> ((Label) n).getText())
        .toList();
  }

  private Node await(String query) throws Exception {
    await(() -> robot.lookup(query).tryQuery().isPresent());
    return robot.lookup(query).query();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(20, condition);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
