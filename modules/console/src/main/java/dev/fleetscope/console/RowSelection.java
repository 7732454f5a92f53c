package dev.fleetscope.console;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TableView;

/**
 * Selecting a row again after a refresh: a table's rows are new objects each time, so the row is
 * found by what identifies it (an id, a key, a name).
 */
public final class RowSelection {
  private RowSelection() {}

  /** Selects the first of the table's rows that {@code which} accepts, and returns it, if any. */
  public static <T> Optional<T> selectFirst(TableView<T> table, Predicate<? super T> which) {
    return selectFirst(table.getItems(), table.getSelectionModel(), which);
  }

  /** Selects the first of the list's items that {@code which} accepts, and returns it, if any. */
  public static <T> Optional<T> selectFirst(ListView<T> list, Predicate<? super T> which) {
    return selectFirst(list.getItems(), list.getSelectionModel(), which);
  }

  private static <T> Optional<T> selectFirst(
      List<T> rows, SelectionModel<T> selection, Predicate<? super T> which) {
    for (T row : rows) {
      if (which.test(row)) {
        selection.select(row);
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
