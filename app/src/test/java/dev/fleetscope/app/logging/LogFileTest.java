package dev.fleetscope.app.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import dev.fleetscope.prometheus.Auth;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogFileTest {
  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl";

  @TempDir Path logs;

  @AfterEach
  void backToTheDefault() {
    reconfigure(null, "info");
  }

  @Test
  void writesTheFileItIsToldAndHidesSecretsEvenAtTrace() throws Exception {
    reconfigure(logs, "trace");
    Logger log = LoggerFactory.getLogger("dev.fleetscope.test");
    log.info("calling with Authorization: Bearer {}", TOKEN);
    log.warn("refused", new IllegalStateException("401 for token=" + TOKEN));
    // A real client against a server that refuses the token: whatever OkHttp or we log stays clean.
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(401).body("bad token " + TOKEN).build());
      server.start();
      try (PrometheusClient client =
          new PrometheusClient(
              ConnectionSettings.forUrl(server.url("/").toString())
                  .withAuth(Auth.bearer(Secret.inline(TOKEN))))) {
        client.buildInfo();
      } catch (Exception expected) {
        log.error("the server refused: {}", expected.getMessage(), expected);
      }
    }
    String written = Files.readString(logs.resolve(LogFile.FILE_NAME));
    assertTrue(written.contains("calling with Authorization: Bearer ****"), written);
    assertTrue(written.contains("IllegalStateException: 401 for token=****"), written);
    assertFalse(written.contains(TOKEN), written);
  }

  @Test
  void aLevelAboveInfoLeavesInfoOut() throws Exception {
    reconfigure(logs, "warn");
    LoggerFactory.getLogger("dev.fleetscope.test").info("routine");
    LoggerFactory.getLogger("dev.fleetscope.test").warn("worth knowing");
    String written = Files.readString(logs.resolve(LogFile.FILE_NAME));
    assertFalse(written.contains("routine"), written);
    assertTrue(written.contains("worth knowing"), written);
  }

  /** Logback initialises once per JVM: reset it and run the configurator as at startup. */
  private static void reconfigure(Path folder, String level) {
    if (folder == null) {
      System.clearProperty(LogFile.FOLDER_PROPERTY);
    } else {
      System.setProperty(LogFile.FOLDER_PROPERTY, folder.toString());
    }
    System.setProperty(LogFile.LEVEL_PROPERTY, level);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    LogFile configurator = new LogFile();
    configurator.setContext(context);
    configurator.configure(context);
  }
}
