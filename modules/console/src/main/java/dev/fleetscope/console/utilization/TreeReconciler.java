package dev.fleetscope.console.utilization;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TreeItem;

/**
 * Applies a freshly built tree to long-lived TreeItems matched by row id, so a refresh every few
 * seconds keeps what the user expanded, selected and sorted. A child list is touched only when its
 * members change.
 */
final class TreeReconciler {
  private final Map<String, TreeItem<UsageRow>> items = new HashMap<>();

  /**
   * @return true when some child list changed membership (the table should sort again)
   */
  boolean apply(TreeItem<UsageRow> parent, List<UsageTree> nodes) {
    Set<String> seen = new HashSet<>();
    boolean changed = apply(parent, nodes, seen);
    items.keySet().retainAll(seen);
    return changed;
  }

  private boolean apply(TreeItem<UsageRow> parent, List<UsageTree> nodes, Set<String> seen) {
    boolean changed = false;
    List<TreeItem<UsageRow>> children = new java.util.ArrayList<>(nodes.size());
    for (UsageTree node : nodes) {
      String id = node.row().id();
      seen.add(id);
      TreeItem<UsageRow> item = items.computeIfAbsent(id, k -> new TreeItem<>());
      item.setValue(node.row());
      changed |= apply(item, node.children(), seen);
      children.add(item);
    }
    if (!sameMembers(parent.getChildren(), children)) {
      parent.getChildren().setAll(children);
      changed = true;
    }
    return changed;
  }

  private static boolean sameMembers(
      List<TreeItem<UsageRow>> current, List<TreeItem<UsageRow>> wanted) {
    return current.size() == wanted.size() && new HashSet<>(current).containsAll(wanted);
  }

  TreeItem<UsageRow> item(String id) {
    return items.get(id);
  }
}
