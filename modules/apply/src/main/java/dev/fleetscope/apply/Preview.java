package dev.fleetscope.apply;

import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a change will do, for a person to read before it is sent: the YAML of each changed
 * container's {@code resources} with removed lines marked {@code -} and added ones {@code +}, and
 * the pods that will restart.
 */
public final class Preview {
  private Preview() {}

  public static String of(ProposedChange proposed, ApplyMethod method) {
    StringBuilder out = new StringBuilder();
    var ref = proposed.change().workload();
    out.append(ref.kind().kubernetesKind())
        .append(' ')
        .append(ref.namespace())
        .append('/')
        .append(ref.name())
        .append(" (cluster ")
        .append(ref.cluster())
        .append(")\n");
    for (ContainerChange container : proposed.change().containers()) {
      out.append(
          ContainerChange.POD.equals(container.container())
              ? "  pod-level resources (spec.resources):\n    resources:\n"
              : "  - name: " + container.container() + "\n    resources:\n");
      section(out, "requests", container.before().requests(), container.after().requests());
      section(out, "limits", container.before().limits(), container.after().limits());
    }
    out.append(restarts(proposed, method)).append('\n');
    return out.toString();
  }

  /**
   * Which pods restart. An in-place resize restarts none, but a container whose {@code
   * resizePolicy} says {@code RestartContainer} for a resource it changes is restarted in each pod,
   * and a lower memory limit is applied only on a best-effort check of the container's use.
   */
  public static String restarts(ProposedChange proposed, ApplyMethod method) {
    var pods = proposed.state().podNames();
    if (method == ApplyMethod.IN_PLACE) {
      StringBuilder text =
          new StringBuilder("  resized in place, no restart: ")
              .append(pods.isEmpty() ? "no pods running" : String.join(", ", pods));
      for (ContainerChange c : proposed.change().containers()) {
        InPlaceEffects.restart(proposed.state(), c)
            .ifPresent(why -> text.append("\n  container ").append(c.container()).append(why));
        InPlaceEffects.lowerMemoryLimit(c)
            .ifPresent(why -> text.append("\n  container ").append(c.container()).append(why));
      }
      return text.toString();
    }
    return pods.isEmpty()
        ? "  restarts no pods (none running)"
        : "  restarts "
            + pods.size()
            + (pods.size() == 1 ? " pod: " : " pods: ")
            + String.join(", ", pods);
  }

  private static void section(
      StringBuilder out, String name, Map<String, String> before, Map<String, String> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return;
    }
    out.append("      ").append(name).append(":\n");
    for (String key : new TreeSet<>(union(before, after))) {
      String was = before.get(key);
      String now = after.get(key);
      if (Objects.equals(was, now)) {
        out.append("          ").append(key).append(": ").append(was).append('\n');
        continue;
      }
      if (was != null) {
        out.append("-         ").append(key).append(": ").append(was).append('\n');
      }
      if (now != null) {
        out.append("+         ").append(key).append(": ").append(now).append('\n');
      }
    }
  }

  private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
    var keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }
}
