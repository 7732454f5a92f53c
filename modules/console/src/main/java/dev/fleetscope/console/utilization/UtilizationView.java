package dev.fleetscope.console.utilization;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.SizingBadges;
import dev.fleetscope.console.TimeCharts;
import dev.fleetscope.console.drift.ModelList;
import dev.fleetscope.console.drift.ModelRow;
import dev.fleetscope.console.utilization.Downsample.Points;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.rightsizing.SizingTraits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Clusters, namespaces, workloads and containers with what they use against what they request,
 * sortable and filterable, and the selected row's history drawn against its request and limit.
 */
public final class UtilizationView extends VBox {

  private final UtilizationViewModel model;
  private final TreeTableView<UsageRow> table = new TreeTableView<>();
  private final TreeItem<UsageRow> root = new TreeItem<>();
  private final TreeReconciler reconciler = new TreeReconciler();
  private final TextField filter = new TextField();
  private final LineChart<Number, Number> cpuChart = chart("CPU (cores)");
  private final LineChart<Number, Number> memoryChart = chart("Memory (GiB)");
  private final Label chartHint =
      new Label("Select a workload or container to see its history against its request and limit.");
  private final Label facts = new Label();
  private Map<String, ModelRow> driftByModel = Map.of();
  private final ModelListeners listeners = new ModelListeners();

  /**
   * @param drift the Drift view's models: workloads serving a drifting demo model get a marker
   *     beside their name
   */
  public UtilizationView(UtilizationViewModel model, ReadOnlyObjectProperty<ModelList> drift) {
    this.model = model;
    getStyleClass().add("view");
    Label title = new Label("Utilization");
    title.getStyleClass().add("view-title");
    filter.setId("utilization-filter");
    filter.setPromptText("Filter by name, namespace, team or model  (Ctrl+F)");
    filter.textProperty().bindBidirectional(model.filter());
    HBox.setHgrow(filter, Priority.ALWAYS);
    HBox toolbar = new HBox(10, title, filter, rangeButtons());
    toolbar.setStyle("-fx-alignment: center-left");

    buildTable();
    chartHint.getStyleClass().add("muted");
    facts.setId("utilization-facts");
    facts.getStyleClass().add("sizing-facts");
    facts.setWrapText(true);
    facts.setMinHeight(Region.USE_PREF_SIZE);
    facts.managedProperty().bind(facts.visibleProperty());
    facts.setVisible(false);
    VBox charts = new VBox(4, chartHint, facts, cpuChart, memoryChart);
    VBox.setVgrow(cpuChart, Priority.ALWAYS);
    VBox.setVgrow(memoryChart, Priority.ALWAYS);
    cpuChart.setVisible(false);
    memoryChart.setVisible(false);
    SplitPane split = new SplitPane(table, charts);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.58);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(toolbar, split);

    listeners.onChange(model.tree(), (obs, old, trees) -> showTree(trees));
    listeners.onChange(model.history(), (obs, old, h) -> showHistory(h));
    showTree(model.tree().get()); // built lazily: the model may be ahead of the view
    listeners.onChange(drift, (obs, old, list) -> showDrift(list));
    showDrift(drift.get());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, item) -> {
              model.selected().set(item == null ? null : item.getValue());
              showFacts(item == null ? null : item.getValue());
            });
    if (model.selected().get() != null) { // a view built again after it was let go
      find(root, model.selected().get().id()).ifPresent(this::reveal);
    }
  }

  /** Selects {@code item}, its parents expanded so that it is shown. */
  private void reveal(TreeItem<UsageRow> item) {
    for (TreeItem<UsageRow> up = item.getParent(); up != null; up = up.getParent()) {
      up.setExpanded(true);
    }
    table.getSelectionModel().select(item);
    table.scrollTo(Math.max(0, table.getRow(item) - 3));
  }

  private static Optional<TreeItem<UsageRow>> find(TreeItem<UsageRow> item, String id) {
    if (item.getValue() != null && item.getValue().id().equals(id)) {
      return Optional.of(item);
    }
    for (TreeItem<UsageRow> child : item.getChildren()) {
      Optional<TreeItem<UsageRow>> found = find(child, id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** What decides how the selected workload or container may be sized, a sentence per badge. */
  private void showFacts(UsageRow row) {
    SizingTraits traits = row == null ? SizingTraits.NONE : row.traits();
    facts.setText(SizingBadges.details(traits));
    facts.setVisible(!traits.badges().isEmpty());
  }

  public TreeTableView<UsageRow> table() {
    return table;
  }

  private HBox rangeButtons() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox(2);
    for (var entry : List.of(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(14))) {
      ToggleButton button =
          new ToggleButton(entry.toHours() <= 24 ? "24 h" : entry.toDays() + " d");
      button.setToggleGroup(group);
      button.setSelected(entry.equals(model.range().get()));
      button.setOnAction(
          e -> {
            model.range().set(entry);
            button.setSelected(true);
          });
      box.getChildren().add(button);
    }
    return box;
  }

  private void buildTable() {
    table.setId("utilization-table");
    table.setRoot(root);
    table.setShowRoot(false);
    table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TreeTableColumn<UsageRow, String> name = new TreeTableColumn<>("Name");
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue().name()));
    name.setCellFactory(c -> new NameCell());
    name.setPrefWidth(250);
    TreeTableColumn<UsageRow, String> kind = text("Kind", UsageRow::detail);
    kind.setPrefWidth(105);
    TreeTableColumn<UsageRow, String> sizedBy = text("Sized by", r -> r.traits().text());
    sizedBy.setId("utilization-sized-by");
    sizedBy.setPrefWidth(150);
    sizedBy.setCellFactory(
        c ->
            new TreeTableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                UsageRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setGraphic(
                    row == null || row.traits().badges().isEmpty()
                        ? null
                        : SizingBadges.of(row.traits()));
              }
            });
    TreeTableColumn<UsageRow, Number> pods =
        number("Pods", r -> r.pods(), v -> String.format("%.0f", v), 55);
    table
        .getColumns()
        .addAll(
            List.of(
                name,
                kind,
                sizedBy,
                pods,
                number("CPU used", UsageRow::cpuUsed, Units::cores, 85),
                number("CPU req", UsageRow::cpuRequest, Units::cores, 85),
                number("CPU limit", UsageRow::cpuLimit, Units::cores, 85),
                number("CPU %req", UsageRow::cpuShare, Units::percent, 70),
                number("Mem used", UsageRow::memoryUsed, Units::bytes, 85),
                number("Mem req", UsageRow::memoryRequest, Units::bytes, 85),
                number("Mem limit", UsageRow::memoryLimit, Units::bytes, 85),
                number("Mem %req", UsageRow::memoryShare, Units::percent, 70),
                number("GPUs", UsageRow::gpus, v -> v == 0 ? "" : Units.gpus(v), 75),
                number(
                    "GPU busy",
                    UsageRow::gpuActivity,
                    v -> Double.isNaN(v) ? "" : Units.percent(v),
                    70)));
    table.setRowFactory(
        t ->
            new TreeTableRow<>() {
              @Override
              protected void updateItem(UsageRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("stale-row");
                if (!empty && row != null && !row.live()) {
                  getStyleClass().add("stale-row");
                }
              }
            });
  }

  private void showDrift(ModelList list) {
    driftByModel = list.demoByName();
    table.refresh();
  }

  /**
   * A row's name, and for a workload serving a drifting model a marker saying how much it drifts.
   */
  private final class NameCell extends TreeTableCell<UsageRow, String> {
    private final Label marker = new Label();
    private final Tooltip explanation = new Tooltip();

    NameCell() {
      setContentDisplay(ContentDisplay.RIGHT);
      setGraphicTextGap(8);
      marker.setTooltip(explanation);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
      super.updateItem(name, empty);
      setText(empty ? null : name);
      UsageRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
      ModelRow drift =
          row == null || row.level() != UsageRow.Level.WORKLOAD
              ? null
              : driftByModel.get(row.model());
      if (drift == null || !drift.drifting()) {
        setGraphic(null);
        return;
      }
      boolean dataset = drift.status() == ModelRow.Status.DATASET_DRIFT;
      marker.setText(dataset ? "drift" : "drift " + drift.drifted() + "/" + drift.tested());
      marker
          .getStyleClass()
          .setAll("label", "drift-status", dataset ? "dataset-drift" : "column-drift");
      explanation.setText(
          "Model "
              + drift.name()
              + ": "
              + drift.status().text()
              + ", "
              + drift.columnsText()
              + " drifted (last 24 h against its reference). The Drift view shows which.");
      setGraphic(marker);
    }
  }

  private static TreeTableColumn<UsageRow, String> text(
      String title, Function<UsageRow, String> value) {
    TreeTableColumn<UsageRow, String> column = new TreeTableColumn<>(title);
    column.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
    return column;
  }

  /** A numeric column: sorts by the number (NaN last), shows it with its unit. */
  private static TreeTableColumn<UsageRow, Number> number(
      String title,
      ToDoubleFunction<UsageRow> value,
      Function<Double, String> format,
      double width) {
    TreeTableColumn<UsageRow, Number> column = new TreeTableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue().getValue())));
    column.setComparator(
        (a, b) -> Double.compare(nanLast(a.doubleValue()), nanLast(b.doubleValue())));
    column.setCellFactory(
        c ->
            new TreeTableCell<>() {
              @Override
              protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                    empty || item == null
                        ? null
                        : Double.isNaN(item.doubleValue()) ? "" : format.apply(item.doubleValue()));
              }
            });
    column.setStyle("-fx-alignment: center-right");
    return column;
  }

  private static double nanLast(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private void showTree(List<UsageTree> trees) {
    boolean firstData = root.getChildren().isEmpty();
    if (reconciler.apply(root, trees)) {
      table.sort();
    } else {
      table.refresh();
    }
    if (firstData) {
      root.getChildren().forEach(item -> item.setExpanded(true));
    }
  }

  private void showHistory(Optional<UsageChart> history) {
    chartHint.setText(
        history
            .map(UsageChart::title)
            .orElse(
                "Select a workload or container to see its history against its request and limit."));
    cpuChart.setVisible(history.isPresent());
    memoryChart.setVisible(history.isPresent());
    if (history.isEmpty()) {
      cpuChart.getData().clear();
      memoryChart.getData().clear();
      return;
    }
    UsageChart h = history.get();
    double gib = 1L << 30;
    draw(cpuChart, h.cpu(), 1, h.cpuRequest(), h.cpuLimit());
    draw(memoryChart, h.memory(), gib, h.memoryRequest() / gib, h.memoryLimit() / gib);
  }

  private static void draw(
      LineChart<Number, Number> chart,
      Points points,
      double divisor,
      double request,
      double limit) {
    XYChart.Series<Number, Number> used = new XYChart.Series<>();
    used.setName("used");
    XYChart.Series<Number, Number> requested = new XYChart.Series<>();
    requested.setName("request");
    XYChart.Series<Number, Number> limited = new XYChart.Series<>();
    limited.setName("limit");
    long[] t = points.epochSeconds();
    for (int i = 0; i < t.length; i++) {
      if (!Double.isNaN(points.values()[i])) {
        used.getData().add(new XYChart.Data<>(t[i], points.values()[i] / divisor));
      }
    }
    if (t.length > 0) {
      for (long at : new long[] {t[0], t[t.length - 1]}) {
        requested.getData().add(new XYChart.Data<>(at, request));
        if (Double.isFinite(limit)) {
          limited.getData().add(new XYChart.Data<>(at, limit));
        }
      }
    }
    chart.getData().setAll(List.of(used, requested, limited));
    NumberAxis x = (NumberAxis) chart.getXAxis();
    if (t.length > 1) {
      long span = t[t.length - 1] - t[0];
      long tick = span > 3 * 86_400 ? 86_400 : span > 86_400 ? 6 * 3600 : 3 * 3600;
      x.setLowerBound(t[0]);
      x.setUpperBound(t[t.length - 1]);
      x.setTickUnit(tick);
    }
  }

  private static LineChart<Number, Number> chart(String title) {
    LineChart<Number, Number> chart = TimeCharts.lineChart(title, "MM-dd HH:mm");
    chart.setLegendVisible(true);
    chart.setLegendSide(Side.RIGHT);
    chart.setMinHeight(140);
    return chart;
  }
}
