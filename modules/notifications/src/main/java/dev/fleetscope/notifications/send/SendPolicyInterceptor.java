package dev.fleetscope.notifications.send;

import dev.fleetscope.model.SessionMode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The send policy at the HTTP layer: in a {@code --read-only} or {@code --wall} session a request
 * leaves the process only when it carries a {@link SendPermission} for that mode, so no code path
 * can notify anyone the user did not allow, whatever it calls.
 */
public final class SendPolicyInterceptor implements Interceptor {
  private final SessionMode mode;

  public SendPolicyInterceptor(SessionMode mode) {
    this.mode = mode;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (mode == SessionMode.DESKTOP) {
      return chain.proceed(request);
    }
    SendPermission permission = request.tag(SendPermission.class);
    if (permission == null || !permission.modes().contains(mode)) {
      String what = permission == null ? "this request" : permission.webhook();
      throw new SendRefusedException(
          "nothing is sent in a "
              + mode.flag()
              + " session unless enabled for it: "
              + what
              + " is not enabled for "
              + mode.id()
              + " sessions, so it was not sent");
    }
    return chain.proceed(request);
  }
}
