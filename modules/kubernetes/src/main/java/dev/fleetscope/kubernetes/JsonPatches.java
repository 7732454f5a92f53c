package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import java.util.List;
import java.util.Map;

/**
 * RFC 6902 patches for resource changes. For each container: a {@code test} that the container at
 * that index has the expected name, a {@code test} that its {@code resources} are exactly the
 * previewed ones, then a {@code replace} with the new ones. The server applies all or nothing, so a
 * workload edited since the preview is refused with a conflict instead of being overwritten.
 */
final class JsonPatches {
  private JsonPatches() {}

  /**
   * @param current the object as read just now, only to find each container's index in {@code
   *     containers}
   * @param containersPointer JSON Pointer to the container list ({@code
   *     /spec/template/spec/containers})
   */
  static String of(
      JsonNode current, String containersPointer, List<ContainerChange> changes, String what)
      throws ClusterWriteException {
    ArrayNode ops = KubeHttp.JSON.createArrayNode();
    JsonNode containers = current.at(containersPointer);
    for (ContainerChange change : changes) {
      int index = indexOf(containers, change.container());
      if (index < 0) {
        throw new ClusterWriteException(
            ClusterWriteException.Reason.CONFLICT,
            what + " no longer has a container named " + change.container());
      }
      String at = containersPointer + "/" + index;
      ops.add(op("test", at + "/name").put("value", change.container()));
      if (containers.get(index).has("resources")) {
        ops.addObject()
            .put("op", "test")
            .put("path", at + "/resources")
            .set("value", json(change.before()));
        ops.addObject()
            .put("op", "replace")
            .put("path", at + "/resources")
            .set("value", json(change.after()));
      } else if (change.before().equals(ContainerResources.NONE)) {
        ops.addObject()
            .put("op", "add")
            .put("path", at + "/resources")
            .set("value", json(change.after()));
      } else {
        throw new ClusterWriteException(
            ClusterWriteException.Reason.CONFLICT,
            what + ": container " + change.container() + " no longer sets the resources previewed");
      }
    }
    return ops.toString();
  }

  static ObjectNode json(ContainerResources resources) {
    ObjectNode node = KubeHttp.JSON.createObjectNode();
    section(node, "requests", resources.requests());
    section(node, "limits", resources.limits());
    return node;
  }

  private static void section(ObjectNode node, String name, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode section = node.putObject(name);
      values.forEach(section::put);
    }
  }

  private static ObjectNode op(String op, String path) {
    return KubeHttp.JSON.createObjectNode().put("op", op).put("path", path);
  }

  private static int indexOf(JsonNode containers, String name) {
    for (int i = 0; i < containers.size(); i++) {
      if (name.equals(containers.get(i).path("name").asText())) {
        return i;
      }
    }
    return -1;
  }
}
