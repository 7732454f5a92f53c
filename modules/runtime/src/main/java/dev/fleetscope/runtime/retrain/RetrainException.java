package dev.fleetscope.runtime.retrain;

/** Why a retraining run cannot be asked for: its message is for a person, naming the source. */
public final class RetrainException extends Exception {
  public RetrainException(String message) {
    super(message);
  }

  public RetrainException(String message, Throwable cause) {
    super(message, cause);
  }
}
