package dev.fleetscope.runtime.pipelines;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.runtime.connections.LazyConnection;
import java.time.Duration;
import java.util.List;

/**
 * A pipeline source that connects at its first poll, on its polling thread: reading a secret or a
 * kubeconfig can be slow or fail, and neither may delay the window or the other sources. A
 * connection that fails fails the poll with the reason, named by the source (the board shows it
 * failed), and is tried again at the next poll, so a secret provided later is picked up without a
 * restart.
 */
final class DeferredPipelineSource implements PipelineSource {
  private final String id;
  private final String displayName;
  private final Duration interval;
  private final LazyConnection<PipelineSource> connection;

  DeferredPipelineSource(
      String id,
      String displayName,
      Duration interval,
      LazyConnection.Connector<PipelineSource> connector) {
    this.id = id;
    this.displayName = displayName;
    this.interval = interval;
    this.connection =
        new LazyConnection<>(
            displayName,
            () -> {
              try {
                return connector.connect();
              } catch (Exception e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                throw new IllegalStateException(
                    reason.startsWith(displayName) ? reason : displayName + ": " + reason, e);
              }
            });
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public List<PipelineRun> poll() throws Exception {
    return connection.get().poll();
  }

  @Override
  public void close() {
    connection.disconnect().ifPresent(PipelineSource::close);
  }
}
