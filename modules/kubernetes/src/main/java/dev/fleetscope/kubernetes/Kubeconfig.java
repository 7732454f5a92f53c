package dev.fleetscope.kubernetes;

import io.kubernetes.client.util.KubeConfig;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Kubeconfig files merged the way kubectl merges {@code KUBECONFIG}: the first file that names a
 * cluster, user or context wins, the first {@code current-context} wins, and relative paths
 * (certificates, keys, token files, exec commands) are resolved against the file that holds them.
 */
public final class Kubeconfig {
  private static final String[] CLUSTER_PATHS = {"certificate-authority"};
  private static final String[] USER_PATHS = {"client-certificate", "client-key", "tokenFile"};

  private final Map<String, Map<String, Object>> clusters;
  private final Map<String, Map<String, Object>> users;
  private final Map<String, Map<String, Object>> contexts;
  private final Optional<String> currentContext;

  private Kubeconfig(
      Map<String, Map<String, Object>> clusters,
      Map<String, Map<String, Object>> users,
      Map<String, Map<String, Object>> contexts,
      Optional<String> currentContext) {
    this.clusters = clusters;
    this.users = users;
    this.contexts = contexts;
    this.currentContext = currentContext;
  }

  /**
   * From {@code KUBECONFIG} (several files, separated as the OS separates paths) or {@code
   * ~/.kube/config}.
   */
  public static Kubeconfig fromEnvironment() {
    String env = System.getenv("KUBECONFIG");
    List<Path> files = new ArrayList<>();
    if (env != null && !env.isBlank()) {
      for (String part : env.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          files.add(Path.of(part));
        }
      }
    } else {
      files.add(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }
    return load(files);
  }

  /** Merges the files in order; files that do not exist are skipped, as kubectl skips them. */
  public static Kubeconfig load(List<Path> files) {
    Map<String, Map<String, Object>> clusters = new LinkedHashMap<>();
    Map<String, Map<String, Object>> users = new LinkedHashMap<>();
    Map<String, Map<String, Object>> contexts = new LinkedHashMap<>();
    String current = null;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Map<String, Object> doc = parse(file);
      Path base = file.toAbsolutePath().getParent();
      merge(doc, "clusters", "cluster", clusters, base, CLUSTER_PATHS, file);
      merge(doc, "users", "user", users, base, USER_PATHS, file);
      merge(doc, "contexts", "context", contexts, base, new String[0], file);
      if (current == null && doc.get("current-context") instanceof String name && !name.isBlank()) {
        current = name;
      }
    }
    return new Kubeconfig(clusters, users, contexts, Optional.ofNullable(current));
  }

  public List<KubeContext> contexts() {
    return contexts.entrySet().stream()
        .map(
            e -> {
              Map<String, Object> ctx = e.getValue();
              String cluster = string(ctx, "cluster");
              String server =
                  Optional.ofNullable(clusters.get(cluster))
                      .map(c -> string(c, "server"))
                      .orElse("");
              return new KubeContext(
                  e.getKey(),
                  cluster,
                  string(ctx, "user"),
                  Optional.ofNullable(string(ctx, "namespace")).orElse("default"),
                  server);
            })
        .toList();
  }

  public Optional<String> currentContext() {
    return currentContext;
  }

  public Optional<KubeContext> context(String name) {
    return contexts().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** client-java's view of one context, with the merged clusters and users. */
  public KubeConfig forContext(String name) {
    if (!contexts.containsKey(name)) {
      throw new IllegalArgumentException(
          "no context '"
              + name
              + "' in the kubeconfig (contexts: "
              + String.join(", ", contexts.keySet())
              + ")");
    }
    KubeConfig config =
        new KubeConfig(
            named(contexts, "context"), named(clusters, "cluster"), named(users, "user"));
    config.setContext(name);
    return config;
  }

  /** The user entry of a context, as merged (exec, auth-provider, token...). */
  Map<String, Object> user(String context) {
    Object user = contexts.getOrDefault(context, Map.of()).get("user");
    return users.getOrDefault(user, Map.of());
  }

  private static ArrayList<Object> named(Map<String, Map<String, Object>> entries, String key) {
    ArrayList<Object> list = new ArrayList<>();
    entries.forEach(
        (name, body) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("name", name);
          entry.put(key, body);
          list.add(entry);
        });
    return list;
  }

  @SuppressWarnings("unchecked")
  private static void merge(
      Map<String, Object> doc,
      String listKey,
      String bodyKey,
      Map<String, Map<String, Object>> into,
      Path base,
      String[] pathKeys,
      Path file) {
    if (!(doc.get(listKey) instanceof List<?> list)) {
      return;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> entry) || !(entry.get("name") instanceof String name)) {
        throw new IllegalArgumentException(file + ": an entry of '" + listKey + "' has no name");
      }
      if (into.containsKey(name)) {
        continue;
      }
      Map<String, Object> body =
          new LinkedHashMap<>(
              entry.get(bodyKey) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
      for (String key : pathKeys) {
        if (body.get(key) instanceof String path && !path.isBlank()) {
          body.put(key, base.resolve(path).normalize().toString());
        }
      }
      if (body.get("exec") instanceof Map<?, ?> exec) {
        Map<String, Object> resolved = new LinkedHashMap<>((Map<String, Object>) exec);
        if (resolved.get("command") instanceof String command
            && command.contains("/")
            && !Path.of(command).isAbsolute()) {
          resolved.put("command", base.resolve(command).normalize().toString());
        }
        body.put("exec", resolved);
      }
      into.put(name, body);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (doc == null) {
        return Map.of();
      }
      if (!(doc instanceof Map<?, ?>)) {
        throw new IllegalArgumentException(file + ": a kubeconfig is a YAML mapping");
      }
      return (Map<String, Object>) doc;
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      throw new IllegalArgumentException(
          file
              + " line "
              + (mark.getLine() + 1)
              + ", column "
              + (mark.getColumn() + 1)
              + ": "
              + e.getProblem(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kubeconfig " + file + ": " + e.getMessage(), e);
    }
  }

  private static String string(Map<String, Object> map, String key) {
    return map.get(key) instanceof String s ? s : null;
  }
}
