package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's daily update notice (TestFX on Monocle) against a release feed that MockWebServer
 * serves on loopback in GitHub's releases format.
 */
class UpdateNoticeTest {
  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
  private static final String PAGE = "https://github.com/fleetscope/fleetscope/releases/tag/v0.2.0";

  @TempDir Path folder;
  private final FxRobot robot = new FxRobot();
  private MockWebServer server;
  private Application app;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void feed() throws Exception {
    server = new MockWebServer();
    server.start();
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
                [{"tag_name":"v0.2.0","html_url":"%s","prerelease":false,"draft":false,
                  "published_at":"2026-12-01T10:00:00Z","assets":[]}]"""
                    .formatted(PAGE))
            .build());
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
    server.close();
  }

  private ConsoleOptions options(boolean readOnly) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AppDirs dirs = new AppDirs(folder, folder);
    Host host = Host.at(dirs).withClock(clock);
    return DemoWithoutHistory.console(clock, folder)
        .withChanges(
            ChangeSetup.forUser(dirs, new ClusterWriters(), readOnly, RightsizingObserver.NONE))
        .withUpdates(DailyUpdateCheck.of(host, "0.1.0", server.url("/releases")));
  }

  @Test
  void showsANewerReleaseWithItsPageUntilDismissed() throws Exception {
    ConsoleOptions options = options(false);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));

    await(() -> robot.lookup("#update-notice").tryQuery().isPresent());
    Label text = robot.lookup("#update-notice .label").queryAs(Label.class);
    assertEquals("Fleetscope 0.2.0 is available (this is 0.1.0).", text.getText());
    assertEquals(
        "Release notes and downloads",
        robot.lookup("#update-notice .hyperlink").queryAs(Hyperlink.class).getText());
    robot.clickOn("Dismiss");
    await(() -> robot.lookup("#update-notice").tryQuery().isEmpty());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void asksNoMoreThanOnceADay() throws Exception {
    ConsoleOptions first = options(false);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(first));
    await(() -> robot.lookup("#update-notice").tryQuery().isPresent());
    FxToolkit.cleanupApplication(app);
    ConsoleApp.awaitClosed();

    ConsoleOptions again = options(false);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(again));
    await(() -> robot.lookup("#tile-cpu-in-use-of-requested").tryQuery().isPresent());
    server.takeRequest(); // the first start's
    assertNull(server.takeRequest(2, TimeUnit.SECONDS), "the same day's second start asks nobody");
  }

  @Test
  void aSettingTurnsItOff() throws Exception {
    Files.writeString(folder.resolve("settings.json"), "{\"updateCheck\":false}");
    ConsoleOptions options = options(false);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> robot.lookup("#tile-cpu-in-use-of-requested").tryQuery().isPresent());

    assertNull(server.takeRequest(2, TimeUnit.SECONDS), "no request with the setting off");
    assertTrue(robot.lookup("#update-notice").tryQuery().isEmpty());
  }

  @Test
  void aWallScreenNeverAsks() throws Exception {
    ConsoleOptions wall =
        options(true).onWall(new ScreenMode.Wall(List.of("overview"), Duration.ofSeconds(30)));
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));
    await(() -> robot.lookup("#overview-board-headline").tryQuery().isPresent());

    assertNull(server.takeRequest(2, TimeUnit.SECONDS), "a wall asks nobody");
  }

  @Test
  void isSilentWhenOffline() throws Exception {
    server.close();
    ConsoleOptions options = options(false);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
    await(() -> Files.exists(folder.resolve("update-check.json"))); // it tried

    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#update-notice").tryQuery().isEmpty());
    assertTrue(robot.lookup(".notice").tryQuery().isEmpty(), "no notice of any kind");
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
