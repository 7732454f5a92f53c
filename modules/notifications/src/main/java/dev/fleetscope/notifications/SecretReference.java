package dev.fleetscope.notifications;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a secret is (a webhook URL, whose path is its credential, or a bearer token): a file, read
 * at each send so a rotated secret is picked up, or an environment variable. Never the value.
 */
public sealed interface SecretReference {
  Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The secret now; local I/O for a file. */
  String read(Map<String, String> environment) throws MissingSecretException;

  /** For forms and messages: the file's path or {@code $NAME}. */
  String describe();

  record InFile(Path path) implements SecretReference {
    public InFile {
      Objects.requireNonNull(path, "secret file");
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

    @Override
    public String describe() {
      return path.toString();
    }
  }

  record InEnvironment(String variable) implements SecretReference {
    public InEnvironment {
      if (variable == null || !VARIABLE.matcher(variable).matches()) {
        throw new IllegalArgumentException("not an environment variable name: '" + variable + "'");
      }
    }

    @Override
    public String read(Map<String, String> environment) throws MissingSecretException {
      String value = environment.get(variable);
      if (value == null || value.isBlank()) {
        throw new MissingSecretException("the environment variable " + variable + " is not set");
      }
      return value.strip();
    }

    @Override
    public String describe() {
      return "$" + variable;
    }
  }
}
