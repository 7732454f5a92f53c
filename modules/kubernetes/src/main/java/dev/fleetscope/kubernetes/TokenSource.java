package dev.fleetscope.kubernetes;

import java.io.IOException;

/** Where a bearer token comes from: fixed, a file, an exec plugin, an auth provider (OIDC). */
interface TokenSource {
  /** The token to send now, fetched or refreshed when the cached one has expired. */
  String token() throws IOException;

  /**
   * The server refused the token (401): forget it, so the next {@link #token()} fetches a fresh
   * one.
   */
  default void invalidate() {}

  static TokenSource fixed(String token) {
    return () -> token;
  }
}
