package dev.fleetscope.runtime.connections;

import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.model.net.Deadlines;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kubeconfig the console lists, with the contexts the user made sources of.
 *
 * @param file a file the user added; empty for the environment's kubeconfig ({@code KUBECONFIG},
 *     several files merged as kubectl merges them, else {@code ~/.kube/config})
 * @param deadlines of each request to its contexts' API servers ({@link Deadlines#DEFAULT} unless
 *     saved otherwise)
 */
public record KubeconfigEntry(
    Optional<Path> file, List<String> enabledContexts, Deadlines deadlines) {
  public static final KubeconfigEntry ENVIRONMENT =
      new KubeconfigEntry(Optional.empty(), List.of());

  /** With the default deadlines. */
  public KubeconfigEntry(Optional<Path> file, List<String> enabledContexts) {
    this(file, enabledContexts, Deadlines.DEFAULT);
  }

  public KubeconfigEntry {
    Objects.requireNonNull(deadlines, "deadlines");
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
   * Reads the file(s) now, merged as kubectl merges them: local I/O, never on the FX thread.
   *
   * @param environment where {@code KUBECONFIG} is looked up
   * @param home the user's home, for {@code ~/.kube/config}
   * @throws IllegalArgumentException naming the file when an added file is gone or is not a
   *     kubeconfig
   */
  public Kubeconfig load(Map<String, String> environment, Path home) {
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new IllegalArgumentException(
          "the kubeconfig " + file.get() + " does not exist any more");
    }
    return Kubeconfig.load(files(environment, home));
  }

  /**
   * The added file, or {@code KUBECONFIG}'s files (separated as the OS separates paths), else
   * {@code ~/.kube/config}.
   */
  public List<Path> files(Map<String, String> environment, Path home) {
    if (file.isPresent()) {
      return List.of(file.get());
    }
    String variable = environment.getOrDefault("KUBECONFIG", "");
    List<Path> files =
        Arrays.stream(variable.split(File.pathSeparator))
            .filter(f -> !f.isBlank())
            .map(Path::of)
            .toList();
    return files.isEmpty() ? List.of(home.resolve(".kube").resolve("config")) : files;
  }

  /**
   * The added file, or {@code $KUBECONFIG} / {@code ~/.kube/config} for the environment's entry.
   */
  public String describe() {
    return file.map(Path::toString).orElse("$KUBECONFIG or ~/.kube/config");
  }

  public KubeconfigEntry withContext(String context, boolean enabled) {
    List<String> contexts = new java.util.ArrayList<>(enabledContexts);
    contexts.remove(context);
    if (enabled) {
      contexts.add(context);
    }
    return new KubeconfigEntry(file, contexts, deadlines);
  }

  public KubeconfigEntry withDeadlines(Deadlines newDeadlines) {
    return new KubeconfigEntry(file, enabledContexts, newDeadlines);
  }
}
