package dev.fleetscope.console.cost;

import dev.fleetscope.console.Shortened;
import dev.fleetscope.runtime.cost.Breakdown;
import dev.fleetscope.runtime.cost.BreakdownRow;
import dev.fleetscope.runtime.cost.CostDimension;
import dev.fleetscope.runtime.cost.CostText;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The breakdown switch, a bar chart of the largest slices (the rest folded into "other", idle
 * always shown on its own) and the full table beside it.
 */
final class BreakdownPane extends VBox {
  private static final int CHART_BARS = 10;

  private final ToggleGroup switcher = new ToggleGroup();
  private final Label basis = new Label();
  private final Label note = new Label();
  private final NumberAxis amountAxis = new NumberAxis();
  private final CategoryAxis keyAxis = new CategoryAxis();
  private final BarChart<Number, String> chart = new BarChart<>(amountAxis, keyAxis);
  private final TableView<BreakdownRow> table = new TableView<>();
  private final TableColumn<BreakdownRow, String> keyColumn = new TableColumn<>();
  private final TableColumn<BreakdownRow, Number> amountColumn = new TableColumn<>();
  private Currency currency;

  /** Axis amounts as 50k or 1.2M; the table beside the chart has them in full. */
  private static final StringConverter<Number> COMPACT =
      new StringConverter<>() {
        @Override
        public String toString(Number amount) {
          double v = amount.doubleValue();
          double size = Math.abs(v);
          return size >= 1e6 ? trim(v / 1e6) + "M" : size >= 1e3 ? trim(v / 1e3) + "k" : trim(v);
        }

        private String trim(double v) {
          return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }

        @Override
        public Number fromString(String text) {
          throw new UnsupportedOperationException("axis labels are only shown");
        }
      };

  BreakdownPane(ObjectProperty<CostDimension> dimension) {
    super(8);
    getStyleClass().add("cost-breakdown");
    Label heading = new Label("Breakdown by");
    heading.getStyleClass().add("cost-section-title");
    HBox buttons = new HBox(0);
    buttons.getStyleClass().add("cost-switch");
    for (CostDimension d : CostDimension.values()) {
      ToggleButton button = new ToggleButton(d.label());
      button.setId("cost-dimension-" + d.name().toLowerCase(Locale.ROOT));
      button.setUserData(d);
      button.setToggleGroup(switcher);
      button.setSelected(d == dimension.get());
      button.setTooltip(
          new Tooltip(d.billed() ? "From the billing export" : "Node cost allocated to workloads"));
      buttons.getChildren().add(button);
    }
    switcher
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (toggle == null) {
                old.setSelected(true); // one breakdown is always shown
              } else {
                dimension.set((CostDimension) toggle.getUserData());
              }
            });
    basis.getStyleClass().add("muted");
    // the basis gives way to the heading and the switch: it is cut short (all of it in its
    // tooltip) rather than the switch's labels
    heading.setMinWidth(Region.USE_PREF_SIZE);
    buttons.setMinWidth(Region.USE_PREF_SIZE);
    Shortened.wholeInTooltip(basis);
    HBox header = new HBox(12, heading, buttons, basis);
    header.setAlignment(Pos.CENTER_LEFT);
    note.getStyleClass().add("cost-note");
    note.setWrapText(true);
    note.managedProperty().bind(note.visibleProperty());

    amountAxis.setTickLabelFormatter(COMPACT); // full amounts run into each other on a narrow axis
    chart.setId("cost-breakdown-chart");
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.setCategoryGap(6);
    chart.setPrefWidth(480);
    chart.setMinWidth(360);
    buildTable();
    HBox body = new HBox(10, chart, table);
    HBox.setHgrow(chart, Priority.ALWAYS);
    HBox.setHgrow(table, Priority.ALWAYS);
    getChildren().addAll(header, note, body);
  }

  private void buildTable() {
    table.setId("cost-breakdown-table");
    table.setPrefWidth(700);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    keyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
    keyColumn.setPrefWidth(170);
    amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
    amountColumn.setPrefWidth(140);
    amountColumn.setMinWidth(130);
    amountColumn.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(
                    empty || value == null || currency == null
                        ? null
                        : CostText.amount(value.doubleValue(), currency));
                setAlignment(Pos.CENTER_RIGHT);
              }
            });
    TableColumn<BreakdownRow, Number> share = new TableColumn<>("Share");
    share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().share()));
    share.setPrefWidth(60);
    share.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : CostText.share(value.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
              }
            });
    TableColumn<BreakdownRow, String> detail = new TableColumn<>("Made of");
    detail.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().detail()));
    detail.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(
                    empty || text == null
                        ? null
                        : new Tooltip(text)); // the column is often too narrow for all of it
              }
            });
    detail.setPrefWidth(240);
    table.getColumns().setAll(List.of(keyColumn, amountColumn, share, detail));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(BreakdownRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("cost-idle-row");
                if (!empty && row != null && row.idle()) {
                  getStyleClass().add("cost-idle-row");
                }
              }
            });
    table.setPlaceholder(new Label("Nothing to break down yet."));
  }

  void show(Breakdown breakdown) {
    switcher.getToggles().stream()
        .filter(t -> t.getUserData() == breakdown.dimension())
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
    currency = breakdown.currency().orElse(null);
    String code = currency == null ? "" : currency.getCurrencyCode();
    String unit = breakdown.perMonth() ? code + "/month" : code;
    String covers =
        breakdown.perMonth()
            ? unit + " (" + breakdown.period() + ")"
            : code + " for " + breakdown.period();
    basis.setText(breakdown.rows().isEmpty() ? "" : covers + " · " + breakdown.basis());
    note.setText(breakdown.note().orElse(""));
    note.setVisible(breakdown.note().isPresent());
    keyColumn.setText(breakdown.dimension().label());
    amountColumn.setText("Cost (" + unit + ")");
    table.setItems(FXCollections.observableArrayList(breakdown.rows()));
    amountAxis.setLabel(covers);
    showChart(breakdown);
  }

  /**
   * From zero (or the largest credit) to a round number past the largest bar, in about five round
   * steps: the axis's own choice packs ticks so densely on a wide chart that the labels run into
   * each other.
   */
  private void scaleAxis(double smallest, double largest) {
    double low = Math.min(0, smallest);
    double high = Math.max(0, largest);
    double step = roundStep(Math.max(high - low, 1) / 5);
    amountAxis.setAutoRanging(false);
    amountAxis.setLowerBound(step * Math.floor(low / step));
    amountAxis.setUpperBound(step * Math.max(1, Math.ceil(high / step)));
    amountAxis.setTickUnit(step);
  }

  /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code rough}. */
  static double roundStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= rough) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private void showChart(Breakdown breakdown) {
    XYChart.Series<Number, String> series = new XYChart.Series<>();
    List<BreakdownRow> rows = new ArrayList<>(breakdown.chartRows(CHART_BARS));
    Collections.reverse(rows); // the category axis runs bottom up: largest on top
    for (BreakdownRow row : rows) {
      series.getData().add(new XYChart.Data<>(row.amount(), row.key(), row));
    }
    scaleAxis(
        rows.stream().mapToDouble(BreakdownRow::amount).min().orElse(0),
        rows.stream().mapToDouble(BreakdownRow::amount).max().orElse(0));
    chart.getData().setAll(List.of(series));
    // The chart gives each bar its style classes as it adds it, so ours go on afterwards.
    for (XYChart.Data<Number, String> bar : series.getData()) {
      BreakdownRow row = (BreakdownRow) bar.getExtraValue();
      if (bar.getNode() != null && (row.idle() || row.key().equals(Breakdown.OTHER))) {
        bar.getNode().getStyleClass().add(row.idle() ? "cost-idle-bar" : "cost-other-bar");
      }
      if (bar.getNode() != null) {
        Tooltip.install(
            bar.getNode(),
            new Tooltip(
                row.key()
                    + ": "
                    + CostText.amount(row.amount(), currency)
                    + " ("
                    + CostText.share(row.share())
                    + ")"));
      }
    }
    double height = Math.clamp(80 + 30.0 * rows.size(), 180, 420);
    chart.setPrefHeight(height);
    table.setPrefHeight(height);
  }
}
