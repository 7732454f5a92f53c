package dev.fleetscope.console.drift;

import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.Units;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The watched models with their status, sortable, drifting models first; selection survives every
 * refresh.
 */
final class ModelTable extends TableView<ModelRow> {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private boolean refreshing;

  ModelTable(Consumer<String> onSelect) {
    setId("drift-models");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(
        new Label(
            "No models yet: the demo fleet's inference services appear here, "
                + "and logs you add with \"Add source…\"."));
    TableColumn<ModelRow, String> name = new TableColumn<>("Model");
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
    name.setPrefWidth(165);
    TableColumn<ModelRow, ModelRow> status = new TableColumn<>("Status");
    status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    status.setComparator(
        Comparator.comparing(ModelRow::status).thenComparingDouble(r -> nanLow(r.share())));
    status.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ModelRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(
                    empty || row == null ? null : StatusPill.of(row.status(), row.status().text()));
                setText(null);
              }
            });
    status.setPrefWidth(110);
    status.setSortType(TableColumn.SortType.DESCENDING);
    TableColumn<ModelRow, ModelRow> drifted = new TableColumn<>("Drifted");
    drifted.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    drifted.setComparator(Comparator.comparingDouble(r -> nanLow(r.share())));
    drifted.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ModelRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(
                    empty || row == null || row.columnsText().isEmpty()
                        ? null
                        : row.drifted()
                            + " of "
                            + row.tested()
                            + " ("
                            + Units.percent(row.share())
                            + ")");
              }
            });
    drifted.setPrefWidth(105);
    TableColumn<ModelRow, Instant> computed = new TableColumn<>("Computed");
    computed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().computedAt()));
    computed.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : CLOCK.format(at));
              }
            });
    computed.setPrefWidth(75);
    getColumns().addAll(List.of(name, status, drifted, computed));
    getSortOrder().add(status);
    setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ModelRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(
                    empty || row == null
                        ? null
                        : new Tooltip(
                            row.origin() + (row.message().isEmpty() ? "" : "\n" + row.message())));
              }
            });
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (!refreshing && row != null) {
                onSelect.accept(row.id());
              }
            });
  }

  /** Shows fresh rows, sorted as the user chose, keeping the selected model selected. */
  void show(List<ModelRow> rows, String selectedId) {
    refreshing = true;
    try {
      getItems().setAll(rows);
      sort();
      RowSelection.selectFirst(this, r -> Objects.equals(r.id(), selectedId));
    } finally {
      refreshing = false;
    }
  }

  private static double nanLow(double v) {
    return Double.isNaN(v) ? -1 : v;
  }
}
