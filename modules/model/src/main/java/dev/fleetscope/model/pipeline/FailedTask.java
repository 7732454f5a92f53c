package dev.fleetscope.model.pipeline;

/**
 * A task or step of a run that failed.
 *
 * @param name the task or step as the source names it ({@code train}, {@code step1(1)})
 * @param message why, as the source reports it; empty when the source gives no reason
 */
public record FailedTask(String name, String message) {
  public FailedTask {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a failed task needs a name");
    }
    message = message == null ? "" : message.strip();
  }
}
