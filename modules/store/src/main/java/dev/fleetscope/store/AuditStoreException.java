package dev.fleetscope.store;

/** The audit log could not be read or written; the message names the file. */
public final class AuditStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AuditStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
