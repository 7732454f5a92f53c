package dev.fleetscope.console.serving;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.runtime.serving.ModelTrend;
import dev.fleetscope.runtime.serving.ServingBoard;
import dev.fleetscope.runtime.serving.ServingBoard.Line;
import dev.fleetscope.runtime.serving.ServingSummary;
import dev.fleetscope.runtime.serving.ServingText;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * What every model server delivered over the window, and what it cost: the fleet's totals on top,
 * every model below with sparklines, the selected model's latency against its load, replicas and
 * CPU at the bottom.
 */
public final class ServingView extends VBox {
  private final ModelListeners listeners = new ModelListeners();
  private final ServingViewModel model;
  private final ServingTable table = new ServingTable();
  private final ModelTrendPane trend = new ModelTrendPane();
  private final TextField filter = new TextField();
  private final Label status = new Label();
  private final Label requests = stat("serving-requests");
  private final Label worst = stat("serving-worst-p99");
  private final Label perThousand = stat("serving-per-1k");
  private final Label models = stat("serving-models");
  private final Label caption = new Label();
  private final Label notes = new Label();

  public ServingView(ServingViewModel model) {
    this.model = model;
    getStyleClass().addAll("view", "serving");
    notes.setId("serving-notes");
    notes.getStyleClass().add("stale-banner");
    notes.setWrapText(true);
    notes.setMaxWidth(Double.MAX_VALUE);
    notes.setMinHeight(Region.USE_PREF_SIZE);
    notes.managedProperty().bind(notes.visibleProperty());
    caption.setId("serving-caption");
    caption.getStyleClass().add("muted");
    caption.setWrapText(true);
    caption.setMinHeight(Region.USE_PREF_SIZE);
    SplitPane split = new SplitPane(table, trend);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(toolbar(), totals(), notes, caption, split);

    listeners.onChange(model.state(), (obs, old, s) -> show(s));
    listeners.onChange(model.trend(), (obs, old, t) -> show(t));
    filter.textProperty().addListener((obs, old, text) -> show(model.state().get()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, line) -> model.selected().set(line == null ? null : line.id()));
    show(model.state().get());
    if (model.selected().get() != null) {
      table.select(model.selected().get()); // a view built again after it was let go
    }
    model.activate(); // the console activates it after its first frame; a view shown first does too
  }

  private HBox toolbar() {
    Label title = new Label("Serving");
    title.getStyleClass().add("view-title");
    ComboBox<Duration> window = new ComboBox<>();
    window.setId("serving-window");
    window.getItems().setAll(ServingViewModel.WINDOWS);
    window.setValue(model.window().get());
    window.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Duration d) {
            return d == null ? "" : "last " + ServingViewModel.label(d);
          }

          @Override
          public Duration fromString(String text) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    window.valueProperty().addListener((obs, old, d) -> model.window().set(d));
    filter.setId("serving-filter");
    filter.setPromptText("Filter by cluster, namespace, workload, model or server");
    filter.setMinWidth(240);
    HBox.setHgrow(filter, Priority.ALWAYS);
    status.setId("serving-status");
    status.getStyleClass().add("muted");
    status.setMinWidth(0);
    HBox bar = new HBox(10, title, new Label("Window"), window, filter, status);
    bar.getStyleClass().add("toolbar");
    bar.getChildren().stream()
        .filter(n -> n != status && n != filter)
        .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
    return bar;
  }

  private HBox totals() {
    HBox box =
        new HBox(
            22,
            box("Requests (all models)", requests),
            box("Worst p99 latency", worst),
            box("Cost per 1,000 requests", perThousand),
            box("Models", models));
    box.getStyleClass().add("totals");
    return box;
  }

  private void show(ServingState s) {
    status.setText(s.message());
    ServingSummary summary = s.summary();
    String over = "over the last " + ServingViewModel.label(s.window());
    requests.setText(
        s.board().isEmpty()
            ? "—"
            : ServingText.perSecond(summary.requestsPerSecond()) + " " + over);
    worst.setText(
        summary
            .worstP99()
            .map(w -> ServingText.seconds(w.seconds()) + " · " + w.model())
            .orElse("—"));
    perThousand.setText(
        summary
            .costPer1kRequests()
            .map(m -> ServingText.amount(m.amount(), m.currency().getCurrencyCode()))
            .orElse("—"));
    models.setText(s.board().isEmpty() ? "—" : Integer.toString(summary.models()));
    List<String> noted = s.board().map(b -> b.window().notes()).orElse(List.of());
    notes.setText(String.join("\n", noted));
    notes.setVisible(!noted.isEmpty());
    caption.setText(s.board().map(ServingView::caption).orElse(""));
    table.show(s.board().map(b -> filtered(b.lines())).orElse(List.of()));
  }

  private static String caption(ServingBoard b) {
    String windows =
        b.series().points().isEmpty()
            ? "sparklines coming"
            : "sparklines: "
                + b.series().points().size()
                + " windows of "
                + ServingViewModel.label(b.series().step());
    return "Over the last "
        + ServingViewModel.label(b.window().window())
        + ": rates, queue and GPU busy averaged, latency percentiles of all its requests, cost at"
        + " the cluster's unit prices; "
        + windows
        + ". Hover a row for its cluster and what it lacks.";
  }

  private List<Line> filtered(List<Line> lines) {
    String text = filter.getText().strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return lines;
    }
    return lines.stream()
        .filter(
            l ->
                (l.id() + " " + l.serving().model().server().displayName())
                    .toLowerCase(Locale.ROOT)
                    .contains(text))
        .toList();
  }

  private void show(Optional<ModelTrend> t) {
    Line line = table.getSelectionModel().getSelectedItem();
    Optional<ServingBoard> board = model.state().get().board();
    String what =
        line == null || board.isEmpty()
            ? ""
            : line.serving().model().name()
                + " · "
                + line.serving().model().server().displayName()
                + " · "
                + line.serving().model().cluster()
                + " / "
                + line.serving().model().namespace()
                + " / "
                + line.serving().model().workload().map(w -> w.name()).orElse("?")
                + " — "
                + board.get().series().points().size()
                + " windows of "
                + ServingViewModel.label(board.get().series().step());
    trend.show(t.filter(x -> line != null && x.id().equals(line.id())), what);
  }

  private static Label stat(String id) {
    Label value = new Label("—");
    value.setId(id);
    value.getStyleClass().add("stat-value");
    return value;
  }

  private static VBox box(String caption, Label value) {
    Label label = new Label(caption);
    label.getStyleClass().add("stat-caption");
    return new VBox(2, label, value);
  }
}
