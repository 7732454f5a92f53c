package dev.fleetscope.console;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/**
 * A page of the console as the navigation lists it. Its content is built the first time it is
 * shown, so startup pays only for the view the user opens on, and on a desktop let go once it has
 * been hidden for {@link #KEEP_HIDDEN}, so a console left on holds the nodes of the view it shows,
 * not of every view ever opened. What a view shows, and the row selected in it, is in its models,
 * which outlive it: a view built again shows their latest state.
 */
public final class ConsoleView {
  /**
   * How long a hidden view keeps its nodes: going back and forth between two views stays instant, a
   * view left behind is let go (each costs 4-12 MiB of the heap: docs/performance.md).
   */
  static final Duration KEEP_HIDDEN = Duration.seconds(20);

  private final String id;
  private final String title;
  private final KeyCombination shortcut;
  private Supplier<? extends Node> factory;
  private Node content;
  private PauseTransition letGo; // made when first hidden, on the FX thread

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

  /** The view is shown: it keeps its nodes for as long as it is. */
  Node shown() {
    if (letGo != null) {
      letGo.stop();
    }
    return content();
  }

  /** The view was hidden: its nodes are let go after {@link #KEEP_HIDDEN} unless shown again. */
  void hidden(Runnable released) {
    if (letGo == null) {
      letGo = new PauseTransition(KEEP_HIDDEN);
    }
    letGo.setOnFinished(
        e -> {
          if (release()) {
            released.run();
          }
        });
    letGo.playFromStart();
  }

  /**
   * Lets go of the content; the next {@link #content()} builds it again.
   *
   * @return whether there was content to let go of
   */
  boolean release() {
    boolean built = content != null;
    content = null;
    return built;
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
