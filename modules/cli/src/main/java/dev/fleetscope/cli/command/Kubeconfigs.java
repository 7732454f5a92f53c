package dev.fleetscope.cli.command;

import dev.fleetscope.kubernetes.KubeContext;
import dev.fleetscope.kubernetes.Kubeconfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The kubeconfig a command reads, found as kubectl finds it ({@code --kubeconfig}, else {@code
 * KUBECONFIG}, else {@code ~/.kube/config}), with the checks that name what is wrong before any
 * request: a file given that does not exist, a context the files do not have (with the contexts
 * they have, and the current context when it names none either).
 */
record Kubeconfigs(List<Path> files, Kubeconfig kubeconfig) {
  /**
   * @param given the {@code --kubeconfig} files; empty for the environment's
   * @param environment where {@code KUBECONFIG} is read
   * @throws IllegalArgumentException naming a given file that does not exist
   */
  static Kubeconfigs load(List<Path> given, Map<String, String> environment) {
    for (Path file : given) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--kubeconfig " + file + ": no such file");
      }
    }
    List<Path> files = given.isEmpty() ? fromEnvironment(environment) : List.copyOf(given);
    return new Kubeconfigs(files, Kubeconfig.load(files));
  }

  private static List<Path> fromEnvironment(Map<String, String> environment) {
    String variable = environment.get("KUBECONFIG");
    List<Path> files =
        variable == null
            ? List.of()
            : Arrays.stream(variable.split(File.pathSeparator))
                .filter(f -> !f.isBlank())
                .map(Path::of)
                .toList();
    return files.isEmpty()
        ? List.of(Path.of(System.getProperty("user.home"), ".kube", "config"))
        : files;
  }

  /**
   * @param why what names the context, for the message ({@code "the plan names its cluster"})
   * @throws IllegalArgumentException when the kubeconfig has no such context
   */
  void requireContext(String context, String why) {
    if (kubeconfig.context(context).isPresent()) {
      return;
    }
    List<String> names = kubeconfig.contexts().stream().map(KubeContext::name).toList();
    String current =
        kubeconfig
            .currentContext()
            .filter(c -> kubeconfig.context(c).isEmpty())
            .map(c -> "; its current-context '" + c + "' names no context either")
            .orElse("");
    throw new IllegalArgumentException(
        why
            + " '"
            + context
            + "', which is no context of the kubeconfig "
            + describe()
            + (names.isEmpty() ? " (it has none" : " (its contexts: " + String.join(", ", names))
            + current
            + ")");
  }

  String describe() {
    return files.stream().map(Path::toString).collect(Collectors.joining(", "));
  }
}
