package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-ins: an OIDC issuer (a scripted HTTPS MockWebServer with discovery and a token endpoint)
 * and an API server (a scripted MockWebServer that accepts only the refreshed id-token).
 */
class OidcRefreshTest {
  @TempDir Path dir;

  /**
   * An unsigned JWT whose only claim is its expiry (client-java reads it without verifying, as
   * kubectl does).
   */
  private static String jwt(long expiresEpochSecond) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(
            ("{\"iss\":\"fleetscope-test\",\"exp\":" + expiresEpochSecond + "}")
                .getBytes(StandardCharsets.UTF_8))
        + ".";
  }

  @Test
  void anExpiredOidcIdTokenIsRefreshedWithTheRefreshToken_MockWebServer() throws Exception {
    String expired = jwt(1_000_000_000L);
    String fresh = jwt(4_102_444_800L);
    HeldCertificate localhost =
        new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName(InetAddress.getByName("localhost").getCanonicalHostName())
            .build();
    List<String> refreshRequests = Collections.synchronizedList(new ArrayList<>());
    List<String> apiTokens = Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer issuer = new MockWebServer();
        MockWebServer api = new MockWebServer()) {
      issuer.useHttps(
          new HandshakeCertificates.Builder()
              .heldCertificate(localhost)
              .build()
              .sslSocketFactory());
      issuer.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              if (request.getUrl().encodedPath().endsWith("/.well-known/openid-configuration")) {
                return new MockResponse.Builder()
                    .body("{\"token_endpoint\":\"" + request.getUrl().resolve("/token") + "\"}")
                    .build();
              }
              refreshRequests.add(request.getBody().utf8());
              return new MockResponse.Builder()
                  .body("{\"id_token\":\"" + fresh + "\",\"refresh_token\":\"refresh-2\"}")
                  .build();
            }
          });
      api.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String auth = String.valueOf(request.getHeaders().get("Authorization"));
              apiTokens.add(auth);
              return new MockResponse.Builder()
                  .code(auth.equals("Bearer " + fresh) ? 200 : 401)
                  .body("{\"gitVersion\":\"v1.31.0\"}")
                  .build();
            }
          });
      issuer.start();
      api.start();
      String ca =
          Base64.getEncoder()
              .encodeToString(localhost.certificatePem().getBytes(StandardCharsets.UTF_8));
      String user =
          """
              auth-provider:
                name: oidc
                config:
                  client-id: fleetscope
                  client-secret: s3cret
                  id-token: %s
                  refresh-token: refresh-1
                  idp-issuer-url: %s
                  idp-certificate-authority-data: %s
          """
              .formatted(expired, issuer.url("/").toString().replaceAll("/$", ""), ca);
      ClusterConnection connection =
          TestKubeconfigs.connect(
              TestKubeconfigs.write(dir.resolve("config"), "oidc", api.url("/").toString(), user),
              "oidc",
              true);

      assertEquals(200, new KubeHttp(connection).get("/version").code());
      assertEquals(
          List.of("Bearer " + fresh), apiTokens, "the expired token never reached the API server");
      assertEquals(1, refreshRequests.size());
      assertTrue(
          refreshRequests.getFirst().contains("refresh_token=refresh-1"),
          refreshRequests.getFirst());
      assertTrue(
          refreshRequests.getFirst().contains("grant_type=refresh_token"),
          refreshRequests.getFirst());
    }
  }
}
