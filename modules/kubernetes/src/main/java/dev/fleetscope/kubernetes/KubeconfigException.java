package dev.fleetscope.kubernetes;

/**
 * A kubeconfig that cannot be used as it is written. The message starts with the file (or the
 * files, when the fault is in what they make together) and names the line and column, or the
 * context, cluster or user, and the field at fault. An {@link IllegalArgumentException}, as the
 * kubeconfig's faults always were, so callers that catch those keep working.
 */
public final class KubeconfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  KubeconfigException(String message) {
    super(message);
  }

  KubeconfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
