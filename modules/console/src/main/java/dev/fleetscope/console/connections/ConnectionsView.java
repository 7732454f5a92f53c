package dev.fleetscope.console.connections;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.ScrollPanes;
import dev.fleetscope.console.connections.ConnectionsState.KubeconfigGroup;
import dev.fleetscope.console.connections.ConnectionsState.PipelineRow;
import dev.fleetscope.console.connections.ConnectionsState.PrometheusRow;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where real systems are connected: the demo fleet's switch, the Prometheus servers (add, edit,
 * test, remove), the kubeconfig contexts with their health strips (enable as sources, add a
 * kubeconfig file) and the pipeline sources (add, test, remove). Draws the model's state; every
 * command goes to the model, which does the work off the FX thread.
 */
public final class ConnectionsView extends VBox {
  private final ModelListeners listeners = new ModelListeners();
  private final ConnectionsViewModel model;
  private final FilePicker files;
  private final Label banner = new Label();
  private final Label file = new Label();
  private final CheckBox demo = new CheckBox("Show the demo fleet beside your clusters");
  private final Label demoHint = new Label();
  private final VBox prometheusRows = new VBox(6);
  private final Label noPrometheus =
      new Label("No Prometheus yet. Add one to see your clusters' usage beside the demo fleet.");
  private final PrometheusForm form;
  private final TestResultPane testResult = new TestResultPane();
  private final VBox formCard;
  private final VBox kubeconfigs = new VBox(14);
  private final ScrollPane scroll = ScrollPanes.withoutViewportCache(new ScrollPane());
  private final VBox content;
  private final Map<String, PrometheusRowNode> rowsById = new LinkedHashMap<>();
  private final Map<Optional<Path>, KubeconfigGroupNode> groupsByFile = new LinkedHashMap<>();
  private final VBox pipelineRows = new VBox(6);
  private final Label noPipelines =
      new Label(
          "No pipeline source yet. Add an Airflow, a Kubeflow Pipelines or an Argo Workflows "
              + "to watch its runs in the Pipelines view.");
  private final PipelineForm pipelineForm;
  private final Map<String, PipelineRowNode> pipelineRowsById = new LinkedHashMap<>();
  private Optional<String> editing = Optional.empty();

  public ConnectionsView(ConnectionsViewModel model) {
    this(model, FilePicker.system());
  }

  public ConnectionsView(ConnectionsViewModel model, FilePicker files) {
    super(10);
    this.model = model;
    this.files = files;
    this.form = new PrometheusForm(files);
    this.pipelineForm = new PipelineForm(files);
    getStyleClass().addAll("view", "connections-view");
    setId("connections-view");

    Label title = new Label("Connections");
    title.getStyleClass().add("view-title");
    file.getStyleClass().add("muted");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(10, title, spacer, file);
    header.getStyleClass().add("view-header");
    banner.setId("connections-problem");
    banner.getStyleClass().add("stale-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.managedProperty().bind(banner.visibleProperty());

    formCard = new VBox(10, form, testResult);
    formCard.setId("prometheus-editor");
    formCard.managedProperty().bind(formCard.visibleProperty());
    formCard.setVisible(false);

    content = new VBox(14, demoCard(), prometheusCard(), kubernetesCard(), pipelinesCard());
    content.getStyleClass().add("connections-content");
    scroll.setContent(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("connections-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(header, banner, scroll);

    wireForm();
    listeners.onChange(model.state(), (obs, old, state) -> show(state));
    listeners.onChange(
        model.test(),
        (obs, old, outcome) -> {
          testResult.show(outcome);
          if (!(outcome instanceof TestOutcome.Idle)) {
            Platform.runLater(() -> reveal(testResult));
          }
        });
    listeners.onChange(
        model.pipelineTest(),
        (obs, old, outcome) -> {
          pipelineForm.showTest(outcome);
          Platform.runLater(() -> reveal(pipelineForm));
        });
    show(model.state().get()); // built lazily: the model may be ahead of the view
    testResult.show(model.test().get());
    pipelineForm.showTest(model.pipelineTest().get());
    model.activate();
  }

  private Node demoCard() {
    demo.setId("connections-demo");
    demo.setOnAction(e -> model.showDemoFleet(demo.isSelected()));
    demoHint.getStyleClass().add("muted");
    demoHint.setWrapText(true);
    return card("Demo fleet", null, new VBox(4, demo, demoHint));
  }

  private Node prometheusCard() {
    Button add = new Button("Add Prometheus");
    add.setId("prometheus-add");
    add.setOnAction(e -> openForm(Optional.empty(), PrometheusDraft.EMPTY, "Add a Prometheus"));
    noPrometheus.getStyleClass().add("muted");
    noPrometheus.managedProperty().bind(noPrometheus.visibleProperty());
    Label about =
        new Label(
            "Prometheus, Thanos Query, Mimir or VictoriaMetrics with cAdvisor and kube-state-metrics: "
                + "live usage and 14 days of history for rightsizing.");
    about.getStyleClass().add("muted");
    about.setWrapText(true);
    return card("Prometheus", add, new VBox(8, about, noPrometheus, prometheusRows, formCard));
  }

  private Node kubernetesCard() {
    Button add = new Button("Add kubeconfig…");
    add.setId("kubeconfig-add");
    add.setOnAction(
        e ->
            files.pick("Add a kubeconfig", getScene().getWindow()).ifPresent(model::addKubeconfig));
    Button check = new Button("Check now");
    check.setId("kubeconfig-check");
    check.setOnAction(e -> model.reload());
    Label about =
        new Label(
            "Contexts of $KUBECONFIG (or ~/.kube/config) and of the files you add. Tick a context to show its "
                + "workloads; each is checked every "
                + ConnectionsViewModel.HEALTH_INTERVAL.toSeconds()
                + " s.");
    about.getStyleClass().add("muted");
    about.setWrapText(true);
    return card("Kubernetes clusters", new HBox(8, check, add), new VBox(10, about, kubeconfigs));
  }

  private Node pipelinesCard() {
    Button add = new Button("Add pipeline source");
    add.setId("pipeline-add");
    add.setOnAction(
        e -> {
          pipelineForm.fill(PipelineDraft.EMPTY);
          model.clearPipelineTest();
          pipelineForm.setVisible(true);
          pipelineForm.url.requestFocus();
          Platform.runLater(
              () -> reveal(pipelineForm)); // the last card: its form opens below the fold
        });
    pipelineForm.managedProperty().bind(pipelineForm.visibleProperty());
    pipelineForm.setVisible(false);
    pipelineForm.test.setOnAction(e -> model.testPipeline(pipelineForm.draft()));
    pipelineForm.save.setOnAction(
        e -> {
          Optional<String> mistake = model.savePipeline(pipelineForm.draft());
          pipelineForm.showError(mistake);
          if (mistake.isEmpty()) {
            closePipelineForm();
          }
        });
    pipelineForm.cancel.setOnAction(e -> closePipelineForm());
    noPipelines.getStyleClass().add("muted");
    noPipelines.setWrapText(true);
    noPipelines.managedProperty().bind(noPipelines.visibleProperty());
    Label about =
        new Label(
            "Airflow 2 or 3, Kubeflow Pipelines, Argo Workflows (its server, or a kubeconfig context): their runs "
                + "show in the Pipelines view beside the demo fleet's. Secrets stay in a file or an environment variable.");
    about.getStyleClass().add("muted");
    about.setWrapText(true);
    return card("Pipelines", add, new VBox(8, about, noPipelines, pipelineRows, pipelineForm));
  }

  private void closePipelineForm() {
    pipelineForm.setVisible(false);
    model.clearPipelineTest();
  }

  private static Node card(String heading, Node action, Node body) {
    Label title = new Label(heading);
    title.getStyleClass().add("section-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = action == null ? new HBox(title) : new HBox(10, title, spacer, action);
    top.getStyleClass().add("card-header");
    VBox card = new VBox(10, top, body);
    card.getStyleClass().add("card");
    return card;
  }

  private void wireForm() {
    form.test.setOnAction(e -> model.testConnection(form.draft()));
    form.save.setOnAction(
        e -> {
          Optional<String> mistake = model.savePrometheus(form.draft(), editing);
          form.showError(mistake);
          if (mistake.isEmpty()) {
            closeForm();
          }
        });
    form.cancel.setOnAction(e -> closeForm());
  }

  private void openForm(Optional<String> id, PrometheusDraft draft, String heading) {
    editing = id;
    form.fill(draft, heading);
    model.clearTest();
    formCard.setVisible(true);
    form.url.requestFocus();
  }

  private void closeForm() {
    formCard.setVisible(false);
    editing = Optional.empty();
    model.clearTest();
  }

  /**
   * Scrolls just far enough that the node's bottom is in sight (a test's result below the form).
   */
  private void reveal(Node node) {
    double viewport = scroll.getViewportBounds().getHeight();
    double height = content.getBoundsInLocal().getHeight();
    if (height <= viewport) {
      return;
    }
    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double top = scroll.getVvalue() * (height - viewport);
    if (bounds.getMaxY() > top + viewport) {
      double wanted = Math.min(bounds.getMaxY() - viewport, bounds.getMinY() - 40);
      scroll.setVvalue(Math.max(0, Math.min(1, Math.max(wanted, top) / (height - viewport))));
    }
  }

  private void show(ConnectionsState state) {
    banner.setText(state.problem().orElse(""));
    banner.setVisible(state.problem().isPresent());
    file.setText(state.file().isEmpty() ? "" : "saved in " + state.file());
    demo.setSelected(state.demoFleet());
    demo.setDisable(!state.demoFleetSwitchable());
    demoHint.setText(
        state.demoFleetSwitchable()
            ? "The simulated fleet of three clusters; switch it off to see only your own."
            : "It stays on until a Prometheus or a cluster is connected: the console is never empty.");
    showPrometheus(state.prometheus());
    showKubeconfigs(state.kubeconfigs());
    showPipelines(state.pipelines());
  }

  private void showPipelines(List<PipelineRow> rows) {
    Map<String, PipelineRowNode> seen = new LinkedHashMap<>();
    for (PipelineRow row : rows) {
      PipelineRowNode node =
          pipelineRowsById.computeIfAbsent(
              row.id(),
              id -> {
                PipelineRowNode created = new PipelineRowNode(id);
                created.remove.setOnAction(e -> model.removePipeline(id));
                return created;
              });
      node.update(row);
      seen.put(row.id(), node);
    }
    pipelineRowsById.clear();
    pipelineRowsById.putAll(seen);
    if (!pipelineRows.getChildren().equals(List.copyOf(seen.values()))) {
      pipelineRows.getChildren().setAll(seen.values());
    }
    noPipelines.setVisible(rows.isEmpty());
  }

  private void showPrometheus(List<PrometheusRow> rows) {
    Map<String, PrometheusRowNode> seen = new LinkedHashMap<>();
    for (PrometheusRow row : rows) {
      PrometheusRowNode node =
          rowsById.computeIfAbsent(
              row.id(),
              id -> {
                PrometheusRowNode created = new PrometheusRowNode(id);
                created.remove.setOnAction(e -> model.removePrometheus(id));
                return created;
              });
      node.edit.setOnAction(
          e ->
              openForm(
                  Optional.of(row.id()),
                  PrometheusDraft.of(row.entry()),
                  "Edit " + row.entry().settings().displayName()));
      node.update(row);
      seen.put(row.id(), node);
    }
    rowsById.clear();
    rowsById.putAll(seen);
    if (!prometheusRows.getChildren().equals(List.copyOf(seen.values()))) {
      prometheusRows.getChildren().setAll(seen.values());
    }
    noPrometheus.setVisible(rows.isEmpty());
  }

  private void showKubeconfigs(List<KubeconfigGroup> groups) {
    Map<Optional<Path>, KubeconfigGroupNode> seen = new LinkedHashMap<>();
    for (KubeconfigGroup group : groups) {
      KubeconfigEntry entry = group.entry();
      KubeconfigGroupNode node =
          groupsByFile.computeIfAbsent(
              entry.file(),
              f -> {
                KubeconfigGroupNode created =
                    new KubeconfigGroupNode(
                        (g, context, on) -> model.enableContext(g.entry(), context, on));
                f.ifPresent(path -> created.remove.setOnAction(e -> model.removeKubeconfig(path)));
                return created;
              });
      node.update(group);
      seen.put(entry.file(), node);
    }
    groupsByFile.clear();
    groupsByFile.putAll(seen);
    if (!kubeconfigs.getChildren().equals(List.copyOf(seen.values()))) {
      kubeconfigs.getChildren().setAll(seen.values());
    }
  }
}
