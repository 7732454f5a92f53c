package dev.fleetscope.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretMaskTest {
  @Test
  void hidesAuthorizationHeadersBearerTokensAndNamedSecrets() {
    assertEquals(
        "Authorization: Bearer ****", SecretMask.mask("Authorization: Bearer eyJhbGciOi.abc.def"));
    assertEquals(
        "Authorization: Basic ****", SecretMask.mask("Authorization: Basic dXNlcjpwYXNzd29yZA=="));
    assertEquals(
        "sent bearer ****, got 401", SecretMask.mask("sent bearer sk_live_0123456789, got 401"));
    assertEquals(
        "{\"username\":\"ana\",\"password\":\"****\"}",
        SecretMask.mask("{\"username\":\"ana\",\"password\":\"hunter2!\"}"));
    assertEquals("api_key=**** region=eu", SecretMask.mask("api_key=AKIA1234 region=eu"));
    assertEquals(
        "401, bad token ****. Check it",
        SecretMask.mask("401, bad token eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2lnbmF0dXJl. Check it"));
    assertEquals(
        "GET https://ana:****@airflow.example.com/api",
        SecretMask.mask("GET https://ana:s3cr3t@airflow.example.com/api"));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "polled 3 sources in 120 ms; cluster prod-eu stale since 09:10 (tokens/s 42)";
    assertEquals(text, SecretMask.mask(text));
  }
}
