package dev.fleetscope.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven stamped into the jar: the root pom's numeric {@code app.version} (what the
 * installers carry and the update check compares), not the Maven project's {@code -SNAPSHOT}.
 */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/fleetscope/cli/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("appVersion", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "Fleetscope " + version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
