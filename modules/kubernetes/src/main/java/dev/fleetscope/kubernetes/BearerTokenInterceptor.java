package dev.fleetscope.kubernetes;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer} from a {@link TokenSource} to every request; on a 401 it drops
 * the token, fetches a fresh one (an expired exec-plugin or OIDC token) and retries once.
 */
final class BearerTokenInterceptor implements Interceptor {
  private final TokenSource tokens;

  BearerTokenInterceptor(TokenSource tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.token();
    Response response = chain.proceed(withToken(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    tokens.invalidate();
    String fresh = tokens.token();
    if (fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(chain.request(), fresh));
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }
}
