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
 * RFC 6902 patches for resource changes. For each container (app or init container): a {@code test}
 * that the container at that index has the expected name, a {@code test} that its {@code resources}
 * are exactly the previewed ones, then a {@code replace} with the new ones; pod-level resources
 * likewise, without the name. The server applies all or nothing, so a workload edited since the
 * preview is refused with a conflict instead of being overwritten.
 */
final class JsonPatches {
  private JsonPatches() {}

  /**
   * @param current the object as read just now, only to find each container's index
   * @param podSpecPointer JSON Pointer to the pod spec ({@code /spec/template/spec}, {@code /spec}
   *     of a pod); a container is looked for among its {@code containers}, then its {@code
   *     initContainers}; {@link ContainerChange#POD} is its {@code resources}
   */
  static String of(
      JsonNode current, String podSpecPointer, List<ContainerChange> changes, String what)
      throws ClusterWriteException {
    ArrayNode ops = KubeHttp.JSON.createArrayNode();
    JsonNode podSpec = current.at(podSpecPointer);
    for (ContainerChange change : changes) {
      if (ContainerChange.POD.equals(change.container())) {
        resources(ops, podSpec, podSpecPointer, change, what + ": pod-level resources");
        continue;
      }
      String at = pointer(podSpec, podSpecPointer, change.container(), what);
      ops.add(op("test", at + "/name").put("value", change.container()));
      resources(ops, current.at(at), at, change, what + ": container " + change.container());
    }
    return ops.toString();
  }

  /** {@code test} then {@code replace} of {@code resources} where it is, {@code add} where not. */
  private static void resources(
      ArrayNode ops, JsonNode holder, String at, ContainerChange change, String what)
      throws ClusterWriteException {
    if (holder.has("resources")) {
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
          ClusterWriteException.Reason.CONFLICT, what + " no longer sets the resources previewed");
    }
  }

  private static String pointer(JsonNode podSpec, String podSpecPointer, String name, String what)
      throws ClusterWriteException {
    for (String list : List.of("containers", "initContainers")) {
      int index = indexOf(podSpec.path(list), name);
      if (index >= 0) {
        return podSpecPointer + "/" + list + "/" + index;
      }
    }
    throw new ClusterWriteException(
        ClusterWriteException.Reason.CONFLICT, what + " no longer has a container named " + name);
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
