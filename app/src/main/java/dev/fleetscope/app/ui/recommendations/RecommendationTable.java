package dev.fleetscope.app.ui.recommendations;

import dev.fleetscope.engine.Sizing;
import dev.fleetscope.model.Units;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The recommendations as a table: a box to choose each row for applying, current → recommended requests and limits,
 * savings, the replay's risk, confidence and reason. Sorted by savings, largest first, until the user sorts otherwise.
 */
final class RecommendationTable extends TableView<RecommendationRow> {
  private final ObservableList<RecommendationRow> rows = FXCollections.observableArrayList();
  private final TableColumn<RecommendationRow, Number> savings;
  private double budget = StrategyChoice.DEFAULT.budget().cpuShare();

  RecommendationTable(ObservableSet<String> chosen) {
    setId("recommendations-table");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new javafx.scene.control.Label("No recommendations to show"));
    savings = number("Saves/month", RecommendationRow::savingsPerMonth,
        r -> Units.money(r.savingsPerMonth(), r.currency(), "month"), 120);
    TableColumn<RecommendationRow, String> container = text("Workload · container",
        r -> r.workload() + " · " + r.ref().container(), 230);
    TableColumn<RecommendationRow, String> where = text("Cluster / namespace",
        r -> r.ref().workload().cluster() + " / " + r.ref().workload().namespace(), 190);
    getColumns().addAll(List.of(chooser(chosen), container, where,
        number("Pods", RecommendationRow::replicas, r -> Integer.toString(r.replicas()), 50),
        text("CPU request", r -> change(r.current().cpuRequest(), r.proposed().cpuRequest(), true), 150),
        text("CPU limit", r -> change(r.current().cpuLimit(), r.proposed().cpuLimit(), true), 150),
        text("Memory request", r -> change(r.current().memoryRequest(), r.proposed().memoryRequest(), false), 150),
        text("Memory limit", r -> change(limit(r.current()), limit(r.proposed()), false), 150),
        savings,
        number("Starved", RecommendationRow::starvedShare, r -> Units.percent(r.starvedShare()), 70),
        number("OOM kills", RecommendationRow::wouldBeOoms, r -> Long.toString(r.wouldBeOoms()), 75),
        number("Confidence", RecommendationRow::confidence, r -> Units.percent(r.confidence()), 85),
        text("Reason", r -> (r.gpuAdvice().isEmpty() ? "" : "GPU: " + r.gpuAdvice() + " ") + r.reason(), 400)));
    SortedList<RecommendationRow> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    savings.setSortType(TableColumn.SortType.DESCENDING);
    getSortOrder().add(savings);
    setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(RecommendationRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("stale-row");
        if (!empty && row != null && !row.live()) {
          getStyleClass().add("stale-row");
        }
      }
    });
    chosen.addListener((SetChangeListener<String>) c -> refresh());
  }

  /** Shows new rows, keeping the user's sort order and the selected row where it still exists. */
  void show(List<RecommendationRow> shown, double cpuBudget) {
    budget = cpuBudget;
    RecommendationRow focused = getSelectionModel().getSelectedItem();
    rows.setAll(shown);
    if (focused != null) {
      getItems().stream().filter(r -> r.id().equals(focused.id())).findFirst().ifPresent(r -> getSelectionModel().select(r));
    }
  }

  private static double limit(Sizing sizing) {
    return sizing.limits().memoryBounded() ? sizing.memoryLimit() : Double.POSITIVE_INFINITY;
  }

  /** {@code 1.00 core → 0.25 cores}; {@code =} when nothing changes. */
  static String change(double now, double proposed, boolean cores) {
    Function<Double, String> unit = cores ? Units::cores : v -> Double.isInfinite(v) ? "no limit" : Units.bytes(v);
    String before = unit.apply(now);
    String after = unit.apply(proposed);
    return before.equals(after) ? before + " (=)" : before + " → " + after;
  }

  private TableColumn<RecommendationRow, Boolean> chooser(ObservableSet<String> chosen) {
    TableColumn<RecommendationRow, Boolean> column = new TableColumn<>("Apply");
    column.setId("recommendations-apply-column");
    column.setSortable(false);
    column.setPrefWidth(55);
    column.setMaxWidth(60);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(chosen.contains(c.getValue().id())));
    column.setCellFactory(c -> new TableCell<>() {
      private final CheckBox box = new CheckBox();

      {
        box.getStyleClass().add("apply-box");
        box.setOnAction(e -> {
          RecommendationRow row = getTableRow().getItem();
          if (row != null && box.isSelected()) {
            chosen.add(row.id());
          } else if (row != null) {
            chosen.remove(row.id());
          }
        });
      }

      @Override
      protected void updateItem(Boolean item, boolean empty) {
        super.updateItem(item, empty);
        box.setSelected(item != null && item);
        setGraphic(empty ? null : box);
      }
    });
    column.setStyle("-fx-alignment: center");
    return column;
  }

  private static TableColumn<RecommendationRow, String> text(String title, Function<RecommendationRow, String> value, double width) {
    TableColumn<RecommendationRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
      }
    });
    return column;
  }

  /** A numeric column: sorts by the number, shows it with its unit, marks risky values. */
  private TableColumn<RecommendationRow, Number> number(String title, ToDoubleFunction<RecommendationRow> value,
      Function<RecommendationRow, String> format, double width) {
    TableColumn<RecommendationRow, Number> column = new TableColumn<>(title);
    column.setId("recommendations-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
    column.setPrefWidth(width);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
    column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Number item, boolean empty) {
        super.updateItem(item, empty);
        RecommendationRow row = empty || getIndex() >= getTableView().getItems().size() ? null : getTableView().getItems().get(getIndex());
        setText(row == null ? null : format.apply(row));
        getStyleClass().removeAll("over", "under");
        if (row != null) {
          risk(title, row).ifPresent(getStyleClass()::add);
        }
      }
    });
    column.setStyle("-fx-alignment: center-right");
    return column;
  }

  /** Amber for starvation beyond the budget, red for a would-be OOM kill or a recommendation that costs more. */
  private Optional<String> risk(String column, RecommendationRow row) {
    return switch (column) {
      case "Starved" -> row.starvedShare() > budget ? Optional.of("over") : Optional.empty();
      case "OOM kills" -> row.wouldBeOoms() > 0 ? Optional.of("under") : Optional.empty();
      case "Saves/month" -> row.savingsPerMonth() < 0 ? Optional.of("under") : Optional.empty();
      default -> Optional.empty();
    };
  }
}
