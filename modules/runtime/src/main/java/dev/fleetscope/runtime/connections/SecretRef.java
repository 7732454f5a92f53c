package dev.fleetscope.runtime.connections;

import dev.fleetscope.prometheus.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a saved connection's token or password comes from: a file (re-read when it changes, as
 * Kubernetes rotates projected tokens) or an environment variable read when the connection is made.
 * Never the value itself, so {@code connections.json} holds no secret in clear text.
 */
public sealed interface SecretRef {
  Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * The secret as the Prometheus client reads it; {@code environment} is the process's environment.
   */
  Secret resolve(Map<String, String> environment) throws MissingSecretException;

  /** For the form and messages: the file's path or {@code $NAME}. */
  String describe();

  /**
   * The secret's value now, for clients that take a plain string (the pipeline sources): reads the
   * file or the variable. Local I/O: never on the FX thread.
   */
  String read(Map<String, String> environment) throws MissingSecretException;

  record InFile(Path path) implements SecretRef {
    public InFile {
      Objects.requireNonNull(path, "secret file");
    }

    @Override
    public Secret resolve(Map<String, String> environment) {
      return Secret.fromFile(path);
    }

    @Override
    public String describe() {
      return path.toString();
    }

    @Override
    public String read(Map<String, String> environment) throws MissingSecretException {
      String value;
      try {
        value = Files.readString(path, StandardCharsets.UTF_8).strip();
      } catch (NoSuchFileException e) {
        throw new MissingSecretException("the secret file " + path + " does not exist");
      } catch (IOException e) {
        throw new MissingSecretException(
            "the secret file " + path + " cannot be read: " + e.getMessage());
      }
      if (value.isEmpty()) {
        throw new MissingSecretException("the secret file " + path + " is empty");
      }
      return value;
    }
  }

  record InEnvironment(String variable) implements SecretRef {
    public InEnvironment {
      if (variable == null || !VARIABLE.matcher(variable).matches()) {
        throw new IllegalArgumentException("not an environment variable name: '" + variable + "'");
      }
    }

    @Override
    public Secret resolve(Map<String, String> environment) throws MissingSecretException {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        throw new MissingSecretException("the environment variable " + variable + " is not set");
      }
      return Secret.inline(value.strip());
    }

    @Override
    public String describe() {
      return "$" + variable;
    }

    @Override
    public String read(Map<String, String> environment) throws MissingSecretException {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        throw new MissingSecretException("the environment variable " + variable + " is not set");
      }
      return value.strip();
    }
  }
}
