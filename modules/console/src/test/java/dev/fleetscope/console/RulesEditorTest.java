package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.alerts.rules.AlertRulesFile;
import dev.fleetscope.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The alert rule editor (TestFX on Monocle) on the demo fleet: what it refuses, what it writes to
 * {@code alert-rules.json}, and a write that fails.
 */
class RulesEditorTest {
  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

  @TempDir Path folder;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  private ConsoleOptions options() throws IOException {
    QuietDesktop.in(folder); // alerts in the corner would cover what the robot clicks
    return DemoWithoutHistory.console(Clock.fixed(NOW, ZoneOffset.UTC), folder);
  }

  @Test
  void savesCheckedRulesNamingEveryFieldAtFaultUntilThen() throws Exception {
    ConsoleOptions options = options();
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> !robot.lookup("#edit-alert-rules").queryAs(Hyperlink.class).isDisabled());
    robot.clickOn("#edit-alert-rules");
    await(() -> robot.lookup("#rules-grid").tryQuery().isPresent());
    assertEquals(
        "50", field("#rule-threshold-dataset-drift").getText(), "a fraction as a percentage");

    robot.interact(
        () -> {
          field("#rule-threshold-dataset-drift").setText("120");
          field("#rule-duration-gpu-idle").setText("soon");
          field("#rule-scope-pipeline-failed").setText("zones=eu");
        });
    robot.clickOn("#rules-save");

    assertEquals(
        "pipeline-failed, scope: unknown scope \"zones\": a scope narrows clusters, namespaces,"
            + " teams or models\n"
            + "dataset-drift, threshold: expected a percentage between 0 and 100, was 120\n"
            + "gpu-idle, for at least: expected a duration such as 0s, 90s, 15m, 1h30m or 2d, was \"soon\"",
        robot.lookup("#rules-problems").queryAs(Label.class).getText());
    Path file = folder.resolve(AlertRulesFile.FILE_NAME);
    assertFalse(Files.exists(file), "nothing written while a field is at fault");

    robot.interact(
        () -> {
          field("#rule-threshold-dataset-drift").setText("30 %");
          field("#rule-duration-gpu-idle").setText("2h");
          field("#rule-scope-pipeline-failed").setText("clusters=aws-prod-*; teams=search, ads");
          @SuppressWarnings("unchecked")
          ChoiceBox<Severity> severity =
              robot.lookup("#rule-severity-oom-kills").queryAs(ChoiceBox.class);
          severity.setValue(Severity.CRITICAL);
        });
    robot.clickOn("#rules-save");
    await(() -> robot.lookup("#rules-grid").tryQuery().isEmpty());

    Map<String, AlertRule> saved = read(file);
    assertEquals(0.3, saved.get("dataset-drift").threshold(), 1e-12);
    assertEquals(Duration.ofHours(2), saved.get("gpu-idle").duration());
    assertEquals(Severity.CRITICAL, saved.get("oom-kills").severity());
    assertEquals(
        new Scope(List.of("aws-prod-*"), List.of(), List.of("search", "ads"), List.of()),
        saved.get("pipeline-failed").scope());
    assertEquals(Scope.ALL, saved.get("gpu-idle").scope(), "an untouched scope stays as it was");
    assertEquals(8, saved.size(), "every rule is kept");
  }

  @Test
  void aFailedWriteIsShownAndTheDialogStays() throws Exception {
    Path file = folder.resolve(AlertRulesFile.FILE_NAME);
    ConsoleOptions options = options();
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> !robot.lookup("#edit-alert-rules").queryAs(Hyperlink.class).isDisabled());
    Files.createDirectory(file); // where the file should go: no file can be written there
    robot.clickOn("#edit-alert-rules");
    await(() -> robot.lookup("#rules-grid").tryQuery().isPresent());

    robot.clickOn("#rules-save");
    await(() -> robot.lookup("#rules-problems").queryAs(Label.class).isVisible());

    String shown = robot.lookup("#rules-problems").queryAs(Label.class).getText();
    assertTrue(shown.startsWith("Not saved: ") && shown.contains(file.toString()), shown);
    assertTrue(robot.lookup("#rules-grid").tryQuery().isPresent(), "the edits are not lost");
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private static Map<String, AlertRule> read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return AlertRulesFile.read(in, file.toString()).stream()
          .collect(Collectors.toMap(AlertRule::id, Function.identity()));
    }
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
