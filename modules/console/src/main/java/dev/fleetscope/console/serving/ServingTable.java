package dev.fleetscope.console.serving;

import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.runtime.serving.ServingBoard.Line;
import dev.fleetscope.runtime.serving.ServingText;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Every model with its figures over the window, each with its unit; request rate, p99 latency and
 * errors with a sparkline of the window's shorter windows. A missing figure reads {@code —}, its
 * reason in the row's tooltip (with the model's cluster and server). Sorted as the user clicks, by
 * the number, missing figures last.
 */
final class ServingTable extends TableView<Line> {
  private final ObservableList<Line> rows = FXCollections.observableArrayList();

  ServingTable() {
    setId("serving-table");
    // columns keep their widths and a narrow window scrolls sideways: a cut "22…" reads as nothing
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    setPlaceholder(new Label("No model served in the window"));
    getColumns()
        .addAll(
            List.of(
                text("Model", l -> l.serving().model().name(), 120),
                text("Server", l -> l.serving().model().server().id(), 60),
                text("Namespace / workload", ServingTable::workload, 170),
                figure(
                    "Requests/s",
                    l -> l.serving().requestsPerSecond(),
                    ServingText::perSecond,
                    Line::requestsPerSecond,
                    125),
                figure(
                    "Errors", l -> l.serving().errorRatio(), Units::percent, Line::errorRatio, 95),
                figure("p50", l -> percentile(l, Percentiles::p50), ServingText::seconds, null, 58),
                figure("p95", l -> percentile(l, Percentiles::p95), ServingText::seconds, null, 58),
                figure(
                    "p99",
                    ServingTable::p99OrMean,
                    ServingTable::latency,
                    Line::latencySeconds,
                    150), // "mean 1.23 s" (Triton exports no percentiles) beside its sparkline
                figure("TTFT\np99", l -> ttft(l.serving()), ServingText::seconds, null, 66),
                figure(
                    "Tokens/s\ngenerated",
                    l -> generated(l.serving()),
                    ServingText::perSecond,
                    null,
                    96),
                figure(
                    "Queue\nwaiting",
                    l -> l.serving().queueLength(),
                    ServingText::requests,
                    null,
                    72),
                figure("GPU\nbusy", l -> l.serving().gpuBusyShare(), Units::percent, null, 58),
                figure(
                    "Cost\nper hour",
                    l -> cost(l, c -> OptionalDouble.of(c.perHour())),
                    ServingTable::money,
                    null,
                    84),
                figure(
                    "Per 1,000\nrequests",
                    l -> cost(l, ServingCost::per1kRequests),
                    ServingTable::money,
                    null,
                    110)));
    SortedList<Line> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    setRowFactory(
        t ->
            new javafx.scene.control.TableRow<>() {
              @Override
              protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : new Tooltip(describe(line)));
              }
            });
  }

  /** Shows {@code lines}, keeping the selected model selected. */
  void show(List<Line> lines) {
    Line was = getSelectionModel().getSelectedItem();
    rows.setAll(lines);
    if (was != null) {
      select(was.id());
    }
  }

  /** Selects model {@code id} if it is shown. */
  void select(String id) {
    RowSelection.selectFirst(this, l -> l.id().equals(id));
  }

  private static String workload(Line l) {
    var m = l.serving().model();
    return m.namespace() + " / " + m.workload().map(WorkloadRef::name).orElse("(owner unknown)");
  }

  /** The row's tooltip: the model's server and cluster, and what it lacks. */
  private static String describe(Line l) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(l.serving().model().server().displayName() + " · " + l.id());
    lines.addAll(l.serving().problems());
    return String.join("\n", lines);
  }

  private static OptionalDouble percentile(
      Line l, java.util.function.ToDoubleFunction<Percentiles> p) {
    return l.serving()
        .latency()
        .map(x -> OptionalDouble.of(p.applyAsDouble(x)))
        .orElse(OptionalDouble.empty());
  }

  /** The p99, or the mean (said so) where the server exports no percentiles. */
  private static OptionalDouble p99OrMean(Line l) {
    OptionalDouble p99 = percentile(l, Percentiles::p99);
    return p99.isPresent() ? p99 : l.serving().meanLatencySeconds();
  }

  private static OptionalDouble ttft(ModelServing m) {
    return m.timeToFirstToken().map(p -> OptionalDouble.of(p.p99())).orElse(OptionalDouble.empty());
  }

  private static OptionalDouble generated(ModelServing m) {
    return m.tokensPerSecond()
        .map(t -> OptionalDouble.of(t.generationPerSecond()))
        .orElse(OptionalDouble.empty());
  }

  private static OptionalDouble cost(Line l, Function<ServingCost, OptionalDouble> figure) {
    return l.serving().cost().map(figure).orElse(OptionalDouble.empty());
  }

  private static String currency(Line l) {
    return l.serving().cost().map(c -> c.currency().getCurrencyCode()).orElse("");
  }

  /** A figure column: sorts by the number, shows it with its unit, a sparkline where given. */
  private static TableColumn<Line, Line> figure(
      String title,
      Function<Line, OptionalDouble> value,
      java.util.function.DoubleFunction<String> format,
      Function<Line, double[]> sparkline,
      double width) {
    return figure(title, value, (l, v) -> format.apply(v), sparkline, width);
  }

  private static TableColumn<Line, Line> figure(
      String title,
      Function<Line, OptionalDouble> value,
      Formatter format,
      Function<Line, double[]> sparkline,
      double width) {
    TableColumn<Line, Line> column = new TableColumn<>(title);
    column.setId("serving-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    column.setPrefWidth(width);
    column.setMinWidth(width); // a figure is never cut: a narrow window scrolls sideways instead
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setComparator(
        (a, b) -> {
          OptionalDouble x = value.apply(a);
          OptionalDouble y = value.apply(b);
          return x.isEmpty() || y.isEmpty()
              ? Boolean.compare(x.isEmpty(), y.isEmpty())
              : Double.compare(x.getAsDouble(), y.getAsDouble());
        });
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final Sparkline spark = sparkline == null ? null : new Sparkline();

              {
                setContentDisplay(ContentDisplay.RIGHT);
                setGraphicTextGap(6);
                setAlignment(Pos.CENTER_RIGHT);
              }

              @Override
              protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                OptionalDouble v = value.apply(line);
                setText(v.isPresent() ? format.text(line, v.getAsDouble()) : "—");
                if (spark != null) {
                  double[] values = sparkline.apply(line);
                  spark.show(values);
                  setGraphic(values.length > 1 ? spark : null);
                }
              }
            });
    return column;
  }

  @FunctionalInterface
  private interface Formatter {
    String text(Line line, double value);
  }

  private static String latency(Line l, double seconds) {
    return (l.serving().latency().isPresent() ? "" : "mean ") + ServingText.seconds(seconds);
  }

  private static String money(Line l, double amount) {
    return ServingText.amount(amount, currency(l));
  }

  private static TableColumn<Line, Line> text(
      String title, Function<Line, String> value, double width) {
    TableColumn<Line, Line> column = new TableColumn<>(title);
    column.setId("serving-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    column.setPrefWidth(width);
    column.setMinWidth(Math.min(width, 100));
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setComparator((a, b) -> value.apply(a).compareTo(value.apply(b)));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : value.apply(line));
              }
            });
    return column;
  }
}
