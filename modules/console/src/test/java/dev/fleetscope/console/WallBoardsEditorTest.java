package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.config.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The wall boards editor (TestFX on Monocle) on the demo fleet: the boards offered, their order,
 * what Save writes to {@code settings.json}, and a choice of none refused.
 */
class WallBoardsEditorTest {
  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

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

  @Test
  void choosesAndOrdersTheBoardsAndSavesThemForTheNextWall() throws Exception {
    open();
    robot.clickOn("#edit-wall-boards");
    await(() -> robot.lookup("#wall-boards").tryQuery().isPresent());
    assertEquals(
        List.of(
            "[x] Needs attention",
            "[x] Overview",
            "[x] Pipelines",
            "[x] Cost",
            "[ ] Drift",
            "[ ] Serving",
            "[ ] Nodes",
            "[ ] Utilization"),
        shown(),
        "the defaults first, in their order, then the other boards");

    robot.clickOn("#wall-board-overview");
    robot.clickOn("#wall-board-drift");
    robot.clickOn("#wall-board-up-drift");
    robot.clickOn("#wall-board-up-drift");
    assertEquals("[x] Drift", shown().get(2), "moved up twice: " + shown());
    robot.clickOn("#wall-boards-save");
    await(() -> robot.lookup("#wall-boards").tryQuery().isEmpty());

    assertEquals(
        List.of("attention", "drift", "pipelines", "cost"),
        new SettingsStore(new AppDirs(folder, folder)).load().wallViews(),
        Files.readString(folder.resolve("settings.json")));

    Keys.type(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W);
    await(() -> robot.lookup("#wall-boards").tryQuery().isPresent());
    assertEquals(
        List.of("[x] Needs attention", "[x] Drift", "[x] Pipelines", "[x] Cost", "[ ] Overview"),
        shown().subList(0, 5),
        "opened again on the saved choice");
  }

  @Test
  void everyBoardAWallShowsIsOfferedOnce() {
    assertEquals(
        ScreenMode.Wall.VIEWS,
        WallBoardsDialog.BOARDS.stream()
            .map(WallBoardsDialog.Board::id)
            .collect(java.util.stream.Collectors.toSet()));
    assertEquals(ScreenMode.Wall.VIEWS.size(), WallBoardsDialog.BOARDS.size(), "no board twice");
  }

  @Test
  void aWallOfNoBoardsIsRefusedAndNothingIsWritten() throws Exception {
    open();
    String settings = Files.readString(folder.resolve("settings.json"));
    robot.clickOn("#edit-wall-boards");
    await(() -> robot.lookup("#wall-boards").tryQuery().isPresent());
    for (String id : List.of("attention", "overview", "pipelines", "cost")) {
      robot.clickOn("#wall-board-" + id);
    }
    robot.clickOn("#wall-boards-save");

    Label problem = robot.lookup("#wall-boards-problem").queryAs(Label.class);
    assertTrue(problem.isVisible());
    assertEquals(
        "Choose at least one board: a wall screen needs something to show.", problem.getText());
    assertTrue(robot.lookup("#wall-boards").tryQuery().isPresent(), "the dialog stays");
    assertEquals(settings, Files.readString(folder.resolve("settings.json")), "nothing written");
  }

  private void open() throws Exception {
    QuietDesktop.in(folder); // alerts in the corner would cover what the robot clicks
    ConsoleOptions options = DemoWithoutHistory.console(Clock.fixed(NOW, ZoneOffset.UTC), folder);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> robot.lookup("#edit-wall-boards").tryQuery().isPresent());
  }

  /** The boards as the dialog lists them, top to bottom: "[x] Drift" when chosen. */
  private List<String> shown() {
    GridPane grid = robot.lookup("#wall-boards").queryAs(GridPane.class);
    return grid.getChildren().stream()
        .filter(CheckBox.class::isInstance)
        .map(CheckBox.class::cast)
        .sorted(java.util.Comparator.comparingInt(GridPane::getRowIndex))
        .map(box -> (box.isSelected() ? "[x] " : "[ ] ") + box.getText())
        .toList();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
