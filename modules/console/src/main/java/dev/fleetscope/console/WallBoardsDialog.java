package dev.fleetscope.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Chooses and orders the boards a wall screen ({@code fleetscope --wall}) shows: each board on or
 * off, moved up or down. Save writes them to the settings, which {@code --wall-views} overrides;
 * the result is the chosen boards in order.
 */
public final class WallBoardsDialog extends Dialog<List<String>> {

  /** Every board a wall shows, in the order offered when none is chosen yet. */
  static final List<Board> BOARDS =
      List.of(
          new Board("attention", "Needs attention", "the firing alerts, most severe first"),
          new Board("overview", "Overview", "the fleet's tiles: usage, cost, sources"),
          new Board("pipelines", "Pipelines", "failed and late runs, then the latest successes"),
          new Board("cost", "Cost", "month-end forecast, idle capacity, what rightsizing saves"),
          new Board("drift", "Drift", "drifting datasets and columns, per model"),
          new Board("serving", "Serving", "models failing requests or slower than usual"),
          new Board("nodes", "Nodes", "today's nodes against the cheapest mix"),
          new Board("utilization", "Utilization", "CPU in use, memory near limits, idle requests"));

  /** A board: its {@code --wall-views} id, its name and what it shows. */
  record Board(String id, String title, String shows) {}

  private final GridPane grid = new GridPane();
  private final List<Board> order = new ArrayList<>();
  private final Set<String> chosen = new HashSet<>();
  private final Label problem = new Label();

  /**
   * @param views the boards the settings choose now, in order (the default when they choose none)
   * @param file where Save writes, named so a person knows
   * @param saver called on a virtual thread with the chosen boards
   */
  public WallBoardsDialog(Window owner, List<String> views, String file, Saver saver) {
    initOwner(owner);
    setTitle("Wall boards");
    setHeaderText(
        "What a wall screen (fleetscope --wall) shows, in this order, each in turn.\n"
            + "--wall-views overrides the choice. Saved to "
            + file
            + ".");
    grid.setId("wall-boards");
    grid.setHgap(10);
    grid.setVgap(6);
    fill(views);
    Button defaults = new Button("Restore defaults");
    defaults.setId("wall-boards-defaults");
    defaults.setOnAction(e -> fill(ScreenMode.Wall.DEFAULT_VIEWS));
    problem.setId("wall-boards-problem");
    problem.getStyleClass().add("error-banner");
    problem.setWrapText(true);
    problem.setMaxWidth(560);
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setVisible(false);
    getDialogPane().setContent(new VBox(10, grid, defaults, problem));
    getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
    save.setText("Save");
    save.setId("wall-boards-save");
    save.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // closes once saved, off the FX thread
          List<String> picked = chosenInOrder();
          if (picked.isEmpty()) {
            showProblem("Choose at least one board: a wall screen needs something to show.");
            return;
          }
          DialogSave.start(
              this, "the wall boards to " + file, picked, saver::save, this::showProblem);
        });
    setResultConverter(b -> null); // Cancel; Save sets the result itself
  }

  /** Writes the chosen boards; may block on file I/O. */
  @FunctionalInterface
  public interface Saver {
    void save(List<String> views) throws IOException;
  }

  /** The chosen boards in the order shown. */
  private List<String> chosenInOrder() {
    return order.stream().map(Board::id).filter(chosen::contains).toList();
  }

  private void showProblem(String text) {
    problem.setText(text);
    problem.setVisible(true);
    getDialogPane().getScene().getWindow().sizeToScene();
  }

  /** The chosen boards first, in their order, then the others as {@link #BOARDS} lists them. */
  private void fill(List<String> views) {
    order.clear();
    chosen.clear();
    for (String id : views) {
      BOARDS.stream().filter(b -> b.id().equals(id)).findFirst().ifPresent(order::add);
      chosen.add(id);
    }
    BOARDS.stream().filter(b -> !order.contains(b)).forEach(order::add);
    layOut();
  }

  private void layOut() {
    grid.getChildren().clear();
    for (int i = 0; i < order.size(); i++) {
      Board board = order.get(i);
      CheckBox on = new CheckBox(board.title());
      on.setId("wall-board-" + board.id());
      on.setSelected(chosen.contains(board.id()));
      on.selectedProperty()
          .addListener(
              (obs, was, is) -> {
                if (is) {
                  chosen.add(board.id());
                } else {
                  chosen.remove(board.id());
                }
              });
      Label shows = new Label(board.shows());
      shows.getStyleClass().add("muted");
      Button up = move(board, -1, "↑", "Show earlier");
      Button down = move(board, +1, "↓", "Show later");
      up.setDisable(i == 0);
      down.setDisable(i == order.size() - 1);
      grid.addRow(i, on, shows, up, down);
    }
  }

  private Button move(Board board, int by, String arrow, String tip) {
    Button button = new Button(arrow);
    button.setId("wall-board-" + (by < 0 ? "up-" : "down-") + board.id());
    button.setTooltip(new Tooltip(tip));
    button.setOnAction(
        e -> {
          int at = order.indexOf(board);
          order.remove(at);
          order.add(at + by, board);
          layOut();
          grid.lookup("#" + button.getId()).requestFocus(); // keep the keyboard on the board moved
        });
    return button;
  }
}
