package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real exec credential plugins (sh scripts the tests write) against a loopback API stand-in
 * (MockWebServer): what kubectl does with a plugin that hangs, one that leaves a child behind, one
 * that fails with a message, one that floods stderr, one that answers a client certificate, and one
 * that needs a terminal. The plugin's deadline is the connection's whole-call deadline, short here;
 * the bounds the calls must end within are generous (a correctness test that they end, not a speed
 * test).
 */
class ExecPluginTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
  private static final Duration ENDS_WITHIN = Duration.ofSeconds(25);
  private static final String TOKEN =
      "{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
          + "\"status\":{\"token\":\"t0ken\"}}";

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aPluginThatHangsIsStoppedAtTheDeadline() throws Exception {
    IOException e = failure(plugin("hang.sh", "sleep 600"), "");
    assertTrue(
        e.getMessage()
            .contains(
                "exec credential plugin of user eks-user (/bin/sh "
                    + dir.resolve("hang.sh")
                    + ") did not finish within 1 s (whole-call deadline); it was stopped"),
        e.getMessage());
  }

  @Test
  void aPluginThatHangsInAChildIsStoppedWithTheChild() throws Exception {
    Path pidFile = dir.resolve("child.pid");
    IOException e =
        failure(plugin("parent.sh", "sleep 600 &\necho $! > '" + pidFile + "'\nwait"), "");
    assertTrue(
        e.getMessage().contains("it was stopped with the 1 process it started"), e.getMessage());
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertTimeoutPreemptively(
        ENDS_WITHIN,
        () -> {
          while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)) {
            Thread.sleep(50);
          }
        });
  }

  @Test
  void aFailingPluginsStderrIsInTheMessage() throws Exception {
    IOException e =
        failure(
            plugin(
                "fails.sh",
                "echo '  error: the SSO session has expired' >&2\n"
                    + "echo 'run: aws sso login --profile prod  ' >&2\nexit 1"),
            "");
    assertTrue(
        e.getMessage()
            .endsWith(
                "exited with 1: error: the SSO session has expired | run: aws sso login --profile prod"),
        e.getMessage());
  }

  @Test
  void aPluginThatFloodsStderrStillAnswers() throws Exception {
    // 300 KB on stderr fills its pipe long before the token is printed: read one pipe after the
    // other, this would never end
    Path script =
        plugin(
            "chatty.sh",
            "head -c 300000 /dev/zero | tr '\\\\0' x >&2\nprintf '%s' '" + TOKEN + "'");
    server.enqueue(new MockResponse.Builder().body("{\"gitVersion\":\"v1.33.1\"}").build());
    KubeHttp.Answer answer =
        assertTimeoutPreemptively(
            ENDS_WITHIN, () -> new KubeHttp(connect(script, "")).get("/version"));
    assertEquals(200, answer.code());
    assertEquals("Bearer t0ken", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void signingInRunsThePluginBeforeAnyRequestAndTheRequestKeepsItsCredential() throws Exception {
    Path runs = dir.resolve("runs");
    Path script = plugin("login.sh", "echo run >> '" + runs + "'\nprintf '%s' '" + TOKEN + "'");
    ClusterConnection connection = connect(script, "");
    connection.signIn();
    assertEquals(0, server.getRequestCount(), "signing in sends nothing to the cluster");
    server.enqueue(new MockResponse.Builder().body("{}").build());
    new KubeHttp(connection).get("/version");
    assertEquals(List.of("run"), Files.readAllLines(runs));
  }

  @Test
  void interactiveModeAlwaysIsRefusedWithoutATerminal() throws Exception {
    Path ran = dir.resolve("ran");
    IOException e =
        failure(
            plugin("login.sh", "touch '" + ran + "'\nprintf '%s' '" + TOKEN + "'"),
            "      interactiveMode: Always\n");
    assertTrue(
        e.getMessage()
            .contains(
                "needs a terminal (interactiveMode: Always) and Fleetscope runs it without one"),
        e.getMessage());
    assertFalse(Files.exists(ran), "the plugin is not run");
  }

  @Test
  void thePluginLearnsItHasNoTerminalAndWhichClusterItServes() throws Exception {
    Path info = dir.resolve("info.json");
    Path script =
        plugin(
            "info.sh",
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + info + "'\nprintf '%s' '" + TOKEN + "'");
    server.enqueue(new MockResponse.Builder().body("{}").build());
    new KubeHttp(
            connect(script, "      interactiveMode: IfAvailable\n      provideClusterInfo: true\n"))
        .get("/version");
    String execInfo = Files.readString(info);
    assertTrue(
        execInfo.contains(
            "\"spec\":{\"interactive\":false,\"cluster\":{\"server\":\""
                + server.url("/").toString().replaceAll("/$", "")),
        execInfo);
  }

  @Test
  void aClientCertificateAnswerIsPresentedInTheHandshake() throws Exception {
    MutualTls mutual = new MutualTls();
    HeldCertificate ca = mutual.ca;
    HeldCertificate client = mutual.client("plugin-user");
    server.close();
    try (MockWebServer tls = new MockWebServer()) {
      mutual.start(tls);
      Path credential = dir.resolve("credential.json");
      Files.writeString(
          credential,
          KubeHttp.JSON
              .createObjectNode()
              .put("apiVersion", "client.authentication.k8s.io/v1")
              .put("kind", "ExecCredential")
              .set(
                  "status",
                  KubeHttp.JSON
                      .createObjectNode()
                      .put("clientCertificateData", client.certificatePem())
                      .put("clientKeyData", client.privateKeyPkcs8Pem()))
              .toString());
      Path script = plugin("cert.sh", "cat '" + credential + "'");
      String user =
          "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/sh\n"
              + "      args: ['"
              + script
              + "']\n";
      Path config =
          Files.writeString(
              dir.resolve("tls-config"),
              """
              clusters:
              - name: prod
                cluster: {server: "%s", certificate-authority-data: %s}
              users:
              - name: eks-user
                user:
              %scontexts:
              - {name: eks, context: {cluster: prod, user: eks-user}}
              """
                  .formatted(
                      tls.url("/"),
                      Base64.getEncoder()
                          .encodeToString(ca.certificatePem().getBytes(StandardCharsets.UTF_8)),
                      user));

      ClusterConnection connection = TestKubeconfigs.connect(config, "eks", true);
      assertEquals(200, new KubeHttp(connection).get("/version").code());
      assertEquals("CN=plugin-user", tls.takeRequest().getHandshake().peerPrincipal().getName());
    }
  }

  private Path plugin(String name, String body) throws IOException {
    return Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
  }

  private ClusterConnection connect(Path script, String moreExec) throws IOException {
    String user =
        "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/sh\n"
            + "      args: ['"
            + script
            + "']\n"
            + moreExec;
    Path config =
        TestKubeconfigs.write(dir.resolve("config"), "eks", server.url("/").toString(), user);
    return new ClusterConnector(
            Kubeconfig.load(List.of(config)), true, SHORT, false, Clock.systemUTC())
        .connect("eks");
  }

  private IOException failure(Path script, String moreExec) throws IOException {
    ClusterConnection connection = connect(script, moreExec);
    return assertTimeoutPreemptively(
        ENDS_WITHIN,
        () -> assertThrows(IOException.class, () -> new KubeHttp(connection).get("/version")));
  }
}
