package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSource;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SecretRef;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.MockAirflow;
import dev.fleetscope.runtime.pipelines.MockKubeflow;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.retrain.RetrainPlansStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Retraining a drifting demo model from its alert on the Overview (TestFX on Monocle): the exact
 * request first, then the run, on a saved Airflow 2 stand-in on loopback (MockWebServer).
 */
@ExtendWith(FxWatchdog.class)
class RetrainFromAlertTest {
  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
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
  }

  private void open(MockAirflow airflow, boolean readOnly) throws Exception {
    open(
        new PipelineEntry(
            "airflow-ml",
            PipelineEntry.Kind.AIRFLOW,
            "Airflow ML",
            airflow.url(),
            Optional.of("ops"),
            Optional.of(new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
            List.of(),
            PipelineEntry.MIN_INTERVAL),
        readOnly);
  }

  private void open(PipelineEntry pipelines, boolean readOnly) throws Exception {
    FleetSource demo = DemoWithoutHistory.at(Clock.systemUTC());
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.systemUTC());
    fleet.pollOnce(demo);
    fleet.start();
    Map<String, String> environment =
        Map.of("AIRFLOW_PASSWORD", "s3cret", "KUBECONFIG", dir.resolve("none.yaml").toString());
    AppDirs dirs = new AppDirs(dir, dir);
    ConnectedSources connections =
        new ConnectedSources(
            new ConnectionsStore(dirs), fleet, () -> demo, environment, dir, Clock.systemUTC());
    connections.start();
    connections.save(connections.current().withPipeline(pipelines));
    ConsoleOptions options =
        new ConsoleOptions(
                fleet,
                PipelineSetup.none(Clock.systemUTC()),
                dirs,
                false,
                Instant.now(),
                System.out)
            .withConnections(connections)
            .withChanges(
                ChangeSetup.forUser(
                    dirs, new ClusterWriters(), readOnly, RightsizingObserver.NONE));
    QuietDesktop.in(dir); // alerts in the corner would cover what the robot clicks
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> robot.lookup(".attention-retrain").tryQuery().isPresent());
  }

  @Test
  void previewsThenStartsTheRunAndRemembersWhatRetrainsTheModel() throws Exception {
    try (MockAirflow airflow = new MockAirflow()) {
      open(airflow, false);
      Hyperlink retrain = robot.lookup(".attention-retrain").queryAs(Hyperlink.class);
      String model = retrain.getId().substring("retrain-".length());
      robot.clickOn(retrain);
      await(() -> robot.lookup("#retrain-target").tryQuery().isPresent());
      assertTrue(button("#retrain-start").isDisabled(), "nothing to start before a preview");

      fill("#retrain-target", "retrain_" + model.replace('-', '_'));
      robot.clickOn("#retrain-preview");
      await(() -> !request().isEmpty() || status().startsWith("No request"));
      assertEquals("Nothing was sent. Start run sends exactly this request.", status());

      String dagRuns =
          airflow.url() + "api/v1/dags/retrain_" + model.replace('-', '_') + "/dagRuns";
      assertTrue(request().startsWith("POST " + dagRuns), request());
      assertTrue(request().contains("Authorization: Basic ••••"), request());
      assertTrue(request().contains("\"model\":\"" + model + "\""), request());
      assertEquals(List.of(), airflow.triggered(), "a preview starts nothing");

      robot.clickOn("#retrain-start");
      await(() -> status().startsWith("Started run "));

      assertTrue(status().startsWith("Started run manual__1 on Airflow ML."), status());
      assertEquals(1, airflow.triggered().size());
      assertTrue(airflow.triggered().getFirst().contains("\"fleetscope_reason\""));
      assertTrue(button("#retrain-start").isDisabled(), "one run per preview");
      String plans = Files.readString(dir.resolve(RetrainPlansStore.FILE_NAME));
      assertTrue(plans.contains("\"source\" : \"airflow-ml\""), plans);
      assertFalse(plans.contains("autoCoolDown"), "off unless turned on: " + plans);

      robot.clickOn("#retrain-auto"); // offered once a run started from here
      await(() -> status().startsWith("Automatic retraining is on"));
      String auto = Files.readString(dir.resolve(RetrainPlansStore.FILE_NAME));
      assertTrue(auto.contains("\"autoCoolDown\" : \"1d\""), auto);

      robot.clickOn("#retrain-follow");
      await(() -> robot.lookup("#retrain-target").tryQuery().isEmpty());
      await(() -> robot.lookup("#pipelines-summary").tryQuery().isPresent());
      robot.clickOn("#nav-overview");
      await(() -> robot.lookup(".attention-retrain").tryQuery().isPresent());
      robot.clickOn(".attention-retrain");
      await(() -> robot.lookup("#retrain-target").tryQuery().isPresent());
      assertEquals(
          "retrain_" + model.replace('-', '_'),
          robot.lookup("#retrain-target").queryAs(TextInputControl.class).getText(),
          "the next time starts from the plan that ran");
    }
  }

  /**
   * On Kubeflow Pipelines the pipeline, its version and the experiment are picked from what the
   * server lists; the run and the remembered plan carry them.
   */
  @Test
  void onKubeflowPicksThePipelineVersionAndExperimentFromTheServersLists() throws Exception {
    try (MockKubeflow kfp = new MockKubeflow()) {
      open(
          new PipelineEntry(
              "kfp-ml",
              PipelineEntry.Kind.KUBEFLOW,
              "Kubeflow ML",
              kfp.url(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              PipelineEntry.MIN_INTERVAL),
          false);
      robot.clickOn(".attention-retrain");
      await(() -> choices("#retrain-kfp-pipeline").getItems().size() == 3);
      assertEquals("2 pipelines, 2 experiments.", label("#retrain-kfp-hint"));
      assertEquals(
          List.of("", "churn-retrain (p-churn)", "ranker-retrain (p-rank)"),
          shown(choices("#retrain-kfp-pipeline")));

      robot.interact(() -> choices("#retrain-kfp-pipeline").getSelectionModel().select(1));
      await(() -> choices("#retrain-kfp-version").getItems().size() == 3);
      assertEquals(
          "p-churn",
          robot.lookup("#retrain-target").queryAs(TextInputControl.class).getText(),
          "the picked pipeline's id is what runs");
      assertEquals(
          List.of("latest version", "churn v8 (v-8)", "churn v7 (v-7)"),
          shown(choices("#retrain-kfp-version")));
      robot.interact(
          () -> {
            choices("#retrain-kfp-version").getSelectionModel().select(2);
            choices("#retrain-kfp-experiment").getSelectionModel().select(1);
          });
      robot.clickOn("#retrain-preview");
      await(() -> !request().isEmpty() || status().startsWith("No request"));
      assertTrue(request().contains("\"pipeline_version_id\":\"v-7\""), request());
      assertTrue(request().contains("\"experiment_id\":\"e-drift\""), request());

      robot.clickOn("#retrain-start");
      await(() -> status().startsWith("Started run "));
      assertEquals(1, kfp.started().size());
      assertTrue(kfp.started().getFirst().contains("\"pipeline_version_id\":\"v-7\""));
      String plans = Files.readString(dir.resolve(RetrainPlansStore.FILE_NAME));
      assertTrue(
          plans.contains("\"pipelineVersion\" : \"v-7\"")
              && plans.contains("\"experiment\" : \"e-drift\""),
          plans);
    }
  }

  @Test
  void aReadOnlySessionPreviewsButStartsNothing() throws Exception {
    try (MockAirflow airflow = new MockAirflow()) {
      open(airflow, true);
      robot.clickOn(".attention-retrain");
      await(() -> robot.lookup("#retrain-target").tryQuery().isPresent());
      fill("#retrain-target", "retrain_model");
      robot.clickOn("#retrain-preview");
      await(() -> !request().isEmpty());

      assertTrue(button("#retrain-start").isDisabled());
      assertTrue(robot.lookup("#retrain-auto").queryAs(CheckBox.class).isDisabled());
      assertTrue(status().contains("no run can be started"), status());
      assertEquals(List.of(), airflow.triggered());
    }
  }

  @SuppressWarnings("unchecked")
  private ChoiceBox<KubeflowCatalog.Choice> choices(String id) {
    return robot.lookup(id).queryAs(ChoiceBox.class);
  }

  private static List<String> shown(ChoiceBox<KubeflowCatalog.Choice> box) {
    return box.getItems().stream().map(c -> box.getConverter().toString(c)).toList();
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private Button button(String id) {
    return robot.lookup(id).queryAs(Button.class);
  }

  private String request() {
    return robot.lookup("#retrain-request").queryAs(TextArea.class).getText();
  }

  private String status() {
    return robot.lookup("#retrain-status").queryAs(Label.class).getText();
  }

  private void fill(String field, String text) {
    robot.interact(() -> robot.lookup(field).queryAs(TextInputControl.class).setText(text));
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(60, condition);
  }
}
