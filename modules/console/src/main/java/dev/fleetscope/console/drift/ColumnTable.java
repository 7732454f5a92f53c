package dev.fleetscope.console.drift;

import dev.fleetscope.console.RowSelection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The selected model's columns: test, score against its threshold, verdict and how many values each
 * window had.
 */
final class ColumnTable extends TableView<ColumnRow> {
  private boolean refreshing;

  ColumnTable(Consumer<ColumnRow> onSelect) {
    setId("drift-columns");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new Label(""));
    TableColumn<ColumnRow, ColumnRow> verdict = new TableColumn<>("Drift");
    verdict.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    verdict.setSortable(false);
    verdict.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(ColumnRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(
                    empty || row == null
                        ? null
                        : StatusPill.of(
                            row.drift() ? ModelRow.Status.DATASET_DRIFT : ModelRow.Status.PENDING,
                            row.verdict()));
              }
            });
    verdict.setPrefWidth(80);
    getColumns()
        .addAll(
            List.of(
                text("Column", ColumnRow::column, 150),
                text("Type", ColumnRow::type, 90),
                text("Test", ColumnRow::test, 120),
                number("Score", ColumnRow::scoreText, 75),
                text("Drift when", ColumnRow::rule, 115),
                verdict,
                number("Values ref / cur", ColumnRow::valuesText, 120)));
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              if (!refreshing) {
                onSelect.accept(row);
              }
            });
  }

  /**
   * Shows a model's columns, keeping the selected column (by name) or selecting {@code preferred}.
   */
  void show(List<ColumnRow> rows, String preferred) {
    refreshing = true;
    try {
      getItems().setAll(rows);
      RowSelection.selectFirst(this, r -> Objects.equals(r.column(), preferred));
    } finally {
      refreshing = false;
    }
  }

  private static TableColumn<ColumnRow, String> text(
      String title, Function<ColumnRow, String> value, double width) {
    TableColumn<ColumnRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  private static TableColumn<ColumnRow, String> number(
      String title, Function<ColumnRow, String> value, double width) {
    TableColumn<ColumnRow, String> column = text(title, value, width);
    column.setStyle("-fx-alignment: center-right");
    return column;
  }
}
