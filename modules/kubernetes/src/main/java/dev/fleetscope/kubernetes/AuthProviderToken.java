package dev.fleetscope.kubernetes;

import io.kubernetes.client.util.KubeConfig;
import java.io.IOException;
import java.util.Map;

/**
 * A token from a kubeconfig {@code auth-provider} (OIDC, legacy GCP) through client-java's
 * authenticators, which refresh an expired id-token with the refresh token when asked for
 * credentials.
 */
final class AuthProviderToken implements TokenSource {
  private final KubeConfig config;
  private String token;

  AuthProviderToken(KubeConfig config) {
    this.config = config;
  }

  @Override
  public synchronized String token() throws IOException {
    if (token == null) {
      Map<String, String> credentials = config.getCredentials();
      String fresh = credentials == null ? null : credentials.get(KubeConfig.CRED_TOKEN_KEY);
      if (fresh == null) {
        throw new IOException(
            "the auth provider of context " + config.getCurrentContext() + " gave no token");
      }
      token = fresh;
    }
    return token;
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }
}
