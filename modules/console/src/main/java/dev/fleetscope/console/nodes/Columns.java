package dev.fleetscope.console.nodes;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Read-only text columns, numbers right-aligned so digits line up. */
final class Columns {
  private Columns() {}

  static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
    TableColumn<R, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(c -> new TextCell<>());
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  /** A cell whose whole text is its tooltip, for values longer than the column. */
  private static final class TextCell<R> extends TableCell<R, String> {
    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      setTooltip(empty || item == null || item.length() < 24 ? null : new Tooltip(item));
    }
  }

  static <R> TableColumn<R, String> number(String title, Function<R, String> value, double width) {
    TableColumn<R, String> column = text(title, value, width);
    column.setStyle("-fx-alignment: center-right");
    return column;
  }
}
