package dev.fleetscope.kubernetes;

import io.kubernetes.client.util.KubeConfig;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Kubeconfig files merged the way kubectl merges {@code KUBECONFIG}: the first file that names a
 * cluster, user or context wins, the first {@code current-context} wins, and relative paths
 * (certificates, keys, token files, exec commands) are resolved against the file that holds them.
 */
public final class Kubeconfig {
  private static final String[] CLUSTER_PATHS = {"certificate-authority"};
  private static final String[] USER_PATHS = {"client-certificate", "client-key", "tokenFile"};
  private static final String[] CONTEXT_FIELDS = {"cluster", "user", "namespace"};

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

  /**
   * Merges the files in order; files that do not exist are skipped, as kubectl skips them.
   *
   * @throws KubeconfigException naming the file, and the line and column or the entry and field, of
   *     what cannot be read
   */
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
      throw new KubeconfigException(
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
        throw new KubeconfigException(file + ": an entry of '" + listKey + "' has no name");
      }
      if (into.containsKey(name)) {
        continue;
      }
      String where = bodyKey + " '" + name + "'";
      Map<String, Object> body = new LinkedHashMap<>();
      if (entry.get(bodyKey) instanceof Map<?, ?> m) {
        m.forEach((key, value) -> body.put(String.valueOf(key), value));
      } else if (entry.get(bodyKey) != null) {
        throw new KubeconfigException(
            file + ": " + where + ": '" + bodyKey + "' is not a mapping of fields");
      }
      for (String key : pathKeys) {
        if (body.get(key) instanceof String path && !path.isBlank()) {
          body.put(key, resolve(base, path, file, where, key));
        }
      }
      if (body.get("exec") instanceof Map<?, ?> exec) {
        Map<String, Object> resolved = new LinkedHashMap<>((Map<String, Object>) exec);
        if (resolved.get("command") instanceof String command && command.contains("/")) {
          resolved.put("command", resolve(base, command, file, where, "exec command"));
        }
        body.put("exec", resolved);
      }
      if (bodyKey.equals("context")) {
        for (String field : CONTEXT_FIELDS) {
          requireText(body, field, file, where);
        }
      }
      into.put(name, body);
    }
  }

  /**
   * A path as written, resolved against the kubeconfig's folder (absolute ones stay as they are).
   */
  private static String resolve(Path base, String path, Path file, String where, String field) {
    try {
      return base.resolve(path).normalize().toString();
    } catch (InvalidPathException e) {
      throw new KubeconfigException(
          file + ": " + where + ": " + field + " is not a valid path: " + e.getReason(), e);
    }
  }

  private static void requireText(Map<String, Object> body, String field, Path file, String where) {
    Object value = body.get(field);
    if (value != null && !(value instanceof String)) {
      throw new KubeconfigException(
          file + ": " + where + ": '" + field + "' is not text but " + value);
    }
  }

  private static Map<String, Object> parse(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      if (doc == null) {
        return Map.of();
      }
      if (!(doc instanceof Map<?, ?> map)) {
        throw new KubeconfigException(file + ": a kubeconfig is a YAML mapping");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      map.forEach((key, value) -> fields.put(String.valueOf(key), value));
      return fields;
    } catch (MarkedYAMLException e) {
      throw new KubeconfigException(at(file, e.getProblemMark()) + e.getProblem(), e);
    } catch (ReaderException e) {
      throw new KubeconfigException(
          file
              + ": character "
              + String.format("U+%04X", e.getCodePoint())
              + " at position "
              + e.getPosition()
              + " is not allowed in YAML",
          e);
    } catch (YAMLException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new KubeconfigException(file + ": not UTF-8 text", e);
      }
      throw new KubeconfigException(file + ": not a YAML document: " + firstLine(e), e);
    } catch (CharacterCodingException e) {
      throw new KubeconfigException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kubeconfig " + file + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(YAMLException e) {
    return String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
  }

  private static String at(Path file, Mark mark) {
    return mark == null
        ? file + ": "
        : file + " line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
  }

  private static String string(Map<String, Object> map, String key) {
    return map.get(key) instanceof String s ? s : null;
  }
}
