package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client-go credential plugin ({@code aws eks get-token}, {@code gke-gcloud-auth-plugin}, {@code
 * kubelogin}) run as kubectl runs it: with {@code KUBERNETES_EXEC_INFO}, under a deadline (killed
 * with what it started when it passes it), its token or client certificate kept until its {@code
 * expirationTimestamp} or until the server refuses it, and its stderr in the message when it fails.
 * Fleetscope gives a plugin no terminal unless told it has one: {@code interactiveMode: Always} is
 * then refused, {@code IfAvailable} and {@code Never} run without one.
 */
final class ExecCredentialPlugin {
  /** The plugin's {@code interactiveMode}. */
  enum Interactive {
    NEVER,
    IF_AVAILABLE,
    ALWAYS;

    static Interactive of(Object mode) {
      if (mode == null) {
        return IF_AVAILABLE;
      }
      return switch (String.valueOf(mode)) {
        case "Never" -> NEVER;
        case "IfAvailable" -> IF_AVAILABLE;
        case "Always" -> ALWAYS;
        default ->
            throw new IllegalArgumentException(
                "interactiveMode '" + mode + "' is none of Never, IfAvailable, Always");
      };
    }
  }

  /**
   * An interactive login (a browser, a prompt) may take a person this long; a plugin without a
   * terminal gets half the connection's whole-call deadline. A login this long only fits outside a
   * request: {@link ClusterConnection#signIn()}.
   */
  static final Duration INTERACTIVE_DEADLINE = Duration.ofMinutes(5);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String user;
  private final String apiVersion;
  private final List<String> command;
  private final Map<String, String> env;
  private final Interactive interactive;
  private final Optional<String> installHint;
  private final Optional<ObjectNode> cluster;
  private final Duration deadline;
  private final boolean terminal;
  private final Clock clock;
  private ExecCredential current;

  /**
   * @param exec the kubeconfig user's {@code exec} entry
   * @param cluster what {@code provideClusterInfo: true} passes the plugin ({@code server}, {@code
   *     certificate-authority-data}, ...)
   * @param deadline how long it may run without a terminal (half the connection's whole call)
   * @param terminal whether Fleetscope runs in a terminal the plugin may prompt on
   */
  ExecCredentialPlugin(
      String user,
      Map<String, Object> exec,
      Optional<ObjectNode> cluster,
      Duration deadline,
      boolean terminal,
      Clock clock) {
    this.user = user;
    this.apiVersion =
        exec.get("apiVersion") instanceof String v ? v : "client.authentication.k8s.io/v1";
    this.command = argv(exec);
    this.env = env(exec);
    this.interactive = Interactive.of(exec.get("interactiveMode"));
    this.installHint = Optional.ofNullable((String) exec.get("installHint"));
    this.cluster = Boolean.TRUE.equals(exec.get("provideClusterInfo")) ? cluster : Optional.empty();
    this.deadline = deadline;
    this.terminal = terminal;
    this.clock = clock;
  }

  /** The credential to use now: the kept one until it expires, else a fresh one. */
  synchronized ExecCredential credential() throws IOException {
    if (current == null || current.expiredAt(clock.instant())) {
      current = fetch();
    }
    return current;
  }

  /** The credential last fetched, if any, without running the plugin (for a TLS handshake). */
  synchronized Optional<ExecCredential> kept() {
    return Optional.ofNullable(current);
  }

  /** The server refused the credential (401): the next {@link #credential()} runs the plugin. */
  synchronized void invalidate() {
    current = null;
  }

  private ExecCredential fetch() throws IOException {
    boolean interactiveRun = terminal && interactive != Interactive.NEVER;
    if (interactive == Interactive.ALWAYS && !terminal) {
      throw new IOException(
          what()
              + " needs a terminal (interactiveMode: Always) and Fleetscope runs it without one: "
              + "run it once in a terminal so that it keeps a credential, or configure it with"
              + " interactiveMode: IfAvailable");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.environment().put("KUBERNETES_EXEC_INFO", execInfo(interactiveRun));
    if (interactiveRun) {
      builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
    } else {
      builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    }
    PluginRun.Output output;
    try {
      output = PluginRun.run(builder, interactiveRun ? INTERACTIVE_DEADLINE : deadline, what());
    } catch (IOException e) {
      if (e.getCause() == null || e.getMessage().startsWith("Cannot run program")) {
        throw new IOException(what() + " cannot be run: " + e.getMessage() + hint(), e);
      }
      throw e;
    }
    if (output.exitCode() != 0) {
      throw new IOException(
          what()
              + " exited with "
              + output.exitCode()
              + (output.stderr().isEmpty() ? "" : ": " + output.stderr())
              + (output.exitCode() == 127 ? hint() : ""));
    }
    try {
      return ExecCredential.of(JSON.readTree(output.stdout()));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IOException(
          what()
              + " printed something that is not ExecCredential JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + (output.stderr().isEmpty() ? "" : "; it said: " + output.stderr()));
    } catch (IllegalArgumentException e) {
      throw new IOException(what() + " printed " + e.getMessage(), e);
    }
  }

  private String execInfo(boolean interactiveRun) {
    ObjectNode info =
        JSON.createObjectNode().put("apiVersion", apiVersion).put("kind", "ExecCredential");
    ObjectNode spec = info.putObject("spec").put("interactive", interactiveRun);
    cluster.ifPresent(c -> spec.set("cluster", c));
    return info.toString();
  }

  /** {@code exec credential plugin of user ana (aws eks get-token --cluster-name prod)}. */
  private String what() {
    return "exec credential plugin of user " + user + " (" + String.join(" ", command) + ")";
  }

  private String hint() {
    return installHint.map(h -> ". " + h.strip()).orElse("");
  }

  private static List<String> argv(Map<String, Object> exec) {
    List<String> argv = new ArrayList<>();
    argv.add(String.valueOf(exec.get("command")));
    if (exec.get("args") instanceof List<?> args) {
      args.forEach(a -> argv.add(String.valueOf(a)));
    }
    return argv;
  }

  private static Map<String, String> env(Map<String, Object> exec) {
    Map<String, String> env = new LinkedHashMap<>();
    if (exec.get("env") instanceof List<?> vars) {
      for (Object v : vars) {
        if (v instanceof Map<?, ?> pair) {
          env.put(String.valueOf(pair.get("name")), String.valueOf(pair.get("value")));
        }
      }
    }
    return env;
  }

  private static File nullDevice() {
    return new File(
        System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")
            ? "NUL"
            : "/dev/null");
  }
}
