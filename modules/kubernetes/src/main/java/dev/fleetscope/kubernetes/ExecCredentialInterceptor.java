package dev.fleetscope.kubernetes;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Authenticates every request with what the exec credential plugin answers: a bearer token in the
 * header, or a client certificate presented by {@link ExecKeyManager} in the handshake. On a 401
 * the plugin runs again; when it answers something new the request is sent once more, on a new
 * connection when the certificate changed.
 */
final class ExecCredentialInterceptor implements Interceptor {
  private final ExecCredentialPlugin plugin;
  private volatile Runnable dropConnections = () -> {};

  ExecCredentialInterceptor(ExecCredentialPlugin plugin) {
    this.plugin = plugin;
  }

  /** What closes the idle connections, known once the client is built. */
  void onNewCertificate(Runnable dropConnections) {
    this.dropConnections = dropConnections;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    ExecCredential credential = plugin.credential();
    Response response = chain.proceed(authenticated(chain.request(), credential));
    if (response.code() != 401) {
      return response;
    }
    plugin.invalidate();
    ExecCredential fresh = plugin.credential();
    if (fresh.equals(credential)) {
      return response;
    }
    response.close();
    if (fresh instanceof ExecCredential.ClientCertificate) {
      dropConnections.run();
    }
    return chain.proceed(authenticated(chain.request(), fresh));
  }

  private static Request authenticated(Request request, ExecCredential credential) {
    return credential instanceof ExecCredential.Token token
        ? request.newBuilder().header("Authorization", "Bearer " + token.token()).build()
        : request;
  }
}
