package dev.fleetscope.console;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * A page of the console as the navigation lists it. Its content is built the first time it is
 * shown, so startup pays only for the view the user opens on.
 */
public final class ConsoleView {
  private final String id;
  private final String title;
  private final KeyCombination shortcut;
  private Supplier<? extends Node> factory;
  private Node content;

  public ConsoleView(
      String id, String title, KeyCombination shortcut, Supplier<? extends Node> factory) {
    this.id = id;
    this.title = title;
    this.shortcut = shortcut;
    this.factory = factory;
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
    return new ConsoleView(id, title, other, factory);
  }

  boolean isBuilt() {
    return content != null;
  }

  /**
   * Replaces the content with a fresh one from {@code newFactory} (e.g. tiles rebuilt for another
   * theme).
   */
  void rebuild(Supplier<? extends Node> newFactory) {
    factory = newFactory;
    content = null;
  }
}
