package dev.fleetscope.console.recommendations;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list cell coloured by its line (a diff's {@code +}/{@code -}, a refusal, an acceptance). */
final class StyledCell extends ListCell<String> {
  private static final String[] STYLES = {"diff-add", "diff-remove", "under", "ok"};

  private final Function<String, String> styleOf;

  /**
   * @param styleOf the style class of a line, or null; @param wrap fold long sentences to the
   *     list's width
   */
  StyledCell(Function<String, String> styleOf, boolean wrap) {
    this.styleOf = styleOf;
    if (wrap) {
      setWrapText(true);
      setPrefWidth(0);
    }
  }

  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    setText(empty ? null : item);
    getStyleClass().removeAll(STYLES);
    String style = empty || item == null ? null : styleOf.apply(item);
    if (style != null) {
      getStyleClass().add(style);
    }
  }
}
