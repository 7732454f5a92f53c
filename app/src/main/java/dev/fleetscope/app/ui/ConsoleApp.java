package dev.fleetscope.app.ui;

import dev.fleetscope.app.StartupTrace;
import dev.fleetscope.app.config.DriftSourcesStore;
import dev.fleetscope.app.config.Settings;
import dev.fleetscope.app.config.SettingsStore;
import dev.fleetscope.app.fleet.StatsCache;
import dev.fleetscope.app.ui.drift.DriftView;
import dev.fleetscope.app.ui.drift.DriftViewModel;
import dev.fleetscope.app.ui.overview.OverviewView;
import dev.fleetscope.app.ui.overview.OverviewViewModel;
import dev.fleetscope.app.ui.utilization.UtilizationView;
import dev.fleetscope.app.ui.utilization.UtilizationViewModel;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The console window: wires the live fleet to the view-models and views, and remembers the user's settings. */
public final class ConsoleApp extends Application {
  private static volatile ConsoleOptions launchOptions;

  private final ConsoleOptions options;
  private SettingsStore settingsStore;
  private Settings settings;
  private Theme theme;
  private Scene scene;
  private OverviewViewModel overviewModel;
  private MainWindow window;
  private UtilizationViewModel utilizationModel;
  private DriftViewModel driftModel;
  private Stage stage;

  /** For {@link Application#launch}: takes the options given to {@link #launch(ConsoleOptions)}. */
  public ConsoleApp() {
    this(launchOptions);
  }

  public ConsoleApp(ConsoleOptions options) {
    this.options = options;
  }

  /** Opens the console and returns when its window is closed. */
  public static void launch(ConsoleOptions options) {
    launchOptions = options;
    Application.launch(ConsoleApp.class);
  }

  @Override
  public void start(Stage primaryStage) {
    StartupTrace.mark("JavaFX started");
    this.stage = primaryStage;
    settingsStore = new SettingsStore(options.dirs());
    settings = settingsStore.load();
    theme = Theme.byId(settings.theme());

    StatsCache stats = new StatsCache();
    overviewModel = new OverviewViewModel(stats);
    utilizationModel = new UtilizationViewModel();
    driftModel = new DriftViewModel(new DriftSourcesStore(options.dirs()), Simulator.DEFAULT_SEED, Clock.systemDefaultZone());
    window = new MainWindow(List.of(
        new ConsoleView("overview", "Overview", MainWindow.shortcut(1), () -> new OverviewView(overviewModel, theme)),
        new ConsoleView("utilization", "Utilization", MainWindow.shortcut(2),
            () -> new UtilizationView(utilizationModel, driftModel.list())),
        new ConsoleView("drift", "Drift", MainWindow.shortcut(3), () -> new DriftView(driftModel))),
        id -> settings = settings.withView(id));

    scene = new Scene(window, 1440, 900);
    scene.getStylesheets().setAll(theme.stylesheet());
    bindKeys(window);
    if (options.smoke()) {
      reportFirstLiveFrame(overviewModel);
    }

    options.fleet().subscribe(overviewModel::accept);
    options.fleet().subscribe(utilizationModel::accept);
    options.fleet().subscribe(driftModel::accept);
    options.fleet().subscribe(new FxLatest<>(s -> window.sources().show(s.sources())));

    stage.setTitle("Fleetscope");
    stage.setScene(scene);
    restoreBounds();
    window.select(settings.view());
    stage.show();
    StartupTrace.mark("window shown");
    if (settingsStore.problem() != null) {
      window.sources().getChildren().addFirst(new javafx.scene.control.Label(settingsStore.problem()));
    }
  }

  private void bindKeys(MainWindow window) {
    for (int i = 0; i < window.views().size(); i++) {
      ConsoleView view = window.views().get(i);
      scene.getAccelerators().put(view.shortcut(), () -> window.select(view.id()));
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), () -> {
      theme = theme.other();
      settings = settings.withTheme(theme.id());
      applyTheme();
    });
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
      window.select("utilization");
      scene.lookup("#utilization-filter").requestFocus();
    });
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), options.fleet()::refreshNow);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
  }

  private void applyTheme() {
    scene.getStylesheets().setAll(theme.stylesheet());
    window.rebuild("overview", () -> new OverviewView(overviewModel, theme));
  }

  /** For the smoke test: the first frame drawn with live data, timed from the process start. */
  private void reportFirstLiveFrame(OverviewViewModel model) {
    model.state().addListener((obs, old, state) -> {
      if (state.hasData() && (old == null || !old.hasData())) {
        StartupTrace.mark("first live state on the FX thread");
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
          scene.removePostLayoutPulseListener(once[0]);
          StartupTrace.mark("first live frame");
          long ms = Duration.between(options.processStart(), Instant.now()).toMillis();
          options.out().println("first live frame after " + ms + " ms");
          options.out().flush();
          Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
      }
    });
  }

  private void restoreBounds() {
    Settings.WindowBounds b = settings.window();
    if (b != null && b.width() > 200 && b.height() > 150) {
      stage.setX(b.x());
      stage.setY(b.y());
      stage.setWidth(b.width());
      stage.setHeight(b.height());
      stage.setMaximized(b.maximized());
    }
  }

  @Override
  public void stop() {
    if (stage != null && !options.smoke()) {
      settings = settings.withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
          stage.getHeight(), stage.isMaximized()));
      try {
        settingsStore.save(settings);
      } catch (IOException e) {
        System.err.println("Fleetscope could not save its settings to " + settingsStore.file() + ": " + e.getMessage());
      }
    }
    options.fleet().close(); // first: no snapshot may reach a closed view-model
    if (utilizationModel != null) {
      utilizationModel.close();
    }
    if (driftModel != null) {
      driftModel.close();
    }
  }
}
