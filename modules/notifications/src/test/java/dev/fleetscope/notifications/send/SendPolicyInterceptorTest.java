package dev.fleetscope.notifications.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.SessionMode;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The policy holds for any request through the client, not only the sender's. */
class SendPolicyInterceptorTest {
  @Test
  void aRequestWithoutPermissionNeverLeavesAReadOnlyProcess() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      OkHttpClient client =
          new OkHttpClient.Builder()
              .addInterceptor(new SendPolicyInterceptor(SessionMode.READ_ONLY))
              .build();
      SendRefusedException e =
          assertThrows(
              SendRefusedException.class,
              () ->
                  client.newCall(new Request.Builder().url(server.url("/hook")).build()).execute());
      assertEquals(
          "nothing is sent in a --read-only session unless enabled for it: this request is not"
              + " enabled for read-only sessions, so it was not sent",
          e.getMessage());
      assertEquals(0, server.getRequestCount());

      server.enqueue(new MockResponse.Builder().code(200).build());
      Request allowed =
          new Request.Builder()
              .url(server.url("/hook"))
              .tag(SendPermission.class, new SendPermission("hook", Set.of(SessionMode.READ_ONLY)))
              .build();
      try (Response response = client.newCall(allowed).execute()) {
        assertEquals(200, response.code());
      }
      assertEquals(1, server.getRequestCount());
    }
  }
}
