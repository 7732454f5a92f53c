package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.connections.PrometheusDraft.SecretKind;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.MockAirflow;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.pipelines.TimelineBar;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A pipeline source added in the Connections view is watched by the Pipelines view without a
 * restart, and leaves it when removed: the whole console, headless (TestFX on Monocle), against an
 * Airflow 2 stand-in on loopback.
 */
@ExtendWith(FxWatchdog.class)
class PipelineConnectionsConsoleTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private LiveFleet fleet;
  private Application app;

  @BeforeAll
  static void registerStage() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void open() throws Exception {
    FleetSource demo = DemoWithoutHistory.at(Clock.systemUTC());
    fleet = new LiveFleet(List.of(demo), Clock.systemUTC());
    fleet.pollOnce(demo);
    fleet.start();
    // KUBECONFIG names a file that is not there: whatever this machine has is not read.
    Map<String, String> environment =
        Map.of("AIRFLOW_PASSWORD", "s3cret", "KUBECONFIG", dir.resolve("none.yaml").toString());
    AppDirs dirs = new AppDirs(dir, dir);
    ConnectedSources connections =
        new ConnectedSources(
            new ConnectionsStore(dirs), fleet, () -> demo, environment, dir, Clock.systemUTC());
    connections.start();
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
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupApplication(app);
    ConsoleApp.awaitClosed();
  }

  @Test
  void anAddedAirflowsRunShowsInThePipelinesViewAndGoesWhenRemovedAgainstMockWebServerAirflow()
      throws Exception {
    Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    try (MockAirflow airflow =
        new MockAirflow()
            .run("features_nightly", "scheduled__1", "success", start, start.plusSeconds(900))) {
      robot.clickOn("#nav-connections");
      robot.clickOn("#pipeline-add");
      fill("#pipeline-url", airflow.url());
      fill("#pipeline-user", "ops");
      @SuppressWarnings("unchecked")
      ChoiceBox<SecretKind> secretKind =
          robot.lookup("#pipeline-secret-kind").queryAs(ChoiceBox.class);
      robot.interact(() -> secretKind.setValue(SecretKind.ENVIRONMENT));
      fill("#pipeline-secret", "AIRFLOW_PASSWORD");

      robot.clickOn("#pipeline-test");
      await(
          () ->
              !text("#pipeline-test-result").isEmpty()
                  && !text("#pipeline-test-result").startsWith("Polling"));
      assertEquals(
          "Airflow " + airflow.url() + " answered: 1 run in the last 7 days",
          text("#pipeline-test-result"));
      assertFalse(Files.exists(dir.resolve("connections.json")), "testing saves nothing");

      // where the demo fleet runs its feature-store batch jobs: the run then links to their
      // utilization and cost
      fill("#pipeline-runs-in", "feature-store");
      fill("#pipeline-labels", "workload-type=batch-pipeline");
      robot.clickOn("#pipeline-save");
      URI url = URI.create(airflow.url());
      String id =
          "airflow-"
              + url.getHost().replace('.', '-')
              + "-"
              + url.getPort(); // airflow:host:port, made a node id
      String row = "#pipeline-row-" + id;
      await(() -> robot.lookup(row).tryQuery().isPresent());
      await(() -> rowTexts(row).stream().anyMatch(t -> t.startsWith("live · updated ")));
      String saved = Files.readString(dir.resolve("connections.json"));
      assertTrue(saved.contains("\"env\" : \"AIRFLOW_PASSWORD\""), saved);
      assertFalse(saved.contains("s3cret"), "the password itself is never saved");
      assertTrue(
          airflow.authorizations().stream().allMatch("Basic b3BzOnMzY3JldA=="::equals),
          airflow.authorizations().toString());

      assertTrue(
          saved
              .replaceAll("\\s+", " ")
              .contains(
                  "\"placement\" : { \"namespace\" : \"feature-store\", \"labels\" : { \"workload-type\" : \"batch-pipeline\" } }"),
          saved);

      robot.clickOn("#nav-pipelines");
      await(() -> lanes().contains("features_nightly"));
      robot.clickOn(
          robot.lookup(".run-bar").queryAll().stream()
              .filter(
                  b ->
                      b.getUserData() instanceof TimelineBar bar
                          && bar.run().pipeline().equals("features_nightly"))
              .findFirst()
              .orElseThrow());
      await(
          () ->
              detailTexts().stream().anyMatch(t -> t.matches("\\d+ in [a-z0-9-]+/feature-store")));
      assertTrue(
          detailTexts().stream().anyMatch(t -> t.matches("≈ [0-9.,]+ USD/run over 15 min 00 s")),
          detailTexts().toString());

      robot.clickOn("#nav-connections");
      robot.clickOn("#pipeline-remove-" + id);
      await(() -> robot.lookup(row).tryQuery().isEmpty());
      await(() -> !Files.readString(dir.resolve("connections.json")).contains("features"));
      robot.clickOn("#nav-pipelines");
      await(() -> !lanes().contains("features_nightly"));
    }
  }

  @Test
  void anAirflowWithoutAUserIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    robot.clickOn("#nav-connections");
    robot.clickOn("#pipeline-add");
    fill("#pipeline-url", "http://airflow:8080");
    fill("#pipeline-secret", "/run/secrets/airflow");
    robot.clickOn("#pipeline-save");
    assertEquals(
        "User: Airflow signs in with a user and a password; enter the user",
        text("#pipeline-form-error"));
    fill("#pipeline-url", "airflow:8080");
    fill("#pipeline-user", "ops");
    robot.clickOn("#pipeline-save");
    assertEquals(
        "URL: an http(s) URL looks like http://airflow:8080, was 'airflow:8080'",
        text("#pipeline-form-error"));
    Thread.sleep(200);
    assertFalse(Files.exists(dir.resolve("connections.json")));
  }

  private List<String> lanes() {
    return robot.lookup(".gantt-lane-name").queryAllAs(Label.class).stream()
        .filter(l -> l.getScene() != null)
        .map(Label::getText)
        .toList();
  }

  private List<String> detailTexts() {
    return robot.lookup("#run-details .label").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .toList();
  }

  private List<String> rowTexts(String row) {
    return robot.lookup(row).query().lookupAll(".label").stream()
        .map(n -> ((Label) n).getText())
        .toList();
  }

  /**
   * Types into a field the quick way: the robot types a character per event, which a URL makes
   * slow.
   */
  private void fill(String field, String text) {
    robot.clickOn(field);
    robot.interact(() -> robot.lookup(field).queryAs(TextInputControl.class).setText(text));
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(20, condition);
  }
}
