package dev.fleetscope.console;

import dev.fleetscope.model.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * A board made for a wall, read from across a room: a headline in large type coloured by its state,
 * then the worst few items as tiles in their state's colour (subject and value as the main figures,
 * a caption and the age of the tile's data below) or a few figures on cards that keep their places
 * ({@link Layout}), and a footer saying how old the whole is. Ages move on every second and turn
 * amber then red; none is ever blank. Each board is a function from its view-model's state to a
 * {@link Picture}, drawn again as the state changes.
 */
public final class WallBoard extends VBox {
  /** A wall shows a handful: more would need type too small to read at 4 m. */
  public static final int SHOWN = 5;

  /** A board of cards shows two rows of three: a figure per part of the fleet, in its place. */
  public static final int CARDS = 6;

  private static final int CARD_COLUMNS = 3;

  /** How a board lays its items out. */
  public enum Layout {
    /** The worst first, one under the other, the rest counted. */
    LIST,
    /**
     * Cards in rows of three, each in the same place on every drawing, so that a glance finds the
     * one it looks for.
     */
    CARDS
  }

  /**
   * Main figures 56 px at 1080p (at least 48 px, read from 4 m), captions half that, both scaled
   * with the board's height past 1080 px (112 px on a 3840×2160 screen); set on the board's own
   * nodes so the desktop theme's sheets are left as they are.
   */
  public static final double FIGURE_PX = 56;

  /**
   * A card's figure: a number alone (its unit in the card's subject) in a card a third of the
   * width, so it can be larger still.
   */
  public static final double CARD_FIGURE_PX = 96;

  /** A state in colour, the first thing read from afar. */
  public enum Tone {
    CALM("#2e9d58"),
    INFO("#3867d6"),
    WARNING("#e0a325"),
    CRITICAL("#d64545"),
    /** Nothing to judge yet: reading, waiting for a source. */
    NEUTRAL("#5b6470");

    private final String colour;

    Tone(String colour) {
      this.colour = colour;
    }

    /** An alert's severity in colour. */
    public static Tone of(Severity severity) {
      return switch (severity) {
        case CRITICAL -> CRITICAL;
        case WARNING -> WARNING;
        case INFO -> INFO;
      };
    }

    /** Its style class on a tile: {@code critical}, {@code calm}... */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Dark on amber, white on the others. */
    String ink() {
      return this == WARNING ? "#2b2100" : "white";
    }
  }

  /**
   * One tile.
   *
   * @param age how old the tile's data is at an instant
   */
  public record Item(
      String subject,
      String value,
      String caption,
      Tone tone,
      Function<Instant, WallDataAge> age) {}

  /**
   * What a board shows.
   *
   * @param items worst first, all of them: the board shows {@link #SHOWN} and counts the rest
   * @param footnote what the board covers, before the age in the footer
   * @param age how old the board's data is at an instant
   */
  public record Picture(
      String headline,
      Tone tone,
      List<Item> items,
      String footnote,
      Function<Instant, WallDataAge> age) {
    public Picture {
      items = List.copyOf(items);
    }
  }

  private final Clock clock;
  private final Layout layout;
  private final Label headline = new Label();
  private final Pane tiles;
  private final Label footer = new Label();
  private final List<Runnable> ages = new ArrayList<>();
  // ages move on between pictures; stopped while the board is off the screen
  private final Timeline ticking = new Timeline();
  // held here: the state holds it weakly, so that a board off the screen can go
  private final ChangeListener<?> onState;
  // held too: a binding made for this board alone would otherwise go, and the board stand still
  private final ObservableValue<?> state;
  private Picture shown;

  /**
   * @param id the board's id; its headline's is {@code id-headline}, its footer's {@code id-footer}
   * @param clock what the data's age is measured by
   * @param state what the board is drawn from, changed on the FX thread
   */
  public <T> WallBoard(
      String id, Clock clock, ObservableValue<T> state, Function<T, Picture> picture) {
    this(id, Layout.LIST, clock, state, picture);
  }

  /**
   * @param layout {@link Layout#CARDS}: at most {@link #CARDS} items, none counted as more
   */
  public <T> WallBoard(
      String id,
      Layout layout,
      Clock clock,
      ObservableValue<T> state,
      Function<T, Picture> picture) {
    this.clock = clock;
    this.layout = layout;
    this.state = state;
    tiles = layout == Layout.LIST ? new VBox(12) : cardGrid();
    setId(id);
    getStyleClass().add("wall-board");
    setSpacing(20);
    setStyle("-fx-padding: 32 40 32 40;"); // not scaled: the type carries the distance
    headline.setId(id + "-headline");
    headline.getStyleClass().add("wall-figure");
    footer.setId(id + "-footer");
    footer.getStyleClass().add("wall-caption");
    footer.setWrapText(true); // a long note takes a second line rather than the age's place
    getChildren().addAll(headline, tiles, footer);
    ticking.getKeyFrames().setAll(new KeyFrame(javafx.util.Duration.seconds(1), e -> age()));
    ticking.setCycleCount(Animation.INDEFINITE);
    heightProperty()
        .addListener(
            (obs, old, height) -> {
              if (shown != null && WallScale.of(old.doubleValue()) != scale()) {
                show(shown);
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
    ChangeListener<T> redraw = (obs, old, now) -> show(picture.apply(now));
    onState = redraw;
    state.addListener(new WeakChangeListener<>(redraw));
    show(picture.apply(state.getValue()));
  }

  private void show(Picture picture) {
    shown = picture;
    headline.setText(picture.headline());
    headline.setStyle(
        figure()
            + (picture.tone() == Tone.NEUTRAL
                ? ""
                : "-fx-text-fill: " + picture.tone().colour + ";"));
    ages.clear();
    if (layout == Layout.LIST) {
      tiles.getChildren().setAll(picture.items().stream().limit(SHOWN).map(this::tile).toList());
    } else {
      tiles.getChildren().clear();
      List<Item> cards = picture.items().subList(0, Math.min(CARDS, picture.items().size()));
      for (int i = 0; i < cards.size(); i++) {
        ((GridPane) tiles).add(card(cards.get(i)), i % CARD_COLUMNS, i / CARD_COLUMNS);
      }
    }
    age();
  }

  private void age() {
    if (shown == null) {
      return;
    }
    Instant now = clock.instant();
    ages.forEach(Runnable::run);
    int rest = layout == Layout.LIST ? shown.items().size() - SHOWN : 0;
    WallDataAge age = shown.age().apply(now);
    age.showOn(footer);
    footer.setText(
        (rest > 0 ? "and " + rest + " more · " : "")
            + (shown.footnote().isEmpty() ? "" : shown.footnote() + " · ")
            + age.text());
    footer.setStyle(
        caption()
            + switch (age.level()) {
              case FRESH -> "";
              case AMBER -> "-fx-text-fill: " + Tone.WARNING.colour + ";";
              case RED -> "-fx-text-fill: " + Tone.CRITICAL.colour + "; -fx-font-weight: bold;";
            });
  }

  /** Subject and value large, the caption and the data's age below, in the tone's colour. */
  private HBox tile(Item item) {
    String ink = "-fx-text-fill: " + item.tone().ink() + ";";
    Label subject = new Label(item.subject());
    subject.getStyleClass().add("wall-figure");
    subject.setStyle(figure() + ink);
    Label caption = new Label(item.caption());
    caption.getStyleClass().add("wall-caption");
    caption.setStyle(caption() + ink);
    Label age = new Label();
    age.getStyleClass().addAll("wall-caption", "tile-age");
    age.setMinWidth(Label.USE_PREF_SIZE); // the caption's words give way first
    ages.add(() -> tileAge(age, item.age().apply(clock.instant())));
    HBox below = new HBox(16, caption, age); // one line: five tiles still fit a 1080p wall
    below.setAlignment(Pos.CENTER_LEFT);
    VBox what = new VBox(4, subject, below);
    what.setMinWidth(0);
    HBox.setHgrow(what, Priority.ALWAYS);
    Label value = new Label(item.value());
    value.getStyleClass().add("wall-figure");
    value.setStyle(figure() + ink);
    value.setMinWidth(Label.USE_PREF_SIZE);
    HBox tile = new HBox(24, what, value);
    tile.setAlignment(Pos.CENTER_LEFT);
    tile.getStyleClass().addAll("wall-tile", item.tone().id());
    tile.setStyle(
        "-fx-padding: 10 24 10 24; -fx-background-radius: 8; -fx-background-color: "
            + item.tone().colour
            + ";");
    return tile;
  }

  /** Rows of three cards sharing the width and the height left between headline and footer. */
  private GridPane cardGrid() {
    GridPane grid = new GridPane(20, 20);
    for (int i = 0; i < CARD_COLUMNS; i++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / CARD_COLUMNS);
      grid.getColumnConstraints().add(column);
    }
    for (int i = 0; i < CARDS / CARD_COLUMNS; i++) {
      RowConstraints row = new RowConstraints();
      row.setPercentHeight(100.0 / (CARDS / CARD_COLUMNS));
      grid.getRowConstraints().add(row);
    }
    VBox.setVgrow(grid, Priority.ALWAYS);
    return grid;
  }

  /**
   * What the card is about in a caption, its value large below, then what the value means and the
   * data's age: read top to bottom, the value where the eye lands.
   */
  private VBox card(Item item) {
    String ink = "-fx-text-fill: " + item.tone().ink() + ";";
    Label subject = new Label(item.subject());
    subject.getStyleClass().add("wall-caption");
    subject.setStyle(caption() + ink + "-fx-font-weight: bold;");
    Label value = new Label(item.value());
    value.getStyleClass().add("wall-figure");
    value.setStyle(figure(CARD_FIGURE_PX) + ink);
    Label caption = new Label(item.caption());
    caption.getStyleClass().add("wall-caption");
    caption.setStyle(caption() + ink);
    caption.setWrapText(true);
    caption.setMinHeight(0); // gives way to the age below it on a short screen
    Label age = new Label();
    age.getStyleClass().addAll("wall-caption", "tile-age");
    age.setMinHeight(Label.USE_PREF_SIZE);
    ages.add(() -> tileAge(age, item.age().apply(clock.instant())));
    Region gap = new Region();
    VBox.setVgrow(gap, Priority.ALWAYS);
    VBox card = new VBox(6, subject, value, caption, gap, age);
    card.getStyleClass().addAll("wall-tile", "wall-card", item.tone().id());
    card.setStyle(
        "-fx-padding: 16 24 16 24; -fx-background-radius: 8; -fx-background-color: "
            + item.tone().colour
            + ";");
    card.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    card.setMinSize(0, 0);
    return card;
  }

  /**
   * {@code data 12 s ago}, {@code data 6 min ago · Demo Prometheus stale}: on a dark badge, so that
   * amber and red read on any tile's colour.
   */
  private void tileAge(Label label, WallDataAge data) {
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

  /** {@code 45 s}, {@code 12 min}, {@code 2 h 10 min}, {@code 3 d}: a span read at a glance. */
  public static String span(java.time.Duration span) {
    long s = Math.max(0, span.toSeconds());
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min";
    }
    if (s < 48 * 3600) {
      return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
    return s / 86_400 + " d";
  }

  /** Type grows with the screen past 1080 lines: the same share of the wall at 4K. */
  private double scale() {
    return WallScale.of(getHeight());
  }

  private String figure() {
    return figure(FIGURE_PX);
  }

  private String figure(double px) {
    return String.format(
        Locale.ROOT, "-fx-font-size: %.0fpx; -fx-font-weight: bold;", px * scale());
  }

  private String caption() {
    return String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", FIGURE_PX / 2 * scale());
  }
}
