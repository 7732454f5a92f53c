package dev.fleetscope.console;

import dev.fleetscope.model.SourceStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * On a wall screen, each tile of a view says in its corner how old its data is: {@link
 * WallDataAge}'s line for the sources the tile is drawn from, amber then red naming one that went
 * stale or fails. Read again every second while the view is on the screen, as the wall's bar is.
 */
public final class WallTileAges {
  /** The age's type at 1080 lines, grown with the screen: a caption, not a figure. */
  static final double AGE_PX = 18;

  private final Clock clock;
  private final List<Runnable> refreshers = new ArrayList<>();
  private final Timeline ticks = new Timeline();

  /**
   * @param view the view the tiles are in: the ages tick only while it is shown
   */
  public WallTileAges(Node view, Clock clock) {
    this.clock = clock;
    ticks.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> refresh()));
    ticks.setCycleCount(Animation.INDEFINITE);
    view.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene == null) {
                ticks.stop();
              } else {
                refresh();
                ticks.play();
              }
            });
  }

  /**
   * Puts the age of {@code sources}' data in the top right corner of {@code tile}, a child of
   * {@code grid}, keeping its place and span.
   */
  public void add(GridPane grid, Node tile, Supplier<List<SourceStatus>> sources) {
    Integer column = GridPane.getColumnIndex(tile);
    Integer row = GridPane.getRowIndex(tile);
    Integer columns = GridPane.getColumnSpan(tile);
    Integer rows = GridPane.getRowSpan(tile);
    Label age = new Label();
    age.getStyleClass().add("tile-age");
    HBox corner = new HBox(age);
    corner.setAlignment(Pos.TOP_RIGHT);
    corner.setMouseTransparent(true); // a click still reaches the tile
    WallScale.fontFollowsScreen(corner, AGE_PX);
    StackPane.setMargin(corner, new Insets(8, 10, 0, 0));
    grid.getChildren().remove(tile);
    grid.add(
        new StackPane(tile, corner),
        column == null ? 0 : column,
        row == null ? 0 : row,
        columns == null ? 1 : columns,
        rows == null ? 1 : rows);
    refreshers.add(() -> WallDataAge.of(sources.get(), clock.instant()).showOn(age));
    refresh();
  }

  private void refresh() {
    refreshers.forEach(Runnable::run);
  }
}
