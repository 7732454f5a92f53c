package dev.fleetscope.console.pipelines;

import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import dev.fleetscope.runtime.pipelines.TimelineBar;
import dev.fleetscope.runtime.pipelines.TimelineLane;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The runs as a Gantt chart: one lane per pipeline, a bar per run from its start to its end (or
 * now), coloured by state (style classes {@code run-bar <state>}), local-time ticks along the top
 * and a line at now. Hovering a bar shows the run; clicking it selects it.
 */
final class GanttChart extends Region {
  private static final double LABEL_WIDTH = 200;
  private static final double AXIS_HEIGHT = 22;
  private static final double LANE_HEIGHT = 30;
  private static final double BAR_HEIGHT = 16;
  private static final double MIN_BAR_WIDTH = 3;
  private static final double RIGHT_PAD = 12;

  /** A node placed at fractions of the plot's width, in a lane (or on the axis: lane -1). */
  private record Placed(Node node, int lane, double from, double to) {}

  private final Consumer<TimelineBar> onSelect;
  private final List<Placed> placed = new ArrayList<>();
  private final List<Region> laneBackgrounds = new ArrayList<>();
  private final List<VBox> laneLabels = new ArrayList<>();
  private final Label empty = new Label();
  private List<TimelineLane> lanes = List.of();

  GanttChart(Consumer<TimelineBar> onSelect) {
    this.onSelect = onSelect;
    setId("pipeline-timeline");
    getStyleClass().add("gantt");
    empty.getStyleClass().add("muted");
  }

  void show(PipelinesState state, RunKey selected) {
    lanes = state.lanes();
    getChildren().clear();
    placed.clear();
    laneBackgrounds.clear();
    laneLabels.clear();
    for (int i = 0; i < lanes.size(); i++) {
      TimelineLane lane = lanes.get(i);
      Region background = new Region();
      background.getStyleClass().addAll("gantt-lane", i % 2 == 0 ? "even" : "odd");
      laneBackgrounds.add(background);
      Label name = new Label(lane.pipeline());
      name.getStyleClass().add("gantt-lane-name");
      Label source = new Label(lane.sourceName() + (lane.live() ? "" : " · stale"));
      source.getStyleClass().addAll("gantt-lane-source", "muted");
      VBox label = new VBox(-2, name, source);
      if (!lane.live()) {
        label.getStyleClass().add("stale-row");
      }
      laneLabels.add(label);
    }
    getChildren().addAll(laneBackgrounds);
    getChildren().addAll(laneLabels);
    Instant from = state.at().minus(state.filter().window());
    for (TimeAxis.Tick tick : TimeAxis.ticks(from, state.at(), ZoneId.systemDefault())) {
      Line line = new Line();
      line.getStyleClass().add("gantt-grid");
      Label label = new Label(tick.label());
      label.getStyleClass().addAll("gantt-tick", "muted");
      placed.add(new Placed(line, -2, tick.fraction(), tick.fraction()));
      placed.add(new Placed(label, -1, tick.fraction(), tick.fraction()));
    }
    Line now = new Line();
    now.getStyleClass().add("gantt-now");
    placed.add(new Placed(now, -2, 1, 1));
    for (int i = 0; i < lanes.size(); i++) {
      for (TimelineBar bar : lanes.get(i).bars()) {
        placed.add(
            new Placed(
                bar(bar, lanes.get(i).live(), bar.run().key().equals(selected)),
                i,
                bar.from(),
                bar.to()));
      }
    }
    placed.forEach(p -> getChildren().add(p.node()));
    empty.setText(
        state.loaded() ? "No pipeline runs match the filters." : "Loading pipeline runs…");
    if (lanes.isEmpty()) {
      getChildren().add(empty);
    }
    requestLayout();
  }

  private Rectangle bar(TimelineBar bar, boolean live, boolean selected) {
    Rectangle rect = new Rectangle();
    rect.getStyleClass().addAll("run-bar", bar.run().state().id());
    if (!live) {
      rect.getStyleClass().add("stale");
    }
    if (selected) {
      rect.getStyleClass().add("selected");
    }
    rect.setUserData(bar);
    rect.setArcWidth(4);
    rect.setArcHeight(4);
    rect.setCursor(Cursor.HAND);
    Tooltip tooltip = new Tooltip(bar.summary());
    tooltip.setShowDelay(Duration.millis(150));
    tooltip.setShowDuration(Duration.seconds(30));
    Tooltip.install(rect, tooltip);
    rect.setOnMouseClicked(e -> onSelect.accept(bar));
    return rect;
  }

  @Override
  protected double computePrefHeight(double width) {
    return AXIS_HEIGHT + Math.max(lanes.size(), 1) * LANE_HEIGHT + 6;
  }

  @Override
  protected double computePrefWidth(double height) {
    return LABEL_WIDTH + 600;
  }

  @Override
  protected void layoutChildren() {
    double plotWidth = Math.max(getWidth() - LABEL_WIDTH - RIGHT_PAD, 10);
    double bottom = AXIS_HEIGHT + lanes.size() * LANE_HEIGHT;
    for (int i = 0; i < lanes.size(); i++) {
      double y = AXIS_HEIGHT + i * LANE_HEIGHT;
      laneBackgrounds.get(i).resizeRelocate(0, y, getWidth(), LANE_HEIGHT);
      VBox label = laneLabels.get(i);
      label.resizeRelocate(8, y + 1, LABEL_WIDTH - 12, LANE_HEIGHT - 2);
    }
    for (Placed p : placed) {
      double x0 = LABEL_WIDTH + p.from() * plotWidth;
      double x1 = LABEL_WIDTH + p.to() * plotWidth;
      switch (p.node()) {
        case Rectangle rect -> {
          double width = Math.max(x1 - x0, MIN_BAR_WIDTH);
          rect.setX(Math.min(x0, LABEL_WIDTH + plotWidth - width));
          rect.setY(AXIS_HEIGHT + p.lane() * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2);
          rect.setWidth(width);
          rect.setHeight(BAR_HEIGHT);
        }
        case Line line -> {
          line.setStartX(x0);
          line.setEndX(x0);
          line.setStartY(AXIS_HEIGHT - 4);
          line.setEndY(bottom);
        }
        case Label label -> {
          double w = label.prefWidth(-1);
          label.resizeRelocate(
              Math.max(LABEL_WIDTH, Math.min(x0 - w / 2, LABEL_WIDTH + plotWidth - w)),
              0,
              w,
              AXIS_HEIGHT - 4);
        }
        default -> throw new IllegalStateException("unexpected node on the timeline: " + p.node());
      }
    }
    if (lanes.isEmpty()) {
      empty.resizeRelocate(LABEL_WIDTH, AXIS_HEIGHT + 6, empty.prefWidth(-1), empty.prefHeight(-1));
    }
  }
}
