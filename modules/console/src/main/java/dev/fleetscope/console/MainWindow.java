package dev.fleetscope.console;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Navigation on the left, the chosen view in the middle, source health along the bottom. */
public final class MainWindow extends BorderPane {
  /** The source strip's type at 1080 lines, the theme's 13 px; a wall grows it with the screen. */
  private static final double STRIP_PX = 13;

  private final List<ConsoleView> views;
  private final ToggleGroup navigation = new ToggleGroup();
  private final StackPane content = new StackPane();
  private final VBox notices = new VBox(4);
  private final SourceStrip sources = new SourceStrip();
  private final Consumer<String> onViewShown;
  private final Runnable onViewReleased; // null: every view built is kept
  private final VBox nav = new VBox();
  private ConsoleView shown;

  /**
   * A window that keeps every view it built: a wall, whose boards are light and each shown again
   * within a minute or two (letting them go made a wall no smaller: docs/performance.md).
   */
  public MainWindow(List<ConsoleView> views, Consumer<String> onViewShown) {
    this(views, onViewShown, null);
  }

  /**
   * A window that lets go of a view once it has been hidden for {@link ConsoleView#KEEP_HIDDEN}.
   *
   * @param onViewShown told the id of each view shown
   * @param onViewReleased told when a view was let go (its nodes are garbage)
   */
  public MainWindow(
      List<ConsoleView> views, Consumer<String> onViewShown, Runnable onViewReleased) {
    this.views = List.copyOf(views);
    this.onViewShown = onViewShown;
    this.onViewReleased = onViewReleased;
    getStyleClass().add("main-window");
    nav.getStyleClass().add("nav");
    Label brand = new Label("Fleetscope");
    brand.getStyleClass().add("brand");
    nav.getChildren().add(brand);
    for (ConsoleView view : this.views) {
      ToggleButton button = new ToggleButton(view.title());
      button.setId("nav-" + view.id());
      button.setToggleGroup(navigation);
      button.setUserData(view);
      Label hint = new Label(view.shortcut().getDisplayText());
      hint.getStyleClass().add("shortcut");
      button.setGraphic(hint);
      button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
      button.setGraphicTextGap(12);
      nav.getChildren().add(button);
    }
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    Label keys = new Label("Ctrl+T theme · F5 refresh\nCtrl+F filter · F11 fullscreen");
    keys.getStyleClass().add("shortcut");
    nav.getChildren().addAll(spacer, keys);
    navigation
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (toggle == null) {
                old.setSelected(true); // one view is always shown
              } else {
                show((ConsoleView) toggle.getUserData());
              }
            });
    setLeft(nav);
    VBox.setVgrow(content, Priority.ALWAYS);
    setCenter(new VBox(notices, content));
    setBottom(sources);
  }

  /**
   * Shows a message above every view until the user dismisses it: for what went wrong at startup (a
   * settings or connections file that could not be read), which no view owns.
   */
  public void notice(String message) {
    add(message, new HBox());
  }

  /** A notice with a link (a newer release's page), identified by {@code id} for tests. */
  public void notice(String id, String message, String linkText, Runnable onLink) {
    javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(linkText);
    link.setOnAction(e -> onLink.run());
    HBox notice = new HBox(link);
    notice.setId(id);
    add(message, notice);
  }

  private void add(String message, HBox notice) {
    Label text = new Label(message);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    javafx.scene.control.Button dismiss = new javafx.scene.control.Button("Dismiss");
    notice.setSpacing(10);
    notice.getChildren().addAll(0, List.of(text));
    notice.getChildren().add(dismiss);
    notice.getStyleClass().addAll("stale-banner", "notice");
    notice.setStyle("-fx-alignment: center-left");
    dismiss.setOnAction(e -> notices.getChildren().remove(notice));
    notices.getChildren().add(notice);
  }

  public void select(String viewId) {
    views.stream()
        .filter(v -> v.id().equals(viewId))
        .findFirst()
        .or(() -> views.stream().findFirst())
        .ifPresent(
            v ->
                navigation.getToggles().stream()
                    .filter(t -> t.getUserData() == v)
                    .findFirst()
                    .ifPresent(t -> t.setSelected(true)));
  }

  public String selected() {
    return navigation.getSelectedToggle() == null
        ? views.getFirst().id()
        : ((ConsoleView) navigation.getSelectedToggle().getUserData()).id();
  }

  public SourceStrip sources() {
    return sources;
  }

  /** Ctrl+1, Ctrl+2, ... in navigation order. */
  public static KeyCombination shortcut(int position) {
    return new KeyCodeCombination(
        KeyCode.valueOf("DIGIT" + position), KeyCombination.SHORTCUT_DOWN);
  }

  public List<ConsoleView> views() {
    return views;
  }

  /**
   * Rebuilds a view's content (the Overview's tiles when the theme changes), keeping it shown if it
   * was.
   */
  public void rebuild(
      String viewId, java.util.function.Supplier<? extends javafx.scene.Node> factory) {
    for (ConsoleView view : views) {
      if (view.id().equals(viewId)) {
        view.rebuild(factory);
        if (view == shown) {
          content.getChildren().setAll(view.shown());
        }
      }
    }
  }

  /** A link under the views, above the shortcuts' hint, to something beside the views. */
  public void addNavLink(String id, String text, Runnable action) {
    javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(text);
    link.setId(id);
    link.setOnAction(e -> action.run());
    nav.getChildren().add(nav.getChildren().size() - 1, link);
  }

  /**
   * Turns this window into a wall screen: no navigation, {@code bar} along the top, and what the
   * views mark as {@link Editing} left out (base.css), since nobody at a wall edits anything.
   */
  public void showOnWall(Region bar) {
    setLeft(null);
    setTop(bar);
    getStyleClass().add("wall");
    if (getBottom() instanceof Region sources) {
      WallScale.fontFollowsScreen(sources, STRIP_PX);
    }
  }

  private void show(ConsoleView view) {
    if (onViewReleased != null && shown != null && shown != view) {
      shown.hidden(onViewReleased);
    }
    shown = view;
    content.getChildren().setAll(view.shown());
    onViewShown.accept(view.id());
  }
}
