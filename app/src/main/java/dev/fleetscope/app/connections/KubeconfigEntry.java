package dev.fleetscope.app.connections;

import dev.fleetscope.kubernetes.Kubeconfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A kubeconfig the console lists, with the contexts the user made sources of.
 *
 * @param file a file the user added; empty for the environment's kubeconfig ({@code KUBECONFIG}, several files
 *     merged as kubectl merges them, else {@code ~/.kube/config})
 */
public record KubeconfigEntry(Optional<Path> file, List<String> enabledContexts) {
  public static final KubeconfigEntry ENVIRONMENT = new KubeconfigEntry(Optional.empty(), List.of());

  public KubeconfigEntry {
    file = file.map(p -> p.toAbsolutePath().normalize());
    enabledContexts = List.copyOf(enabledContexts.stream().distinct().toList());
  }

  public static KubeconfigEntry of(Path file) {
    return new KubeconfigEntry(Optional.of(file), List.of());
  }

  public boolean fromEnvironment() {
    return file.isEmpty();
  }

  /**
   * Reads the file(s) now: local I/O, never on the FX thread.
   *
   * @throws IllegalArgumentException naming the file when an added file is gone or is not a kubeconfig
   */
  public Kubeconfig load() {
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new IllegalArgumentException("the kubeconfig " + file.get() + " does not exist any more");
    }
    return file.map(f -> Kubeconfig.load(List.of(f))).orElseGet(Kubeconfig::fromEnvironment);
  }

  /** {@code KUBECONFIG}'s files or {@code ~/.kube/config} for the environment's entry, else the file. */
  public String describe() {
    return file.map(Path::toString).orElse("$KUBECONFIG or ~/.kube/config");
  }

  public KubeconfigEntry withContext(String context, boolean enabled) {
    List<String> contexts = new java.util.ArrayList<>(enabledContexts);
    contexts.remove(context);
    if (enabled) {
      contexts.add(context);
    }
    return new KubeconfigEntry(file, contexts);
  }
}
