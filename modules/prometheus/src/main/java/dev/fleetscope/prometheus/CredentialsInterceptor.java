package dev.fleetscope.prometheus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the credentials, the tenant and the extra headers of a connection to every request. */
final class CredentialsInterceptor implements Interceptor {
  private final Auth auth;
  private final SecretReader secret;
  private final Map<String, String> headers;

  CredentialsInterceptor(Auth auth, Map<String, String> headers) {
    this.auth = auth;
    this.headers = headers;
    this.secret =
        switch (auth) {
          case Auth.None none -> null;
          case Auth.Bearer bearer -> new SecretReader(bearer.token(), "bearer token");
          case Auth.Basic basic -> new SecretReader(basic.password(), "basic auth password");
        };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request = chain.request().newBuilder();
    headers.forEach(request::header);
    switch (auth) {
      case Auth.None none -> {}
      case Auth.Bearer bearer -> request.header("Authorization", "Bearer " + secret.read());
      case Auth.Basic basic ->
          request.header(
              "Authorization",
              Credentials.basic(basic.username(), secret.read(), StandardCharsets.UTF_8));
    }
    return chain.proceed(request.build());
  }
}
