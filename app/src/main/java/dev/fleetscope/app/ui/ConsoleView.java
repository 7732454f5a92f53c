package dev.fleetscope.app.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * A page of the console as the navigation lists it. Its content is built the first time it is shown, so startup
 * pays only for the view the user opens on.
 */
public final class ConsoleView {
  private final String id;
  private final String title;
  private final KeyCombination shortcut;
  private final boolean freshOnEachShow;
  private Supplier<? extends Node> factory;
  private Node content;

  public ConsoleView(String id, String title, KeyCombination shortcut, Supplier<? extends Node> factory) {
    this(id, title, shortcut, factory, false);
  }

  private ConsoleView(String id, String title, KeyCombination shortcut, Supplier<? extends Node> factory,
      boolean freshOnEachShow) {
    this.id = id;
    this.title = title;
    this.shortcut = shortcut;
    this.factory = factory;
    this.freshOnEachShow = freshOnEachShow;
  }

  /**
   * A view built anew each time it is shown again: for TilesFX tiles, whose skins size their description text
   * wrongly (far too large) when a tile is taken out of the scene and put back. Its view-model keeps the state, so
   * a fresh view draws the same numbers at once.
   */
  public static ConsoleView freshOnEachShow(String id, String title, KeyCombination shortcut, Supplier<? extends Node> factory) {
    return new ConsoleView(id, title, shortcut, factory, true);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public KeyCombination shortcut() {
    return shortcut;
  }

  /** The view's node, built on first use (on the FX thread). */
  public Node content() {
    if (content == null) {
      content = factory.get();
    }
    return content;
  }

  /** The same view under another shortcut (a wall screen numbers only the views it shows). */
  public ConsoleView withShortcut(KeyCombination other) {
    return new ConsoleView(id, title, other, factory, freshOnEachShow);
  }

  /** The node to put on screen now: the built one, or a new one for a view that is fresh on each show. */
  Node contentToShow() {
    if (freshOnEachShow) {
      content = null;
    }
    return content();
  }

  boolean isBuilt() {
    return content != null;
  }

  /** Replaces the content with a fresh one from {@code newFactory} (e.g. tiles rebuilt for another theme). */
  void rebuild(Supplier<? extends Node> newFactory) {
    factory = newFactory;
    content = null;
  }
}
