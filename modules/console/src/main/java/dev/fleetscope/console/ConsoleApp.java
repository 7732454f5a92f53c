package dev.fleetscope.console;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.DriftResult;
import dev.fleetscope.alerts.input.RunFacts;
import dev.fleetscope.console.alerts.AlertNotifier;
import dev.fleetscope.console.alerts.AttentionBoard;
import dev.fleetscope.console.alerts.AttentionModel;
import dev.fleetscope.console.alerts.DataSources;
import dev.fleetscope.console.alerts.NeedsAttentionPane;
import dev.fleetscope.console.alerts.RetrainDialog;
import dev.fleetscope.console.alerts.RulesDialog;
import dev.fleetscope.console.connections.ConnectionsView;
import dev.fleetscope.console.connections.ConnectionsViewModel;
import dev.fleetscope.console.cost.CostBoard;
import dev.fleetscope.console.cost.CostView;
import dev.fleetscope.console.cost.CostViewModel;
import dev.fleetscope.console.drift.DriftBoard;
import dev.fleetscope.console.drift.DriftView;
import dev.fleetscope.console.drift.DriftViewModel;
import dev.fleetscope.console.nodes.NodesBoard;
import dev.fleetscope.console.nodes.NodesView;
import dev.fleetscope.console.nodes.NodesViewModel;
import dev.fleetscope.console.overview.OverviewBoard;
import dev.fleetscope.console.overview.OverviewState;
import dev.fleetscope.console.overview.OverviewView;
import dev.fleetscope.console.overview.OverviewViewModel;
import dev.fleetscope.console.pipelines.PipelineNotifier;
import dev.fleetscope.console.pipelines.PipelinesBoard;
import dev.fleetscope.console.pipelines.PipelinesView;
import dev.fleetscope.console.pipelines.PipelinesViewModel;
import dev.fleetscope.console.recommendations.ApplyFlowViewModel;
import dev.fleetscope.console.recommendations.RecommendationsView;
import dev.fleetscope.console.recommendations.RecommendationsViewModel;
import dev.fleetscope.console.serving.ServingView;
import dev.fleetscope.console.serving.ServingViewModel;
import dev.fleetscope.console.serving.ServingWallBoard;
import dev.fleetscope.console.utilization.UtilizationBoard;
import dev.fleetscope.console.utilization.UtilizationView;
import dev.fleetscope.console.utilization.UtilizationViewModel;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.pipelines.trigger.RetrainReason;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.StartupTrace;
import dev.fleetscope.runtime.alerts.AlertDelivery;
import dev.fleetscope.runtime.alerts.AlertsService;
import dev.fleetscope.runtime.alerts.CostForecasts;
import dev.fleetscope.runtime.alerts.InputsSummary;
import dev.fleetscope.runtime.alerts.LiveAlerts;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.config.DriftSourcesStore;
import dev.fleetscope.runtime.config.Settings;
import dev.fleetscope.runtime.config.SettingsStore;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.SavedConnections;
import dev.fleetscope.runtime.fleet.StatsCache;
import dev.fleetscope.runtime.pipelines.ConfiguredPipelines;
import dev.fleetscope.runtime.pipelines.LivePipelines;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelinePlacements;
import dev.fleetscope.runtime.pipelines.WorkloadPlacement;
import dev.fleetscope.runtime.retrain.AutoRetrain;
import dev.fleetscope.runtime.retrain.RetrainPlan;
import dev.fleetscope.runtime.retrain.RetrainReasons;
import dev.fleetscope.runtime.retrain.Retraining;
import dev.fleetscope.runtime.serving.LatencyCheck;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console window: wires the live fleet to the view-models and views, and remembers the user's
 * settings.
 */
public final class ConsoleApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);

  /**
   * How far back from opening the console a failure is still announced (03:00 when opened at
   * 09:00).
   */
  private static final Duration ALERT_LOOKBACK = Duration.ofHours(12);

  /** How often the alert rules are judged: sources report every few seconds to a minute. */
  private static final int ALERT_EVERY_SECONDS = 15;

  private static volatile ConsoleOptions launchOptions;
  private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);
  private static volatile Thread closing;

  private final ConsoleOptions options;
  // options.afterFirstFrame() was run (on the FX thread)
  private boolean heldBackStarted;
  private SettingsStore settingsStore;
  private Settings settings;
  private Theme theme;
  private Scene scene;
  private OverviewViewModel overviewModel;
  private MainWindow window;
  private UtilizationViewModel utilizationModel;
  private CostViewModel costModel;
  private PipelinesViewModel pipelinesModel;
  private LivePipelines livePipelines;
  private ConfiguredPipelines configuredPipelines;
  private PipelineNotifier notifier;
  private AlertNotifier alertNotifier;
  private RecommendationsViewModel recommendationsModel;
  private ApplyFlowViewModel applyModel;
  private ConnectionsViewModel connectionsModel;
  private DriftViewModel driftModel;
  private ServingViewModel servingModel;
  private NodesViewModel nodesModel;
  private Stage stage;
  private WallRotation rotation;
  private List<SourceStatus> fleetSources = List.of();
  private List<SourceStatus> pipelineSources = List.of();
  private final AttentionModel attentionModel = new AttentionModel(this::openAlert);
  private LiveAlerts liveAlerts;
  private Retraining retraining; // made when first needed: no HTTP client before
  private AutoRetrain autoRetrain;

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
    awaitClosed();
  }

  /**
   * Waits until the last console stopped has saved its settings and closed its sources and stores,
   * which it does off the FX thread: a test calls it before its folders are deleted.
   */
  public static void awaitClosed() {
    Thread closer = closing;
    if (closer != null) {
      try {
        closer.join(CLOSE_PATIENCE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void start(Stage primaryStage) {
    StartupTrace.mark("JavaFX started");
    this.stage = primaryStage;
    settingsStore = new SettingsStore(options.host().dirs());
    settings = settingsStore.load();
    theme = Theme.byId(settings.theme());

    StatsCache stats = new StatsCache();
    overviewModel = new OverviewViewModel(stats);
    utilizationModel = new UtilizationViewModel();
    pipelinesModel =
        new PipelinesViewModel(
            placements(options.connections().current()),
            link -> getHostServices().showDocument(link.toString()),
            this::showWorkloads);
    // a saved source's placement links its runs at once, without waiting for the pipelines to be
    // polled
    options.connections().onSave(saved -> pipelinesModel.placements(placements(saved)));
    Host host = options.host();
    costModel = new CostViewModel(host);
    servingModel = new ServingViewModel(options.serving());
    nodesModel = new NodesViewModel(host);
    driftModel =
        new DriftViewModel(
            new DriftSourcesStore(host.dirs()),
            host.seed(),
            host.clock().withZone(ZoneId.systemDefault()));
    List<ConsoleView> views =
        List.of(
            new ConsoleView("overview", "Overview", MainWindow.shortcut(1), this::overview),
            new ConsoleView(
                "utilization",
                "Utilization",
                MainWindow.shortcut(2),
                () -> new UtilizationView(utilizationModel, driftModel.list())),
            new ConsoleView(
                "pipelines",
                "Pipelines",
                MainWindow.shortcut(3),
                () -> new PipelinesView(pipelinesModel)),
            new ConsoleView(
                "recommendations",
                "Recommendations",
                MainWindow.shortcut(4),
                this::recommendations),
            new ConsoleView(
                "drift", "Drift", MainWindow.shortcut(5), () -> new DriftView(driftModel)),
            new ConsoleView("cost", "Cost", MainWindow.shortcut(6), this::cost),
            new ConsoleView(
                "connections",
                "Connections",
                MainWindow.shortcut(7),
                () -> new ConnectionsView(connectionsModel())),
            new ConsoleView(
                "serving", "Serving", MainWindow.shortcut(8), () -> new ServingView(servingModel)),
            new ConsoleView(
                "nodes", "Nodes", MainWindow.shortcut(9), () -> new NodesView(nodesModel)));
    window =
        options.screen() instanceof ScreenMode.Wall wall
            ? new MainWindow(
                onWall(withBoards(views), wall),
                id -> {}) // a wall leaves the desktop's settings alone
            : new MainWindow(
                views, id -> settings = settings.withView(id), options.activity()::letGo);

    scene = new Scene(window, 1440, 900);
    scene.getStylesheets().setAll(theme.stylesheet(), PipelineNotifier.STYLESHEET);
    // a full collection to trim the heap waits until nobody is working in the window
    scene.addEventFilter(InputEvent.ANY, e -> options.activity().used());
    bindKeys(window);
    if (!wall()) {
      window.addNavLink("edit-wall-boards", "Wall boards… Ctrl+Shift+W", this::editWallBoards);
    }

    startAlerts();
    options.fleet().subscribe(options.serving()::accept); // before the models that read it
    options.fleet().subscribe(servingModel::accept);
    options.fleet().subscribe(overviewModel::accept);
    options.fleet().subscribe(utilizationModel::accept);
    options.fleet().subscribe(driftModel::accept);
    options.fleet().subscribe(pipelinesModel::accept);
    options.fleet().subscribe(costModel::accept);
    options.fleet().subscribe(nodesModel::accept);
    options
        .fleet()
        .subscribe(
            new FxLatest<>(
                s -> {
                  fleetSources = s.sources();
                  window.sources().show(allSources());
                }));
    pipelinesModel
        .state()
        .addListener(
            (obs, old, s) -> {
              pipelineSources = s.sources();
              window.sources().show(allSources());
              if (connectionsModel != null) {
                connectionsModel.acceptPipelines(pipelineSources);
              }
            });

    stage.setTitle("Fleetscope");
    // Loaded in the background at the size a title bar or task switcher shows: no start-up cost.
    stage
        .getIcons()
        .add(
            new javafx.scene.image.Image(
                Theme.class
                    .getResource("/dev/fleetscope/assets/icons/fleetscope.png")
                    .toExternalForm(),
                256,
                256,
                true,
                true,
                true));
    stage.setScene(scene);
    if (options.screen() instanceof ScreenMode.Wall wall) {
      showOnWall(wall);
    } else {
      restoreBounds();
      window.select(settings.view());
    }
    stage.show();
    StartupTrace.mark("window shown");
    if (settingsStore.problem() != null) {
      window.notice(settingsStore.problem());
    }
    options.connections().loadProblem().ifPresent(window::notice);
    if (options.screen() == ScreenMode.DESKTOP && !options.smoke() && settings.checksForUpdates()) {
      UpdateNotice.start(options.updates(), window, getHostServices()::showDocument);
    }
    // The first live frame never waits for the pipelines: they start once it is drawn, or after a
    // while without one.
    afterFirstLiveFrame(options.smoke() ? this::reportStartup : this::startBackground);
    PauseTransition noFleetYet = new PauseTransition(javafx.util.Duration.seconds(5));
    noFleetYet.setOnFinished(e -> startBackground());
    noFleetYet.play();
  }

  /**
   * Where pipeline runs' pods run: the setup's placements and those of the saved pipeline sources.
   */
  private List<WorkloadPlacement> placements(SavedConnections saved) {
    return PipelinePlacements.of(options.pipelines().placements(), saved);
  }

  /**
   * The Overview, what needs attention above its tiles, its pipeline tile opening the Pipelines
   * view and its cost tile the Cost view. A wall shows {@link OverviewBoard} in its place.
   */
  private OverviewView overview() {
    OverviewView view =
        new OverviewView(
            overviewModel, pipelinesModel.health(), () -> window.select("pipelines"), theme);
    view.onCostClicked(() -> window.select("cost"));
    view.onServing(servingModel.state(), () -> window.select("serving"));
    view.showNodeSavings(nodesModel.estimate(), () -> window.select("nodes"));
    view.attention(
        new NeedsAttentionPane(
            attentionModel, new NeedsAttentionPane.Actions(this::editAlertRules, this::retrain)));
    return view;
  }

  /** The Cost view, its node-level savings beside the request-level ones. */
  private CostView cost() {
    CostView view = new CostView(costModel);
    view.showNodeSavings(nodesModel.estimate());
    return view;
  }

  /**
   * Judges the alert rules over what the views have (the fleet, the pipeline board, the Drift
   * view's scan, the Cost view's bill) every {@value #ALERT_EVERY_SECONDS} s on a thread of its
   * own; what fires is listed on the Overview and told to the desktop and the webhooks the
   * session's mode allows.
   */
  private void startAlerts() {
    alertNotifier =
        new AlertNotifier(
            stage, () -> theme == Theme.DARK, this::openAlert, () -> window.select("overview"));
    liveAlerts =
        new LiveAlerts(
            options.host().dirs(),
            sessionMode(),
            options.host().environment(),
            options.pipelines().clock(), // the time runs and the fleet are judged by
            cornerNotices() ? alertNotifier : AlertDelivery.Desktop.NONE);
    AlertsService alerts = liveAlerts.service();
    if (sessionMode() == SessionMode.DESKTOP) { // read-only and wall sessions start nothing
      autoRetrain = new AutoRetrain(this::retraining, this::retrainSources, options.host().clock());
      alerts.subscribe(autoRetrain);
    }
    alerts.subscribe(
        state -> {
          AlertInputs inputs = alerts.inputs();
          attentionModel.accept(
              state,
              InputsSummary.describe(alerts.rules(), inputs),
              DataSources.of(inputs, state.at()));
        });
    options.fleet().subscribe(alerts::fleet);
    driftModel.onResults(alerts::drift);
    costModel
        .state()
        .addListener(
            (obs, old, state) -> state.billing().ifPresent(b -> alerts.cost(CostForecasts.of(b))));
    // judged once the first live frame is drawn: before it, no source has said anything
    afterFirstLiveFrame(() -> liveAlerts.start(Duration.ofSeconds(ALERT_EVERY_SECONDS)));
  }

  /**
   * The rule editor over the rules in force; Save writes {@code alert-rules.json} and judges by the
   * new rules from the next evaluation on.
   */
  private void editAlertRules() {
    if (liveAlerts == null || !attentionModel.evaluated()) {
      return; // the rules are read with the first evaluation
    }
    new RulesDialog(stage, liveAlerts.service().rules(), liveAlerts.rulesFile(), liveAlerts::save)
        .show();
  }

  /**
   * The boards a wall screen shows, chosen and ordered; Save writes them to the settings at once,
   * so that a wall started next reads them.
   */
  private void editWallBoards() {
    Settings base = settings; // the dialog is modal: nothing else changes the settings meanwhile
    List<String> views =
        base.wallViews() == null ? ScreenMode.Wall.DEFAULT_VIEWS : base.wallViews();
    WallBoardsDialog dialog =
        new WallBoardsDialog(
            stage,
            views,
            settingsStore.file().toString(),
            chosen -> settingsStore.save(base.withWallViews(chosen)));
    dialog
        .resultProperty()
        .addListener(
            (obs, old, chosen) -> {
              if (chosen != null) {
                settings = settings.withWallViews(chosen);
              }
            });
    dialog.show();
  }

  /**
   * The console's notices, popups and dialogs go with it: they are owned by its stage, which a host
   * (TestFX) may keep for the next console.
   */
  private void closeOwnedWindows() {
    for (Window window : List.copyOf(Window.getWindows())) {
      Window owner =
          switch (window) {
            case PopupWindow popup -> popup.getOwnerWindow();
            case Stage owned -> owned.getOwner();
            default -> null;
          };
      if (owner != null && owner == stage) {
        window.hide();
      }
    }
  }

  /**
   * A drifting model's retraining run, from its alert: the dialog opens once the model's last plan
   * is read (off the FX thread).
   */
  private void retrain(Alert alert) {
    if (!(alert.evidence() instanceof DriftResult drift)) {
      return;
    }
    Retraining service = retraining();
    List<PipelineEntry> sources = retrainSources();
    RetrainReason reason = RetrainReasons.of(drift, alert.summary());
    Thread.ofVirtual()
        .name("retrain-plan")
        .start(
            () -> {
              Optional<RetrainPlan> plan = service.plan(drift.model());
              Platform.runLater(
                  () ->
                      new RetrainDialog(
                              stage,
                              service,
                              reason,
                              sources,
                              plan,
                              System.getProperty("user.name", "unknown"),
                              () -> window.select("pipelines"))
                          .show());
            });
  }

  private synchronized Retraining retraining() {
    if (retraining == null) {
      retraining =
          Retraining.forUser(
              options.host().dirs(),
              sessionMode(),
              options.connections().environment(),
              options.host().clock());
    }
    return retraining;
  }

  private List<PipelineEntry> retrainSources() {
    return Retraining.startable(options.connections().current().pipelines());
  }

  private boolean wall() {
    return options.screen() instanceof ScreenMode.Wall;
  }

  /**
   * Notifications in the window's corner, unless the settings turn them off. Never on a wall: their
   * type is too small to read across a room and they would cover the boards, which show the same.
   */
  private boolean cornerNotices() {
    return settings.showsDesktopNotices() && !wall();
  }

  /** {@code --wall}, {@code --read-only} or a desktop: what may be sent from this session. */
  private SessionMode sessionMode() {
    if (wall()) {
      return SessionMode.WALL;
    }
    return options.changes().readOnly() ? SessionMode.READ_ONLY : SessionMode.DESKTOP;
  }

  /** The view and row that explain an alert: the drifting model, the failed run, the container. */
  private void openAlert(Alert alert) {
    AlertLink link = alert.link();
    switch (link.view()) {
      case AlertLink.DRIFT -> {
        window.select("drift");
        driftModel.list().get().rows().stream()
            .filter(r -> r.name().equals(link.row()))
            .findFirst()
            .ifPresent(r -> driftModel.selected().set(r.id()));
      }
      case AlertLink.PIPELINES -> {
        window.select("pipelines");
        if (alert.evidence() instanceof RunFacts facts) {
          pipelinesModel.select(facts.run().key(), PipelineId.of(facts.run()));
        }
      }
      case AlertLink.UTILIZATION -> {
        // the workload's name narrows the tree to it and its containers
        String[] parts = link.row().split("/");
        showWorkloads(parts.length > 2 ? parts[2] : link.row());
      }
      default -> window.select(link.view());
    }
  }

  /**
   * The Recommendations view, and its view-models made when it is first shown: the engine, the
   * apply module and the audit log cost the console's start nothing. Subscribing late still hands
   * them the latest snapshot. A view built again (after it was let go) shows the same models.
   */
  private RecommendationsView recommendations() {
    ChangeSetup changes = options.changes();
    if (recommendationsModel == null) {
      recommendationsModel =
          new RecommendationsViewModel(
              changes.observer(), Optional.of(new LatencyCheck(options.serving())));
      applyModel = new ApplyFlowViewModel(changes, recommendationsModel::latest);
      options.fleet().subscribe(changes.writers()::observe);
      options.fleet().subscribe(recommendationsModel::accept);
    }
    return new RecommendationsView(
        recommendationsModel, applyModel, changes.auditFile().toString());
  }

  /**
   * What the first live frame never waits for: the demo fleet's history, model serving, the
   * pipelines.
   */
  private void startBackground() {
    if (!heldBackStarted) { // called again by the fallback for a window with no fleet
      heldBackStarted = true;
      options.afterFirstFrame().run();
    }
    servingModel.activate();
    startPipelines();
  }

  /**
   * Polls the pipeline sources (the setup's while the demo fleet is shown, and the saved ones),
   * each on a virtual thread of its own, following the Connections view's changes; alerts become
   * notifications over this window.
   */
  private void startPipelines() {
    if (livePipelines != null || !stage.isShowing()) {
      return;
    }
    notifier =
        new PipelineNotifier(
            stage,
            () -> theme == Theme.DARK,
            run -> {
              window.select("pipelines");
              pipelinesModel.select(run.key(), PipelineId.of(run));
            });
    ConnectedSources connections = options.connections();
    boolean notices = cornerNotices(); // read here: the monitor has its own thread
    livePipelines =
        new LivePipelines(
            options.pipelines(),
            configuredPipelines(),
            ALERT_LOOKBACK,
            (board, alerts) -> {
              pipelinesModel.accept(board);
              if (notices) {
                notifier.accept(alerts);
              }
              liveAlerts.service().pipelines(board, placements(connections.current()));
            });
    connections.onSave(livePipelines::follow);
    livePipelines.follow(connections.current());
  }

  /** The saved pipeline sources as the monitor and the Connections view's tests build them. */
  private ConfiguredPipelines configuredPipelines() {
    if (configuredPipelines == null) {
      ConnectedSources connections = options.connections();
      configuredPipelines =
          new ConfiguredPipelines(
              connections.environment(),
              connections.home(),
              options.pipelines().clock(),
              () -> connections.current().kubeconfigs());
    }
    return configuredPipelines;
  }

  /** The status bar lists fleet and pipeline sources alike. */
  private List<SourceStatus> allSources() {
    return Stream.concat(fleetSources.stream(), pipelineSources.stream()).toList();
  }

  /** The Utilization view, filtered to the namespace a pipeline's workloads run in. */
  private void showWorkloads(String namespace) {
    utilizationModel.filter().set(namespace);
    window.select("utilization");
  }

  /** For tests: the notifications raised so far. */
  PipelineNotifier notifier() {
    return notifier;
  }

  /**
   * Made when the Connections view is first shown: until then nothing reads a kubeconfig or asks a
   * cluster.
   */
  private ConnectionsViewModel connectionsModel() {
    if (connectionsModel == null) {
      connectionsModel =
          new ConnectionsViewModel(
              options.connections(),
              options.fleet(),
              configuredPipelines(),
              options.host().clock());
      connectionsModel.acceptPipelines(pipelineSources);
    }
    return connectionsModel;
  }

  /**
   * The boards made for a wall: the firing alerts (Ctrl+0: the desktop has nine), and in place of
   * every other view a board in large type: the Overview's figures on cards, the others' worst few
   * items.
   */
  private List<ConsoleView> withBoards(List<ConsoleView> views) {
    Clock fleetClock = options.fleet().clock();
    Map<String, Supplier<Node>> boards =
        Map.of(
            "overview",
            () ->
                OverviewBoard.of(
                    overviewModel,
                    pipelinesModel.health(),
                    attentionModel,
                    fleetClock,
                    () -> fleetSources,
                    () -> pipelineSources),
            "pipelines",
            () -> PipelinesBoard.of(pipelinesModel, options.pipelines().clock()),
            "drift",
            () -> DriftBoard.of(driftModel, options.host().clock()),
            "cost",
            () -> CostBoard.of(costModel, fleetClock, () -> fleetSources),
            "serving",
            () -> ServingWallBoard.of(servingModel, fleetClock),
            "nodes",
            () -> NodesBoard.of(nodesModel, fleetClock),
            "utilization",
            () -> UtilizationBoard.of(utilizationModel, fleetClock, () -> fleetSources));
    List<ConsoleView> all = new ArrayList<>();
    for (ConsoleView view : views) {
      Supplier<Node> board = boards.get(view.id());
      all.add(
          board == null ? view : new ConsoleView(view.id(), view.title(), view.shortcut(), board));
    }
    all.add(
        new ConsoleView(
            "attention",
            "Needs attention",
            MainWindow.shortcut(0),
            () ->
                AttentionBoard.of(
                    attentionModel,
                    options.pipelines().clock(), // the clock the alerts are judged by
                    Duration.ofSeconds(ALERT_EVERY_SECONDS))));
    return all;
  }

  /** The wall's views in its order, numbered Ctrl+1... as shown. */
  private static List<ConsoleView> onWall(List<ConsoleView> views, ScreenMode.Wall wall) {
    return wall.views().stream()
        .map(id -> views.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow())
        .map(v -> v.withShortcut(MainWindow.shortcut(wall.views().indexOf(v.id()) + 1)))
        .toList();
  }

  /** Full screen, no pointer, the views in turn; Space pauses, the arrow keys move on or back. */
  private void showOnWall(ScreenMode.Wall wall) {
    rotation = new WallRotation(window, wall.every(), options.fleet().clock());
    window.showOnWall(rotation.bar());
    scene.setCursor(Cursor.NONE);
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        key -> {
          switch (key.getCode()) {
            case SPACE -> rotation.togglePause();
            case RIGHT, PAGE_DOWN -> rotation.forward();
            case LEFT, PAGE_UP -> rotation.back();
            default -> {
              return;
            }
          }
          key.consume();
        });
    // The whole screen even where no window manager grants full screen (a kiosk X server)
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
    stage.setX(screen.getMinX());
    stage.setY(screen.getMinY());
    stage.setWidth(screen.getWidth());
    stage.setHeight(screen.getHeight());
    stage.setFullScreenExitHint("");
    stage.setFullScreen(true);
    rotation.start();
  }

  private void bindKeys(MainWindow window) {
    for (int i = 0; i < window.views().size(); i++) {
      ConsoleView view = window.views().get(i);
      scene.getAccelerators().put(view.shortcut(), () -> window.select(view.id()));
    }
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
            () -> {
              theme = theme.other();
              settings = settings.withTheme(theme.id());
              applyTheme();
            });
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            () -> {
              String view =
                  window.selected().equals("recommendations") ? "recommendations" : "utilization";
              window.select(view);
              javafx.scene.Node filter = scene.lookup("#" + view + "-filter");
              if (filter != null) { // a wall screen has no filter
                filter.requestFocus();
              }
            });
    if (!wall()) {
      scene
          .getAccelerators()
          .put(
              new KeyCodeCombination(
                  KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
              this::editAlertRules);
      scene
          .getAccelerators()
          .put(
              new KeyCodeCombination(
                  KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
              this::editWallBoards);
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), options.fleet()::refreshNow);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
  }

  private void applyTheme() {
    scene.getStylesheets().setAll(theme.stylesheet(), PipelineNotifier.STYLESHEET);
    window.rebuild("overview", this::overview);
  }

  /** Runs {@code action} once, after the first frame drawn with fleet data has been laid out. */
  private void afterFirstLiveFrame(Runnable action) {
    overviewModel
        .state()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(
                  ObservableValue<? extends OverviewState> obs,
                  OverviewState old,
                  OverviewState state) {
                if (state.hasData()) {
                  obs.removeListener(this);
                  StartupTrace.mark("first live state on the FX thread");
                  Runnable[] once = new Runnable[1];
                  once[0] =
                      () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        StartupTrace.mark("first live frame");
                        action.run();
                      };
                  scene.addPostLayoutPulseListener(once[0]);
                }
              }
            });
  }

  /** For the smoke test: the first frame drawn with live data, timed from the process start. */
  private void reportStartup() {
    long ms = Duration.between(options.processStart(), Instant.now()).toMillis();
    options.out().println("first live frame after " + ms + " ms");
    options.out().flush();
    Platform.exit();
  }

  private void restoreBounds() {
    Settings.WindowBounds saved = settings.window();
    if (saved != null && (saved.width() <= 200 || saved.height() <= 150)) {
      saved = null; // not a size anyone left the window at
    }
    WindowPlacement place =
        WindowPlacement.choose(
            saved,
            scene.getWidth(),
            scene.getHeight(),
            Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
            Screen.getPrimary().getVisualBounds());
    stage.setX(place.x());
    stage.setY(place.y());
    stage.setWidth(place.width());
    stage.setHeight(place.height());
    stage.setMaximized(saved != null && saved.maximized());
  }

  @Override
  public void stop() {
    if (rotation != null) {
      rotation.stop();
    }
    // notifications first, through ControlsFX, which would count hidden ones against the next
    if (notifier != null) {
      notifier.close();
    }
    if (alertNotifier != null) {
      alertNotifier.close();
    }
    closeOwnedWindows();
    boolean keepsWindow =
        stage != null && !options.smoke() && options.screen() == ScreenMode.DESKTOP;
    if (keepsWindow) {
      settings =
          settings.withWindow(
              new Settings.WindowBounds(
                  stage.getX(),
                  stage.getY(),
                  stage.getWidth(),
                  stage.getHeight(),
                  stage.isMaximized()));
    }
    Settings last = settings;
    // Saving (a write forced to disk) and closing (waiting for the cost store, an apply between
    // two changes) happen off the FX thread, which must never wait; launch() waits for them before
    // the process ends.
    closing =
        Thread.ofVirtual()
            .name("console-close")
            .start(
                () -> {
                  if (keepsWindow) {
                    save(last);
                  }
                  closeModels();
                });
  }

  private void save(Settings last) {
    try {
      settingsStore.save(last);
    } catch (IOException e) {
      LOG.warn("Fleetscope could not save its settings to {}", settingsStore.file(), e);
    }
  }

  private void closeModels() {
    options.fleet().close(); // first: no snapshot may reach a closed view-model
    if (livePipelines != null) {
      livePipelines.close(); // likewise no board
    }
    if (utilizationModel != null) {
      utilizationModel.close();
    }
    if (pipelinesModel != null) {
      pipelinesModel.close();
    }
    if (costModel != null) {
      costModel.close();
    }
    if (recommendationsModel != null) {
      recommendationsModel.close();
      applyModel
          .close(); // lets a run under way stop between two changes, then closes the audit log
    }
    if (connectionsModel != null) {
      connectionsModel.close();
    }
    if (driftModel != null) {
      driftModel.close();
    }
    if (servingModel != null) {
      servingModel.close();
    }
    options.serving().close();
    if (nodesModel != null) {
      nodesModel.close();
    }
    if (liveAlerts != null) {
      liveAlerts.close();
    }
    if (autoRetrain != null) {
      autoRetrain.close();
    }
  }
}
