package dev.fleetscope.console;

import javafx.scene.Node;

/**
 * Marks the parts of a view that edit something (forms, add and remove buttons), so a wall screen
 * can leave them out: base.css hides {@code .wall .editing}, and a hidden marked node gives up its
 * space too.
 */
public final class Editing {
  private Editing() {}

  public static <T extends Node> T mark(T node) {
    node.getStyleClass().add("editing");
    node.managedProperty().bind(node.visibleProperty());
    return node;
  }
}
