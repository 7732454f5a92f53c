package dev.fleetscope.console;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Shows a wall screen's views in turn, each for the same time, with a bar saying which view this
 * is, how old its data is, when the next comes, and the time of day (a wall screen's viewers glance
 * at it from across the room). Space pauses, the arrow keys move on or back; all on the FX thread.
 */
final class WallRotation {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** The bar's type at 1080 lines, grown with the screen ({@link WallScale}). */
  static final double BAR_PX = 18;

  private final MainWindow window;
  private final Clock clock;
  private final List<ConsoleView> views;
  private final long secondsEach;
  private final Label where = new Label();
  private final Label next = new Label();
  private final Label time = new Label();
  private final Label age = new Label();
  private final HBox bar;
  private final Timeline ticks =
      new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
  private int shown;
  private long secondsLeft;
  private boolean paused;

  /**
   * @param clock what the sources' answers are timed by
   */
  WallRotation(MainWindow window, Duration every, Clock clock) {
    this.window = window;
    this.clock = clock;
    this.views = window.views();
    this.secondsEach = Math.max(1, every.toSeconds());
    where.setId("wall-view");
    where.getStyleClass().add("wall-where");
    next.setId("wall-next");
    next.getStyleClass().add("muted");
    time.getStyleClass().add("wall-clock");
    age.setId("wall-data-age");
    age.getStyleClass().add("wall-age");
    Label mode = new Label("Wall screen · read-only");
    mode.getStyleClass().add("muted");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    bar = new HBox(16, where, mode, gap, age, next, time);
    bar.setId("wall-bar");
    bar.getStyleClass().add("wall-bar");
    // its words keep their share of the screen on a 4K wall, as the boards' do
    WallScale.fontFollowsScreen(bar, BAR_PX);
    ticks.setCycleCount(Animation.INDEFINITE);
  }

  HBox bar() {
    return bar;
  }

  void start() {
    show(0);
    ticks.play();
  }

  void stop() {
    ticks.stop();
  }

  void togglePause() {
    paused = !paused;
    secondsLeft = secondsEach;
    describe();
  }

  void forward() {
    show(shown + 1);
  }

  void back() {
    show(shown - 1);
  }

  private void tick() {
    if (!paused && --secondsLeft <= 0) {
      forward();
    } else {
      describe();
    }
  }

  private void show(int index) {
    shown = Math.floorMod(index, views.size());
    secondsLeft = secondsEach;
    window.select(views.get(shown).id());
    describe();
  }

  private void describe() {
    where.setText(
        views.get(shown).title()
            + (views.size() > 1 ? "  " + (shown + 1) + "/" + views.size() : ""));
    next.setText(
        views.size() == 1
            ? ""
            : paused
                ? "paused · Space resumes"
                : views.get((shown + 1) % views.size()).title() + " in " + secondsLeft + " s");
    time.setText(LocalTime.now().format(CLOCK));
    WallDataAge.of(window.sources().shown(), clock.instant()).showOn(age);
  }
}
