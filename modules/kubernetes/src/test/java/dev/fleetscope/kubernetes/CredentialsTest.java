package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer that accepts only the token named "valid", and a shell-script
 * exec plugin.
 */
class CredentialsTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final List<String> tokensSeen = Collections.synchronizedList(new ArrayList<>());
  private volatile String validToken;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String auth = String.valueOf(request.getHeaders().get("Authorization"));
            tokensSeen.add(auth);
            return auth.equals("Bearer " + validToken)
                ? new MockResponse.Builder().code(200).body("{\"gitVersion\":\"v1.33.1\"}").build()
                : new MockResponse.Builder()
                    .code(401)
                    .body("{\"kind\":\"Status\",\"message\":\"Unauthorized\",\"code\":401}")
                    .build();
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path kubeconfigWithExecPlugin(String expires) throws Exception {
    Path script = dir.resolve("credential-plugin.sh");
    try (var in = getClass().getResourceAsStream("/exec/credential-plugin.sh")) {
      Files.copy(in, script);
    }
    String user =
        """
            exec:
              apiVersion: client.authentication.k8s.io/v1
              command: /bin/sh
              args: [%s]
              env:
              - {name: COUNTER_FILE, value: %s}
              - {name: EXPIRES, value: "%s"}
        """
            .formatted(script, dir.resolve("runs"), expires);
    return TestKubeconfigs.write(dir.resolve("config"), "eks", server.url("/").toString(), user);
  }

  private int pluginRuns() throws Exception {
    return Integer.parseInt(Files.readString(dir.resolve("runs")).strip());
  }

  @Test
  void expiredTokenIsRefreshedByTheExecPluginOnA401_MockWebServer() throws Exception {
    ClusterConnection connection =
        TestKubeconfigs.connect(kubeconfigWithExecPlugin("2999-01-01T00:00:00Z"), "eks", false);
    validToken = "token-2";
    KubeHttp.Answer answer = new KubeHttp(connection).get("/version");
    assertEquals(200, answer.code());
    assertEquals(List.of("Bearer token-1", "Bearer token-2"), tokensSeen);
    assertEquals(2, pluginRuns());
  }

  @Test
  void execTokenIsCachedUntilItsExpirationTimestamp_MockWebServer() throws Exception {
    ClusterConnection connection =
        TestKubeconfigs.connect(kubeconfigWithExecPlugin("2999-01-01T00:00:00Z"), "eks", false);
    validToken = "token-1";
    new KubeHttp(connection).get("/version");
    new KubeHttp(connection).get("/version");
    assertEquals(1, pluginRuns());
  }

  @Test
  void execTokenPastItsExpirationIsFetchedAgainBeforeSending_MockWebServer() throws Exception {
    ClusterConnection connection =
        TestKubeconfigs.connect(kubeconfigWithExecPlugin("2000-01-01T00:00:00Z"), "eks", false);
    validToken = "token-2";
    new KubeHttp(connection).get("/version");
    validToken = "token-3";
    KubeHttp.Answer second = new KubeHttp(connection).get("/version");
    assertEquals(200, second.code());
    assertEquals(List.of("Bearer token-1", "Bearer token-2", "Bearer token-3"), tokensSeen);
  }

  @Test
  void staticTokenIsSentAsBearer_MockWebServer() throws Exception {
    validToken = "s3cret";
    ClusterConnection connection =
        TestKubeconfigs.connect(
            TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "s3cret"),
            "prod",
            false);
    assertEquals(200, new KubeHttp(connection).get("/version").code());
  }
}
