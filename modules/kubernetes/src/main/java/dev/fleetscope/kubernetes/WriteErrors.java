package dev.fleetscope.kubernetes;

import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriteException.Reason;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Locale;

/** Server answers and transport failures as {@link ClusterWriteException}s a person can act on. */
final class WriteErrors {
  private WriteErrors() {}

  static ClusterWriteException of(KubeHttp.Answer answer, String what) {
    String message = answer.message();
    Reason reason =
        switch (answer.code()) {
          case 401, 403 -> Reason.FORBIDDEN;
          case 404 -> Reason.NOT_FOUND;
          case 409 -> Reason.CONFLICT;
          // kube-apiserver answers a failed JSON Patch test with 422 "Testing value /path failed"
          case 422 -> failedTest(message) ? Reason.CONFLICT : Reason.INVALID;
          default -> Reason.OTHER;
        };
    String prefix =
        switch (reason) {
          case CONFLICT -> what + " changed since the preview, nothing was overwritten";
          case FORBIDDEN ->
              what + ": " + (answer.code() == 401 ? "not authenticated" : "forbidden");
          case NOT_FOUND -> what + " not found";
          case INVALID -> what + ": the server refused the change as invalid";
          default -> what + ": the server answered HTTP " + answer.code();
        };
    return new ClusterWriteException(
        reason, prefix + " (HTTP " + answer.code() + ": " + message + ")");
  }

  private static boolean failedTest(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("testing value") || m.contains("test operation") || m.contains("test failed");
  }

  static ClusterWriteException of(IOException e, String what) {
    if (e instanceof ReadOnlyInterceptor.ReadOnlyViolation) {
      return new ClusterWriteException(Reason.FORBIDDEN, what + ": " + e.getMessage(), e);
    }
    String why =
        e instanceof InterruptedIOException ? "no answer in time" : "the server could not be used";
    return new ClusterWriteException(
        Reason.UNREACHABLE, what + ": " + why + " (" + e.getMessage() + ")", e);
  }
}
