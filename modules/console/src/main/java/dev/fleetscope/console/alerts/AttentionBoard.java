package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.console.WallScale;
import dev.fleetscope.model.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The wall's "needs attention" board, made to be read from across a room: how many alerts fire in
 * large type, then the worst few, each a tile coloured by its severity with its subject and value
 * as the main figures and the age of the data it was judged from, amber then red as its sources go
 * stale or fail. When nothing fires it says so and when it was judged: never a blank board.
 */
public final class AttentionBoard extends VBox {
  /** A wall shows a handful: more would need type too small to read at 4 m. */
  static final int SHOWN = 5;

  /**
   * Main figures 56 px at 1080p (at least 48 px, read from 4 m), captions half that, both scaled
   * with the board's height past 1080 px (112 px on a 3840×2160 screen); set on the board's own
   * nodes so the desktop theme's sheets are left as they are.
   */
  static final double FIGURE_PX = 56;

  private static final Map<String, String> TILE =
      Map.of(
          "critical", "-fx-background-color: #d64545;",
          "warning", "-fx-background-color: #e0a325;",
          "info", "-fx-background-color: #3867d6;");
  private static final Map<String, String> TEXT =
      Map.of("calm", "#2e9d58", "critical", "#d64545", "warning", "#e0a325", "info", "#3867d6");

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter DAY_AT =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

  private final AttentionModel model;
  private final Clock clock;
  private final Duration every;
  // the age moves on between evaluations; stopped when the board leaves the screen
  private final Timeline ticking = new Timeline();
  private final Label headline = new Label();
  private final VBox tiles = new VBox(16);
  private final Label footer = new Label();
  private final List<TileAge> tileAges = new ArrayList<>();
  private final ChangeListener<AttentionModel.Attention> onState =
      (obs, old, attention) -> show(attention);

  /**
   * @param clock the clock the alerts are judged by, for the data's age
   * @param every how often they are judged
   */
  public AttentionBoard(AttentionModel model, Clock clock, Duration every) {
    this.model = model;
    this.clock = clock;
    this.every = every;
    setId("attention-board");
    getStyleClass().add("wall-board");
    setSpacing(20);
    setStyle("-fx-padding: 40;"); // not scaled: the type carries the distance
    headline.setId("attention-board-headline");
    headline.getStyleClass().add("wall-figure");
    footer.setId("attention-board-footer");
    footer.getStyleClass().add("wall-caption");
    footer.setStyle(caption());
    getChildren().addAll(headline, tiles, footer);
    model.state().addListener(new WeakChangeListener<>(onState));
    show(model.state().get());
    ticking.getKeyFrames().setAll(new KeyFrame(javafx.util.Duration.seconds(5), e -> age()));
    ticking.setCycleCount(Animation.INDEFINITE);
    heightProperty()
        .addListener(
            (obs, old, height) -> {
              if (WallScale.of(old.doubleValue()) != scale()) {
                show(model.state().get());
              }
            });
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene == null) {
                ticking.stop();
              } else {
                ticking.play();
              }
            });
  }

  /** A tile's line on the age of its data, and the alert it is about. */
  private record TileAge(Label label, Alert alert) {}

  /**
   * The footer's "judged at", with how long ago, amber then red once evaluations stop coming: a
   * wall is looked at from afar, and an old "nothing needs attention" must not pass for today's.
   * Each tile's own data age moves on with it.
   */
  private void age() {
    if (!model.evaluated()) {
      return;
    }
    tileAges.forEach(this::tileAge);
    AlertState state = model.state().get().state();
    Duration age = Duration.between(state.at(), clock.instant());
    DataAge level = DataAge.of(age, every);
    int rest = state.firing().size() - SHOWN;
    footer.setText(
        (rest > 0 ? "and " + rest + " more · " : "")
            + "judged at "
            + AT.format(state.at())
            + " · "
            + DataAge.ago(age)
            + (level == DataAge.RED ? " · the alert rules are not being judged" : ""));
    footer.getStyleClass().removeAll("stale-amber", "stale-red");
    footer.setStyle(
        caption()
            + switch (level) {
              case FRESH -> "";
              case AMBER -> "-fx-text-fill: " + TEXT.get("warning") + ";";
              case RED -> "-fx-text-fill: " + TEXT.get("critical") + "; -fx-font-weight: bold;";
            });
    if (level != DataAge.FRESH) {
      footer.getStyleClass().add(level.styleClass());
    }
  }

  private void show(AttentionModel.Attention attention) {
    AlertState state = attention.state();
    List<Alert> firing = state.firing();
    headline.setStyle(figure());
    if (!model.evaluated()) {
      headline.setText("Judging the alert rules…");
      footer.setText("");
    } else if (firing.isEmpty()) {
      headline.setText("Nothing needs attention");
      headline.setStyle(figure() + "-fx-text-fill: " + TEXT.get("calm") + ";");
    } else {
      headline.setText(firing.size() + " firing");
      headline.setStyle(
          figure() + "-fx-text-fill: " + TEXT.get(firing.getFirst().severity().id()) + ";");
    }
    tileAges.clear();
    tiles.getChildren().setAll(firing.stream().limit(SHOWN).map(this::tile).toList());
    age();
  }

  /**
   * {@code data 12 s ago}, {@code data 6 min ago · Demo Prometheus stale}: on a dark badge, so that
   * amber and red read on any tile's colour.
   */
  private void tileAge(TileAge tile) {
    List<SourceStatus> behind = model.state().get().sources().behind(tile.alert());
    WallDataAge data =
        behind.isEmpty()
            ? new WallDataAge("data age unknown", DataAge.AMBER)
            : WallDataAge.of(behind, clock.instant());
    Label label = tile.label();
    data.showOn(label);
    label.setStyle(
        caption()
            + "-fx-background-color: rgba(0, 0, 0, 0.6); -fx-background-radius: 6;"
            + " -fx-padding: 2 10 2 10;"
            + switch (data.level()) {
              case FRESH -> "-fx-text-fill: white;";
              case AMBER -> "-fx-text-fill: #f5b942;";
              case RED -> "-fx-text-fill: #ff7070; -fx-font-weight: bold;";
            });
  }

  /** Subject and value large, the rule and since when below, the tile in its severity's colour. */
  private HBox tile(Alert alert) {
    Label subject = new Label(alert.subject().name());
    subject.getStyleClass().add("wall-figure");
    subject.setStyle(figure() + ink(alert));
    Label rule =
        new Label(
            alert.severity().name()
                + " · "
                + alert.ruleId()
                + " · since "
                + since(alert.since(), clock.instant(), ZoneId.systemDefault()));
    rule.getStyleClass().add("wall-caption");
    rule.setStyle(caption() + ink(alert));
    Label age = new Label();
    age.getStyleClass().addAll("wall-caption", "tile-age");
    age.setMinWidth(Label.USE_PREF_SIZE); // the rule's words give way first
    tileAges.add(new TileAge(age, alert));
    HBox caption = new HBox(16, rule, age); // one line: five tiles still fit a 1080p wall
    caption.setAlignment(Pos.CENTER_LEFT);
    VBox what = new VBox(4, subject, caption);
    what.setMinWidth(0);
    HBox.setHgrow(what, Priority.ALWAYS);
    Label value = new Label(alert.kind().format(alert.value()));
    value.getStyleClass().add("wall-figure");
    value.setStyle(figure() + ink(alert));
    value.setMinWidth(Label.USE_PREF_SIZE);
    HBox tile = new HBox(24, what, value);
    tile.setAlignment(Pos.CENTER_LEFT);
    tile.getStyleClass().addAll("wall-tile", alert.severity().id());
    tile.setStyle(
        "-fx-padding: 16 24 16 24; -fx-background-radius: 8;"
            + TILE.getOrDefault(alert.severity().id(), ""));
    return tile;
  }

  /**
   * {@code 21:22} today, {@code 5 Dec 21:22} before: an alert firing since yesterday evening must
   * not read as later than the clock beside it.
   */
  static String since(Instant since, Instant now, ZoneId zone) {
    boolean today = since.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    return (today ? AT : DAY_AT).withZone(zone).format(since);
  }

  /** Type grows with the screen past 1080 lines: the same share of the wall at 4K. */
  private double scale() {
    return WallScale.of(getHeight());
  }

  private String figure() {
    return String.format(
        Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;", FIGURE_PX * scale());
  }

  private String caption() {
    return String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", FIGURE_PX / 2 * scale());
  }

  /** White on red and blue, dark on amber. */
  private static String ink(Alert alert) {
    return alert.severity().id().equals("warning")
        ? "-fx-text-fill: #2b2100;"
        : "-fx-text-fill: white;";
  }
}
