package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A client-go credential plugin ({@code aws eks get-token}, {@code gke-gcloud-auth-plugin}, {@code
 * kubelogin}): runs the command, reads the {@code ExecCredential} it prints, and keeps the token
 * until its {@code expirationTimestamp} or until the server refuses it, then runs the command
 * again.
 */
final class ExecCredentialPlugin implements TokenSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final String user;
  private final String apiVersion;
  private final List<String> command;
  private final Map<String, String> env;
  private final Clock clock;
  private String token;
  private Optional<Instant> expires = Optional.empty();

  ExecCredentialPlugin(
      String user, String apiVersion, List<String> command, Map<String, String> env, Clock clock) {
    this.user = user;
    this.apiVersion = apiVersion;
    this.command = List.copyOf(command);
    this.env = Map.copyOf(env);
    this.clock = clock;
  }

  @SuppressWarnings("unchecked")
  static ExecCredentialPlugin of(String user, Map<String, Object> exec, Clock clock) {
    List<String> argv = new ArrayList<>();
    argv.add(String.valueOf(exec.get("command")));
    if (exec.get("args") instanceof List<?> args) {
      args.forEach(a -> argv.add(String.valueOf(a)));
    }
    Map<String, String> env = new java.util.LinkedHashMap<>();
    if (exec.get("env") instanceof List<?> vars) {
      for (Object v : vars) {
        Map<String, Object> pair = (Map<String, Object>) v;
        env.put(String.valueOf(pair.get("name")), String.valueOf(pair.get("value")));
      }
    }
    String apiVersion =
        exec.get("apiVersion") instanceof String v ? v : "client.authentication.k8s.io/v1";
    return new ExecCredentialPlugin(user, apiVersion, argv, env, clock);
  }

  @Override
  public synchronized String token() throws IOException {
    if (token == null || expires.map(e -> !clock.instant().isBefore(e)).orElse(false)) {
      fetch();
    }
    return token;
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }

  private void fetch() throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder
        .environment()
        .put(
            "KUBERNETES_EXEC_INFO",
            "{\"apiVersion\":\""
                + apiVersion
                + "\",\"kind\":\"ExecCredential\",\"spec\":{\"interactive\":false}}");
    builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException(
          "exec credential plugin of user "
              + user
              + ": cannot run "
              + command.getFirst()
              + ": "
              + e.getMessage(),
          e);
    }
    try (InputStream out = process.getInputStream();
        InputStream err = process.getErrorStream()) {
      byte[] stdout = out.readAllBytes();
      String stderr = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(
            "exec credential plugin of user "
                + user
                + ": "
                + command.getFirst()
                + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            "exec credential plugin of user "
                + user
                + ": "
                + command.getFirst()
                + " exited with "
                + process.exitValue()
                + (stderr.isEmpty() ? "" : ": " + stderr));
      }
      read(JSON.readTree(stdout));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(
          "interrupted while running the exec credential plugin of user " + user, e);
    }
  }

  private void read(JsonNode credential) throws IOException {
    JsonNode status = credential.path("status");
    if (!"ExecCredential".equals(credential.path("kind").asText())
        || !status.path("token").isTextual()) {
      throw new IOException(
          "exec credential plugin of user "
              + user
              + ": "
              + command.getFirst()
              + " printed no ExecCredential with status.token");
    }
    token = status.path("token").asText();
    try {
      expires =
          status.hasNonNull("expirationTimestamp")
              ? Optional.of(Instant.parse(status.path("expirationTimestamp").asText()))
              : Optional.empty();
    } catch (DateTimeParseException e) {
      throw new IOException(
          "exec credential plugin of user "
              + user
              + ": bad expirationTimestamp "
              + status.path("expirationTimestamp").asText(),
          e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
