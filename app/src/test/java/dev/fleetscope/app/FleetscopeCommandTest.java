package dev.fleetscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.ScreenMode;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FleetscopeCommandTest {
  /** The test run's config folder (set by surefire), the system clock. */
  static final Composition TEST = new Composition(Host.at(AppDirs.forCurrentUser()));

  @Test
  void openingTheConsoleBuildsNoSubcommandModels() {
    assertTrue(Fleetscope.commandLine(new String[] {"--smoke"}, TEST).getSubcommands().isEmpty());
    assertTrue(Fleetscope.commandLine(new String[] {}, TEST).getSubcommands().isEmpty());
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneBuilt() {
    assertEquals(
        java.util.List.of("cost"),
        java.util.List.copyOf(
            Fleetscope.commandLine(new String[] {"cost", "--help"}, TEST)
                .getSubcommands()
                .keySet()));
  }

  @Test
  void everySubcommandIsThereWhenHelpIsAskedOrNoneIsNamedFirst() {
    assertEquals(
        Fleetscope.SUBCOMMANDS.size(),
        Fleetscope.commandLine(new String[] {"help", "cost"}, TEST).getSubcommands().size());
    assertEquals(
        Fleetscope.SUBCOMMANDS.size(),
        Fleetscope.commandLine(new String[] {"--seed", "3", "cost"}, TEST).getSubcommands().size());
    StringWriter out = new StringWriter();
    CommandLine cli = Fleetscope.commandLine(new String[] {"--help"}, TEST);
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute("--help"));
    for (String name :
        new String[] {
          "simulate", "recommend", "apply", "rollback", "audit", "cost", "drift", "pipelines"
        }) {
      assertTrue(out.toString().contains("  " + name + " "), "help lists " + name);
    }
  }

  @Test
  void anUnknownSubcommandIsAClearError() {
    StringWriter err = new StringWriter();
    CommandLine cli = Fleetscope.commandLine(new String[] {"recomend"}, TEST);
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("recomend"));
    assertTrue(err.toString().contains("recomend"), err.toString());
  }

  @Test
  void aWallScreenRefusesViewsThatChangeThingsAndTooShortATurn() {
    assertUsageError(
        "view a wall screen shows", "--wall", "--wall-views", "overview,recommendations");
    assertUsageError("at least 5s", "--wall", "--wall-every", "2s");
    assertUsageError("named twice", "--wall", "--wall-views", "cost,cost");
  }

  @Test
  void theSettingsChooseAndOrderTheWallsBoardsUnlessTheCommandLineDoes(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{\"wallViews\": [\"attention\", \"nodes\"]}");
    Composition withSettings = new Composition(Host.at(new AppDirs(dir, dir)));

    assertEquals(List.of("attention", "nodes"), wall(withSettings, "--wall").views());
    assertEquals(List.of("cost"), wall(withSettings, "--wall", "--wall-views=cost").views());
    assertEquals(
        List.of("drift"),
        wall(withSettings, "--wall", "--wall-views", "drift").views(),
        "a board named as a command is named too");
    assertEquals(ScreenMode.Wall.DEFAULT_VIEWS, wall(TEST, "--wall").views());

    Files.writeString(dir.resolve("settings.json"), "{\"wallViews\": [\"cost\", \"cost\"]}");
    StringWriter err = new StringWriter();
    CommandLine cli = Fleetscope.commandLine(new String[] {"--wall"}, withSettings);
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute("--wall"), err.toString());
    assertTrue(err.toString().contains("wallViews in settings.json: "), err.toString());
  }

  private static ScreenMode.Wall wall(Composition composition, String... args) {
    CommandLine cli = Fleetscope.commandLine(args, composition);
    cli.parseArgs(args);
    return (ScreenMode.Wall) ((Fleetscope) cli.getCommand()).screen();
  }

  private static void assertUsageError(String message, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Fleetscope.commandLine(args, TEST);
    cli.setErr(new PrintWriter(err));
    assertEquals(2, cli.execute(args), err.toString());
    assertTrue(err.toString().contains(message), err.toString());
  }
}
